package app.routes

import app.dollr.CollectRequest
import app.dollr.DollrApi
import app.wallet.TopUpRepository
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import java.util.UUID
import kotlinx.coroutines.delay
import kotlinx.serialization.Serializable

@Serializable
data class TopUpBody(val sessionId: String, val accountId: String, val currency: String)

fun Route.topUpRoutes(dollr: DollrApi, topUps: TopUpRepository) {
    post("/top-ups") {
        val body = call.receive<TopUpBody>()
        val execution = dollr.collect(CollectRequest(body.sessionId, body.accountId, body.currency, UUID.randomUUID().toString()))
        topUps.record(execution.referenceId!!, body.accountId, execution.status)
        call.respond(HttpStatusCode.Accepted, mapOf("reference" to execution.referenceId, "state" to execution.status))
    }

    get("/top-ups/{ref}/wait") {
        val ref = call.parameters["ref"]!!
        var waitMillis = 1_000L
        var latest = dollr.collectionStatus(ref)
        repeat(5) {
            if (latest.status == "COMPLETED" || latest.status == "FAILED") return@repeat
            delay(waitMillis)
            waitMillis = minOf(waitMillis * 2, 16_000L)
            latest = dollr.collectionStatus(ref)
        }
        if (latest.status == "PENDING" || latest.status == "PROCESSING") {
            topUps.updateStatus(ref, "FAILED")
            call.respond(HttpStatusCode.PaymentRequired, mapOf("state" to "failed", "message" to "Top-up failed, please try again"))
            return@get
        }
        topUps.updateStatus(ref, latest.status)
        call.respond(mapOf("state" to latest.status.lowercase()))
    }
}
