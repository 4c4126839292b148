package com.kivu.billing.web;

import com.kivu.billing.dollr.DollrClient;
import com.kivu.billing.service.FeeCollectionService;
import com.kivu.billing.service.FeeInvoiceRepository;
import com.kivu.billing.service.FeePaymentRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PaymentRetryController {
    private final DollrClient dollr;
    private final FeePaymentRepository payments;
    private final FeeInvoiceRepository invoices;
    private final FeeCollectionService collections;

    public PaymentRetryController(DollrClient dollr, FeePaymentRepository payments,
                                  FeeInvoiceRepository invoices, FeeCollectionService collections) {
        this.dollr = dollr;
        this.payments = payments;
        this.invoices = invoices;
        this.collections = collections;
    }

    /** The parent taps "Pay again" on a payment the app showed as failed. */
    @PostMapping("/payments/{id}/retry")
    public ResponseEntity<?> retry(@PathVariable long id) {
        var previous = payments.findById(id).orElseThrow();
        var status = dollr.collectionStatus(previous.getReferenceId()).status();
        if (!"FAILED".equals(status)) {
            return ResponseEntity.status(409).body(java.util.Map.of("status", status));
        }
        var fresh = invoices.reopenWithNewSession(previous.getInvoiceId());
        return ResponseEntity.ok(collections.collect(fresh));
    }
}
