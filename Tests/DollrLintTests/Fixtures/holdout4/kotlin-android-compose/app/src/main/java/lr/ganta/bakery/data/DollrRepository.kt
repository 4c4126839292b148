package lr.ganta.bakery.data

import android.util.Log
import lr.ganta.bakery.BuildConfig
import okhttp3.OkHttpClient
import okhttp3.logging.HttpLoggingInterceptor
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory
import java.util.concurrent.TimeUnit

class DollrRepository {
    private val http = OkHttpClient.Builder()
        .connectTimeout(5, TimeUnit.SECONDS)
        .readTimeout(20, TimeUnit.SECONDS)
        .addInterceptor(
            HttpLoggingInterceptor().apply {
                level = if (BuildConfig.DEBUG) HttpLoggingInterceptor.Level.BASIC else HttpLoggingInterceptor.Level.NONE
                redactHeader("Authorization")
            },
        )
        .build()

    private val api = Retrofit.Builder()
        .baseUrl(BuildConfig.DOLLR_BASE_URL + "/")
        .client(http)
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
        .create(DollrApi::class.java)

    private var token: String? = null
    private var expiresAtMillis = 0L

    private suspend fun bearer(): String {
        val cached = token
        if (cached != null && System.currentTimeMillis() < expiresAtMillis) return "Bearer $cached"
        val res = api.obtainToken(
            TokenRequest(
                clientId = BuildConfig.DOLLR_CLIENT_ID,
                clientSecret = BuildConfig.DOLLR_CLIENT_SECRET,
            ),
        )
        token = res.accessToken
        // expires_in is minutes; keep it until five minutes before expiry
        expiresAtMillis = System.currentTimeMillis() + (res.expiresIn - 5) * 60_000L
        Log.d(TAG, "Dollr token refreshed (${res.accessToken.length} chars, ${res.expiresIn} min)")
        return "Bearer ${res.accessToken}"
    }

    suspend fun status(referenceId: String): String = api.collectionStatus(bearer(), referenceId).status

    suspend fun executionStatus(referenceId: String): String = api.execution(bearer(), referenceId).status

    private companion object {
        const val TAG = "DollrRepository"
    }
}
