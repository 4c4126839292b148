<?php
// Copy to config.php (git-ignored) and fill in.
return [
    'dollr_base_url' => 'https://api.heydollr.app',
    'dollr_client_id' => 'your-client-id',
    'dollr_client_secret' => 'changeme',
    'sms_gateway_url' => 'https://sms.gbarnga-clinic.lan/send',
    'db_dsn' => 'sqlite:' . __DIR__ . '/var/clinic.sqlite',
];
