import Foundation

/// What a value expression (log arguments, a response body) refers to that is sensitive, and whether it is redacted.
public struct SensitiveReferenceFinder {
    public enum Kind: Equatable, Sendable {
        case accessToken, clientSecret, authorizationHeader, headersObject, tokenResponse, cardData, paymentClientSecret, payerPII,
            executionPayload, executionResponse
    }
    public struct Reference {
        public let token: Int
        public let kind: Kind
        public let name: String
    }

    let context: RuleContext
    let model: CodeModel
    let file: LexedFile
    /// The file's Dollr calls, found only when a reference asks what a name holds.
    var calls: DollrCallIndex { context.dollrCalls }
    private let memo: Memo

    /// Answers that depend on a call, an assignment or the whole file, not on the token asking: computed once each,
    /// so nested arguments and long assignments are not walked again per reference.
    private final class Memo {
        /// Per call index: the nearest call enclosing it (itself included) whose name redacts, or -1; -2 not yet known.
        var redactingAncestor: [Int32]
        /// Facts about one assignment, by its name token and the fact asked.
        var assignmentFacts: [AssignmentFact: [Int: Bool]] = [:]
        var keywords: [String: Bool] = [:]
        init(callCount: Int) { redactingAncestor = [Int32](repeating: -2, count: callCount) }
    }

    private enum AssignmentFact { case otherOrigin, linkedToDollr, headersMentionDollr, holdsAccessToken }

    /// A fact about an assignment, computed once per assignment (its value can be long) and charged to the budget.
    private func fact(_ f: AssignmentFact, of a: CodeModel.Binding, _ compute: (CodeModel.Binding) -> Bool) -> Bool {
        if let v = memo.assignmentFacts[f]?[a.nameToken] { return v }
        context.budget.spend(a.value.count)
        let v = compute(a)
        memo.assignmentFacts[f, default: [:]][a.nameToken] = v
        return v
    }

    public init(_ context: RuleContext) {
        self.context = context
        self.model = context.model
        self.file = context.lexed
        self.memo = Memo(callCount: context.model.calls.count)
    }

    /// The file mentions `word` (memoised: each test reads the whole file).
    private func mentions(_ word: String) -> Bool {
        if let v = memo.keywords[word] { return v }
        let v = context.source.containsKeyword(word)
        memo.keywords[word] = v
        return v
    }

    /// The nearest call enclosing token `i` (or the call itself) whose name redacts its arguments.
    private func redactingCall(around i: Int) -> CodeModel.Call? {
        guard let first = model.innermostCallIndex(containing: i) else { return nil }
        var path: [Int] = []
        var k: Int? = first
        var found: Int32 = -1
        while let c = k {
            if memo.redactingAncestor[c] != -2 {
                found = memo.redactingAncestor[c]
                break
            }
            let name = model.calls[c].name.lowercased()
            if SensitiveReferenceFinder.redactingCalls.contains(where: { name.has($0) }) {
                found = Int32(c)
                path.append(c)
                break
            }
            path.append(c)
            k = model.innermostCallIndex(containing: model.calls[c].firstToken)
        }
        for c in path { memo.redactingAncestor[c] = found }
        context.budget.spend(path.count)
        return found >= 0 ? model.calls[Int(found)] : nil
    }

    static let passThrough: Set<String> = [
        "json", "text", "data", "body", "content", "getBody", "toString", "to_s", "to_json", "toJSON", "inspect", "model_dump", "__dict__",
    ]
    static let redactingCalls = [
        "mask", "redact", "hash", "sha", "digest", "md5", "len", "length", "count", "strlen", "bool", "isset", "empty", "present",
        "obfuscate", "truncate", "last4", "fingerprint", "prefix", "suffix", "censor", "scrub", "sanitize", "anonymi", "boolean",
        "abbrev", "slice", "substr", "substring", "take", "preview", "short", "partial", "maskify", "star", "typeof", "isnil", "isempty",
        "exists", "keys", "has",
    ]

    static let namingCalls: Set<String> = [
        "get", "Get", "getString", "header", "getHeader", "GetHeader", "optString", "fetch", "value", "config", "env",
        "getenv", "Getenv", "GetEnvironmentVariable", "getProperty", "fromEnvironment", "headers", "Header", "getValue", "GetValue",
    ]

