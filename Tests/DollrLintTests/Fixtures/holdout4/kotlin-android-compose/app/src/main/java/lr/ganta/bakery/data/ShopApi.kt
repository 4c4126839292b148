package lr.ganta.bakery.data

import lr.ganta.bakery.BuildConfig
import retrofit2.http.Body
import retrofit2.http.Header
import retrofit2.http.POST
import retrofit2.http.Path

// The bakery's own backend. It creates the Dollr session, stores the UUID v4
// reference and executes the collection server-side; the app only sends the phone.
data class PayRequest(val phone: String)
data class PayResponse(val referenceId: String, val status: String)

interface ShopApi {
    @POST("v1/orders/{id}/pay")
    suspend fun pay(
        @Header("Authorization") shopSession: String, // "Bearer <shop login JWT>", not Dollr's
        @Path("id") orderId: Long,
        @Body body: PayRequest,
    ): PayResponse

    companion object {
        const val BASE_URL = BuildConfig.SHOP_API_URL
    }
}
