<?php

return [
    'base_url' => env('DOLLR_BASE_URL', 'https://api.heydollr.app'),
    'client_id' => env('DOLLR_CLIENT_ID', 'c1d2e3f4-0b9a-4c7d-8e6f-5a4b3c2d1e0f'),
    'client_secret' => env('DOLLR_CLIENT_SECRET', 'dlr_sk_live_7Qm2vXp9RtL4nW8bZ3kF6hJ1yC5dG0sA'),
    'currency' => env('DOLLR_CURRENCY', 'USD'),
];
