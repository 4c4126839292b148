package com.example.shop.net

import java.util.concurrent.TimeUnit
import okhttp3.OkHttpClient

object DollrClient {
    // ok: insecure-transport
    const val BASE_URL = "https://api.heydollr.app/"

    val http: OkHttpClient = OkHttpClient.Builder()
        .callTimeout(30, TimeUnit.SECONDS)
        // ruleid: insecure-transport
        .hostnameVerifier { _, _ -> true }
        .build()
}
