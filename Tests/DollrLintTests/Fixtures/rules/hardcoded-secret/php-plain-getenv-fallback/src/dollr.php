<?php
// ruleid: hardcoded-secret
$clientSecret = getenv('DOLLR_CLIENT_SECRET') ?: 'n0xTPY36WwkM8s368nXlu18HCBsfYOweCZFefkgxmR0L';
// ok: hardcoded-secret
$clientId = getenv('DOLLR_CLIENT_ID') ?: 'your-client-id';
// ok: hardcoded-secret
$placeholder = $_ENV['DOLLR_CLIENT_SECRET'] ?? 'xxx';

$ch = curl_init('https://api.heydollr.app/v1/jwt/client/obtain/token');
curl_setopt($ch, CURLOPT_POST, true);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: application/json']);
curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode([
    'client_id' => $clientId,
    'client_secret' => $clientSecret,
]));
$token = json_decode(curl_exec($ch), true)['access_token'];
