package com.example.shop.web;

import com.example.shop.dollr.DollrTokenService;
import com.example.shop.dollr.DollrStatusService;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/dollr")
public class DollrController {
    private final DollrTokenService tokens;
    private final DollrStatusService statuses;

    public DollrController(DollrTokenService tokens, DollrStatusService statuses) {
        this.tokens = tokens;
        this.statuses = statuses;
    }

    @GetMapping("/token")
    public ResponseEntity<Map<String, String>> token() {
        // ruleid: token-exposed-to-client
        return ResponseEntity.ok(Map.of("accessToken", tokens.getAccessToken()));
    }

    @GetMapping("/status/{referenceId}")
    public Map<String, String> status(@PathVariable String referenceId) {
        String status = statuses.collectionStatus(tokens.getAccessToken(), referenceId);
        // ok: token-exposed-to-client
        return Map.of("status", status, "reference_id", referenceId);
    }
}
