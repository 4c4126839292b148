/// Access token, Authorization header, header objects or the client secret written to logs unredacted.
public final class TokenLoggingRule: Rule {
    public init() {}
    static let messageToken = "Dollr access token is written to the log unredacted"
    static let messageHeader = "Authorization header (Bearer token) is written to the log"
    static let messageHeaders = "Request headers carrying the Dollr Bearer token are written to the log"
    static let messageSecret = "Dollr client secret is written to the log"
    static let messageTokenResponse = "The whole token response (with access_token) is written to the log"

    public let description = RuleDescription(
        id: .tokenLogging, category: .secrets, severity: .error,
        title: "Access token or client secret written to logs",
        rationale:
            "Logs are shipped to aggregators, shared in tickets and kept for months. A Dollr access token in a log lets anyone who "
                + "reads it move money until it expires; a client secret lets them mint tokens until it is rotated. The Dollr docs: "
                + "\"Do not log full tokens in production logs.\"",
        fix:
            "Log that a token is present, its length or a short prefix (`token.slice(0, 6)`), never the value, the Authorization "
                + "header or the headers object. If a secret reached a log: rotate it in the merchant portal (Settings -> Developer "
                + "-> API Keys), then purge the log.",
        helpURL: DocLinks.authentication,
        keywords: ["token", "authorization", "secret", "bearer", "header", "jwt", "httplogginginterceptor"],
        readsDataFiles: false,
        triggering: [
            RuleExample("src/dollr.ts", "const { access_token } = await res.json();\nconsole.log(`got token ${↓access_token}`);\n"),
            RuleExample("app/services.py", "token = resp.json()[\"access_token\"]  # dollr\nlogger.info(\"dollr token %s\", ↓token)\n"),
            RuleExample("app/Services/Dollr.php", "<?php\n$token = $this->dollrToken();\nLog::info('Dollr token: ' . ↓$token);\n"),
            RuleExample("dollr/client.go", "package dollr\nfunc use(token string) {\n\tlog.Printf(\"dollr bearer %s\", ↓token)\n}\n"),
            RuleExample(
                "src/api.js", "const headers = { Authorization: `Bearer ${token}` }; // dollr\nconsole.debug('calling dollr', "
                    + "↓headers);\n"),
            RuleExample("app/services/dollr.rb", "Rails.logger.info(\"secret=#{ENV[↓'DOLLR_CLIENT_SECRET']}\")\n"),
            // The headers object itself, even when a call inside it reads the token; the response of the request is not.
            RuleExample(
                "app/dollr_client.py",
                """
                headers = {"Authorization": f"Bearer {cache.get('dollr_token')}"}
                logger.info("calling dollr with %s", ↓headers)
                resp = requests.get(f"{DOLLR}/v1/status/collection/{ref}", headers={"Authorization": f"Bearer {token}"}, timeout=10)
                logger.info("status %s", resp)
                """),
        ],
        nonTriggering: [
            RuleExample("src/dollr.ts", "const { access_token } = await res.json();\nconsole.log(`token ${access_token.slice(0, 6)}…`);\n"),
            RuleExample("src/dollr.ts", "console.log('never log the Dollr access token');\n"),
            RuleExample(
                "app/services.py", "token = resp.json()[\"access_token\"]  # dollr\nlogger.info(\"dollr token length %d\", len(token))\n"),
            RuleExample("app/services.py", "logger.info(\"dollr token present: %s\", token is not None)\n"),
            RuleExample("src/push.ts", "console.log('push', fcmToken); // dollr payments app\n"),
            RuleExample(
                "dollr/client.go",
                "package dollr\nfunc use(token string) {\n\tlog.Printf(\"dollr token expires in %d minutes\", expiresIn)\n}\n"),
            // Another provider's token in code that never touches Dollr (an M-Pesa client's docs, a Square OAuth sample).
            RuleExample(
                "docs/usage.md",
                """
                # Daraja client

                ```kotlin
                daraja.authorization().onSuccess { accessToken ->
                    println(accessToken)
                }
                ```
                """),
            RuleExample("oauth.rb", "response = oauth_api.obtain_token(body: body)\nputs 'Access token: ' + response.data.access_token\n"),
            // Dollr code that logs a response, an error or a field whose key merely says "authorization".
            RuleExample(
                "services/dollr.js",
                """
                const call = async (method, path, data) => {
                  const token = await requestToken();
                  try {
                    const response = await axios({ method, url: `https://api.heydollr.app${path}`, data, timeout: 20000,
                      headers: { Authorization: `Bearer ${token}` } });
                    return response.data;
                  } catch (error) {
                    const responseData = error.response?.data;
                    console.error('[Dollr] Response:', JSON.stringify(responseData, null, 2));
                    throw error;
                  }
                };
                """),
            RuleExample(
                "app/api/dollr/predict/route.ts",
                """
                const response = await fetch(`${DOLLR_BASE}/v1/predictions/mmo-provider-info?phone=${phone}&operation_type=COLLECTION`, {
                  headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(10000) });
                const errorText = await response.text();
                console.error('prediction failed', response.status, response.statusText, errorText);
                const data = await response.json();
                console.log('prediction', JSON.stringify(data));
                """),
            // A realtime key is meant for the browser: a CLI may print it.
            RuleExample(
                "scripts/realtime.py",
                """
                resp = requests.post("https://api.heydollr.app/v1/realtime-keys/collection", json=body, timeout=10)
                print(resp.json()["access_token"])
                """),
            RuleExample(
                "includes/class-dollr-api.php",
                """
                <?php
                class Dollr_API {
                    public static function get_headers() {
                        return ['Authorization' => 'Bearer ' . self::token()];
                    }
                    public static function retrieve($api) {
                        $response = wp_safe_remote_get(self::ENDPOINT . $api, ['headers' => self::get_headers(), 'timeout' => 70]);
                        if (is_wp_error($response)) {
                            Dollr_Logger::log('Error Response: ' . print_r($response, true));
                        }
                        $this->logger->notice('auth model: ' . $result['meta']['authorization']['mode']);
                        return $response;
                    }
                }
                """),
        ])

