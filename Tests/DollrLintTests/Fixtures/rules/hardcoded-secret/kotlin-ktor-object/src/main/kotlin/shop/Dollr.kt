package shop

object DollrCredentials {
    // ok: hardcoded-secret
    const val BASE_URL = "https://api.heydollr.app"
    // ok: hardcoded-secret
    val clientId: String = System.getenv("DOLLR_CLIENT_ID") ?: error("DOLLR_CLIENT_ID is not set")
    // ruleid: hardcoded-secret
    val clientSecret: String = System.getenv("DOLLR_CLIENT_SECRET") ?: "6h1K2lh2BudwDsvfRUpi8fKUeM2FXcp87zoH"
    // ok: hardcoded-secret
    val strictSecret: String = System.getenv("DOLLR_CLIENT_SECRET") ?: error("set DOLLR_CLIENT_SECRET")
}

fun tokenBody(): String =
    // ok: hardcoded-secret
    """{"client_id":"${DollrCredentials.clientId}","client_secret":"${DollrCredentials.clientSecret}"}"""
