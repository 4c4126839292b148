package lr.gbarnga.agro.dollr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import lr.gbarnga.agro.dollr.DollrConfig.DollrProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

/** Caches the Dollr access token and refreshes it five minutes before it expires. */
@Service
public class DollrTokenService {
    private static final Logger log = LoggerFactory.getLogger(DollrTokenService.class);
    private static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

    private final RestClient dollr;
    private final DollrProperties props;
    private final Clock clock;
    private String accessToken;
    private Instant expiresAt = Instant.EPOCH;

    public DollrTokenService(RestClient dollrRestClient, DollrProperties props, Clock clock) {
        this.dollr = dollrRestClient;
        this.props = props;
        this.clock = clock;
    }

    public synchronized String accessToken() {
        if (accessToken == null || clock.instant().isAfter(expiresAt.minus(REFRESH_MARGIN))) {
            refresh();
        }
        return accessToken;
    }

    private void refresh() {
        TokenResponse res = dollr.post()
                .uri("/v1/jwt/client/obtain/token")
                .body(Map.of("client_id", props.clientId(), "client_secret", props.clientSecret()))
                .retrieve()
                .body(TokenResponse.class);
        accessToken = res.accessToken();
        // expires_in is in minutes
        expiresAt = clock.instant().plus(Duration.ofMinutes(res.expiresIn()));
        log.info("Dollr access token refreshed, valid for {} minutes", res.expiresIn());
    }

    record TokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("expires_in") long expiresIn) {}
}