    static let messageInterceptor = "HTTP logging at HEADERS/BODY level writes the Authorization header to the log; redact it"

    public func check(_ context: RuleContext) {
        checkHTTPLoggingInterceptors(context)
        for (_, refs) in context.loggedReferences {
            for r in refs {
                let message: String
                switch r.kind {
                case .accessToken: message = TokenLoggingRule.messageToken
                case .authorizationHeader: message = TokenLoggingRule.messageHeader
                case .headersObject: message = TokenLoggingRule.messageHeaders
                case .clientSecret: message = TokenLoggingRule.messageSecret
                case .tokenResponse: message = TokenLoggingRule.messageTokenResponse
                default: continue
                }
                // Asked only where there is something to report: deciding it may read the project's modules.
                guard let scope = context.dollrScope.reason else { return }
                context.report(token: r.token, message: message, scope: scope)
            }
        }
    }
}

extension TokenLoggingRule {
    /// OkHttp's HttpLoggingInterceptor at HEADERS or BODY level logs every header unless `redactHeader("Authorization")`.
    func checkHTTPLoggingInterceptors(_ context: RuleContext) {
        let file = context.lexed
        guard context.source.containsKeyword("HttpLoggingInterceptor") else { return }
        for (i, t) in file.tokens.enumerated() where t.kind == .identifier && (file.text(i) == "HEADERS" || file.text(i) == "BODY") {
            guard let p = file.previous(i), file.isPunct(p, "."), let q = file.previous(p), file.isIdentifier(q, "Level") else { continue }
            // The same interceptor's configuration (a few lines around) may redact the header.
            let line = file.line(i)
            let lo = context.source.lines.range(ofLine: max(1, line - 4)).lowerBound,
                hi = context.source.lines.range(ofLine: min(context.source.lines.lineCount, line + 4)).upperBound
            if context.source.text(lo..<hi).has("redactHeader(\"Authorization\")") { continue }
            guard let scope = context.dollrScope.reason else { return }
            context.report(token: i, message: TokenLoggingRule.messageInterceptor, scope: scope)
        }
    }
}
