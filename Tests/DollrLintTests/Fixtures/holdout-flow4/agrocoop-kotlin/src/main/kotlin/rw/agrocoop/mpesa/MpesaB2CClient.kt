package rw.agrocoop.mpesa

import org.slf4j.LoggerFactory
import org.springframework.beans.factory.annotation.Value
import org.springframework.boot.web.client.RestTemplateBuilder
import org.springframework.http.HttpEntity
import org.springframework.http.HttpHeaders
import org.springframework.stereotype.Component
import java.time.Duration
import java.util.UUID

/** Vodacom M-Pesa B2C for the Tanzanian cooperative members. */
@Component
class MpesaB2CClient(
    @Value("\${mpesa.base-url}") private val baseUrl: String,
    @Value("\${mpesa.api-key}") private val apiKey: String,
) {
    private val log = LoggerFactory.getLogger(javaClass)
    private val rest = RestTemplateBuilder()
        .rootUri(baseUrl)
        .setConnectTimeout(Duration.ofSeconds(5))
        .setReadTimeout(Duration.ofSeconds(30))
        .build()

    private fun sessionKey(): String {
        val h = HttpHeaders().apply { set("Authorization", "Bearer $apiKey") }
        val resp = rest.exchange("/sandbox/ipg/v2/vodacomTZN/getSession/", org.springframework.http.HttpMethod.GET, HttpEntity<Void>(h), Map::class.java)
        val key = resp.body!!["output_SessionID"] as String
        log.info("mpesa session key {}", key)
        return key
    }

    fun pay(msisdn: String, amount: Long): Map<*, *>? {
        var last: Exception? = null
        repeat(3) { attempt ->
            try {
                val h = HttpHeaders().apply { set("Authorization", "Bearer ${sessionKey()}") }
                val body = mapOf(
                    "input_Amount" to amount.toString(),
                    "input_CustomerMSISDN" to msisdn,
                    "input_Currency" to "TZS",
                    "input_ThirdPartyConversationID" to UUID.randomUUID().toString().replace("-", ""),
                    "input_TransactionReference" to "AGRO${System.currentTimeMillis()}",
                )
                val resp = rest.postForObject("/sandbox/ipg/v2/vodacomTZN/b2cPayment/", HttpEntity(body, h), Map::class.java)
                log.info("mpesa b2c response {}", resp)
                return resp
            } catch (e: Exception) {
                last = e
                Thread.sleep(1000L shl attempt)
            }
        }
        throw last!!
    }
}
