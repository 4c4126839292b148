package com.kivu.billing.service;

import com.kivu.billing.dollr.DollrClient;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Fees paid at the school's bursar desk, collected immediately from the parent's wallet. */
@Service
public class CounterPaymentService {
    private final DollrClient dollr;
    private final FeePaymentRepository payments;

    public CounterPaymentService(DollrClient dollr, FeePaymentRepository payments) {
        this.dollr = dollr;
        this.payments = payments;
    }

    public FeePayment payAtCounter(FeeInvoice invoice) {
        DollrClient.Execution execution =
            dollr.executeCollection(invoice.dollrSessionId(), invoice.payerAccountId(), "RWF", UUID.randomUUID().toString());
        return payments.save(FeePayment.settled(invoice, execution.reference_id(), execution.status()));
    }
}
