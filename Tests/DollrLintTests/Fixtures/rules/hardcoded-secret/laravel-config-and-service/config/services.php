<?php

return [
    'dollr' => [
        // ok: hardcoded-secret
        'base_url' => env('DOLLR_BASE_URL', 'https://api.heydollr.app'),
        // ok: hardcoded-secret
        'client_id' => env('DOLLR_CLIENT_ID'),
        // ruleid: hardcoded-secret
        'client_secret' => env('DOLLR_CLIENT_SECRET', '5boGipqvcwdsReqkd58YrmzmYFjOLhz6YZHOCl'),
    ],
    'dollr_sandbox' => [
        // ok: hardcoded-secret
        'client_secret' => env('DOLLR_SANDBOX_CLIENT_SECRET', 'changeme'),
    ],
];
