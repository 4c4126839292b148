package com.example.shop.pay;

import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Service
public class CollectionService {
    private static final Logger log = LoggerFactory.getLogger(CollectionService.class);
    private final RestClient dollr;

    public CollectionService(RestClient dollr) { this.dollr = dollr; }

    public String collect(String sessionId, String accountId) {
        String referenceId = UUID.randomUUID().toString();
        Map<String, String> requestBody = Map.of(
            "session_id", sessionId,
            "payment_account_id", accountId,
            "currency", "USD",
            "reference_id", referenceId);
        // ruleid: sensitive-data-logging
        log.info("collection request: {}", requestBody);
        Map<?, ?> response = dollr.post().uri("/v1/executions/collection").body(requestBody).retrieve().body(Map.class);
        // ruleid: sensitive-data-logging
        log.debug("collection response: {}", response);
        // ok: sensitive-data-logging
        log.info("collection {} status {}", referenceId, response.get("status"));
        return referenceId;
    }
}
