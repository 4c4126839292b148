<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class DollrHttp
{
    public function status(string $token, string $referenceId): array
    {
        // ruleid: insecure-transport
        return Http::withoutVerifying()->withToken($token)->timeout(30)
            ->get('https://api.heydollr.app/v1/status/collection/' . $referenceId)->json();
    }

    public function payoutStatus(string $token, string $referenceId): array
    {
        // ruleid: insecure-transport
        return Http::withOptions(['verify' => false])->withToken($token)->timeout(30)
            ->get('https://api.heydollr.app/v1/status/payout/' . $referenceId)->json();
    }

    public function refundStatus(string $token, string $referenceId): array
    {
        // ok: insecure-transport
        return Http::withOptions(['verify' => true])->withToken($token)->timeout(30)
            ->get('https://api.heydollr.app/v1/status/refund/' . $referenceId)->json();
    }
}
