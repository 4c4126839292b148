<?php

namespace App\Services\Dollr;

final class Endpoints
{
    public const TOKEN = '/v1/jwt/client/obtain/token';
    public const CHECKOUT_SESSION = '/v1/sessions/checkout';
    public const EXECUTE_COLLECTION = '/v1/executions/collection';
    public const COLLECTION_STATUS = '/v1/status/collection/%s';
    public const SOURCE_STATUS = '/v1/status/source';
}
