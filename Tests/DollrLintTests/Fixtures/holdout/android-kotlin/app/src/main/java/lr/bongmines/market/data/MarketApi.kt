package lr.bongmines.market.data

import lr.bongmines.market.BuildConfig
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody
import org.json.JSONObject
import java.util.concurrent.TimeUnit

data class PaymentStart(
    val referenceId: String,
    val status: String,
    val requiresAction: Boolean,
    /** Stripe PaymentIntent client secret, only when the card needs 3-D Secure. */
    val clientSecret: String?,
)

/** The shop's own backend. It holds the Dollr credentials and makes every Dollr call. */
class MarketApi(private val sessionToken: () -> String) {
    private val http = OkHttpClient.Builder()
        .callTimeout(30, TimeUnit.SECONDS)
        .build()
    private val json = "application/json".toMediaType()

    private fun request(path: String) = Request.Builder()
        .url(BuildConfig.API_BASE_URL + path)
        // The customer's login session with the Market API, not a Dollr token.
        .header("Authorization", "Bearer ${sessionToken()}")

    fun payWithMomo(orderId: Long, phone: String): PaymentStart {
        val body = JSONObject().put("phone", phone).toString().toRequestBody(json)
        return call(request("/orders/$orderId/pay/momo").post(body).build())
    }

    fun payWithCard(orderId: Long, paymentMethodId: String): PaymentStart {
        val body = JSONObject().put("payment_method_id", paymentMethodId).toString().toRequestBody(json)
        return call(request("/orders/$orderId/pay/card").post(body).build())
    }

    fun paymentStatus(referenceId: String): String =
        http.newCall(request("/payments/$referenceId").get().build()).execute().use { res ->
            JSONObject(res.body!!.string()).getString("status")
        }

    private fun call(request: Request): PaymentStart = http.newCall(request).execute().use { res ->
        val o = JSONObject(res.body!!.string())
        PaymentStart(
            referenceId = o.getString("reference_id"),
            status = o.getString("status"),
            requiresAction = o.optBoolean("requires_action"),
            clientSecret = o.optString("client_secret").ifEmpty { null },
        )
    }
}
