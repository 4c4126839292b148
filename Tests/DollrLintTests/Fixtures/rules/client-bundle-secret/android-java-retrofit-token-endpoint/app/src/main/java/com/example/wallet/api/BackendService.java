package com.example.wallet.api;

import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;

/** Talks to our own server, which holds the Dollr credentials. */
public interface BackendService {
    // ok: client-bundle-secret
    @POST("api/checkout/start")
    Call<Map<String, Object>> startCheckout(@Body Map<String, String> order);
}
