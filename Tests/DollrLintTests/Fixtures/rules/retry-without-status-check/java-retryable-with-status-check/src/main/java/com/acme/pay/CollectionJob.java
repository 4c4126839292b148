package com.acme.pay;

import java.util.Map;
import java.util.Set;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.web.client.ResourceAccessException;

public class CollectionJob {
    private static final Set<String> LANDED = Set.of("COMPLETED", "PROCESSING");
    private final DollrGateway gateway;

    public CollectionJob(DollrGateway gateway) {
        this.gateway = gateway;
    }

    // The docs' pattern: the stored reference is checked before the execute is sent again.
    @Retryable(retryFor = ResourceAccessException.class, maxAttempts = 4, backoff = @Backoff(delay = 1000, multiplier = 2))
    public Map<?, ?> collect(Payment payment) {
        Map<?, ?> current = gateway.collectionStatus(payment.getReferenceId());
        if (current != null && LANDED.contains(String.valueOf(current.get("status")))) {
            return current;
        }
        // ok: retry-without-status-check
        return gateway.executeCollection(payment.getSessionId(), payment.getAccountId(), payment.getReferenceId());
    }
}
