<?php

namespace App\Dollr;

use Psr\Log\LoggerInterface;
use Symfony\Contracts\Cache\CacheInterface;
use Symfony\Contracts\Cache\ItemInterface;
use Symfony\Contracts\HttpClient\HttpClientInterface;

/**
 * Dollr API client. Uses the "dollr.client" scoped HTTP client (base URI and
 * timeouts live in config/packages/framework.yaml). The access token is kept in
 * the app cache until five minutes before it expires; expires_in is in minutes.
 */
final class DollrClient
{
    public function __construct(
        private readonly HttpClientInterface $dollrClient,
        private readonly CacheInterface $cache,
        private readonly LoggerInterface $logger,
        private readonly string $clientId,
        private readonly string $clientSecret,
    ) {
    }

    public function accessToken(): string
    {
        return $this->cache->get('dollr.access_token', function (ItemInterface $item): string {
            $data = $this->dollrClient->request('POST', '/v1/jwt/client/obtain/token', [
                'json' => ['client_id' => $this->clientId, 'client_secret' => $this->clientSecret],
            ])->toArray();

            $item->expiresAfter(max(60, ($data['expires_in'] - 5) * 60));
            $this->logger->info('Dollr token obtained', [
                'access_token' => $data['access_token'],
                'expires_in_minutes' => $data['expires_in'],
            ]);

            return $data['access_token'];
        });
    }

    public function get(string $path, array $query = []): array
    {
        return $this->dollrClient->request('GET', $path, [
            'auth_bearer' => $this->accessToken(),
            'query' => $query,
        ])->toArray();
    }

    public function post(string $path, array $body, array $query = []): array
    {
        return $this->dollrClient->request('POST', $path, [
            'auth_bearer' => $this->accessToken(),
            'json' => $body,
            'query' => $query,
        ])->toArray();
    }

    public function put(string $path): array
    {
        return $this->dollrClient->request('PUT', $path, [
            'auth_bearer' => $this->accessToken(),
        ])->toArray();
    }

    public static function mask(string $token): string
    {
        return substr($token, 0, 6).'…';
    }
}
