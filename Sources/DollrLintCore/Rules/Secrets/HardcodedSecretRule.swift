import Foundation

/// A literal Dollr client secret or bearer token in source or committed config (placeholders are not secrets).
public final class HardcodedSecretRule: OutsideDollrCodeGate {
    public init() {}
    static let messageSecret = "Hard-coded Dollr client secret; load it from the environment or a secret manager"
    static let messageFallback = "Hard-coded Dollr client secret as the fallback of an environment lookup; the literal ships with the code"
    static let messageToken = "Hard-coded Dollr bearer token"

    public let description = RuleDescription(
        id: .hardcodedSecret, category: .secrets, severity: .error,
        title: "Dollr client secret or bearer token written in source or committed config",
        rationale:
            "Anything committed is readable by everyone with access to the repository, its forks, CI logs and backups, forever: git "
            + "history keeps it after the line is deleted. A Dollr client secret mints tokens that move the merchant's money.",
        fix:
            "Read the secret from the environment (`process.env.DOLLR_CLIENT_SECRET`, `os.environ[...]`) or a secret manager, with no "
            + "literal fallback. Then rotate the leaked secret: merchant portal -> Settings -> Developer -> API Keys, create a "
            + "new secret, deploy it, delete the old one; removing the line does not remove it from git history.",
        helpURL: DocLinks.environments,
        keywords: ["secret", "token", "bearer", "eyj", "authorization", "dollr"], keywordsOutsideDollrCode: ["eyj"],
        triggering: [
            RuleExample("src/dollr.ts", "const DOLLR_CLIENT_SECRET = ↓\"q8Zr3LmT0vXa9Kd2Wn5Yb7Pc1Hs4Gj6F\";\n"),
            RuleExample(
                "app/settings.py", "DOLLR_CLIENT_SECRET = os.getenv(\"DOLLR_CLIENT_SECRET\", ↓\"q8Zr3LmT0vXa9Kd2Wn5Yb7Pc1Hs4Gj6F\")\n"),
            RuleExample(
                "config/services.php",
                "<?php\nreturn ['dollr' => ['client_secret' => env('DOLLR_CLIENT_SECRET', ↓'q8Zr3LmT0vXa9Kd2Wn5Yb7Pc1Hs4Gj6F')]];\n"),
            RuleExample("src/client.js", "const secret = process.env.DOLLR_CLIENT_SECRET || ↓'q8Zr3LmT0vXa9Kd2Wn5Yb7Pc1Hs4Gj6F';\n"),
            RuleExample(".env", "DOLLR_CLIENT_ID=merchant-42\nDOLLR_CLIENT_SECRET=↓q8Zr3LmT0vXa9Kd2Wn5Yb7Pc1Hs4Gj6F\n"),
            RuleExample(
                "docker-compose.yml",
                "services:\n  web:\n    environment:\n      DOLLR_CLIENT_SECRET: "
                    + "↓q8Zr3LmT0vXa9Kd2Wn5Yb7Pc1Hs4Gj6F\n"),
            // A key labelled for testing is still a live credential: Dollr has no separate sandbox.
            RuleExample("deploy/staging.env", "DOLLR_CLIENT_ID=merchant-42\nDOLLR_CLIENT_SECRET=↓dlr_sk_test_Q8zR3lMt0VxA9kD2wN5yB7pC\n"),
            RuleExample(
                "dollr/client.go",
                "package dollr\nconst dollrToken = ↓\"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                    + "eyJpc3MiOiJodHRwczovL2FwaS5oZXlkb2xsci5hcHAiLCJzdWIiOiJtZXJjaGFudF80ODIxIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ\"\n"
            ),
        ],
        nonTriggering: [
            RuleExample("src/dollr.ts", "const DOLLR_CLIENT_SECRET = process.env.DOLLR_CLIENT_SECRET;\n"),
            RuleExample(".env.example", "DOLLR_CLIENT_SECRET=YOUR_CLIENT_SECRET\n"),
            RuleExample(".env.example", "DOLLR_CLIENT_SECRET=<secret>\n"),
            RuleExample(".env.example", "DOLLR_CLIENT_SECRET=dlr_sk_test_your_secret_here\n"),
            RuleExample("app/settings.py", "DOLLR_CLIENT_SECRET = os.getenv(\"DOLLR_CLIENT_SECRET\", \"changeme\")\n"),
            RuleExample("docker-compose.yml", "services:\n  web:\n    environment:\n      DOLLR_CLIENT_SECRET: ${DOLLR_CLIENT_SECRET}\n"),
            RuleExample("tests/test_dollr.py", "client = Dollr(client_id=\"test-client\", client_secret=\"test-secret\")\n"),
            RuleExample(
                "src/supabase.ts",
                "// dollr realtime\nconst anon = "
                    + "\"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoiYW5vbiIsImlzcyI6InN1cGFiYXNlIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ\";\n"
            ),
            RuleExample("src/dollr.ts", "const STRIPE_KEY = \"pk_live_51Hq8Zr3LmT0vXa9Kd2Wn5Yb7Pc1Hs4Gj6F\"; // dollr card UI\n"),
        ])

