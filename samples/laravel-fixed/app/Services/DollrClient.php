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

        $res = $this->http()->post('/v1/jwt/client/obtain/token', [
            'client_id' => config('services.dollr.client_id'),
            'client_secret' => config('services.dollr.client_secret'),
        ])->throw();

        $token = $res->json('access_token');
        // expires_in is in minutes; forget the token 5 minutes early
        Cache::put('dollr.access_token', $token, now()->addMinutes($res->json('expires_in') - 5));
        Log::info('Dollr token refreshed', ['token' => substr($token, 0, 6).'…', 'expires_in_minutes' => $res->json('expires_in')]);

        return $token;
    }

    public function authed(): PendingRequest
    {
        return $this->http()->withToken($this->token());
    }

    private function http(): PendingRequest
    {
        // TLS verification stays on: no ->withoutVerifying(). A proxy CA goes in DOLLR_CA_BUNDLE.
        return Http::baseUrl(config('services.dollr.base_url'))
            ->acceptJson()
            ->timeout(15)
            ->withOptions(['verify' => config('services.dollr.ca_bundle') ?: true]);
    }
}
