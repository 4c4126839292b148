<?php
// SMS appointment reminders through the clinic's own gateway box on the LAN.
// It has a self-signed certificate, so peer verification is off for THIS host only.
// Dollr calls (lib/dollr.php) are a different host.

function send_sms(string $to, string $text): bool
{
    $ch = curl_init(dollr_config()['sms_gateway_url']);
    curl_setopt($ch, CURLOPT_POST, true);
    curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(['to' => $to, 'text' => $text]));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_setopt($ch, CURLOPT_TIMEOUT, 10);
    curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
    $ok = curl_exec($ch) !== false;
    curl_close($ch);
    return $ok;
}
