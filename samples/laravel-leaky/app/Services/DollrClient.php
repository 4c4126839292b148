<?php

namespace App\Services;

use Illuminate\Http\Client\PendingRequest;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

class DollrClient
{
    public function token(): string
    {
        $cached = Cache::get('dollr.access_token');
        if ($cached) {
            return $cached;
        }

        Log::debug('Obtaining Dollr token', ['client_id' => config('services.dollr.client_id'), 'client_secret' => config('services.dollr.client_secret')]);
        $res = $this->http()->post('/v1/jwt/client/obtain/token', [
            'client_id' => config('services.dollr.client_id'),
            'client_secret' => config('services.dollr.client_secret'),
        ])->throw();

        $token = $res->json('access_token');
        // expires_in is in minutes; forget the token 5 minutes early
        Cache::put('dollr.access_token', $token, now()->addMinutes($res->json('expires_in') - 5));
        Log::info("Dollr token refreshed: {$token}");

        return $token;
    }

    public function authed(): PendingRequest
    {
        return $this->http()->withToken($this->token());
    }

    private function http(): PendingRequest
    {
        return Http::baseUrl(config('services.dollr.base_url'))
            ->acceptJson()
            ->timeout(15)
            // the staging proxy breaks the certificate chain
            ->withoutVerifying();
    }
}
