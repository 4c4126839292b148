<?php

function dollr_status(string $token, string $referenceId): array
{
    $ch = curl_init('https://api.heydollr.app/v1/status/collection/' . rawurlencode($referenceId));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_setopt($ch, CURLOPT_TIMEOUT, 30);
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . $token]);
    // ruleid: insecure-transport
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
    // ruleid: insecure-transport
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
    // ok: insecure-transport
    curl_setopt($ch, CURLOPT_CAINFO, '/etc/ssl/certs/ca-certificates.crt');
    $body = curl_exec($ch);
    curl_close($ch);
    return json_decode($body, true);
}

function dollr_status_strict(string $token, string $referenceId): array
{
    $ch = curl_init('https://api.heydollr.app/v1/status/payout/' . rawurlencode($referenceId));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    // ok: insecure-transport
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);
    // ok: insecure-transport
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . $token]);
    return json_decode(curl_exec($ch), true);
}
