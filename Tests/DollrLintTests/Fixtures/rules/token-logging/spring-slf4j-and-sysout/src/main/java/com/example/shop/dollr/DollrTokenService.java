package com.example.shop.dollr;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class DollrTokenService {
    private static final Logger log = LoggerFactory.getLogger(DollrTokenService.class);
    private final HttpClient http = HttpClient.newHttpClient();

    public String getAccessToken() throws Exception {
        String body = """
            {"client_id":"%s","client_secret":"%s"}
            """.formatted(System.getenv("DOLLR_CLIENT_ID"), System.getenv("DOLLR_CLIENT_SECRET"));
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://api.heydollr.app/v1/jwt/client/obtain/token"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
        String token = Json.read(http.send(req, HttpResponse.BodyHandlers.ofString()).body(), "access_token");
        // ruleid: token-logging
        log.info("Dollr token {}", token);
        // ruleid: token-logging
        System.out.println("Bearer " + token);
        // ok: token-logging
        log.debug("Dollr token obtained, length={}", token.length());
        // ok: token-logging
        log.info("Dollr token cached until refresh");
        // ruleid: token-logging
        log.debug("token request body {}", body);
        return token;
    }
}
