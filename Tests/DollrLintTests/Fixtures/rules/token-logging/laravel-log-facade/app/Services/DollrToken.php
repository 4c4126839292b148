<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

class DollrToken
{
    public function get(): string
    {
        $data = Http::timeout(30)->post(config('services.dollr.base_url') . '/v1/jwt/client/obtain/token', [
            'client_id' => config('services.dollr.client_id'),
            'client_secret' => config('services.dollr.client_secret'),
        ])->json();
        $token = $data['access_token'];

        // ruleid: token-logging
        Log::info('Dollr token', ['token' => $token]);
        // ruleid: token-logging
        \Log::debug("Authorization: Bearer {$token}");
        // ok: token-logging
        Log::debug('Dollr token obtained', ['expires_in' => $data['expires_in']]);
        // ok: token-logging
        Log::debug('Dollr token obtained', ['token' => substr($token, 0, 6) . '…']);
        // ruleid: token-logging
        logger()->warning('Dollr secret in use', ['secret' => config('services.dollr.client_secret')]);
        // ok: token-logging
        Log::info('Never log the Dollr client secret or token.');

        return $token;
    }
}
