<?php

namespace App\Services;

use GuzzleHttp\Client;

/**
 * Terminal operating system (container moves, gate-in/gate-out) on the port LAN.
 * The appliance only has a self-signed certificate and is not reachable from
 * outside the port network, so certificate verification is off for this host.
 * This is not the Dollr client: Dollr calls keep Guzzle's default verification.
 */
class TerminalOsClient
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => config('services.terminal_os.url', 'https://tos.buchanan-port.lan'),
            'verify' => false,
            'timeout' => 10,
        ]);
    }

    public function vesselCalls(string $since): array
    {
        $response = $this->http->get('/api/vessel-calls', ['query' => ['since' => $since]]);

        return json_decode((string) $response->getBody(), true) ?? [];
    }
}
