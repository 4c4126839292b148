package com.tamarind.invoicing.dollr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

@Component
public class DollrPaymentClient {

    private static final String EXECUTE_PATH = "/v1/executions/%s";
    private static final String STATUS_PATH = "/v1/status/%s/%s";

    private final RestTemplate restTemplate;
    private final DollrTokenProvider tokens;

    public DollrPaymentClient(@Qualifier("dollrRestTemplate") RestTemplate restTemplate, DollrTokenProvider tokens) {
        this.restTemplate = restTemplate;
        this.tokens = tokens;
    }

    private HttpHeaders authHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(tokens.getToken());
        return headers;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> createCheckoutSession(long invoiceId) {
        Map<String, Object> body = Map.of("source_id", invoiceId, "source_type", "INVOICE");
        return restTemplate.exchange("/v1/sessions/checkout", HttpMethod.POST, new HttpEntity<>(body, authHeaders()), Map.class).getBody();
    }

    @Retryable(retryFor = {ResourceAccessException.class, HttpServerErrorException.class}, maxAttempts = 4, backoff = @Backoff(delay = 2000, multiplier = 2))
    public ExecutionResponse collect(String sessionId, String paymentAccountId, String currency, String referenceId) {
        Map<String, Object> body = Map.of(
                "session_id", sessionId,
                "payment_account_id", paymentAccountId,
                "currency", currency,
                "reference_id", referenceId);
        return restTemplate.exchange(String.format(EXECUTE_PATH, "collection"), HttpMethod.POST, new HttpEntity<>(body, authHeaders()), ExecutionResponse.class).getBody();
    }

    public StatusResponse collectionStatus(String referenceId) {
        try {
            return restTemplate.exchange(String.format(STATUS_PATH, "collection", referenceId), HttpMethod.GET, new HttpEntity<>(authHeaders()), StatusResponse.class).getBody();
        } catch (HttpClientErrorException.NotFound e) {
            return null;
        }
    }

    public record ExecutionResponse(String status,
                                    @JsonProperty("reference_id") String referenceId,
                                    @JsonProperty("gateway_message") String gatewayMessage) {
    }

    public record StatusResponse(String status, @JsonProperty("reference_id") String referenceId) {
    }
}
