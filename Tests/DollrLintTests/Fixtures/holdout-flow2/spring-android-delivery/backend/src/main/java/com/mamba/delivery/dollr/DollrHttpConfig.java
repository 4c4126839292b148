package com.mamba.delivery.dollr;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.annotation.EnableRetry;
import org.springframework.web.client.RestTemplate;

@Configuration
@EnableRetry
public class DollrHttpConfig {
    @Bean
    public RestTemplate dollrRestTemplate() {
        return new RestTemplate();
    }
}
