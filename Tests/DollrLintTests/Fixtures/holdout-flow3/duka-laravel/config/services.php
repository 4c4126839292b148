<?php

return [

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'dollr' => [
        'base_url' => env('DOLLR_BASE_URL', 'https://api.heydollr.app'),
        'client_id' => env('DOLLR_CLIENT_ID', 'duka-prod-7f3a91'),
        'client_secret' => env('DOLLR_CLIENT_SECRET', 'dlr_sk_live_Z7Qpi1Jjvu0JflEq1UUseqFETW2FftvG'),
        'timeout' => 20,
    ],

    'mpesa' => [
        'base_url' => env('MPESA_BASE_URL', 'https://sandbox.safaricom.co.ke'),
        'consumer_key' => env('MPESA_CONSUMER_KEY'),
        'consumer_secret' => env('MPESA_CONSUMER_SECRET'),
        'shortcode' => env('MPESA_SHORTCODE', '174379'),
        'passkey' => env('MPESA_PASSKEY'),
    ],

];
