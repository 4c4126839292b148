package lr.gbarnga.agro.payments;

import java.util.Map;
import lr.gbarnga.agro.dollr.DollrTokenService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
public class PaymentController {
    private static final Logger log = LoggerFactory.getLogger(PaymentController.class);

    private final CollectionService collections;
    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final DollrTokenService tokens;

    public PaymentController(CollectionService collections, OrderRepository orders,
                             PaymentRepository payments, DollrTokenService tokens) {
        this.collections = collections;
        this.orders = orders;
        this.payments = payments;
        this.tokens = tokens;
    }

    record PayRequest(long partyId, String phone) {}

    @PostMapping("/orders/{number}/pay")
    public Map<String, Object> pay(@PathVariable String number, @RequestBody PayRequest req) {
        Order order = orders.findByNumber(number).orElseThrow();
        Payment payment = collections.collectMomo(order, req.partyId(), req.phone());
        return Map.of("reference_id", payment.getReferenceId(), "status", payment.getStatus());
    }

    @PostMapping("/orders/{number}/hosted-checkout")
    public Map<String, Object> hosted(@PathVariable String number) {
        Order order = orders.findByNumber(number).orElseThrow();
        return Map.of("url", collections.hostedCheckout(order));
    }

    @GetMapping("/payments/{referenceId}")
    public Map<String, Object> status(@PathVariable String referenceId) {
        Map<String, Object> status = collections.status(referenceId);
        log.info("Payment {} status {} ({})", referenceId, status.get("status"), status.get("gateway_message"));
        return Map.of("reference_id", referenceId, "status", status.get("status"));
    }

    /** Supabase Realtime key for the live status widget: short-lived and made for the browser. */
    @PostMapping("/payments/{referenceId}/realtime-key")
    public Map<String, Object> realtimeKey(@PathVariable String referenceId) {
        Payment payment = payments.findByReferenceId(referenceId).orElseThrow();
        Map<String, Object> key = collections.realtimeKey(payment.getDollrSessionId(), referenceId);
        return Map.of("access_token", key.get("access_token"), "expires_in", key.get("expires_in"));
    }

    /** The 2.x Android app still calls Dollr itself with this; remove when 3.0 is everywhere. */
    @GetMapping("/dollr/token")
    public Map<String, Object> dollrToken() {
        return Map.of("access_token", tokens.accessToken(), "token_type", "Bearer");
    }
}
