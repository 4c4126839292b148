package app.dollr

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.HttpTimeout
import io.ktor.client.plugins.contentnegotiation.ContentNegotiation
import io.ktor.client.plugins.defaultRequest
import io.ktor.client.request.bearerAuth
import io.ktor.client.request.get
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.contentType
import io.ktor.serialization.kotlinx.json.json
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

@Serializable
data class CollectRequest(
    @SerialName("session_id") val sessionId: String,
    @SerialName("payment_account_id") val paymentAccountId: String,
    val currency: String,
    @SerialName("reference_id") val referenceId: String,
)

@Serializable
data class Execution(val status: String, @SerialName("reference_id") val referenceId: String? = null)

@Serializable
private data class TokenResponse(@SerialName("access_token") val accessToken: String, @SerialName("expires_in") val expiresIn: Long)

class DollrApi(private val baseUrl: String, private val clientId: String, private val clientSecret: String) {
    private val http = HttpClient(CIO) {
        install(ContentNegotiation) { json() }
        install(HttpTimeout) {
            requestTimeoutMillis = 20_000
            connectTimeoutMillis = 5_000
        }
        defaultRequest { url(baseUrl) }
    }
    private val lock = Mutex()
    private var token: String? = null
    private var expiresAtMillis = 0L

    private suspend fun accessToken(): String = lock.withLock {
        val now = System.currentTimeMillis()
        token?.takeIf { now < expiresAtMillis - 5 * 60_000 }?.let { return it }
        val res: TokenResponse = http.post("v1/jwt/client/obtain/token") {
            contentType(ContentType.Application.Json)
            setBody(mapOf("client_id" to clientId, "client_secret" to clientSecret))
        }.body()
        expiresAtMillis = now + res.expiresIn * 60_000
        res.accessToken.also { token = it }
    }

    suspend fun collect(request: CollectRequest): Execution = http.post("v1/executions/collection") {
        bearerAuth(accessToken())
        contentType(ContentType.Application.Json)
        setBody(request)
    }.body()

    suspend fun collectionStatus(referenceId: String): Execution =
        http.get("v1/status/collection/$referenceId") { bearerAuth(accessToken()) }.body()
}
