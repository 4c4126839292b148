<?php

namespace App\Http\Controllers;

use Illuminate\Http\JsonResponse;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Str;

class DollrController extends Controller
{
    public function token(): JsonResponse
    {
        $token = Http::timeout(30)->post(config('services.dollr.base_url') . '/v1/jwt/client/obtain/token', [
            'client_id' => config('services.dollr.client_id'),
            'client_secret' => config('services.dollr.client_secret'),
        ])->json('access_token');

        // ruleid: token-exposed-to-client
        return response()->json(['token' => $token]);
    }

    public function collect(): JsonResponse
    {
        $referenceId = (string) Str::uuid();
        $execution = app('dollr')->collect(request()->all(), $referenceId);

        // ok: token-exposed-to-client
        return response()->json(['status' => $execution['status'], 'reference_id' => $referenceId]);
    }
}
