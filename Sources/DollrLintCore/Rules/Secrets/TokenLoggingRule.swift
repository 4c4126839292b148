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
        rationale: "Logs are shipped to aggregators, shared in tickets and kept for months. A Dollr access token in a log lets anyone who reads it move money until it expires; a client secret lets them mint tokens until it is rotated. The Dollr docs: \"Do not log full tokens in production logs.\"",
        fix: "Log that a token is present, its length or a short prefix (`token.slice(0, 6)`), never the value, the Authorization header or the headers object. If a secret reached a log: rotate it in the merchant portal (Settings -> Developer -> API Keys), then purge the log.",
        helpURL: DocLinks.authentication,
        keywords: ["token", "authorization", "secret", "bearer", "header", "jwt", "httplogginginterceptor"],
        triggering: [
            RuleExample("src/dollr.ts", "const { access_token } = await res.json();\nconsole.log(`got token ${↓access_token}`);\n"),
            RuleExample("app/services.py", "token = resp.json()[\"access_token\"]  # dollr\nlogger.info(\"dollr token %s\", ↓token)\n"),
            RuleExample("app/Services/Dollr.php", "<?php\n$token = $this->dollrToken();\nLog::info('Dollr token: ' . ↓$token);\n"),
            RuleExample("dollr/client.go", "package dollr\nfunc use(token string) {\n\tlog.Printf(\"dollr bearer %s\", ↓token)\n}\n"),
            RuleExample("src/api.js", "const headers = { Authorization: `Bearer ${token}` }; // dollr\nconsole.debug('calling dollr', ↓headers);\n"),
            RuleExample("app/services/dollr.rb", "Rails.logger.info(\"secret=#{ENV[↓'DOLLR_CLIENT_SECRET']}\")\n"),
        ],
        nonTriggering: [
            RuleExample("src/dollr.ts", "const { access_token } = await res.json();\nconsole.log(`token ${access_token.slice(0, 6)}…`);\n"),
            RuleExample("src/dollr.ts", "console.log('never log the Dollr access token');\n"),
            RuleExample("app/services.py", "token = resp.json()[\"access_token\"]  # dollr\nlogger.info(\"dollr token length %d\", len(token))\n"),
            RuleExample("app/services.py", "logger.info(\"dollr token present: %s\", token is not None)\n"),
            RuleExample("src/push.ts", "console.log('push', fcmToken); // dollr payments app\n"),
            RuleExample("dollr/client.go", "package dollr\nfunc use(token string) {\n\tlog.Printf(\"dollr token expires in %d minutes\", expiresIn)\n}\n"),
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
                context.report(token: r.token, message: message)
            }
        }
    }
}

extension TokenLoggingRule {
    /// OkHttp's HttpLoggingInterceptor at HEADERS or BODY level logs every header unless `redactHeader("Authorization")`.
    func checkHTTPLoggingInterceptors(_ context: RuleContext) {
        let file = context.lexed
        guard context.source.containsKeyword("HttpLoggingInterceptor"), context.mentionsDollr else { return }
        for (i, t) in file.tokens.enumerated() where t.kind == .identifier && (file.text(i) == "HEADERS" || file.text(i) == "BODY") {
            guard let p = file.previous(i), file.isPunct(p, "."), let q = file.previous(p), file.isIdentifier(q, "Level") else { continue }
            // The same interceptor's configuration (a few lines around) may redact the header.
            let line = file.line(i)
            let lo = context.source.lines.range(ofLine: max(1, line - 4)).lowerBound, hi = context.source.lines.range(ofLine: min(context.source.lines.lineCount, line + 4)).upperBound
            if context.source.text(lo..<hi).contains("redactHeader(\"Authorization\")") { continue }
            context.report(token: i, message: TokenLoggingRule.messageInterceptor)
        }
    }
}

/// Card data, the 3-D Secure client_secret, whole execution payloads/responses or payer PII written to logs.
public final class SensitiveDataLoggingRule: Rule {
    public init() {}
    static let messageCard = "Card data is written to the log"
    static let messageClientSecret = "The payment's 3-D Secure client_secret is written to the log"
    static let messagePayload = "The whole execution payload is written to the log (payer details, account and reference)"
    static let messageResponse = "The whole execution response is written to the log (payer details and provider data)"
    static let messagePII = "Payer personal data (phone, account number, e-mail) is written to the log"

    public let description = RuleDescription(
        id: .sensitiveDataLogging, category: .secrets, severity: .error,
        title: "Card data, 3-D Secure client_secret, execution payloads or payer PII written to logs",
        rationale: "Card numbers and CVCs must never be stored (PCI DSS); the Stripe client_secret of a payment lets anyone who reads it confirm that payment; execution payloads and responses carry payers' phone numbers and account numbers, which are personal data.",
        fix: "Log identifiers and outcomes only: reference_id, status, amounts. Pass the client_secret to Stripe.js and nowhere else. Mask phone numbers (2317****4567) if you must log them.",
        helpURL: DocLinks.aiContext,
        keywords: ["log", "print", "puts", "echo", "dump", "console", "nslog", "trace"],
        triggering: [
            RuleExample("src/pay.ts", "const { client_secret } = await res.json();\nconsole.log('3ds', ↓client_secret);\nawait stripe.confirmCardPayment(client_secret);\n"),
            RuleExample("app/pay.py", "execution = requests.post(f\"{BASE}/v1/executions/collection\", json=payload, headers=h).json()\nlogger.info(\"execution %s\", ↓execution)\n"),
            RuleExample("app/Http/Pay.php", "<?php\nLog::info('payer', ['phone' => ↓$phone]);\n"),
            RuleExample("src/card.js", "console.log('card', ↓cardNumber, ↓cvc);\n"),
        ],
        nonTriggering: [
            RuleExample("src/pay.ts", "const { client_secret } = await res.json();\nawait stripe.confirmCardPayment(client_secret);\n"),
            RuleExample("app/pay.py", "execution = requests.post(f\"{BASE}/v1/executions/collection\", json=payload, headers=h).json()\nlogger.info(\"execution %s %s\", execution[\"reference_id\"], execution[\"status\"])\n"),
            RuleExample("src/card.js", "console.log('card form valid', isValid);\n"),
            RuleExample("app/Http/Pay.php", "<?php\nLog::info('phone format invalid', ['phone_valid' => false]);\n"),
        ])

    public func check(_ context: RuleContext) {
        for (_, refs) in context.loggedReferences {
            for r in refs {
                let message: String
                switch r.kind {
                case .cardData: message = SensitiveDataLoggingRule.messageCard
                case .paymentClientSecret: message = SensitiveDataLoggingRule.messageClientSecret
                case .executionPayload: message = SensitiveDataLoggingRule.messagePayload
                case .executionResponse: message = SensitiveDataLoggingRule.messageResponse
                case .payerPII: message = SensitiveDataLoggingRule.messagePII
                default: continue
                }
                context.report(token: r.token, message: message)
            }
        }
    }
}
