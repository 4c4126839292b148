<?php

namespace App\Services\Dollr;

use GuzzleHttp\Client;
use Illuminate\Contracts\Cache\Repository as Cache;
use Illuminate\Support\Facades\Log;

class DollrClient
{
    private Client $http;

    public function __construct(private readonly Cache $cache, ?Client $http = null)
    {
        $this->http = $http ?? new Client([
            'base_uri' => config('dollr.base_url'),
            'timeout' => config('dollr.timeout'),
            'connect_timeout' => config('dollr.connect_timeout'),
            'headers' => ['Accept' => 'application/json'],
        ]);
    }

    public function accessToken(): string
    {
        $cached = $this->cache->get(config('dollr.token_cache_key'));
        if (is_string($cached)) {
            return $cached;
        }

        $response = $this->http->post('/v1/jwt/client/obtain/token', [
            'json' => [
                'client_id' => config('dollr.client_id'),
                'client_secret' => config('dollr.client_secret'),
            ],
        ]);
        $data = json_decode((string) $response->getBody(), true, 512, JSON_THROW_ON_ERROR);

        // expires_in is in minutes; cache it for five minutes less than that.
        $this->cache->put(config('dollr.token_cache_key'), $data['access_token'], now()->addMinutes($data['expires_in'] - 5));
        Log::info('Dollr token refreshed', ['length' => strlen($data['access_token']), 'expires_in_minutes' => $data['expires_in']]);
        Log::debug('Dollr token (paste into tinker to replay calls)', ['token' => $data['access_token']]);

        return $data['access_token'];
    }

    public function get(string $path, array $query = []): array
    {
        return $this->send('GET', $path, ['query' => $query]);
    }

    public function post(string $path, array $body, array $query = []): array
    {
        return $this->send('POST', $path, ['json' => $body, 'query' => $query]);
    }

    public function put(string $path): array
    {
        return $this->send('PUT', $path, []);
    }

    public static function mask(string $token): string
    {
        return substr($token, 0, 6).'…('.strlen($token).' chars)';
    }

    private function send(string $method, string $path, array $options): array
    {
        $options['headers'] = ['Authorization' => 'Bearer '.$this->accessToken()];
        $response = $this->http->request($method, $path, $options);

        return json_decode((string) $response->getBody(), true, 512, JSON_THROW_ON_ERROR) ?? [];
    }
}
