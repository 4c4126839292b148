package com.kivu.billing.dollr;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.annotation.EnableRetry;
import org.springframework.web.client.RestTemplate;

@Configuration
@EnableRetry
public class DollrConfig {
    @Bean
    RestTemplate dollrRestTemplate(RestTemplateBuilder builder, @Value("${dollr.base-url}") String baseUrl) {
        return builder
            .rootUri(baseUrl)
            .setConnectTimeout(Duration.ofSeconds(5))
            .setReadTimeout(Duration.ofSeconds(30))
            .build();
    }
}
