package com.acme.wallet

import io.ktor.client.HttpClient
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import java.io.IOException
import java.util.UUID
import kotlinx.coroutines.delay

class TopUpService(private val http: HttpClient, private val baseUrl: String) {
    suspend fun topUp(sessionId: String, accountId: String): String? {
        repeat(3) { attempt ->
            try {
                // ruleid: new-reference-id-on-retry
                val referenceId = UUID.randomUUID().toString()
                // ruleid: retry-without-status-check
                http.post("$baseUrl/v1/executions/collection") {
                    setBody(mapOf("session_id" to sessionId, "payment_account_id" to accountId, "currency" to "USD", "reference_id" to referenceId))
                }
                return referenceId
            } catch (e: IOException) {
                delay(1000L shl attempt)
            }
        }
        return null
    }
}
