package com.mamba.delivery.dollr;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestTemplate;

@Service
public class DollrGateway {
    private static final String TOKEN = "/v1/jwt/client/obtain/token";
    private static final String CHECKOUT_SESSION = "/v1/sessions/checkout";
    private static final String REALTIME_KEY = "/v1/realtime-keys/collection";

    public record Token(String access_token, long expires_in) {
    }

    public record RealtimeKey(String access_token, long expires_in) {
    }

    public record Session(long id) {
    }

    private final RestTemplate rest;
    private final String baseUrl;
    private final String clientId;
    private final String clientSecret;
    private String token;
    private Instant expiresAt = Instant.MIN;

    public DollrGateway(RestTemplate dollrRestTemplate, @Value("${dollr.base-url}") String baseUrl,
                        @Value("${dollr.client-id}") String clientId, @Value("${dollr.client-secret}") String clientSecret) {
        this.rest = dollrRestTemplate;
        this.baseUrl = baseUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    private synchronized String bearer() {
        if (token == null || Duration.between(Instant.now(), expiresAt).toMinutes() < 5) {
            Token fresh = rest.postForObject(baseUrl + TOKEN, Map.of("client_id", clientId, "client_secret", clientSecret), Token.class);
            token = fresh.access_token();
            expiresAt = Instant.now().plus(Duration.ofMinutes(fresh.expires_in()));
        }
        return token;
    }

    private <T> HttpEntity<T> authorized(T body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(bearer());
        return new HttpEntity<>(body, headers);
    }

    @Retryable(retryFor = {HttpServerErrorException.class, HttpClientErrorException.class}, maxAttempts = 4, backoff = @Backoff(500))
    public Session openCheckout(long orderId) {
        Map<String, Object> body = Map.of("source_type", "ORDER", "source_id", orderId);
        return rest.postForObject(baseUrl + CHECKOUT_SESSION, authorized(body), Session.class);
    }

    public RealtimeKey realtimeKey(long sessionId, String referenceId) {
        Map<String, Object> body = Map.of("session_id", sessionId, "source_type", "ORDER", "reference_id", referenceId);
        return rest.postForObject(baseUrl + REALTIME_KEY, authorized(body), RealtimeKey.class);
    }
}
