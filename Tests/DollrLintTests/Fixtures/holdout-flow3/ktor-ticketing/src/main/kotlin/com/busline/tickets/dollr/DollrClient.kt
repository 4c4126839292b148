package com.busline.tickets.dollr

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.HttpTimeout
import io.ktor.client.plugins.ResponseException
import io.ktor.client.plugins.ServerResponseException
import io.ktor.client.plugins.contentnegotiation.ContentNegotiation
import io.ktor.client.request.bearerAuth
import io.ktor.client.request.get
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.client.statement.bodyAsText
import io.ktor.http.ContentType
import io.ktor.http.HttpStatusCode
import io.ktor.http.contentType
import io.ktor.http.isSuccess
import io.ktor.serialization.kotlinx.json.json
import kotlinx.coroutines.delay
import kotlinx.serialization.json.Json
import org.slf4j.LoggerFactory

class DollrClient(
    private val baseUrl: String = System.getenv("DOLLR_BASE_URL") ?: "https://api.heydollr.app",
    private val clientId: String = System.getenv("DOLLR_CLIENT_ID") ?: "",
    private val clientSecret: String = System.getenv("DOLLR_CLIENT_SECRET") ?: "",
) {
    private val log = LoggerFactory.getLogger(DollrClient::class.java)
    private val json = Json { ignoreUnknownKeys = true }

    private val http = HttpClient(CIO) {
        install(ContentNegotiation) { json(json) }
        install(HttpTimeout) {
            requestTimeoutMillis = 20_000
            connectTimeoutMillis = 5_000
        }
        expectSuccess = false
    }

    private suspend fun bearer(): String {
        val res: TokenResponse = http.post("$baseUrl/v1/jwt/client/obtain/token") {
            contentType(ContentType.Application.Json)
            setBody(TokenRequest(clientId, clientSecret))
        }.body()
        return res.accessToken
    }

    suspend fun createCheckoutSession(orderId: Long): SessionResponse =
        http.post("$baseUrl/v1/sessions/checkout") {
            bearerAuth(bearer())
            contentType(ContentType.Application.Json)
            setBody(CheckoutSessionRequest(sourceId = orderId, sourceType = "ORDER"))
        }.body()

    suspend fun executeCollection(req: CollectionRequest): ExecutionResponse {
        val res = http.post("$baseUrl/v1/executions/collection") {
            bearerAuth(bearer())
            contentType(ContentType.Application.Json)
            setBody(req)
        }
        val body = res.bodyAsText()
        if (res.status.value >= 500) throw ServerResponseException(res, body)
        log.info("Dollr execution response: {}", body)
        return json.decodeFromString(ExecutionResponse.serializer(), body)
    }

    suspend fun collectionStatus(referenceId: String): StatusResponse? =
        getWithRetry("$baseUrl/v1/status/collection/$referenceId")

    private suspend fun getWithRetry(url: String): StatusResponse? {
        repeat(4) {
            val res = http.get(url) { bearerAuth(bearer()) }
            when {
                res.status == HttpStatusCode.NotFound -> return null
                res.status == HttpStatusCode.TooManyRequests -> delay(1_000L)
                res.status.isSuccess() -> return res.body<StatusResponse>()
                else -> throw ResponseException(res, res.bodyAsText())
            }
        }
        throw IllegalStateException("Dollr kept rate limiting $url")
    }
}