    /// Why a reference is Dollr's data by its value alone, in a file `DollrScope` does not take for Dollr's: it is read
    /// from an `execution` (Dollr's word for a collection or payout and its response), or assigned from one.
    public func dollrValueReason(_ ref: Reference) -> String? {
        var names: [Int] = [ref.token]
        var k = ref.token
        // The member chain leading to the reference: `execution.client_secret`, `data.execution?.clientSecret`.
        while let p = file.previous(k), file.isPunct(p, ".") || file.isPunct(p, "?.") || file.isPunct(p, "->"),
            let b = file.previous(p), file.tokens[b].kind == .identifier
        {
            names.append(b)
            k = b
        }
        if names.count == 1, file.tokens[ref.token].kind == .identifier,
            let a = model.assignment(named: file.text(ref.token), before: ref.token)
        {
            names += a.value.filter { file.tokens[$0].kind == .identifier }
        }
        guard let e = names.first(where: { SensitiveReferenceFinder.mentionsExecution(Array(file.text($0).utf8)) }) else { return nil }
        return "`\(file.text(e))` holds a Dollr execution"
    }

    /// Whether `bytes` say `execution` (any case) other than as a framework's `ExecutionContext` (NestJS guards,
    /// GraphQL resolvers), which is never a Dollr execution.
    /// `range`: the part of `bytes` asked about (one token's), the whole by default.
    static func mentionsExecution(_ bytes: [UInt8], in range: Range<Int>? = nil) -> Bool {
        let word = Array("execution".utf8), context = Array("context".utf8)
        let end = range?.upperBound ?? bytes.count
        func matches(_ needle: [UInt8], at i: Int) -> Bool {
            i + needle.count <= end && needle.indices.allSatisfy { ByteSearch.lowercased(bytes[i + $0]) == needle[$0] }
        }
        var i = range?.lowerBound ?? 0
        while i + word.count <= end {
            if ByteSearch.lowercased(bytes[i]) == 0x65, matches(word, at: i) {
                var next = i + word.count
                while next < end && (bytes[next] == 0x5F || bytes[next] == 0x2D) { next += 1 }
                if !matches(context, at: next) { return true }
                i = next
                continue
            }
            i += 1
        }
        return false
    }

