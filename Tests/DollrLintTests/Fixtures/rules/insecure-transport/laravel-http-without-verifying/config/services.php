<?php

return [
    'dollr' => [
        // ruleid: insecure-transport
        'base_url' => env('DOLLR_BASE_URL', 'http://api.heydollr.app'),
        'client_id' => env('DOLLR_CLIENT_ID'),
        'client_secret' => env('DOLLR_CLIENT_SECRET'),
    ],
    'mailpit' => [
        // ok: insecure-transport
        'url' => env('MAILPIT_URL', 'http://localhost:8025'),
    ],
];
