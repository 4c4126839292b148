package rw.agrocoop.gateway

import org.slf4j.LoggerFactory
import org.springframework.beans.factory.annotation.Value
import org.springframework.boot.web.client.RestTemplateBuilder
import org.springframework.http.HttpEntity
import org.springframework.http.HttpHeaders
import org.springframework.http.HttpMethod
import org.springframework.http.MediaType
import org.springframework.stereotype.Component
import java.time.Instant

@Component
class DollrGateway(
    @Value("\${dollr.base-url}") private val baseUrl: String,
    @Value("\${dollr.client-id}") private val clientId: String,
    @Value("\${dollr.client-secret}") private val clientSecret: String,
) {
    private val log = LoggerFactory.getLogger(DollrGateway::class.java)
    private val rest = RestTemplateBuilder().rootUri(baseUrl).build()

    @Volatile private var token: String? = null
    @Volatile private var expiresAt: Instant = Instant.EPOCH

    @Synchronized
    private fun bearer(): String {
        val current = token
        if (current != null && Instant.now().isBefore(expiresAt.minusSeconds(300))) return current
        val body = mapOf("client_id" to clientId, "client_secret" to clientSecret)
        val resp = rest.postForObject("/v1/jwt/client/obtain/token", body, Map::class.java)!!
        val fresh = resp["access_token"] as String
        val expiresIn = (resp["expires_in"] as Number).toLong()
        expiresAt = Instant.now().plusSeconds(expiresIn * 60)
        token = fresh
        log.debug("refreshed gateway token {} (valid {} min)", fresh, expiresIn)
        return fresh
    }

    private fun headers() = HttpHeaders().apply {
        contentType = MediaType.APPLICATION_JSON
        setBearerAuth(bearer())
    }

    fun post(path: String, body: Map<String, Any?>): Map<String, Any?> {
        @Suppress("UNCHECKED_CAST")
        return rest.exchange(path, HttpMethod.POST, HttpEntity(body, headers()), Map::class.java).body as Map<String, Any?>
    }

    fun get(path: String): Map<String, Any?> {
        @Suppress("UNCHECKED_CAST")
        return rest.exchange(path, HttpMethod.GET, HttpEntity<Void>(headers()), Map::class.java).body as Map<String, Any?>
    }
}