    /// The sensitive references in `range`, skipping keys, callees, fields of objects and redacted uses, and the
    /// token ranges in `skipping` (sorted; nested log calls read their own arguments).
    public func references(in range: Range<Int>, skipping: [Range<Int>] = []) -> [Reference] {
        var result: [Reference] = []
        let tokens = file.tokens
        var i = range.lowerBound
        var nextSkip = 0
        while i < range.upperBound {
            defer { i += 1 }
            while nextSkip < skipping.count && skipping[nextSkip].upperBound <= i { nextSkip += 1 }
            if nextSkip < skipping.count && skipping[nextSkip].contains(i) {
                i = skipping[nextSkip].upperBound - 1
                continue
            }
            guard context.budget.spend() else { break }
            let t = tokens[i]
            if t.kind == .string {
                // A value named by a string: data["access_token"], headers.get("Authorization"), config('services.dollr.client_secret').
                // For `data["access_token"][:6]` the redaction follows the subscript's closing bracket.
                let end = file.next(i).flatMap { n in file.isPunct(n, "]") ? n : nil } ?? i
                guard let s = file.plainString(i), s.count < 80, isNamingString(i), !isRedacted(start: i, end: end, range: range),
                    !baseHoldsRealtimeKey(i),
                    !readsDeeper(after: end)
                else { continue }
                let last = s.split(separator: ".").last.map(String.init) ?? s
                if let kind = classify(last, chainLength: 1, base: i, at: i) ?? classify(s, chainLength: 1, base: i, at: i) {
                    result.append(Reference(token: i, kind: kind, name: s))
                }
                continue
            }
            guard t.kind == .identifier else { continue }
            let first = file.text(i)
            if CodeModel.keywords.contains(first) || first == "this" || first == "self" { continue }
            // Walk the member chain: `a.b.c`, `res.json()`, `r.json().get("x")`.
            let start = i
            var components = [i]
            var j = i
            var sawPassThrough = false
            var accessed = false
            while let n = file.next(j), n < range.upperBound {
                if file.isPunct(n, "("), j != start || sawPassThrough, SensitiveReferenceFinder.passThrough.contains(file.text(j)),
                    tokens[n].match > Int32(n)
                {
                    let close = Int(tokens[n].match)
                    if close == n + 1 {
                        j = close
                        continue
                    }
                    accessed = true
                    break  // `json('status')`: one field; its arguments are still read

                }
                if file.isPunct(n, ".") || file.isPunct(n, "?.") || file.isPunct(n, "->") || file.isPunct(n, "!.") || file.isPunct(n, "::"),
                    let m = file.next(n), m < range.upperBound, tokens[m].kind == .identifier
                {
                    if SensitiveReferenceFinder.passThrough.contains(file.text(m)) && !accessed && components.count == 1 {
                        sawPassThrough = true
                        j = m
                        continue
                    }
                    if sawPassThrough { accessed = true }
                    components.append(m)
                    j = m
                    continue
                }
                if file.isPunct(n, "[") { accessed = true }
                break
            }
            i = accessed && file.next(j).map({ file.isPunct($0, "[") }) == true ? j : j
            let last = components.last!
            // The whole incoming request body of a checkout (`$request->all()`, `request.form.to_dict()`, `req.body`,
            // Rails `collect_params.to_h`) carries the payer's details.
            if !accessed, context.mentionsDollr, let end = wholeRequestBody(components: components, chainEnd: j) {
                i = end
                result.append(Reference(token: last, kind: .payerPII, name: file.text(last)))
                continue
            }
            if j == last && isCallee(last) { continue }
            if isKey(nameToken: last, original: start) || isRedacted(start: start, end: j, range: range) { continue }
            let lastName = file.text(last)
            if components.count == 1 {
                if accessed { continue }
                if let h = calls.holding(lastName, at: last) {
                    switch h {
                    case .tokenResponse: result.append(Reference(token: last, kind: .tokenResponse, name: lastName))
                    case .executionResponse: result.append(Reference(token: last, kind: .executionResponse, name: lastName))
                    case .executionPayload: result.append(Reference(token: last, kind: .executionPayload, name: lastName))
                    case .headers: result.append(Reference(token: last, kind: .headersObject, name: lastName))
                    case .secretCarrier: result.append(Reference(token: last, kind: .clientSecret, name: lastName))
                    case .paymentSecret: result.append(Reference(token: last, kind: .paymentClientSecret, name: lastName))
                    case .tokenValue: result.append(Reference(token: last, kind: .accessToken, name: lastName))
                    case .realtimeKeyResponse: break
                    }
                    continue
                }
            } else if calls.holding(file.text(components[0]), at: components[0]) == .realtimeKeyResponse {
                continue
            }
            if let kind = classify(lastName, chainLength: components.count, base: components[0], at: last) {
                if accessed
                    && (kind == .executionResponse || kind == .executionPayload || kind == .headersObject
                        || kind == .payerPII && components.count == 1)
                {
                    continue
                }
                result.append(Reference(token: last, kind: kind, name: lastName))
            }
        }
        return result
    }

    /// `$result['meta']['authorization']['mode']`: the named value is only a container of what is read.
    private func readsDeeper(after end: Int) -> Bool {
        guard end > 0, file.isPunct(end, "]"), let n = file.next(end) else { return false }
        if file.isPunct(n, "[") { return true }
        guard file.isPunct(n, ".") || file.isPunct(n, "?.") || file.isPunct(n, "->"), let m = file.next(n),
            file.tokens[m].kind == .identifier
        else { return false }
        return !SensitiveReferenceFinder.passThrough.contains(file.text(m))
    }

    static let requestBodyParts: Set<String> = [
        "form", "body", "post", "data", "json", "all", "input", "getjson", "todict", "toh", "params", "values", "tounsafeh", "permit",
        "getbody", "parsedbody",
    ]

    /// End of a chain naming a whole incoming request body, or nil.
    private func wholeRequestBody(components: [Int], chainEnd: Int) -> Int? {
        let names = components.map { CodeModel.normalize(file.text($0)) }
        var end = chainEnd
        // A trailing empty call: `.all()`, `.to_dict()`, `.to_h`
        if let open = file.next(chainEnd), file.isPunct(open, "("), file.tokens[open].match == Int32(open + 1) { end = open + 1 }
        if ["request", "req", "$request"].contains(names[0]), names.count >= 2,
            names.dropFirst().allSatisfy({ SensitiveReferenceFinder.requestBodyParts.contains($0) })
        {
            return end
        }
        // Rails strong parameters: `collect_params`, `payment_params.to_h`
        if file.source.language == .ruby, names[0].hasSuffix("params"), names.count <= 2,
            names.dropFirst().allSatisfy({ ["toh", "tounsafeh", "toj", "inspect"].contains($0) })
        {
            return end
        }
        return nil
    }

