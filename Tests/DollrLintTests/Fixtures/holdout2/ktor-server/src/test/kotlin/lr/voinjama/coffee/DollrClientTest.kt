package lr.voinjama.coffee

import io.ktor.client.engine.mock.MockEngine
import io.ktor.client.engine.mock.respond
import io.ktor.http.HttpHeaders
import io.ktor.http.HttpStatusCode
import io.ktor.http.headersOf
import kotlinx.coroutines.runBlocking
import kotlinx.serialization.json.jsonPrimitive
import lr.voinjama.coffee.dollr.DollrClient
import kotlin.test.Test
import kotlin.test.assertEquals

class DollrClientTest {
    private val json = headersOf(HttpHeaders.ContentType, "application/json")

    @Test
    fun `token is cached and sent as bearer`() = runBlocking {
        var tokenCalls = 0
        val engine = MockEngine { request ->
            when (request.url.encodedPath) {
                "/v1/jwt/client/obtain/token" -> {
                    tokenCalls++
                    respond("""{"access_token":"fake-token","expires_in":60}""", HttpStatusCode.OK, json)
                }
                else -> {
                    assertEquals("Bearer fake-token", request.headers[HttpHeaders.Authorization])
                    respond(
                        """{"reference_id":"4c7e1f2a-9b8d-4a6e-8f1c-2d3e4f5a6b7c","status":"PROCESSING"}""",
                        HttpStatusCode.OK,
                        json,
                    )
                }
            }
        }
        val client = DollrClient("https://api.heydollr.app", "test-client", "test-secret", 5_000, engine)

        repeat(2) {
            val res = client.get("/v1/status/collection/4c7e1f2a-9b8d-4a6e-8f1c-2d3e4f5a6b7c")
            assertEquals("PROCESSING", res["status"]!!.jsonPrimitive.content)
        }
        assertEquals(1, tokenCalls)
    }
}
