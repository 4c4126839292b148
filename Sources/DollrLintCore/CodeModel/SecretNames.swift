import Foundation

/// What names mean: which identifiers, keys and env variables hold a Dollr client secret, an access token,
/// an Authorization header, card data or payer PII. Names are compared normalised (`CodeModel.normalize`).
public enum SecretNames {
    /// Vendors whose secrets are not Dollr's: a name mentioning one of these is somebody else's business.
    static let otherVendors = [
        "stripe", "google", "github", "slack", "supabase", "firebase", "aws", "azure", "auth0", "okta", "facebook",
        "twitter", "apple", "sentry", "mapbox", "twilio", "sendgrid", "paypal", "openai", "algolia", "pusher", "cloudinary",
    ]
    static let notSecretParts = [
        "publishable", "clientid", "publickey", "realtime", "anon", "url", "uri", "host", "endpoint", "path", "expires",
        "expiry", "ttl", "type", "name", "header", "length", "len", "count", "cache", "refresh", "csrf", "xsrf", "push",
        "fcm", "device", "reset", "verify", "verification", "page", "next", "idtoken", "format", "regex", "pattern",
        "field", "param", "key_id", "kind", "missing", "set", "present", "file", "env", "var", "label", "mask", "redact", "hash",
        "placeholder", "example",
    ]

    private static let normalizedNotSecretParts = notSecretParts.map { CodeModel.normalize($0) }

    static func mentionsOtherVendor(_ n: String) -> Bool { otherVendors.contains { n.has($0) } }

    static func hasNotSecretPart(_ n: String) -> Bool { normalizedNotSecretParts.contains { n.has($0) } }

    /// `DOLLR_CLIENT_SECRET`, `dollrSecret`, `DOLLR_API_KEY`, `client_secret` (generic, when `dollrContext`).
    public static func isClientSecret(_ raw: String, dollrContext: Bool) -> Bool {
        let n = CodeModel.normalize(raw)
        guard !mentionsOtherVendor(n), !hasNotSecretPart(n) else { return false }
        if n.has("dollr") && (n.has("secret") || n.has("apikey") || n.has("password") || n.has("privatekey") || n.has("credential")) {
            return true
        }
        guard dollrContext else { return false }
        return n == "clientsecret" || n == "apisecret" || n == "secretkey" || n.hasSuffix("clientsecret")
    }

    /// `access_token`, `accessToken`, `dollrToken`, `bearerToken`, `jwt`, and `token` in a file about Dollr.
    public static func isAccessToken(_ raw: String, dollrContext: Bool) -> Bool {
        let n = CodeModel.normalize(raw)
        guard !mentionsOtherVendor(n), !hasNotSecretPart(n) else { return false }
        if n.has("dollr") && (n.has("token") || n.has("jwt") || n.has("bearer")) { return true }
        if n == "accesstoken" || n.hasSuffix("accesstoken") || n == "bearertoken" || n == "authtoken" || n == "apitoken" || n == "bearer" {
            return dollrContext || n.has("access")
        }
        guard dollrContext else { return false }
        return n == "token" || n == "jwt" || n == "cachedtoken" || n == "currenttoken" || n == "tok"
    }

    /// Names that are only the Dollr token when the code links them to Dollr.
    static let genericTokenNames: Set<String> = [
        "token", "jwt", "cachedtoken", "currenttoken", "tok", "bearer", "authtoken", "apitoken", "bearertoken",
    ]

    public static func isAuthorizationHeader(_ raw: String) -> Bool {
        let n = CodeModel.normalize(raw)
        return n == "authorization" || n == "authheader" || n == "authorizationheader" || n == "httpheaderauthorization"
    }

    /// Header objects that carry the bearer token (`headers`, `authHeaders`, `dollrHeaders`).
    public static func isHeadersObject(_ raw: String) -> Bool {
        let n = CodeModel.normalize(raw)
        return [
            "headers", "authheaders", "dollrheaders", "requestheaders", "defaultheaders", "authheader", "httpheaders", "header",
            "defaultrequestheaders", "allhttpheaderfields", "httpadditionalheaders",
        ].contains(n)
    }

    /// Card data: PAN, CVC, expiry written as fields.
    public static func isCardData(_ raw: String) -> Bool {
        let n = CodeModel.normalize(raw)
        return ["cardnumber", "pan", "cvc", "cvv", "cvv2", "cardcvc", "cardcvv", "securitycode", "cardexpiry", "cardexp", "number"]
            .contains(n) && n != "number"
            || n.hasSuffix("cardnumber") || n.hasSuffix("cvc") || n.hasSuffix("cvv")
    }

