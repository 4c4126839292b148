package com.kivu.billing.dollr;

import java.time.Instant;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class DollrClient {
    public record Execution(String status, String reference_id) {
    }

    private record TokenResponse(String access_token, long expires_in) {
    }

    private final RestTemplate rest;
    private final String clientId;
    private final String clientSecret;
    private String token;
    private Instant tokenExpiresAt = Instant.EPOCH;

    public DollrClient(RestTemplate dollrRestTemplate,
                       @Value("${dollr.client-id}") String clientId,
                       @Value("${dollr.client-secret}") String clientSecret) {
        this.rest = dollrRestTemplate;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    private synchronized String accessToken() {
        // expires_in is minutes; renew when under five minutes remain
        if (token != null && Instant.now().isBefore(tokenExpiresAt.minusSeconds(300))) {
            return token;
        }
        TokenResponse res = rest.postForObject(DollrPaths.TOKEN,
            Map.of("client_id", clientId, "client_secret", clientSecret), TokenResponse.class);
        token = res.access_token();
        tokenExpiresAt = Instant.now().plusSeconds(res.expires_in() * 60);
        return token;
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(accessToken());
        return headers;
    }

    public Execution executeCollection(String sessionId, String accountId, String currency, String referenceId) {
        Map<String, Object> body = Map.of(
            "session_id", sessionId,
            "payment_account_id", accountId,
            "currency", currency,
            "reference_id", referenceId);
        return rest.postForObject(DollrPaths.COLLECTION, new HttpEntity<>(body, headers()), Execution.class);
    }

    public Execution collectionStatus(String referenceId) {
        String path = String.format(DollrPaths.STATUS, "collection", referenceId);
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), Execution.class).getBody();
    }
}
