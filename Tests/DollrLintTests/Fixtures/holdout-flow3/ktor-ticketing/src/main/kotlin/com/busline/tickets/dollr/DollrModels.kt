package com.busline.tickets.dollr

import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

@Serializable
data class TokenRequest(
    @SerialName("client_id") val clientId: String,
    @SerialName("client_secret") val clientSecret: String,
)

@Serializable
data class TokenResponse(
    @SerialName("access_token") val accessToken: String,
    @SerialName("expires_in") val expiresIn: Long,
)

@Serializable
data class CheckoutSessionRequest(
    @SerialName("source_id") val sourceId: Long,
    @SerialName("source_type") val sourceType: String,
)

@Serializable
data class SessionResponse(val id: Long)

@Serializable
data class CollectionRequest(
    @SerialName("session_id") val sessionId: String,
    @SerialName("payment_account_id") val paymentAccountId: String,
    val currency: String,
    @SerialName("reference_id") val referenceId: String,
)

@Serializable
data class ExecutionResponse(
    val status: String,
    @SerialName("reference_id") val referenceId: String? = null,
    @SerialName("gateway_message") val gatewayMessage: String? = null,
)

@Serializable
data class StatusResponse(
    val status: String,
    @SerialName("reference_id") val referenceId: String? = null,
)
