package com.example.shop.net

import android.util.Log
import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor

private const val TAG = "DollrHttp"

fun dollrClient(token: String): OkHttpClient {
    // ruleid: token-logging
    Log.d(TAG, "token=$token")
    // ok: token-logging
    Log.d(TAG, "token present=${token.isNotEmpty()}")
    // ok: token-logging
    Log.i(TAG, "token=${token.take(6)}…")

    val logging = HttpLoggingInterceptor().apply {
        // ruleid: token-logging
        level = HttpLoggingInterceptor.Level.HEADERS
    }
    return OkHttpClient.Builder()
        .addInterceptor { chain ->
            chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer $token").build())
        }
        .addNetworkInterceptor(logging)
        .build()
}

fun redactedDollrClient(token: String): OkHttpClient {
    val logging = HttpLoggingInterceptor().apply {
        // ok: token-logging
        level = HttpLoggingInterceptor.Level.HEADERS
        redactHeader("Authorization")
    }
    return OkHttpClient.Builder()
        .addInterceptor { chain ->
            chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer $token").build())
        }
        .addNetworkInterceptor(logging)
        .build()
}
