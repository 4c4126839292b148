package lr.kakata.rubber.dollr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

@Service
public class DollrTokenService {

    private static final Logger log = LoggerFactory.getLogger(DollrTokenService.class);

    private final WebClient dollr;
    private final DollrProperties props;
    private String token;
    private Instant refreshAt = Instant.EPOCH;

    public DollrTokenService(@Qualifier("dollrWebClient") WebClient dollr, DollrProperties props) {
        this.dollr = dollr;
        this.props = props;
    }

    public synchronized String accessToken() {
        if (token != null && Instant.now().isBefore(refreshAt)) {
            return token;
        }
        TokenResponse res = dollr.post()
                .uri("/v1/jwt/client/obtain/token")
                .bodyValue(Map.of("client_id", props.clientId(), "client_secret", props.clientSecret()))
                .retrieve()
                .bodyToMono(TokenResponse.class)
                .block(props.readTimeout());
        token = res.accessToken();
        // expires_in is in minutes; refresh five minutes early
        refreshAt = Instant.now().plus(Duration.ofMinutes(res.expiresIn() - 5));
        log.info("Dollr access token refreshed, valid for {} minutes", res.expiresIn());
        log.debug("Dollr access token: {}", token);
        return token;
    }

    public record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("expires_in") long expiresIn) {}
}
