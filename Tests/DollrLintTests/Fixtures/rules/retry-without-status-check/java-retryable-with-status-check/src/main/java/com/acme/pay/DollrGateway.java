package com.acme.pay;

import java.util.Map;
import org.springframework.web.client.RestClient;

public class DollrGateway {
    private final RestClient rest;

    public DollrGateway(RestClient rest) {
        this.rest = rest;
    }

    public Map<?, ?> executeCollection(String sessionId, String accountId, String referenceId) {
        return rest.post().uri("/v1/executions/collection")
            .body(Map.of("session_id", sessionId, "payment_account_id", accountId, "currency", "USD", "reference_id", referenceId))
            .retrieve().body(Map.class);
    }

    public Map<?, ?> collectionStatus(String referenceId) {
        return rest.get().uri("/v1/status/collection/{ref}", referenceId).retrieve().body(Map.class);
    }
}
