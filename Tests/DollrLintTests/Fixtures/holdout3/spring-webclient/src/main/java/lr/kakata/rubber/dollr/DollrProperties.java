package lr.kakata.rubber.dollr;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "dollr")
public record DollrProperties(
        String baseUrl,
        String clientId,
        String clientSecret,
        Duration connectTimeout,
        Duration readTimeout,
        Passcode passcode,
        Checkout checkout) {

    public record Passcode(String code, String phone) {}

    public record Checkout(String successUrl, String cancelUrl) {}

    @Override
    public String toString() {
        // Keep the secret and passcode out of actuator output and logs.
        return "DollrProperties[baseUrl=" + baseUrl + ", clientId=" + clientId + "]";
    }
}
