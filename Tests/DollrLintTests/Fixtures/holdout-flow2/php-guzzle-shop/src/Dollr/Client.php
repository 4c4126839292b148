<?php

namespace CornerShop\Dollr;

use GuzzleHttp\Client as Guzzle;
use GuzzleHttp\Exception\ClientException;
use Psr\Http\Message\ResponseInterface;

final class Client
{
    private const TOKEN = '/v1/jwt/client/obtain/token';

    private Guzzle $http;
    private ?string $token = null;
    private int $expiresAt = 0;

    public function __construct(private string $baseUrl, private string $clientId, private string $clientSecret)
    {
        $this->http = new Guzzle(['base_uri' => rtrim($baseUrl, '/') . '/']);
    }

    private function token(bool $force = false): string
    {
        if (!$force && $this->token !== null && $this->expiresAt - time() > 300) {
            return $this->token;
        }
        $res = $this->http->post(ltrim(self::TOKEN, '/'), ['json' => [
            'client_id' => $this->clientId,
            'client_secret' => $this->clientSecret,
        ]]);
        $data = json_decode((string) $res->getBody(), true);
        $this->token = $data['access_token'];
        $this->expiresAt = time() + $data['expires_in'];

        return $this->token;
    }

    /** One refresh on 401, and a single wait on 429 for as long as Dollr asks. */
    public function request(string $method, string $path, array $options = []): array
    {
        $refreshed = false;
        $waited = false;
        while (true) {
            $options['headers']['Authorization'] = 'Bearer ' . $this->token($refreshed);
            try {
                return $this->decode($this->http->request($method, ltrim($path, '/'), $options));
            } catch (ClientException $e) {
                $code = $e->getResponse()->getStatusCode();
                if ($code === 401 && !$refreshed) {
                    $refreshed = true;
                    continue;
                }
                if ($code === 429 && !$waited) {
                    $waited = true;
                    sleep(max(1, (int) $e->getResponse()->getHeaderLine('Retry-After')));
                    continue;
                }
                throw $e;
            }
        }
    }

    private function decode(ResponseInterface $res): array
    {
        return json_decode((string) $res->getBody(), true) ?? [];
    }
}
