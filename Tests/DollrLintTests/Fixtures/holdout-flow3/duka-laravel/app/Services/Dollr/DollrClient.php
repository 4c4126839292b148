<?php

namespace App\Services\Dollr;

use Illuminate\Http\Client\PendingRequest;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Http;

class DollrClient
{
    protected string $baseUrl;
    protected int $timeout;

    public function __construct()
    {
        $this->baseUrl = rtrim(config('services.dollr.base_url'), '/');
        $this->timeout = (int) config('services.dollr.timeout', 20);
    }

    protected function http(): PendingRequest
    {
        return Http::baseUrl($this->baseUrl)
            ->timeout($this->timeout)
            ->connectTimeout(5)
            ->acceptJson()
            ->withToken($this->token());
    }

    protected function token(): string
    {
        $cached = Cache::get('dollr.access_token');
        if ($cached) {
            return $cached;
        }

        $response = Http::timeout($this->timeout)->post(sprintf('%s/v1/jwt/client/obtain/token', $this->baseUrl), [
            'client_id' => config('services.dollr.client_id'),
            'client_secret' => config('services.dollr.client_secret'),
        ])->throw();

        $token = $response->json('access_token');
        Cache::put('dollr.access_token', $token, now()->addSeconds($response->json('expires_in') - 30));

        return $token;
    }

    public function createOrder(array $payload): array
    {
        return $this->http()->post('/v1/orders/create', $payload)->throw()->json();
    }

    public function addOrderItem(int $orderId, array $item): array
    {
        return $this->http()->post(sprintf('/v1/orders/%d/items/add', $orderId), $item)->throw()->json();
    }

    public function publishOrder(int $orderId): array
    {
        return $this->http()->put(sprintf('/v1/orders/publish/%d', $orderId))->throw()->json();
    }

    public function createPaymentAccount(array $payload): array
    {
        return $this->http()->post('/v1/payment-accounts/create?operation_type=COLLECTION', $payload)->throw()->json();
    }

    public function createCheckoutSession(int $sourceId, string $sourceType = 'ORDER'): array
    {
        return $this->http()->post('/v1/sessions/checkout', [
            'source_id' => $sourceId,
            'source_type' => $sourceType,
        ])->throw()->json();
    }

    public function execute(string $operation, array $payload): array
    {
        return $this->http()->post(sprintf('/v1/executions/%s', $operation), $payload)->throw()->json();
    }

    public function status(string $operation, string $referenceId): ?array
    {
        $response = $this->http()->get(sprintf('/v1/status/%s/%s', $operation, $referenceId));
        if ($response->status() === 404) {
            return null;
        }

        return $response->throw()->json();
    }
}
