package com.tamarind.invoicing.dollr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class DollrTokenProvider {

    private static final Logger log = LoggerFactory.getLogger(DollrTokenProvider.class);

    private final RestTemplate restTemplate;
    private final String clientId;
    private final String clientSecret;

    private volatile String token;
    private volatile Instant expiresAt = Instant.EPOCH;

    public DollrTokenProvider(@Qualifier("dollrRestTemplate") RestTemplate restTemplate,
                              @Value("${dollr.client-id}") String clientId,
                              @Value("${dollr.client-secret}") String clientSecret) {
        this.restTemplate = restTemplate;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    public synchronized String getToken() {
        if (token != null && Instant.now().isBefore(expiresAt.minusSeconds(30))) {
            return token;
        }
        TokenResponse res = restTemplate.postForObject("/v1/jwt/client/obtain/token",
                Map.of("client_id", clientId, "client_secret", clientSecret), TokenResponse.class);
        token = res.accessToken();
        expiresAt = Instant.now().plusSeconds(res.expiresIn());
        log.debug("Obtained Dollr token, valid until {}", expiresAt);
        return token;
    }

    public synchronized void invalidate() {
        token = null;
    }

    public record TokenResponse(@JsonProperty("access_token") String accessToken,
                                @JsonProperty("expires_in") long expiresIn) {
    }
}
