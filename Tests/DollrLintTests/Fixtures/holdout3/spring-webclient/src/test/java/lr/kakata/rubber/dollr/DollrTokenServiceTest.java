package lr.kakata.rubber.dollr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

class DollrTokenServiceTest {

    private MockWebServer server;
    private DollrTokenService service;

    @BeforeEach
    void setUp() throws Exception {
        server = new MockWebServer();
        server.start();
        DollrProperties props = new DollrProperties(
                server.url("/").toString(), "test-client", "test-secret",
                Duration.ofSeconds(1), Duration.ofSeconds(2), null, null);
        service = new DollrTokenService(WebClient.create(server.url("/").toString()), props);
    }

    @AfterEach
    void tearDown() throws Exception {
        server.shutdown();
    }

    @Test
    void cachesTokenUntilFiveMinutesBeforeExpiry() throws Exception {
        server.enqueue(new MockResponse()
                .setHeader("Content-Type", "application/json")
                .setBody("{\"access_token\":\"fake-token\",\"expires_in\":60}"));

        assertThat(service.accessToken()).isEqualTo("fake-token");
        assertThat(service.accessToken()).isEqualTo("fake-token");

        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(server.takeRequest().getBody().readUtf8()).contains("\"client_secret\":\"test-secret\"");
    }
}
