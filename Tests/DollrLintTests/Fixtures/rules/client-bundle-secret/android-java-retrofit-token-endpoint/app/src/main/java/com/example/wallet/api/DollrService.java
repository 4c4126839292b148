package com.example.wallet.api;

import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;

public interface DollrService {
    // Base URL: https://api.heydollr.app/
    // ruleid: client-bundle-secret
    @POST("v1/jwt/client/obtain/token")
    Call<Map<String, Object>> obtainToken(@Body Map<String, String> credentials);
}
