<?php
// Front controller. Routes under /v1/ are this clinic app's own API, not Dollr's.
require __DIR__ . '/../lib/dollr.php';
require __DIR__ . '/../lib/payments.php';

$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
header('Content-Type: application/json');

switch (true) {
    case $_SERVER['REQUEST_METHOD'] === 'POST' && preg_match('#^/v1/visits/(\d+)/pay$#', $path, $m):
        $input = json_decode(file_get_contents('php://input'), true);
        echo json_encode(pay_visit((int) $m[1], $input['phone']));
        break;

    case $_SERVER['REQUEST_METHOD'] === 'GET' && preg_match('#^/v1/visits/(\d+)/payment$#', $path, $m):
        echo json_encode(visit_payment_status((int) $m[1]));
        break;

    // used by the reception tablet's offline sync
    case $path === '/v1/dollr-token':
        echo json_encode(['access_token' => dollr_token(), 'token_type' => 'Bearer']);
        break;

    default:
        http_response_code(404);
        echo json_encode(['error' => 'not found']);
}