    /// The object a name is read from: `x` in `x["name"]`, `x.get("name")`, `x.name`.
    private func subscriptOrMemberBase(_ i: Int) -> Int? {
        if file.tokens[i].kind == .string {
            if let p = file.previous(i), file.isPunct(p, "["), let b = file.previous(p), file.tokens[b].kind == .identifier { return b }
            if let c = model.innermostCall(containing: i), file.tokens[c.firstToken].kind == .identifier, c.callee.count > 1 {
                return c.firstToken
            }
            return nil
        }
        if let p = file.previous(i), file.isPunct(p, ".") || file.isPunct(p, "?.") || file.isPunct(p, "->"), let b = file.previous(p),
            file.tokens[b].kind == .identifier
        {
            return b
        }
        return nil
    }

    /// `key["access_token"]`, `key.get("access_token")` where `key` is a realtime key response.
    private func baseHoldsRealtimeKey(_ i: Int) -> Bool {
        var base: Int? = nil
        if let p = file.previous(i), file.isPunct(p, "["), let b = file.previous(p), file.tokens[b].kind == .identifier {
            base = b
        }
        // `resp.json()["access_token"]`: the object the pass-through call reads.
        else if let p = file.previous(i), file.isPunct(p, "["), let close = file.previous(p), file.isPunct(close, ")"),
            file.tokens[close].match >= 0,
            let name = file.previous(Int(file.tokens[close].match)), SensitiveReferenceFinder.passThrough.contains(file.text(name)),
            let dot = file.previous(name), file.isPunct(dot, ".") || file.isPunct(dot, "->"), let b = file.previous(dot),
            file.tokens[b].kind == .identifier
        {
            base = b
        } else if let c = model.innermostCall(containing: i), file.tokens[c.firstToken].kind == .identifier {
            base = c.firstToken
        }
        guard let b = base else { return false }
        return calls.holding(file.text(b), at: b) == .realtimeKeyResponse
    }

    /// `x["name"]`, or the first argument of a getter/env lookup.
    private func isNamingString(_ i: Int) -> Bool {
        if let p = file.previous(i), file.isPunct(p, "["), let n = file.next(i), file.isPunct(n, "]") { return true }
        guard let c = model.innermostCall(containing: i), SensitiveReferenceFinder.namingCalls.contains(c.name),
            let firstArg = c.arguments.first, firstArg.contains(i)
        else { return false }
        return true
    }

    static let executionNames: [String: Kind] = [
        "execution": .executionResponse, "executionresponse": .executionResponse, "executionresult": .executionResponse,
        "exec": .executionResponse, "executionbody": .executionPayload, "executionpayload": .executionPayload,
        "executionrequest": .executionPayload, "collectionrequest": .executionPayload, "collectrequest": .executionPayload,
        "collectionpayload": .executionPayload, "payoutrequest": .executionPayload, "payoutpayload": .executionPayload,
        "collectionresponse": .executionResponse, "payoutresponse": .executionResponse,
    ]

    /// Objects a payment's result is read into (`result.client_secret`, `intent["client_secret"]`).
    static let paymentResultNames: Set<String> = [
        "result", "payment", "intent", "paymentintent", "response", "res", "resp", "data", "charge",
    ]

    /// Whether the name at `token` is read from an execution or another payment result (`execution["client_secret"]`).
    private func isReadFromPaymentResult(_ token: Int) -> Bool {
        guard let b = subscriptOrMemberBase(token) else { return false }
        let bn = CodeModel.normalize(file.text(b))
        return calls.holding(file.text(b), at: b) == .executionResponse || SensitiveReferenceFinder.executionNames[bn] != nil
            || SensitiveReferenceFinder.paymentResultNames.contains(bn)
    }

