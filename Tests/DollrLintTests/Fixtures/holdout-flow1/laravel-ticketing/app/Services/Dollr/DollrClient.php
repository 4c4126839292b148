<?php

namespace App\Services\Dollr;

use Illuminate\Http\Client\ConnectionException;
use Illuminate\Http\Client\PendingRequest;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Http;

class DollrClient
{
    private string $baseUrl;

    public function __construct()
    {
        $this->baseUrl = rtrim(config('dollr.base_url'), '/');
    }

    private function token(): string
    {
        if ($cached = Cache::get('dollr.token')) {
            return $cached;
        }
        $data = Http::post($this->baseUrl . Endpoints::TOKEN, [
            'client_id' => config('dollr.client_id'),
            'client_secret' => config('dollr.client_secret'),
        ])->throw()->json();
        // expires_in is minutes; drop the cached copy five minutes early
        Cache::put('dollr.token', $data['access_token'], now()->addMinutes($data['expires_in'] - 5));

        return $data['access_token'];
    }

    private function http(): PendingRequest
    {
        return Http::baseUrl($this->baseUrl)->withToken($this->token())->acceptJson();
    }

    public function checkoutSession(int $invoiceId): array
    {
        return $this->http()->post(Endpoints::CHECKOUT_SESSION, [
            'source_id' => $invoiceId,
            'source_type' => 'INVOICE',
        ])->throw()->json();
    }

    public function collect(string $sessionId, string $accountId, string $referenceId): array
    {
        $payload = [
            'session_id' => $sessionId,
            'payment_account_id' => $accountId,
            'currency' => config('dollr.currency'),
            'reference_id' => $referenceId,
        ];

        return $this->http()
            ->retry(3, 500, fn ($e) => $e instanceof ConnectionException)
            ->post(Endpoints::EXECUTE_COLLECTION, $payload)
            ->throw()
            ->json();
    }

    public function collectionStatus(string $referenceId): array
    {
        return $this->http()->get(sprintf(Endpoints::COLLECTION_STATUS, $referenceId))->throw()->json();
    }

    public function invoiceStatus(int $invoiceId): array
    {
        return $this->http()->get(Endpoints::SOURCE_STATUS, [
            'source_type' => 'INVOICE',
            'source_id' => $invoiceId,
        ])->throw()->json();
    }
}