    /// The 3-D Secure `client_secret` of a Stripe PaymentIntent (belongs in the browser, never in logs).
    public static func isPaymentClientSecret(_ raw: String) -> Bool {
        let n = CodeModel.normalize(raw)
        return n == "clientsecret" || n == "paymentintentclientsecret" || n == "stripeclientsecret" || n == "intentclientsecret"
    }

    /// Payer PII: phone numbers, wallet account numbers, e-mail, identity documents.
    public static func isPayerPII(_ raw: String) -> Bool {
        let n = CodeModel.normalize(raw)
        if n.hasSuffix("id") || n.hasSuffix("ids") || n.has("count") || n.has("length") || n.has("valid") || n.has("format") {
            return false
        }
        return [
            "phone", "phonenumber", "msisdn", "partyphone", "payerphone", "customerphone", "mobilenumber", "mobile",
            "insensitiveaccountnumber",
            "accountnumber", "walletnumber", "email", "partyemail", "payeremail", "customeremail", "nationalid", "dateofbirth", "dob",
            "passportnumber",
            "payer", "payerdetails", "payerinfo", "party", "customerdetails",
        ].contains(n)
            || n.hasSuffix("phonenumber") || n.hasSuffix("msisdn")
    }

    static let envObjectWords: Set<String> = [
        "env", "environ", "environment", "extra", "public", "expoconfig", "buildconfig", "manifest", "runtimeconfig", "publicruntimeconfig",
        "envconfig", "dotenv",
    ]

    /// Whether a name at token `i` is where a value is read from the environment or configuration (not a variable passed on):
    /// any mention in env/config files, a string key (`environment["X"]`, `fromEnvironment('X')`), a member of an
    /// env object (`process.env.X`, `import.meta.env.X`, `config.public.x`, `BuildConfig.X`), or an import of it.
    static func isConfigRead(_ i: Int, in file: LexedFile) -> Bool {
        let lang = file.language(ofToken: i)
        if [.dotenv, .dockerfile, .yaml, .shell, .properties, .toml, .json, .xml, .groovy, .markdown].contains(lang) { return true }
        let t = file.tokens[i]
        if t.kind == .string { return true }
        guard t.kind == .identifier else { return false }
        let name = file.text(i)
        if let p = file.previous(i), file.isPunct(p, ".") || file.isPunct(p, "?.") || file.isPunct(p, "->") || file.isPunct(p, "::") {
            if name == name.uppercased() && name.has("_") { return true }
            var k = p
            while let q = file.previous(k), file.tokens[q].kind == .identifier {
                if envObjectWords.contains(CodeModel.normalize(file.text(q))) { return true }
                guard let r = file.previous(q), file.isPunct(r, ".") || file.isPunct(r, "?.") || file.isPunct(r, "::") else { break }
                k = r
            }
            return false
        }
        // `import { PUBLIC_DOLLR_SECRET } from '$env/static/public'`, `from config import DOLLR_SECRET`
        var k = i
        while let q = file.previous(k, newlines: true), file.tokens[q].kind != .newline { k = q }
        return file.isIdentifier(k, "import") || file.isIdentifier(k, "from")
    }

    static let publicPrefixes = [
        "NEXT_PUBLIC_", "VITE_", "REACT_APP_", "EXPO_PUBLIC_", "NUXT_PUBLIC_", "NUXT_ENV_", "GATSBY_", "PUBLIC_", "VUE_APP_",
        "STORYBOOK_", "SNOWPACK_PUBLIC_", "SANITY_STUDIO_", "PLASMO_PUBLIC_", "WXT_",
    ]

    private static let publicPrefixInitials = Set(publicPrefixes.compactMap { $0.utf8.first })

    /// A client-exposed env variable that holds a Dollr secret or token: returns the prefix when it does.
    public static func publicSecretPrefix(_ raw: String) -> String? {
        var name = raw
        while let f = name.first, f == "$" || f == "@" { name.removeFirst() }
        // Most names start with an ASCII letter no prefix starts with: rejected before any Unicode case mapping.
        if let first = name.utf8.first, first < 0x80, !publicPrefixInitials.contains(first & 0xDF) { return nil }
        let upper = name.uppercased()
        guard name == upper || name.has("_") else { return nil }
        for p in publicPrefixes where upper.hasPrefix(p) && upper.count > p.count {
            let rest = String(upper.dropFirst(p.count))
            let n = CodeModel.normalize(rest)
            guard n.has("dollr"), !mentionsOtherVendor(n) else { return nil }
            if isClientSecret(rest, dollrContext: true) || isAccessToken(rest, dollrContext: true) || n.hasSuffix("secret") { return p }
            return nil
        }
        return nil
    }
}
