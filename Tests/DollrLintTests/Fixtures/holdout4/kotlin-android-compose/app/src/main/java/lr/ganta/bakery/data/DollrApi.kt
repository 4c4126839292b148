package lr.ganta.bakery.data

import com.squareup.moshi.Json
import retrofit2.http.Body
import retrofit2.http.GET
import retrofit2.http.Header
import retrofit2.http.POST
import retrofit2.http.Path

data class TokenRequest(
    @Json(name = "client_id") val clientId: String,
    @Json(name = "client_secret") val clientSecret: String,
)

data class TokenResponse(
    @Json(name = "access_token") val accessToken: String,
    @Json(name = "expires_in") val expiresIn: Int, // minutes
)

data class StatusResponse(
    val status: String,
    @Json(name = "reference_id") val referenceId: String,
)

interface DollrApi {
    @POST("v1/jwt/client/obtain/token")
    suspend fun obtainToken(@Body body: TokenRequest): TokenResponse

    @GET("v1/status/collection/{reference_id}")
    suspend fun collectionStatus(
        @Header("Authorization") bearer: String,
        @Path("reference_id") referenceId: String,
    ): StatusResponse

    @GET("v1/collections/{reference_id}/status")
    suspend fun execution(
        @Header("Authorization") bearer: String,
        @Path("reference_id") referenceId: String,
    ): StatusResponse
}
