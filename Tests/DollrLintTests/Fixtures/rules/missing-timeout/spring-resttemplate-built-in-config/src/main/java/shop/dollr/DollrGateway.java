package shop.dollr;

import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class DollrGateway {
    private final RestTemplate rest;
    private final String baseUrl;

    public DollrGateway(RestTemplate dollrRestTemplate, DollrProperties props) {
        this.rest = dollrRestTemplate;
        this.baseUrl = props.baseUrl();
    }

    // The calls are reported once, where the client is built (DollrHttpConfig), not here.
    public Map<?, ?> collect(Map<String, Object> body) {
        // ok: missing-timeout
        return rest.postForObject(baseUrl + "/v1/executions/collection", body, Map.class);
    }
}
