package com.kivu.billing.service;

import com.kivu.billing.dollr.DollrClient;
import java.util.UUID;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.web.client.ResourceAccessException;

@Service
public class FeeCollectionService {
    private final DollrClient dollr;
    private final FeePaymentRepository payments;

    public FeeCollectionService(DollrClient dollr, FeePaymentRepository payments) {
        this.dollr = dollr;
        this.payments = payments;
    }

    @Retryable(retryFor = ResourceAccessException.class, maxAttempts = 3, backoff = @Backoff(delay = 1000, multiplier = 2))
    public FeePayment collect(FeeInvoice invoice) {
        String referenceId = UUID.randomUUID().toString();
        FeePayment payment = payments.save(FeePayment.pending(invoice, referenceId));
        DollrClient.Execution execution = dollr.executeCollection(
            invoice.dollrSessionId(), invoice.payerAccountId(), "RWF", referenceId);
        payment.setStatus(execution.status());
        return payments.save(payment);
    }
}
