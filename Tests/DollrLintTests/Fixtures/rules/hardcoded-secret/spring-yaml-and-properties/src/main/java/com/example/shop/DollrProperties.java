package com.example.shop;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class DollrProperties {
    // ok: hardcoded-secret
    @Value("${dollr.client-secret}")
    private String clientSecret;

    // ruleid: hardcoded-secret
    private static final String BACKUP_CLIENT_SECRET = "8rSEQHH6mdgSkr3NcfIxDNTX8BoRTRubwuLOG6hbiPGS";

    public String clientSecret() {
        return clientSecret != null ? clientSecret : BACKUP_CLIENT_SECRET;
    }
}
