package lr.kakata.rubber.sales;

import java.util.List;
import java.util.Map;
import lr.kakata.rubber.dollr.DollrProperties;
import lr.kakata.rubber.dollr.DollrTokenService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

/** Buyers pay for a rubber lot on Dollr's hosted checkout page (card or MoMo). */
@Service
public class BuyerCheckoutService {

    private static final Logger log = LoggerFactory.getLogger(BuyerCheckoutService.class);

    private final WebClient dollr;
    private final DollrTokenService tokens;
    private final DollrProperties props;

    public BuyerCheckoutService(@Qualifier("dollrWebClient") WebClient dollr, DollrTokenService tokens, DollrProperties props) {
        this.dollr = dollr;
        this.tokens = tokens;
        this.props = props;
    }

    public String hostedCheckoutUrl(Buyer buyer, Lot lot) {
        Map<String, Object> body = Map.of(
                "mode", "HOSTED",
                "source_type", "INVOICE",
                "party_name", buyer.name(),
                "party_phone", buyer.phone(),
                "currency", "USD",
                "items", List.of(Map.of("name", "Dry rubber lot " + lot.code(), "currency", "USD", "amount", lot.totalUsd())),
                "reference_id", lot.code(),
                "success_url", props.checkout().successUrl(),
                "cancel_url", props.checkout().cancelUrl());
        Map<String, Object> checkout = dollr.post()
                .uri("/v1/checkouts/create")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.accessToken())
                .bodyValue(body)
                .retrieve()
                .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {})
                .block(props.readTimeout());
        log.info("Hosted checkout for lot {}: source {}", lot.code(), checkout.get("source_number"));
        return String.valueOf(checkout.get("url"));
    }
}