    private func classify(_ name: String, chainLength: Int, base: Int, at token: Int) -> Kind? {
        let dollr = context.mentionsDollr
        if SecretNames.isAuthorizationHeader(name) { return .authorizationHeader }
        if SecretNames.isPaymentClientSecret(name) {
            let n = CodeModel.normalize(name)
            if n.has("stripe") || n.has("intent") { return .paymentClientSecret }
            // A bare client_secret: Dollr's when read from configuration or when this file requests tokens; Stripe's in a card flow.
            // `execution["client_secret"]`, `result.client_secret`: the payment's 3-D Secure secret.
            if isReadFromPaymentResult(token) { return .paymentClientSecret }
            if chainLength > 1 {
                let b = CodeModel.normalize(file.text(base))
                if [
                    "config", "settings", "env", "creds", "credentials", "options", "dollr", "conf", "cfg", "secrets", "environ", "process",
                ].contains(b) {
                    return .clientSecret
                }
                if ["stripe", "confirmcardpayment", "paymentintent", "payment_intent", "3ds", "requires_action", "handlenextaction"]
                    .contains(where: mentions)
                {
                    return .paymentClientSecret
                }
            }
            if mentions("jwt/client/obtain") || mentions("client_id") || mentions("clientid") { return .clientSecret }
            return .paymentClientSecret
        }
        if SecretNames.isClientSecret(name, dollrContext: dollr) { return .clientSecret }
        if SecretNames.isAccessToken(name, dollrContext: dollr) {
            // `token` on another object (`user.token`, `req.token`) is not the Dollr token.
            // ...unless that object was filled from the token response (`cached = { token: data.access_token }`).
            if chainLength > 1 && CodeModel.normalize(name) == "token"
                && !(model.assignment(named: file.text(base)).map { a in
                    fact(.holdsAccessToken, of: a) {
                        $0.value.contains { k in
                            (file.tokens[k].kind == .identifier || file.tokens[k].kind == .string)
                                && (file.text(k).has("access_token") || file.text(k).has("accessToken"))
                        }
                    }
                } ?? false)
            {
                return nil
            }
            if SecretNames.genericTokenNames.contains(CodeModel.normalize(name)) && !isLinkedToDollr(name, at: token) { return nil }
            // `const { access_token } = await key.json()` of a realtime key: meant for the browser.
            if chainLength == 1 && calls.isRealtimeKeyDestructured(name, before: token) { return nil }
            // `access_token = jwt.encode(...)`: the app's own token, whatever its name.
            if hasOtherOrigin(name, at: token) { return nil }
            return .accessToken
        }
        if SecretNames.isHeadersObject(name) {
            let linked =
                model.assignment(named: name, before: token).map { a in
                    fact(.headersMentionDollr, of: a) {
                        $0.value.contains { k in file.tokens[k].kind == .identifier && file.text(k).hasIgnoringASCIICase("dollr") }
                    }
                } ?? false
            guard linked || mentions("authorization") || mentions("bearer") else { return nil }
            // `execution["client_secret"]`, `result.client_secret`: the payment's 3-D Secure secret.
            if isReadFromPaymentResult(token) { return .paymentClientSecret }
            if chainLength > 1 {
                let b = CodeModel.normalize(file.text(base))
                guard
                    [
                        "config", "options", "opts", "init", "requestoptions", "requestconfig", "reqconfig", "fetchoptions", "defaults",
                        "session", "request", "req", "http", "client", "httpclient",
                    ].contains(b)
                else { return nil }
            }
            return .headersObject
        }
        if SecretNames.isCardData(name) { return .cardData }
        // The whole incoming request body of a checkout (`$request->all()`, `req.body`, `request.POST`) carries the payer's details.
        if chainLength == 2, ["request", "req", "$request"].contains(file.text(base).lowercased()),
            ["all", "body", "post", "data", "json", "input", "get_json", "form", "params"].contains(name.lowercased()),
            context.mentionsDollr
        {
            return .payerPII
        }
        if SecretNames.isPayerPII(name) { return .payerPII }
        // `execution` and its kin are Dollr's vocabulary; `exec` also names Go's os/exec, so it needs Dollr in the file.
        let n = CodeModel.normalize(name)
        if chainLength == 1, n != "exec" || context.mentionsDollr, let k = SensitiveReferenceFinder.executionNames[n] { return k }
        return nil
    }

    /// Whether the latest assignment of `name` makes it the app's own token (signed, decoded, from the incoming request).
    func hasOtherOrigin(_ name: String, at token: Int) -> Bool {
        guard let a = model.assignment(named: name, before: token) else { return false }
        return fact(.otherOrigin, of: a, assignmentHasOtherOrigin)
    }

