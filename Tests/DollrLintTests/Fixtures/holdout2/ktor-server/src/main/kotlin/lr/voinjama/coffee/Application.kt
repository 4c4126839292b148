package lr.voinjama.coffee

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.http.HttpMethod
import io.ktor.serialization.kotlinx.json.json
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.auth.Authentication
import io.ktor.server.auth.jwt.JWTPrincipal
import io.ktor.server.auth.jwt.jwt
import io.ktor.server.plugins.contentnegotiation.ContentNegotiation
import io.ktor.server.plugins.cors.routing.CORS
import io.ktor.server.routing.routing
import lr.voinjama.coffee.dollr.DollrClient
import lr.voinjama.coffee.routes.authRoutes
import lr.voinjama.coffee.routes.paymentRoutes

fun main(args: Array<String>) = io.ktor.server.netty.EngineMain.main(args)

fun Application.module() {
    val conf = environment.config
    val dollr = DollrClient(
        baseUrl = conf.property("dollr.baseUrl").getString(),
        clientId = conf.property("dollr.clientId").getString(),
        clientSecret = conf.property("dollr.clientSecret").getString(),
        timeoutMillis = conf.property("dollr.timeoutMillis").getString().toLong(),
    )
    val jwtSecret = conf.property("jwt.secret").getString()
    val issuer = conf.property("jwt.issuer").getString()
    val audience = conf.property("jwt.audience").getString()

    install(ContentNegotiation) { json() }
    install(CORS) {
        allowHost(conf.property("site.origin").getString(), schemes = listOf("http", "https"))
        allowMethod(HttpMethod.Post)
        allowHeader("Authorization")
        allowHeader("Content-Type")
    }
    install(Authentication) {
        jwt("buyer") {
            verifier(JWT.require(Algorithm.HMAC256(jwtSecret)).withIssuer(issuer).withAudience(audience).build())
            validate { cred -> if (cred.payload.subject != null) JWTPrincipal(cred.payload) else null }
        }
    }
    routing {
        authRoutes(jwtSecret, issuer, audience)
        paymentRoutes(dollr)
    }
}
