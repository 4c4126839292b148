<?php

namespace Tests\Feature;

use App\Services\Dollr\DollrClient;
use GuzzleHttp\Client;
use GuzzleHttp\Handler\MockHandler;
use GuzzleHttp\HandlerStack;
use GuzzleHttp\Middleware;
use GuzzleHttp\Psr7\Response;
use Illuminate\Cache\ArrayStore;
use Illuminate\Cache\Repository;
use Tests\TestCase;

class DollrClientTest extends TestCase
{
    public function test_token_is_cached_between_calls(): void
    {
        config(['dollr.client_id' => 'test-client', 'dollr.client_secret' => 'test-secret']);
        $history = [];
        $mock = new MockHandler([
            new Response(200, [], json_encode(['access_token' => 'fake-token', 'expires_in' => 60])),
            new Response(200, [], json_encode(['status' => 'PROCESSING', 'reference_id' => '9b2e7c4a-1f3d-4a6b-8c5e-0d7f9a1b3c5e'])),
            new Response(200, [], json_encode(['status' => 'COMPLETED', 'reference_id' => '9b2e7c4a-1f3d-4a6b-8c5e-0d7f9a1b3c5e'])),
        ]);
        $stack = HandlerStack::create($mock);
        $stack->push(Middleware::history($history));
        $client = new DollrClient(new Repository(new ArrayStore()), new Client(['handler' => $stack, 'base_uri' => 'https://api.heydollr.app']));

        $client->get('/v1/status/collection/9b2e7c4a-1f3d-4a6b-8c5e-0d7f9a1b3c5e');
        $second = $client->get('/v1/status/collection/9b2e7c4a-1f3d-4a6b-8c5e-0d7f9a1b3c5e');

        $this->assertSame('COMPLETED', $second['status']);
        $this->assertCount(3, $history);
        $this->assertSame('Bearer fake-token', $history[2]['request']->getHeaderLine('Authorization'));
    }

    public function test_mask_keeps_only_a_prefix(): void
    {
        $this->assertSame('fake-t…(10 chars)', DollrClient::mask('fake-token'));
    }
}
