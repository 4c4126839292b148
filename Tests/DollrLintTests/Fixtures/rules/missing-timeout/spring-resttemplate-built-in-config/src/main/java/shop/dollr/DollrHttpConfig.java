package shop.dollr;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestTemplate;

@Configuration
public class DollrHttpConfig {
    // The shared client has no timeouts: every Dollr call in DollrGateway can hang on it.
    @Bean
    public RestTemplate dollrRestTemplate() {
        // ruleid: missing-timeout
        return new RestTemplate();
    }
}
