<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Third Party Services
    |--------------------------------------------------------------------------
    */

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'dollr' => [
        'base_url' => env('DOLLR_BASE_URL', 'https://api.heydollr.app'),
        'client_id' => env('DOLLR_CLIENT_ID'),
        'client_secret' => env('DOLLR_CLIENT_SECRET'),
        // Optional CA file for a TLS-inspecting proxy; verification is never switched off.
        'ca_bundle' => env('DOLLR_CA_BUNDLE'),
    ],

];
