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
        'base_url' => env('DOLLR_BASE_URL', 'http://api.heydollr.app'),
        'client_id' => env('DOLLR_CLIENT_ID'),
        'client_secret' => env('DOLLR_CLIENT_SECRET', 'eVbVLheD9Mg0VGngGj8j73R4SH2PUt1Gs18q'),
    ],

];
