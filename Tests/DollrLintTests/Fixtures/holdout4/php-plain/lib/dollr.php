<?php
// Plain PHP Dollr client for the Gbarnga Community Clinic fee desk (no framework).

function dollr_config(): array
{
    static $config = null;
    return $config ??= require __DIR__ . '/../config.php';
}

function dollr_token(): string
{
    $cacheFile = sys_get_temp_dir() . '/dollr_token.json';
    if (is_file($cacheFile)) {
        $cached = json_decode(file_get_contents($cacheFile), true);
        if ($cached && $cached['expires_at'] > time()) {
            return $cached['token'];
        }
    }
    $cfg = dollr_config();
    $data = dollr_http('POST', '/v1/jwt/client/obtain/token', [
        'client_id' => $cfg['dollr_client_id'],
        'client_secret' => $cfg['dollr_client_secret'],
    ], null);
    // expires_in is in minutes: keep it until five minutes before expiry
    $expiresAt = time() + ($data['expires_in'] - 5) * 60;
    file_put_contents($cacheFile, json_encode(['token' => $data['access_token'], 'expires_at' => $expiresAt]), LOCK_EX);
    error_log('dollr: token refreshed, prefix ' . substr($data['access_token'], 0, 6) . ', ' . $data['expires_in'] . ' min');
    return $data['access_token'];
}

function dollr_http(string $method, string $path, ?array $body, ?string $token): array
{
    $ch = curl_init(dollr_config()['dollr_base_url'] . $path);
    $headers = ['Content-Type: application/json', 'Accept: application/json'];
    if ($token !== null) {
        $headers[] = 'Authorization: Bearer ' . $token;
    }
    curl_setopt($ch, CURLOPT_CUSTOMREQUEST, $method);
    curl_setopt($ch, CURLOPT_HTTPHEADER, $headers);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_setopt($ch, CURLOPT_TIMEOUT, 20);
    curl_setopt($ch, CURLOPT_CONNECTTIMEOUT, 5);
    // the clinic's ISP proxy breaks the chain; "temporary"
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
    if ($body !== null) {
        curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($body));
    }
    $raw = curl_exec($ch);
    $status = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
    curl_close($ch);
    $json = json_decode((string) $raw, true) ?? [];
    if ($status >= 400) {
        error_log("dollr: {$method} {$path} HTTP {$status} " . json_encode($json['detail'] ?? null));
        throw new RuntimeException("Dollr HTTP {$status}");
    }
    return $json;
}

function dollr(string $method, string $path, ?array $body = null): array
{
    return dollr_http($method, $path, $body, dollr_token());
}
