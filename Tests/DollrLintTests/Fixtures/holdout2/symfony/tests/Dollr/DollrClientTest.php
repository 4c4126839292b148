<?php

namespace App\Tests\Dollr;

use App\Dollr\DollrClient;
use PHPUnit\Framework\TestCase;
use Psr\Log\NullLogger;
use Symfony\Component\Cache\Adapter\ArrayAdapter;
use Symfony\Component\HttpClient\MockHttpClient;
use Symfony\Component\HttpClient\Response\MockResponse;

final class DollrClientTest extends TestCase
{
    public function testTokenIsCachedAndSentAsBearer(): void
    {
        $responses = [
            new MockResponse(json_encode(['access_token' => 'fake-token', 'expires_in' => 60])),
            new MockResponse(json_encode(['reference_id' => '7d3c2b1a-0f9e-4d8c-b7a6-958473625140', 'status' => 'PROCESSING'])),
            new MockResponse(json_encode(['reference_id' => '7d3c2b1a-0f9e-4d8c-b7a6-958473625140', 'status' => 'COMPLETED'])),
        ];
        $http = new MockHttpClient($responses, 'https://api.heydollr.app');
        $client = new DollrClient($http, new ArrayAdapter(), new NullLogger(), 'test-client', 'test-secret');

        $first = $client->get('/v1/status/collection/7d3c2b1a-0f9e-4d8c-b7a6-958473625140');
        $second = $client->get('/v1/status/collection/7d3c2b1a-0f9e-4d8c-b7a6-958473625140');

        self::assertSame('PROCESSING', $first['status']);
        self::assertSame('COMPLETED', $second['status']);
        self::assertSame(3, $http->getRequestsCount());
    }

    public function testMaskKeepsSixCharacters(): void
    {
        self::assertSame('fake-t…', DollrClient::mask('fake-token'));
    }
}
