package lr.gbarnga.agro.payments;

import java.util.Map;
import java.util.UUID;
import lr.gbarnga.agro.dollr.DollrTokenService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Service
public class CollectionService {
    private static final Logger log = LoggerFactory.getLogger(CollectionService.class);
    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {};

    private final RestClient dollr;
    private final DollrTokenService tokens;
    private final PaymentRepository payments;

    public CollectionService(RestClient dollrRestClient, DollrTokenService tokens, PaymentRepository payments) {
        this.dollr = dollrRestClient;
        this.tokens = tokens;
        this.payments = payments;
    }

    /** API-embedded MoMo collection for an order already published on Dollr. */
    public Payment collectMomo(Order order, long partyId, String phone) {
        Map<String, Object> prediction = dollr.get()
                .uri(uri -> uri.path("/v1/predictions/mmo-provider-info")
                        .queryParam("phone", phone)
                        .queryParam("operation_type", "COLLECTION")
                        .build())
                .headers(this::auth)
                .retrieve()
                .body(MAP);

        Map<String, Object> session = post("/v1/sessions/checkout", Map.of(
                "source_id", order.getDollrOrderId(),
                "source_type", "ORDER"));

        Map<String, Object> account = post("/v1/payment-accounts/create?operation_type=COLLECTION", Map.of(
                "account_name", order.getCustomerName() + " MoMo",
                "method", prediction.get("payment_method"),
                "provider", prediction.get("gateway_provider"),
                "party_id", partyId,
                "country_code", "LR",
                "insensitive_account_number", phone));

        // Persist the idempotency key before the execute call.
        Payment payment = payments.save(Payment.pending(order, UUID.randomUUID().toString(), session.get("id")));

        Map<String, Object> execution = post("/v1/executions/collection", Map.of(
                "session_id", String.valueOf(session.get("id")),
                "payment_account_id", String.valueOf(account.get("id")),
                "currency", "usd",
                "amount", order.getTotal(),
                "reference_id", payment.getReferenceId()));

        payment.setStatus(String.valueOf(execution.get("status")));
        log.info("Collection {} for order {} is {}", payment.getReferenceId(), order.getNumber(), payment.getStatus());
        return payments.save(payment);
    }

    /** Hosted checkout: the member pays by MoMo or card on Dollr's page. */
    public String hostedCheckout(Order order) {
        Map<String, Object> checkout = post("/v1/checkouts/create", Map.of(
                "mode", "HOSTED",
                "source_type", "ORDER",
                "party_name", order.getCustomerName(),
                "party_phone", order.getCustomerPhone(),
                "currency", "USD",
                "reference_id", order.getNumber(),
                "items", order.getLines().stream()
                        .map(line -> Map.of("name", line.getName(), "currency", "USD", "amount", line.getAmount()))
                        .toList(),
                "success_url", "https://shop.gbarnga-agro.lr/checkout/success",
                "cancel_url", "https://shop.gbarnga-agro.lr/checkout/cancel"));
        return (String) checkout.get("url");
    }

    public Map<String, Object> status(String referenceId) {
        return dollr.get()
                .uri("/v1/status/collection/{referenceId}", referenceId)
                .headers(this::auth)
                .retrieve()
                .body(MAP);
    }

    public Map<String, Object> realtimeKey(long sessionId, String referenceId) {
        return post("/v1/realtime-keys/collection", Map.of(
                "session_id", sessionId,
                "source_type", "ORDER",
                "reference_id", referenceId));
    }

    private Map<String, Object> post(String path, Map<String, ?> body) {
        return dollr.post().uri(path).headers(this::auth).body(body).retrieve().body(MAP);
    }

    private void auth(HttpHeaders headers) {
        headers.setBearerAuth(tokens.accessToken());
    }
}