    static let envLookups: Set<String> = [
        "getenv", "env", "get", "fetch", "getOrDefault", "GetEnvironmentVariable", "config", "Getenv", "LookupEnv",
        "getProperty", "environ", "var", "get_env", "getEnv", "dotenv", "Env", "GetValue", "value", "String",
    ]
    static let fallbackCalls: Set<String> = [
        "unwrap_or", "unwrap_or_else", "orElse", "or", "getOrElse", "or_else", "unwrapOr", "orElseGet", "default",
    ]
    static let springDefault = try! NSRegularExpression(pattern: #"\$\{([A-Za-z0-9_.\-]+):([^}]+)\}"#)
    // Names and JWTs start only where a run of their characters starts, and names are read possessively: a long run
    // without a match is then read once, not once per starting position.
    static let commentAssignment = try! NSRegularExpression(
        pattern: #"(?<![A-Za-z0-9_.\-])([A-Za-z_][A-Za-z0-9_.\-]*+)["']?\s*[:=]>?\s*["']?([A-Za-z0-9_\-+/=.~]{16,})"#)
    static let bearer = try! NSRegularExpression(pattern: #"(?i)\bbearer\s+([A-Za-z0-9._~+/\-]{16,}=*)"#)
    static let jwtPattern = try! NSRegularExpression(pattern: #"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]++\.eyJ[A-Za-z0-9_-]++\.[A-Za-z0-9_-]+"#)

    /// Whether `commentAssignment` can match: a `:` or `=` (then maybe `>`, spaces and a quote) before 16 value
    /// characters. Most comments have none, and the regex (ICU's, through NSString) was a sixth of the rule's time.
    static func mayHoldAssignment(_ text: String) -> Bool {
        func isValueByte(_ b: UInt8) -> Bool {
            switch b {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F, 0x2D, 0x2B, 0x2F, 0x3D, 0x2E, 0x7E: return true
            default: return false
            }
        }
        let bytes = Array(text.utf8)
        for (i, b) in bytes.enumerated() where b == 0x3A || b == 0x3D {
            var k = i + 1
            if k < bytes.count && bytes[k] == 0x3E { k += 1 }
            // ICU's \s: ASCII white space, and (kept, as a byte of it could be) any non-ASCII character.
            while k < bytes.count && (bytes[k] == 0x20 || (0x09...0x0D).contains(bytes[k]) || bytes[k] >= 0x80) { k += 1 }
            if k < bytes.count && (bytes[k] == 0x22 || bytes[k] == 0x27) { k += 1 }
            var run = 0
            while k < bytes.count && isValueByte(bytes[k]) && run < 16 {
                run += 1
                k += 1
            }
            if run >= 16 { return true }
        }
        return false
    }

    /// A literal judged to be a Dollr secret: where it is, what to say, which bytes to mask.
    struct SecretLiteral {
        let offset: Int
        let message: String
        let secret: Range<Int>
    }

    /// The Dollr secret literals of a file, found once and shared with client-bundle-secret.
    static func collectSecretLiterals(_ context: RuleContext) -> [SecretLiteral] {
        let finder = SecretLiteralCollector()
        finder.collect(context)
        return finder.found
    }

    /// Outside Dollr code only a JWT that Dollr issued is reported: some `eyJ` run must decode to one.
    public func mayReportOutsideDollrCode(_ file: InMemoryFile) -> Bool {
        JWTInspector.candidates(in: file.bytes).contains { JWTInspector.verdict($0) == .dollr }
    }

    public func check(_ context: RuleContext) {
        for s in context.secretLiterals {
            context.report(at: s.offset, end: s.secret.upperBound, message: s.message, secrets: [s.secret])
        }
    }
}

/// Walks string literals and comments, naming each literal by its binding or env lookup, and judges it.
final class SecretLiteralCollector {
    private(set) var found: [HardcodedSecretRule.SecretLiteral] = []
    typealias R = HardcodedSecretRule

    func collect(_ context: RuleContext) {
        let file = context.lexed
        let dollr = context.mentionsDollr
        for (i, t) in file.tokens.enumerated() {
            switch t.kind {
            case .string:
                // A secret, a bearer header or an embedded `key: value` is at least 16 characters.
                guard t.end - t.start >= 16, let lit = file.literal(i), !lit.hasHoles else { continue }
                let value = lit.text()
                let range = lit.contentRange
                // The regexes run only on literals with their literal parts: a bundle has thousands of long strings.
                if value.has("${"),
                    let m = R.springDefault.firstMatch(in: value, range: NSRange(location: 0, length: (value as NSString).length))
                {
                    let ns = value as NSString
                    judge(
                        ns.substring(with: m.range(at: 2)), name: ns.substring(with: m.range(at: 1)), context: context, dollr: dollr, at: i,
                        secret: range, fallback: true)
                    continue
                }
                if value.hasIgnoringASCIICase("bearer"),
                    let m = R.bearer.firstMatch(in: value, range: NSRange(location: 0, length: (value as NSString).length))
                {
                    let ns = value as NSString
                    judge(
                        ns.substring(with: m.range(at: 1)), name: "authorization", context: context, dollr: dollr, at: i, secret: range,
                        fallback: false)
                    continue
                }
                let embedsSecret =
                    value.utf8.count > 24 && (value.has(":") || value.has("="))
                    && (value.has("secret") || value.has("SECRET") || value.has("token") || value.has("Secret"))
                // No name makes a literal a secret unless it is a JWT, credential-shaped, or holds a `secret=` inside:
                // the others are left before their name is looked up (which builds the code model).
                guard embedsSecret || value.hasPrefix("eyJ") || R.isSecretLike(value) else { continue }
                let (name, fallback) = nameContext(of: i, context: context)
                let nameIsSecret =
                    name.map { SecretNames.isClientSecret($0, dollrContext: dollr) || SecretNames.isAccessToken($0, dollrContext: dollr) }
                    ?? false
                // Only strings that name a secret inside are parsed (`{"client_secret": "..."}`, `secret=...`).
                if !nameIsSecret && embedsSecret {
                    // A body or config inside a string (`curl -d '{"client_secret": "..."}'`, a DSN): judge its assignments.
                    var any = false
                    let ns = value as NSString
                    for m in R.commentAssignment.matches(in: value, range: NSRange(location: 0, length: ns.length)) {
                        let before = context.source.text(
                            range
                                .lowerBound..<min(range.upperBound, range.lowerBound + ns.substring(to: m.range(at: 2).location).utf8.count)
                        )
                        let offset = range.lowerBound + before.utf8.count
                        judge(
                            ns.substring(with: m.range(at: 2)), name: ns.substring(with: m.range(at: 1)), context: context, dollr: dollr,
                            at: nil, offset: offset,
                            secret: offset..<(offset + ns.substring(with: m.range(at: 2)).utf8.count), fallback: false)
                        any = true
                    }
                    if any { continue }
                }
                judge(value, name: name, context: context, dollr: dollr, at: i, secret: range, fallback: fallback)
            case .comment:
                let text = file.source.text(t.start..<t.end)
                let ns = text as NSString
                let assignments =
                    R.mayHoldAssignment(text) ? R.commentAssignment.matches(in: text, range: NSRange(location: 0, length: ns.length)) : []
                for m in assignments {
                    let name = ns.substring(with: m.range(at: 1)), value = ns.substring(with: m.range(at: 2))
                    let offset = t.start + ns.substring(to: m.range(at: 2).location).utf8.count
                    judge(
                        value, name: name, context: context, dollr: dollr, at: nil, offset: offset,
                        secret: offset..<(offset + value.utf8.count), fallback: false)
                }
                let jwts = text.has("eyJ") ? R.jwtPattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) : []
                for m in jwts where JWTInspector.verdict(ns.substring(with: m.range)) == .dollr {
                    let offset = t.start + ns.substring(to: m.range.location).utf8.count
                    found.append(.init(offset: offset, message: R.messageToken, secret: offset..<(offset + m.range.length)))
                }
            default: continue
            }
        }
    }

    private func judge(
        _ value: String, name: String?, context: RuleContext, dollr: Bool, at token: Int?, offset: Int? = nil, secret: Range<Int>,
        fallback: Bool
    ) {
        let at = offset ?? context.lexed.tokens[token!].start
        switch JWTInspector.verdict(value) {
        case .dollr:
            found.append(.init(offset: at, message: R.messageToken, secret: secret))
            return
        case .other: return
        case .unknown:
            if let n = name,
                SecretNames.isAccessToken(n, dollrContext: dollr) || SecretNames.isAuthorizationHeader(n)
                    || SecretNames.isClientSecret(n, dollrContext: dollr), dollr
            {
                found.append(.init(offset: at, message: R.messageToken, secret: secret))
            }
            return
        case .notJWT: break
        }
        guard let n = name else { return }
        let normalized = CodeModel.normalize(n)
        // Names first (cheap), shape second.
        guard
            normalized.has("secret") || normalized.has("token") || normalized.has("key") || normalized.has("password")
                || normalized.has("credential") || normalized.has("authorization") || normalized.has("bearer") || normalized.has("jwt"),
            R.isSecretLike(value)
        else { return }
        // A generic `*_SECRET` in code about Dollr, but not the framework's own secrets (APP_SECRET, JWT_SECRET, SESSION_SECRET...).
        let frameworkSecret = [
            "app", "jwt", "session", "cookie", "auth", "csrf", "webhook", "signing", "encryption", "django", "rails", "laravel", "hmac",
            "otp", "recaptcha", "master", "database", "db",
        ].contains { normalized.has($0) }
        let secretNamed =
            normalized.hasSuffix("secret") && context.mentionsDollrInCode && !SecretNames.mentionsOtherVendor(normalized)
            && !frameworkSecret
            && ![.dotenv, .yaml, .properties, .toml, .json, .dockerfile].contains(context.source.language)
        if SecretNames.isClientSecret(n, dollrContext: dollr) || secretNamed {
            found.append(.init(offset: at, message: fallback ? R.messageFallback : R.messageSecret, secret: secret))
        } else if (SecretNames.isAccessToken(n, dollrContext: dollr) || SecretNames.isAuthorizationHeader(n)) && dollr
            && value.utf8.count >= 24
        {
            found.append(.init(offset: at, message: R.messageToken, secret: secret))
        }
    }
}

extension HardcodedSecretRule {
    /// A credential-shaped literal: long, random, not a placeholder, URL, path or another vendor's key.
    static func isSecretLike(_ raw: String) -> Bool {
        // Gradle writes Java string literals inside strings: "\"value\"".
        let v = raw.utf8.count > 2 && raw.hasPrefix("\"") && raw.hasSuffix("\"") ? String(raw.dropFirst().dropLast()) : raw
        let n = v.utf8.count
        guard n >= 16, n <= 512, !v.has(" "), !v.has("://") else { return false }
        if SecretHeuristics.isPlaceholder(v) && !isLabelledRandomKey(v) { return false }
        for p in ["pk_", "sk_", "rk_", "pi_", "seti_", "whsec_", "AKIA", "ghp_", "xox", "AIza"] where v.hasPrefix(p) { return false }
        if v.hasPrefix("/") || v.hasPrefix("./") || v.hasSuffix(".json") || v.hasSuffix(".pem") { return false }
        return SecretHeuristics.looksRandom(v, minLength: 16)
            || (SecretHeuristics.entropy(v) >= 3.3 && v.contains(where: { $0.isNumber }) && v.contains(where: { $0.isLetter }))
    }

    /// Words that name the environment a key is for, not a stand-in: `test` in `dlr_sk_test_<random>`.
    static let environmentLabels: Set<String> = ["test", "testing", "dev", "local", "staging", "sandbox", "live", "prod"]

    /// `dlr_sk_test_Hw3n...`: an environment word in front of a long random body labels a real key, and Dollr has no
    /// separate sandbox, so every client secret moves money. `test-secret` and `sk_test_your_key_here` have no random body.
    static func isLabelledRandomKey(_ v: String) -> Bool {
        let segments = v.split(whereSeparator: { $0 == "_" || $0 == "-" }).map(String.init)
        guard segments.count >= 2, let body = segments.last, body.utf8.count >= 24, SecretHeuristics.looksRandom(body, minLength: 24),
            segments.contains(where: { environmentLabels.contains($0.lowercased()) })
        else { return false }
        return !SecretHeuristics.isPlaceholder(segments.filter { !environmentLabels.contains($0.lowercased()) }.joined(separator: "_"))
    }

}

extension SecretLiteralCollector {
    /// The name a literal is bound to: `NAME = "..."`, `key: "..."`, or the env variable of a lookup whose fallback it is.
    private func nameContext(of i: Int, context: RuleContext) -> (String?, Bool) {
        let model = context.model
        let file = context.lexed
        if let b = model.binding(valueStartingAt: i),
            b.value.count <= 3 || file.next(i).map({ !b.value.contains($0) || file.isPunct($0, ".") }) == true
        {
            if CodeModel.normalize(b.name) == "default", let c = innermostCall(containing: i, model), let name = envName(c, model) {
                return (name, true)
            }
            // `secret: env("X", "literal")` binds the call, not the literal; handled below.
            return (b.name, false)
        }
        if let c = innermostCall(containing: i, model) {
            // Android `buildConfigField("String", "DOLLR_CLIENT_SECRET", "\"...\"")`: the second argument names the third.
            if ["buildConfigField", "resValue"].contains(c.name), c.arguments.count == 3, c.arguments[2].contains(i),
                let n = model.stringValue(c.arguments[1])
            {
                return (n, false)
            }
            // `SecretStr("...")`, `String::from("...")`, `Secret.new("...")`: a wrapper bound to a secret name.
            if c.arguments.count == 1, c.arguments[0] == i..<(i + 1), let b = model.binding(valueStartingAt: c.firstToken) {
                return (b.name, false)
            }
            if R.envLookups.contains(c.name) || c.callee.contains(where: { $0 == "environ" || $0 == "ENV" || $0 == "env" }),
                c.arguments.count >= 2, !c.arguments[0].contains(i), let name = envName(c, model)
            {
                return (name, true)
            }
            if R.fallbackCalls.contains(c.name) {
                for prev in (c.firstToken..<c.nameToken).compactMap(model.call(namedAt:)) {
                    if let name = envName(prev, model) { return (name, true) }
                }
            }
        }
        // `X || "..."`, `X ?? "..."`, `X or "..."`, `X ?: "..."`
        if let p = file.previous(i), ["||", "??", "or", "?:"].contains(file.text(p)) {
            // Walk back over the left operand (through its parentheses) looking for the secret's name.
            var k = p - 1
            var depth = 0
            var steps = 0
            while k >= 0 && steps < 24 {
                let t = file.tokens[k]
                if file.isPunct(k, ")") || file.isPunct(k, "]") {
                    depth += 1
                } else if file.isPunct(k, "(") || file.isPunct(k, "[") {
                    depth -= 1
                    if depth < 0 { break }
                }
                if depth == 0
                    && (t.kind == .newline || file.isPunct(k, "=") || file.isPunct(k, ",") || file.isPunct(k, ";") || file.isPunct(k, ":")
                        || file.isPunct(k, "=>"))
                {
                    break
                }
                if t.kind == .identifier || t.kind == .string {
                    let s = t.kind == .string ? (file.plainString(k) ?? "") : file.text(k)
                    if SecretNames.isClientSecret(s, dollrContext: context.mentionsDollr) { return (s, true) }
                }
                k -= 1
                steps += 1
            }
        }
        return (nil, false)
    }

    private func innermostCall(containing i: Int, _ model: CodeModel) -> CodeModel.Call? { model.innermostCall(containing: i) }

    private func envName(_ c: CodeModel.Call, _ model: CodeModel) -> String? {
        guard let first = c.arguments.first, let s = model.stringValue(first), !s.has("\u{FFFC}") else { return nil }
        let name = s.split(separator: ".").last.map(String.init) ?? s
        return SecretNames.isClientSecret(s, dollrContext: true) ? s : (SecretNames.isClientSecret(name, dollrContext: true) ? s : nil)
    }
}
