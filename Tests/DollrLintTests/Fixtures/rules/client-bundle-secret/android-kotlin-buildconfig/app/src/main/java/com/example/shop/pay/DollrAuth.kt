package com.example.shop.pay

import com.example.shop.BuildConfig
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody
import org.json.JSONObject

class DollrAuth(private val http: OkHttpClient) {
    // ok: client-bundle-secret
    private val backend = BuildConfig.API_BASE_URL

    fun obtainToken(clientId: String): String {
        val body = JSONObject()
            .put("client_id", clientId)
            // ruleid: client-bundle-secret
            .put("client_secret", BuildConfig.DOLLR_CLIENT_SECRET)
            .toString()
            .toRequestBody("application/json".toMediaType())
        val request = Request.Builder().url("$backend/dollr/proxy").post(body).build()
        http.newCall(request).execute().use { return JSONObject(it.body!!.string()).getString("access_token") }
    }
}
