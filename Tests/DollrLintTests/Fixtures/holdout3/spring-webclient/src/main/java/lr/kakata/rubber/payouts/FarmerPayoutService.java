package lr.kakata.rubber.payouts;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import lr.kakata.rubber.dollr.DollrProperties;
import lr.kakata.rubber.dollr.DollrTokenService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

/** Pays farmers for the latex they delivered, to their MoMo wallets. */
@Service
public class FarmerPayoutService {

    private static final Logger log = LoggerFactory.getLogger(FarmerPayoutService.class);
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

    private final WebClient dollr;
    private final DollrTokenService tokens;
    private final DollrProperties props;
    private final PayoutRepository payouts;

    public FarmerPayoutService(@Qualifier("dollrWebClient") WebClient dollr, DollrTokenService tokens,
                               DollrProperties props, PayoutRepository payouts) {
        this.dollr = dollr;
        this.tokens = tokens;
        this.props = props;
        this.payouts = payouts;
    }

    public Payout pay(Farmer farmer, BigDecimal amountUsd) {
        Map<String, Object> session = dollr.post()
                .uri("/v1/sessions/payout")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.accessToken())
                .bodyValue(Map.of(
                        "payout_account_id", farmer.dollrPayoutAccountId(),
                        "amount", amountUsd,
                        "currency", "USD"))
                .retrieve()
                .bodyToMono(JSON)
                .block(props.readTimeout());

        // Saved before the execute call: a lost response is looked up, never re-sent.
        UUID referenceId = UUID.randomUUID();
        Payout payout = payouts.save(Payout.pending(farmer.id(), referenceId, amountUsd));

        Map<String, Object> execution = dollr.post()
                .uri("/v1/executions/payout")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.accessToken())
                .bodyValue(Map.of(
                        "session_id", String.valueOf(session.get("id")),
                        "payout_account_id", farmer.dollrPayoutAccountId(),
                        "reference_id", referenceId.toString(),
                        "passcode", Map.of(
                                "token", Map.of("code", props.passcode().code(), "phone", props.passcode().phone()),
                                "device", Map.of(
                                        "name", "Kakata payout server",
                                        "type", "SERVER",
                                        "platform", "JAVA",
                                        "user_agent", "kakata-rubber/1.2",
                                        "client_ip", "41.191.104.20"))))
                .retrieve()
                .bodyToMono(JSON)
                .block(props.readTimeout());

        String status = String.valueOf(execution.get("status"));
        log.info("Payout {} for farmer {}: {}", referenceId, farmer.id(), status);
        return payouts.save(payout.withStatus(status));
    }

    /** Called by the nightly reconciliation for payouts still PENDING or PROCESSING. */
    public String refreshStatus(Payout payout) {
        Map<String, Object> res = dollr.get()
                .uri("/v1/payouts/{referenceId}/status", payout.referenceId())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.accessToken())
                .retrieve()
                .bodyToMono(JSON)
                .block(props.readTimeout());
        String status = String.valueOf(res.get("status"));
        log.info("Payout {} status {} ({})", payout.referenceId(), status, res.get("gateway_message"));
        payouts.save(payout.withStatus(status));
        return status;
    }
}
