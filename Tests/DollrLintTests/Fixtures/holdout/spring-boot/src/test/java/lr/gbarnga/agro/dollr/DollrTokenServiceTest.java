package lr.gbarnga.agro.dollr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import lr.gbarnga.agro.dollr.DollrConfig.DollrProperties;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class DollrTokenServiceTest {

    private final DollrProperties props = new DollrProperties(
            "https://api.heydollr.app", "test-client", "test-secret", Duration.ofSeconds(1), Duration.ofSeconds(1));

    @Test
    void cachesTheTokenUntilFiveMinutesBeforeExpiry() {
        RestClient.Builder builder = RestClient.builder().baseUrl(props.baseUrl());
        MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
        server.expect(requestTo("https://api.heydollr.app/v1/jwt/client/obtain/token"))
                .andExpect(content().json("{\"client_id\":\"test-client\",\"client_secret\":\"test-secret\"}"))
                .andRespond(withSuccess("{\"access_token\":\"fake-token\",\"expires_in\":60}", MediaType.APPLICATION_JSON));

        Clock clock = Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC);
        DollrTokenService tokens = new DollrTokenService(builder.build(), props, clock);

        assertThat(tokens.accessToken()).isEqualTo("fake-token");
        assertThat(tokens.accessToken()).isEqualTo("fake-token");
        server.verify();
    }
}
