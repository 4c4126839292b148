<?php

namespace App\Services\Mpesa;

use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Str;

// Kenyan shoppers pay with M-Pesa Express (STK push); Dollr is only used for Liberia.
class StkPushService
{
    protected string $baseUrl;

    public function __construct()
    {
        $this->baseUrl = config('services.mpesa.base_url');
    }

    protected function token(): string
    {
        if ($token = Cache::get('mpesa.token')) {
            return $token;
        }

        $res = Http::withBasicAuth(config('services.mpesa.consumer_key'), config('services.mpesa.consumer_secret'))
            ->timeout(10)
            ->get($this->baseUrl.'/oauth/v1/generate', ['grant_type' => 'client_credentials'])
            ->throw();

        // Daraja: expires_in is in seconds
        Cache::put('mpesa.token', $res->json('access_token'), now()->addSeconds((int) $res->json('expires_in') - 60));

        return $res->json('access_token');
    }

    public function push(string $phone, int $amount, string $accountRef): array
    {
        $timestamp = now()->format('YmdHis');
        $shortcode = config('services.mpesa.shortcode');
        $password = base64_encode($shortcode.config('services.mpesa.passkey').$timestamp);

        return Http::withToken($this->token())
            ->timeout(15)
            ->retry(3, 200)
            ->withHeaders(['X-Request-Id' => (string) Str::uuid()])
            ->post($this->baseUrl.'/mpesa/stkpush/v1/processrequest', [
                'BusinessShortCode' => $shortcode,
                'Password' => $password,
                'Timestamp' => $timestamp,
                'TransactionType' => 'CustomerPayBillOnline',
                'Amount' => $amount,
                'PartyA' => $phone,
                'PartyB' => $shortcode,
                'PhoneNumber' => $phone,
                'CallBackURL' => route('mpesa.callback'),
                'AccountReference' => $accountRef,
                'TransactionDesc' => 'Duka order',
            ])
            ->throw()
            ->json();
    }
}
