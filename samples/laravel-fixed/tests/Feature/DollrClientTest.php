<?php

namespace Tests\Feature;

use App\Models\Payment;
use App\Services\DollrClient;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Http;
use Tests\TestCase;

class DollrClientTest extends TestCase
{
    use RefreshDatabase;

    protected function setUp(): void
    {
        parent::setUp();
        // Obviously fake credentials: Http::fake() keeps these tests off the network.
        config([
            'services.dollr.base_url' => 'https://api.heydollr.app',
            'services.dollr.client_id' => 'test-client',
            'services.dollr.client_secret' => 'test-secret',
        ]);
        Cache::flush();
    }

    public function test_token_is_cached_for_expires_in_minutes(): void
    {
        Http::fake([
            'api.heydollr.app/v1/jwt/client/obtain/token' => Http::response(['access_token' => 'fake-token', 'expires_in' => 60]),
        ]);

        $client = app(DollrClient::class);
        $this->assertSame('fake-token', $client->token());
        $this->assertSame('fake-token', $client->token());

        Http::assertSentCount(1);
        Http::assertSent(fn ($request) => $request['client_secret'] === 'test-secret');
    }

    public function test_status_route_returns_only_status_and_reference_id(): void
    {
        $payment = Payment::factory()->create(['status' => 'PROCESSING']);

        $this->getJson("/api/payments/{$payment->reference_id}")
            ->assertOk()
            ->assertExactJson(['status' => 'PROCESSING', 'reference_id' => $payment->reference_id]);
    }
}
