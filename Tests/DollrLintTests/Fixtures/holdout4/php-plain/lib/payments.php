<?php

function db(): PDO
{
    static $pdo = null;
    return $pdo ??= new PDO(dollr_config()['db_dsn']);
}

function pay_visit(int $visitId, string $phone): array
{
    $visit = db()->query('SELECT * FROM visits WHERE id = ' . $visitId)->fetch(PDO::FETCH_ASSOC);

    if (!$visit['dollr_party_id']) {
        $party = dollr('POST', '/v1/parties/create', [
            'fullname' => $visit['patient_name'],
            'phone' => '0886123456',
            'country_code' => 'LR',
        ]);
        db()->prepare('UPDATE visits SET dollr_party_id = ? WHERE id = ?')->execute([$party['id'], $visitId]);
        $visit['dollr_party_id'] = $party['id'];
    }

    $session = dollr('POST', '/v1/sessions/checkout', [
        'source_id' => (int) $visit['dollr_invoice_id'],
        'source_type' => 'INVOICE',
    ]);
    $account = dollr('POST', '/v1/payment-accounts/create?operation_type=COLLECTION', [
        'account_name' => $visit['patient_name'] . ' MoMo',
        'method' => 'MTN_MOMO_LBR',
        'provider' => 'PAWAPAY',
        'party_id' => (int) $visit['dollr_party_id'],
        'country_code' => 'LR',
        'insensitive_account_number' => $phone,
    ]);

    // reference stored before the execute call; see README "never mint a new one on retry"
    $referenceId = uuid_v4();
    db()->prepare('UPDATE visits SET reference_id = ? WHERE id = ?')->execute([$referenceId, $visitId]);

    $execution = dollr('POST', '/v1/executions/collection', [
        'session_id' => (string) $session['id'],
        'payment_account_id' => (string) $account['id'],
        'currency' => 'lrd',
        'reference_id' => $referenceId,
    ]);
    error_log('dollr: collection response ' . print_r($execution, true));

    return ['reference_id' => $referenceId, 'status' => $execution['status']];
}

function visit_payment_status(int $visitId): array
{
    $ref = db()->query('SELECT reference_id FROM visits WHERE id = ' . $visitId)->fetchColumn();
    $status = dollr('GET', "/v1/status/collection/{$ref}");
    if (PHP_SAPI === 'cli') {
        var_dump($status['status']);
    }
    return ['status' => $status['status']];
}

function uuid_v4(): string
{
    $b = random_bytes(16);
    $b[6] = chr((ord($b[6]) & 0x0f) | 0x40);
    $b[8] = chr((ord($b[8]) & 0x3f) | 0x80);
    return vsprintf('%s%s-%s-%s-%s-%s%s%s', str_split(bin2hex($b), 4));
}
