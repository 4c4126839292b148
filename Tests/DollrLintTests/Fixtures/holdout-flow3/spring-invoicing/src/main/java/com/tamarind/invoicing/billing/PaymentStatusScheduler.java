package com.tamarind.invoicing.billing;

import com.tamarind.invoicing.dollr.DollrPaymentClient;
import com.tamarind.invoicing.dollr.DollrPaymentClient.StatusResponse;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

// Cron-style reconciliation: every run looks at each open payment once.
@Component
public class PaymentStatusScheduler {

    private final DollrPaymentClient dollr;
    private final PaymentRepository payments;

    public PaymentStatusScheduler(DollrPaymentClient dollr, PaymentRepository payments) {
        this.dollr = dollr;
        this.payments = payments;
    }

    @Scheduled(fixedDelayString = "PT2M")
    public void refreshOpenPayments() {
        for (Payment p : payments.findByStatusIn(List.of("PENDING", "PROCESSING"))) {
            StatusResponse st = dollr.collectionStatus(p.getReferenceId());
            if (st == null) {
                continue;
            }
            switch (st.status()) {
                case "COMPLETED" -> {
                    p.setStatus("COMPLETED");
                    p.getInvoice().markPaid();
                }
                case "FAILED" -> p.setStatus("FAILED");
                default -> p.setStatus(st.status()); // PENDING / PROCESSING: still with the carrier
            }
            payments.save(p);
        }
    }
}
