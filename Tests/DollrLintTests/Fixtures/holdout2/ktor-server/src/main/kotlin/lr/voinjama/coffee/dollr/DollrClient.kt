package lr.voinjama.coffee.dollr

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.engine.HttpClientEngine
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.HttpTimeout
import io.ktor.client.plugins.contentnegotiation.ContentNegotiation
import io.ktor.client.plugins.defaultRequest
import io.ktor.client.request.bearerAuth
import io.ktor.client.request.get
import io.ktor.client.request.parameter
import io.ktor.client.request.post
import io.ktor.client.request.setBody
import io.ktor.http.ContentType
import io.ktor.http.contentType
import io.ktor.serialization.kotlinx.json.json
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonObject
import org.slf4j.LoggerFactory

@Serializable
private data class TokenRequest(
    @SerialName("client_id") val clientId: String,
    @SerialName("client_secret") val clientSecret: String,
)

@Serializable
private data class TokenResponse(
    @SerialName("access_token") val accessToken: String,
    /** Minutes. */
    @SerialName("expires_in") val expiresIn: Long,
)

class DollrClient(
    baseUrl: String,
    private val clientId: String,
    private val clientSecret: String,
    timeoutMillis: Long,
    engine: HttpClientEngine = CIO.create(),
) {
    private val log = LoggerFactory.getLogger(DollrClient::class.java)
    private val mutex = Mutex()
    private var token: String? = null
    private var expiresAtMillis = 0L

    private val http = HttpClient(engine) {
        install(ContentNegotiation) { json(Json { ignoreUnknownKeys = true }) }
        install(HttpTimeout) {
            requestTimeoutMillis = timeoutMillis
            connectTimeoutMillis = 5_000
        }
        defaultRequest { url(baseUrl) }
    }

    /** Cached access token, refreshed five minutes before expiry (expires_in is in minutes). */
    suspend fun accessToken(): String = mutex.withLock {
        val current = token
        if (current != null && expiresAtMillis - System.currentTimeMillis() > 5 * 60_000) {
            return current
        }
        val res: TokenResponse = http.post("/v1/jwt/client/obtain/token") {
            contentType(ContentType.Application.Json)
            setBody(TokenRequest(clientId, clientSecret))
        }.body()
        token = res.accessToken
        expiresAtMillis = System.currentTimeMillis() + res.expiresIn * 60_000
        log.info("Dollr token refreshed, expires in {} minutes", res.expiresIn)
        res.accessToken
    }

    suspend fun post(path: String, body: JsonObject, query: Map<String, String> = emptyMap()): JsonObject =
        http.post(path) {
            bearerAuth(accessToken())
            contentType(ContentType.Application.Json)
            query.forEach { (k, v) -> parameter(k, v) }
            setBody(body)
        }.body()

    suspend fun get(path: String, query: Map<String, String> = emptyMap()): JsonObject =
        http.get(path) {
            bearerAuth(accessToken())
            query.forEach { (k, v) -> parameter(k, v) }
        }.body()
}
