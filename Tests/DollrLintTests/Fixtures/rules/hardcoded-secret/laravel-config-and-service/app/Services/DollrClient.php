<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class DollrClient
{
    // ruleid: hardcoded-secret
    private const CLIENT_SECRET = 'ydsv5L719zniMDKCRptr1nbUMIwHD5X0nlOEQGv8';

    public function token(): string
    {
        return Http::timeout(30)->post(config('services.dollr.base_url') . '/v1/jwt/client/obtain/token', [
            'client_id' => config('services.dollr.client_id'),
            // ok: hardcoded-secret
            'client_secret' => config('services.dollr.client_secret') ?? self::CLIENT_SECRET,
        ])->json('access_token');
    }
}
