package com.tamarind.invoicing.billing;

import com.tamarind.invoicing.dollr.DollrPaymentClient;
import com.tamarind.invoicing.dollr.DollrPaymentClient.ExecutionResponse;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class InvoicePaymentService {

    private static final Logger log = LoggerFactory.getLogger(InvoicePaymentService.class);

    private final DollrPaymentClient dollr;
    private final InvoiceRepository invoices;
    private final PaymentRepository payments;

    public InvoicePaymentService(DollrPaymentClient dollr, InvoiceRepository invoices, PaymentRepository payments) {
        this.dollr = dollr;
        this.invoices = invoices;
        this.payments = payments;
    }

    @Transactional
    public Invoice issue(Customer customer, BigDecimal amount, String currency, String description) {
        Invoice inv = new Invoice();
        inv.setNumber("INV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        inv.setCustomer(customer);
        inv.setAmount(amount);
        inv.setCurrency(currency);
        inv.setDescription(description);
        return invoices.save(inv);
    }

    public Payment payInvoice(Invoice invoice, String paymentAccountId) {
        Map<String, Object> session = dollr.createCheckoutSession(invoice.getDollrInvoiceId());
        ExecutionResponse exec = dollr.collect(String.valueOf(session.get("id")), paymentAccountId, invoice.getCurrency(), UUID.randomUUID().toString());

        Payment payment = new Payment();
        payment.setInvoice(invoice);
        payment.setReferenceId(exec.referenceId());
        payment.setStatus(exec.status());
        log.info("Invoice {} collection submitted, status={}", invoice.getNumber(), exec.status());
        return payments.save(payment);
    }
}
