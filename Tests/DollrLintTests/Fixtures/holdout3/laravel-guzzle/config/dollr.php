<?php

return [
    'base_url' => env('DOLLR_BASE_URL', 'https://api.heydollr.app'),

    'client_id' => env('DOLLR_CLIENT_ID'),

    // fallback so `php artisan dollr:smoke` works on the shared staging box
    'client_secret' => env('DOLLR_CLIENT_SECRET', '7gJFwBK0a0R5EbQotIVi1OuITH6WbZFY7s33lM3Bz80h'),

    // seconds, passed to Guzzle
    'timeout' => (float) env('DOLLR_TIMEOUT', 15),
    'connect_timeout' => 5,

    'token_cache_key' => 'dollr.access_token',

    'smoke_account_id' => env('DOLLR_SMOKE_ACCOUNT_ID'),
];
