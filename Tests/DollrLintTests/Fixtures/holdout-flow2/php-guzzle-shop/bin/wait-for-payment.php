<?php
// Usage: php bin/wait-for-payment.php <reference_id>  (cashier terminal helper)

require __DIR__ . '/../vendor/autoload.php';

use CornerShop\Dollr\Client;
use CornerShop\Dollr\Payments;

$payments = new Payments(
    new Client(getenv('DOLLR_BASE_URL') ?: 'https://api.heydollr.app', getenv('DOLLR_CLIENT_ID'), getenv('DOLLR_CLIENT_SECRET')),
    new PDO(getenv('DATABASE_DSN'))
);

$reference = $argv[1];
while (true) {
    $status = $payments->status($reference);
    echo date('H:i:s') . " {$status}\n";
    if ($status === 'COMPLETED' || $status === 'FAILED') {
        exit($status === 'COMPLETED' ? 0 : 1);
    }
    usleep(500000);
}