    private func assignmentHasOtherOrigin(_ a: CodeModel.Binding) -> Bool {
        for k in a.value where file.tokens[k].kind == .identifier {
            let text = file.text(k).lowercased()
            if text.has("dollr") || text.has("accesstoken") { return false }
            if ["sign", "signasync", "encode", "jwt", "session", "csrf", "login", "req", "request", "cookies", "verify", "decode"].contains(
                text) || text.hasPrefix("sign") || text.has("session") || text.has("csrf")
            {
                return true
            }
        }
        return false
    }

    /// A generic `token` is Dollr's when it is assigned from something Dollr (a Dollr call, `getDollrToken()`,
    /// `data.access_token`), or, with no assignment in the file, when the code itself is about Dollr.
    func isLinkedToDollr(_ name: String, at token: Int) -> Bool {
        guard let a = model.assignment(named: name, before: token) ?? model.assignment(named: name) else {
            return context.mentionsDollrInCode
        }
        return fact(.linkedToDollr, of: a, assignmentIsLinkedToDollr)
    }

    private func assignmentIsLinkedToDollr(_ a: CodeModel.Binding) -> Bool {
        var otherOrigin = false
        for k in a.value {
            let t = file.tokens[k]
            guard t.kind == .identifier || t.kind == .string else { continue }
            let text = file.text(k).lowercased()
            if text.has("dollr") || text.has("access_token") || text.has("accesstoken") || text.has("/v1/jwt/") { return true }
            if t.kind == .identifier, calls.holding(file.text(k), at: k) == .tokenResponse { return true }
            if [
                "sign", "session", "user", "csrf", "login", "jwt.sign", "encode", "randombytes", "uuid", "push", "fcm", "verify", "decode",
                "cookie",
            ].contains(where: { text.has($0) }) {
                otherOrigin = true
            }
            // The incoming request's own credentials (`req.headers.authorization`, `request.cookies`) are the caller's, not Dollr's.
            if t.kind == .identifier && ["req", "request", "ctx", "headers"].contains(text) { otherOrigin = true }
        }
        // In code about Dollr, a token from an unnamed helper (`await getToken()`) is taken to be Dollr's.
        return !otherOrigin && context.mentionsDollrInCode
    }

    private func isKey(nameToken: Int, original: Int) -> Bool {
        guard let n = file.next(nameToken) else { return false }
        if file.isPunct(n, ":") || file.isPunct(n, "=>") {
            // `{ key: value }`, `key: value` arguments, but not the `cond ? a : b` branch.
            if let p = file.previous(original), file.isPunct(p, "?") { return false }
            return true
        }
        if file.isPunct(n, "="), let p = file.previous(original), file.isPunct(p, "(") || file.isPunct(p, ",") || file.isPunct(p, "{") {
            return true
        }
        return false
    }

    private func isCallee(_ i: Int) -> Bool {
        guard let n = file.next(i) else { return false }
        return file.isPunct(n, "(") || (file.isPunct(n, "!") && file.next(n).map { file.isPunct($0, "(") } == true)
    }

    private func isRedacted(start: Int, end: Int, range: Range<Int>) -> Bool {
        if let n = file.next(end), n < range.upperBound {
            let s = file.text(n)
            if ["?", "==", "!=", "===", "!==", "is", "&&", "||", "??"].contains(s) && !(s == "??" || s == "||") { return true }
            if s == "[", let k = file.next(n), file.isPunct(k, ":") || file.isPunct(k, "..") || file.tokens[k].kind == .number {
                return true
            }
            if s == "." || s == "?.", let m = file.next(n) {
                let name = file.text(m).lowercased()
                if ["length", "count", "size", "isempty", "isnotempty", "nil?", "present?", "blank?", "empty?"].contains(name) {
                    return true
                }
            }
            // Swift os.Logger: "\(token, privacy: .private)"
            if s == ",", let m = file.next(n), file.isIdentifier(m, "privacy"), let c = file.next(m), let v = file.next(c),
                let w = file.next(v), ["private", "sensitive"].contains(file.text(w)) || ["private", "sensitive"].contains(file.text(v))
            {
                return true
            }
        }
        if let p = file.previous(start) {
            let s = file.text(p)
            if s == "!" || s == "!!" || s == "typeof" || s == "not" || s == "len" || s == "#" { return true }
        }
        // Enclosing calls name tokens further left the further out they are, so the nearest redacting one decides.
        if let call = redactingCall(around: start), range.contains(call.nameToken) { return true }
        return false
    }
}
