package lr.voinjama.coffee.routes

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.application.application
import io.ktor.server.auth.authenticate
import io.ktor.server.request.receive
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.route
import kotlinx.serialization.Serializable
import kotlinx.serialization.json.addJsonObject
import kotlinx.serialization.json.buildJsonObject
import kotlinx.serialization.json.int
import kotlinx.serialization.json.jsonPrimitive
import kotlinx.serialization.json.put
import kotlinx.serialization.json.putJsonArray
import lr.voinjama.coffee.Buyers
import lr.voinjama.coffee.Lots
import lr.voinjama.coffee.Payments
import lr.voinjama.coffee.dollr.DollrClient
import java.util.Date
import java.util.UUID

@Serializable
data class LoginRequest(val email: String, val password: String)

@Serializable
data class MomoRequest(val phone: String)

/** Buyer login: returns our own JWT for the buyer portal (not a Dollr token). */
fun Route.authRoutes(jwtSecret: String, issuer: String, audience: String) {
    post("/auth/login") {
        val req = call.receive<LoginRequest>()
        val buyer = Buyers.authenticate(req.email, req.password)
            ?: return@post call.respond(HttpStatusCode.Unauthorized)
        val token = JWT.create()
            .withIssuer(issuer)
            .withAudience(audience)
            .withSubject(buyer.id.toString())
            .withExpiresAt(Date(System.currentTimeMillis() + 8 * 3_600_000))
            .sign(Algorithm.HMAC256(jwtSecret))
        call.respond(mapOf("token" to token))
    }
}

fun Route.paymentRoutes(dollr: DollrClient) {
    authenticate("buyer") {
        route("/api") {
            // Hosted checkout: the buyer pays a coffee lot deposit on Dollr's page.
            post("/lots/{id}/hosted-checkout") {
                val lot = Lots.find(call.parameters["id"]!!.toLong())
                val checkout = dollr.post("/v1/checkouts/create", buildJsonObject {
                    put("mode", "HOSTED")
                    put("source_type", "ORDER")
                    put("party_name", lot.buyerName)
                    put("party_phone", lot.buyerPhone)
                    put("currency", "USD")
                    putJsonArray("items") {
                        addJsonObject {
                            put("name", "Deposit, lot ${lot.code}")
                            put("currency", "USD")
                            put("amount", lot.depositUsd)
                        }
                    }
                    put("success_url", "https://coffee.voinjama.lr/lots/${lot.id}/paid")
                    put("cancel_url", "https://coffee.voinjama.lr/lots/${lot.id}")
                })
                Lots.setDollrSource(lot.id, checkout["source_id"]!!.jsonPrimitive.int)
                call.respond(mapOf("url" to checkout["url"]!!.jsonPrimitive.content))
            }

            post("/lots/{id}/pay/momo") {
                val lot = Lots.find(call.parameters["id"]!!.toLong())
                val phone = call.receive<MomoRequest>().phone
                val session = dollr.post("/v1/sessions/checkout", buildJsonObject {
                    put("source_id", lot.dollrInvoiceId)
                    put("source_type", "INVOICE")
                })
                val mmo = dollr.get(
                    "/v1/predictions/mmo-provider-info",
                    mapOf("phone" to phone, "operation_type" to "COLLECTION"),
                )
                val account = dollr.post(
                    "/v1/payment-accounts/create",
                    buildJsonObject {
                        put("account_name", "${lot.buyerName} MoMo")
                        put("method", mmo["payment_method"]!!.jsonPrimitive.content)
                        put("provider", mmo["gateway_provider"]!!.jsonPrimitive.content)
                        put("party_id", lot.dollrPartyId)
                        put("country_code", "LR")
                        put("insensitive_account_number", phone)
                    },
                    mapOf("operation_type" to "COLLECTION"),
                )

                // Persist the idempotency key before executing.
                val referenceId = UUID.randomUUID().toString()
                Payments.insert(lot.id, referenceId, status = "PENDING")

                val sessionId = session["id"]!!.jsonPrimitive.int
                val execution = dollr.post("/v1/executions/collection", buildJsonObject {
                    put("session_id", sessionId.toString())
                    put("payment_account_id", account["id"]!!.jsonPrimitive.content)
                    put("currency", "USD")
                    put("reference_id", referenceId)
                })
                val status = execution["status"]!!.jsonPrimitive.content
                Payments.updateStatus(referenceId, status)
                application.log.info("Dollr execution for lot ${lot.code}: $execution")

                // Realtime key (Supabase) for the portal to watch this payment live.
                val realtime = dollr.post("/v1/realtime-keys/collection", buildJsonObject {
                    put("session_id", sessionId)
                    put("source_type", "INVOICE")
                    put("reference_id", referenceId)
                })
                call.respond(
                    HttpStatusCode.Accepted,
                    mapOf(
                        "referenceId" to referenceId,
                        "status" to status,
                        "realtimeToken" to realtime["access_token"]!!.jsonPrimitive.content,
                    ),
                )
            }

            get("/payments/{ref}") {
                val ref = call.parameters["ref"]!!
                val res = dollr.get("/v1/status/collection/$ref")
                val status = res["status"]!!.jsonPrimitive.content
                Payments.updateStatus(ref, status)
                application.log.info("payment {} status {}", ref, status)
                call.respond(mapOf("referenceId" to ref, "status" to status))
            }

            // Legacy: the warehouse scanner app (v0.x) calls Dollr with this token.
            get("/dollr/token") {
                call.respond(mapOf("access_token" to dollr.accessToken()))
            }
        }
    }

    // One-off setup: register the co-op's collection agent with Dollr.
    post("/admin/dollr/agent") {
        val party = dollr.post("/v1/parties/create", buildJsonObject {
            put("fullname", "Voinjama Coffee Collection Agent")
            put("phone", "0886123456")
            put("email", "agent@coffee.voinjama.lr")
            put("country_code", "LR")
        })
        call.respond(HttpStatusCode.Created, mapOf("partyId" to party["id"]!!.jsonPrimitive.content))
    }
}
