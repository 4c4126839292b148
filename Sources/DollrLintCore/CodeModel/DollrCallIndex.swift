import Foundation

/// Calls to the Dollr API in one file: each call whose arguments evaluate to a `/v1/...` Dollr path,
/// the variables that hold their responses, and the object literals sent as their bodies.
public final class DollrCallIndex {
    public struct DollrCall {
        public let call: CodeModel.Call
        /// The `/v1/...` path, holes as \u{FFFC}.
        public let path: String
        /// The token of the URL argument.
        public let urlToken: Int
        /// The argument range that holds the URL.
        public let urlArgument: Range<Int>
        public var isToken: Bool { path.hasPrefix("/v1/jwt/") }
        public var isExecution: Bool { path.hasPrefix("/v1/executions/") }
        public var isRealtimeKey: Bool { path.hasPrefix("/v1/realtime-keys") }
    }

    public let calls: [DollrCall]
    /// What each assignment (by the token of its name) puts in its variable.
    private var holdsByBinding: [Int: Holding] = [:]
    private let model: CodeModel

    /// Names that hold an error or a flag next to a result (`raw, err := ...`, `if err := call(...)`), never the result.
    static let errorNames: Set<String> = ["err", "error", "e", "ok", "", "exc", "ex", "exception"]

    public enum Holding { case tokenResponse, executionResponse, executionPayload, realtimeKeyResponse, headers, secretCarrier, paymentSecret, tokenValue }

    public init(model: CodeModel) {
        self.model = model
        let file = model.file
        var found: [DollrCall] = []
        // Only arguments that can hold a /v1/ path are evaluated: a literal with it, or a name bound to one.
        var pathNames = Set<String>()
        let v1 = Array("/v1".utf8)
        for _ in 0..<3 {
            for b in model.bindings where b.kind == .assignment && !pathNames.contains(b.normalizedName) {
                if b.value.contains(where: { k in (file.tokens[k].kind == .string && file.tokenBytesContain(k, v1)) || (file.tokens[k].kind == .identifier && pathNames.contains(CodeModel.normalize(file.text(k)))) }) {
                    pathNames.insert(b.normalizedName)
                }
            }
        }
        for call in model.calls where !DollrCallIndex.isOwnRoute(call, file: file) {
            for arg in call.arguments {
                // A URL argument is a short expression, not a callback body that happens to contain one.
                guard arg.count <= 24, !arg.contains(where: { file.isPunct($0, "{") || file.isPunct($0, "=>") || file.isPunct($0, ";") }) else { continue }
                guard arg.contains(where: { k in (file.tokens[k].kind == .string && file.tokenBytesContain(k, v1)) || (file.tokens[k].kind == .identifier && !pathNames.isEmpty && pathNames.contains(CodeModel.normalize(file.text(k)))) }) else { continue }
                guard let value = model.stringValue(arg), let path = DollrKnowledge.apiPath(in: value) else { continue }
                // Only a Dollr path: named host, or a Dollr resource after /v1/.
                let host = value.has("heydollr") || value.hasPrefix("\u{FFFC}") || value.hasPrefix("/v1/") || value.hasPrefix("v1/")
                guard host else { continue }
                let tok = arg.first(where: { file.tokens[$0].kind == .string || file.tokens[$0].kind == .identifier }) ?? arg.lowerBound
                found.append(DollrCall(call: call, path: path, urlToken: tok, urlArgument: arg))
                break
            }
        }
        // Innermost call only: `fetch(url).then(...)` and `await fetch(url)` share their URL with outer calls.
        // Grouped by URL token, so the filter is linear in the number of calls.
        var byURL: [Int: [DollrCall]] = [:]
        for c in found { byURL[c.urlToken, default: []].append(c) }
        calls = found.filter { c in !(byURL[c.urlToken] ?? []).contains { o in o.call.nameToken != c.call.nameToken && c.call.args.contains(o.call.nameToken) } }
        index(model)
    }

    static let routeReceivers: Set<String> = ["router", "app", "server", "api", "routes", "fastify", "r", "e", "g", "group", "mux", "v1", "route", "blueprint", "bp", "Route", "Router"]

    /// A route the merchant's own server registers (`router.post("/v1/orders/:id/pay", handler)`), or a test request to
    /// the merchant's own app (`request(app).post("/v1/...")`): not a call to Dollr.
    static func isOwnRoute(_ call: CodeModel.Call, file: LexedFile) -> Bool {
        guard call.callee.count >= 2, ["get", "post", "put", "patch", "delete", "all", "use", "route", "GET", "POST", "PUT", "PATCH", "DELETE", "Any", "HandleFunc", "Handle"].contains(call.name) else { return false }
        let receiver = call.callee[call.callee.count - 2]
        if routeReceivers.contains(receiver) && call.arguments.count >= 2 { return true }
        // supertest: request(app).post(...)
        if receiver == "request" || receiver == "supertest" || receiver == "agent" {
            let first = file.tokens[call.firstToken]
            if let open = file.next(call.firstToken), file.isPunct(open, "("), first.kind == .identifier { return true }
        }
        return false
    }

    /// What variable `name` holds at token `i`: decided by its latest assignment before `i`, so a reused
    /// `res` holds the status response after it held the token response.
    public func holding(_ name: String, at i: Int) -> Holding? {
        guard !DollrCallIndex.errorNames.contains(CodeModel.normalize(name)), let b = model.assignment(named: name, before: i) else { return nil }
        return holdsByBinding[b.nameToken]
    }

    private func index(_ model: CodeModel) {
        let file = model.file
        for dc in calls {
            let kind: Holding? = dc.isToken ? .tokenResponse : (dc.isExecution ? .executionResponse : (dc.isRealtimeKey ? .realtimeKeyResponse : nil))
            guard let k = kind else { continue }
            for b in model.bindings where b.kind == .assignment && b.value.contains(dc.call.nameToken) && !DollrCallIndex.errorNames.contains(b.normalizedName) { holdsByBinding[b.nameToken] = k }
            // Destructuring `const { access_token } = await fetch(...)` is name-based already.
            if dc.isExecution {
                // The body may sit in the call or in a call chained on it (`client.post(url).json(&body)`).
                let chained = model.calls(startingAt: dc.call.firstToken).filter { $0.nameToken > dc.call.nameToken }
                for arg in dc.call.arguments.dropFirst() + chained.flatMap({ $0.arguments }) {
                    // In an options object only the body is the payload (`{ headers, body: JSON.stringify(p) }`).
                    let bodyKeys = model.keyBindings(in: arg).filter { ["body", "json", "data", "form", "params"].contains($0.normalizedName) }
                    // The payload variable is a whole argument or the whole body value (`payload`, `&req`, `JSON.stringify(body)`),
                    // not a name inside a literal (`"reference_id", referenceId`).
                    let ranges = bodyKeys.isEmpty ? [arg] : bodyKeys.map { $0.value }
                    let candidates = ranges.compactMap { r -> Int? in
                        let idents = r.filter { file.tokens[$0].kind == .identifier && !["JSON", "stringify", "json", "dumps", "await", "new"].contains(file.text($0)) }
                        let simple = r.allSatisfy { file.tokens[$0].kind == .identifier || file.isPunct($0, "&") || file.isPunct($0, "(") || file.isPunct($0, ")") || file.isPunct($0, ".") || file.tokens[$0].kind == .newline }
                        return simple && idents.count == 1 ? idents[0] : nil
                    }
                    for i in candidates {
                        let name = file.text(i)
                        if SecretNames.isHeadersObject(name) || file.next(i).map({ file.isPunct($0, ":") || file.isPunct($0, "=") }) == true { continue }
                        guard let a = model.assignment(named: name, before: dc.call.nameToken) ?? model.assignment(named: name), let first = a.value.first else { continue }
                        let t = file.text(first)
                        // An object built in place: a literal, a map builder, or a constructor (`CollectionRequest{...}`, `new X(...)`).
                        let constructor = file.tokens[first].kind == .identifier && t.first?.isUppercase == true && (file.next(first).map { file.isPunct($0, "{") || file.isPunct($0, "(") } ?? false)
                        if ["{", "[", "dict", "array", "map", "new", "hashMapOf", "mapOf", "Map", "HashMap", "json", "serde_json", "JSON", "struct", "buildJsonObject"].contains(t) || file.isPunct(first, "{") || constructor {
                            holdsByBinding[a.nameToken] = .executionPayload
                        }
                    }
                }
            }
        }
        // Same-file functions that build the Authorization header (`def headers(self)`, `async function dollrHeaders()`).
        var headerFunctions = Set<String>()
        for f in model.functions {
            if f.body.contains(where: { k in (file.tokens[k].kind == .identifier || file.tokens[k].kind == .string) && SecretNames.isAuthorizationHeader(file.tokens[k].kind == .string ? (file.plainString(k) ?? "") : file.text(k)) }) {
                headerFunctions.insert(f.name)
            }
        }
        // Objects that carry the Authorization header or the client secret, whatever they are called.
        for b in model.bindings where b.kind == .assignment && holdsByBinding[b.nameToken] == nil {
            // `key = await realtimeKey(...)`, `dollr.RealtimeKeyAsync(...)`: a realtime key is meant for the browser.
            if b.value.contains(where: { file.tokens[$0].kind == .identifier && file.text($0).lowercased().has("realtime") }) { holdsByBinding[b.nameToken] = .realtimeKeyResponse; continue }
            // `fresh = json.getString("access_token")`, `let t = json["access_token"]`: the token itself.
            if b.value.contains(where: { k in file.tokens[k].kind == .string && ["access_token", "accessToken"].contains(file.plainString(k) ?? "") && (file.next(k).map { file.isPunct($0, "]") || file.isPunct($0, ")") } ?? false) }) {
                holdsByBinding[b.nameToken] = .tokenValue; continue
            }
            if !headerFunctions.isEmpty, b.value.contains(where: { model.call(namedAt: $0).map { headerFunctions.contains($0.name) } ?? false }) { holdsByBinding[b.nameToken] = .headers; continue }
            if let lastTok = b.value.last, file.tokens[lastTok].kind == .identifier, SecretNames.isPaymentClientSecret(file.text(lastTok)), b.value.count > 1 { holdsByBinding[b.nameToken] = .paymentSecret; continue }
            // A request body written as a string (`"""{"client_secret": ...}"""`).
            if let lit = b.value.first.flatMap({ file.literal($0) }), lit.text().has("client_secret") { holdsByBinding[b.nameToken] = .secretCarrier; continue }
            for k in b.value where file.tokens[k].kind == .identifier || file.tokens[k].kind == .string {
                let text = file.tokens[k].kind == .string ? (file.plainString(k) ?? "") : file.text(k)
                guard let n = file.next(k), file.isPunct(n, ":") || file.isPunct(n, "=>") || file.isPunct(n, "=") || file.isPunct(n, ",") else { continue }
                if SecretNames.isAuthorizationHeader(text) { holdsByBinding[b.nameToken] = .headers; break }
                if CodeModel.normalize(text) == "clientsecret" { holdsByBinding[b.nameToken] = .secretCarrier; break }
            }
        }
        // One more hop: `data = await res.json()`, `execution = response.json()`, `body = resp.data`.
        for _ in 0..<2 {
            for b in model.bindings where b.kind == .assignment && holdsByBinding[b.nameToken] == nil && !["err", "error", "ok", "e", "_"].contains(b.normalizedName) {
                for i in b.value where file.tokens[i].kind == .identifier {
                    guard let h = holding(file.text(i), at: i), h != .executionPayload else { continue }
                    if let n = file.next(i), file.isPunct(n, ".") || file.isPunct(n, "?.") || file.isPunct(n, "->"), let m = file.next(n),
                       ["json", "text", "data", "body", "content", "getBody", "parsed_response", "body_string", "readAll", "Body", "decode"].contains(file.text(m)) {
                        // Only the whole object: `res.body.fetch("expires_in")` / `res.json()["x"]` is one field.
                        var after = m
                        if let p = file.next(m), file.isPunct(p, "("), file.tokens[p].match > Int32(p) { after = Int(file.tokens[p].match) }
                        if let q = file.next(after), q < b.value.upperBound, file.isPunct(q, ".") || file.isPunct(q, "[") || file.isPunct(q, "?.") { continue }
                        holdsByBinding[b.nameToken] = h
                    } else if let p = file.previous(i), file.isPunct(p, "(") , let c = file.previous(p), ["loads", "parse", "decode", "Unmarshal", "json_decode", "jsonDecode", "NewDecoder"].contains(file.text(c)) {
                        holdsByBinding[b.nameToken] = h
                    }
                }
            }
        }
    }

}

/// What a value expression (log arguments, a response body) refers to that is sensitive, and whether it is redacted.
public struct SensitiveReferenceFinder {
    public enum Kind: Equatable, Sendable { case accessToken, clientSecret, authorizationHeader, headersObject, tokenResponse, cardData, paymentClientSecret, payerPII, executionPayload, executionResponse }
    public struct Reference { public let token: Int; public let kind: Kind; public let name: String }

    let context: RuleContext
    let model: CodeModel
    let file: LexedFile
    let calls: DollrCallIndex
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
        self.calls = context.dollrCalls
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
            if memo.redactingAncestor[c] != -2 { found = memo.redactingAncestor[c]; break }
            let name = model.calls[c].name.lowercased()
            if SensitiveReferenceFinder.redactingCalls.contains(where: { name.has($0) }) { found = Int32(c); path.append(c); break }
            path.append(c)
            k = model.innermostCallIndex(containing: model.calls[c].firstToken)
        }
        for c in path { memo.redactingAncestor[c] = found }
        context.budget.spend(path.count)
        return found >= 0 ? model.calls[Int(found)] : nil
    }

    static let passThrough: Set<String> = ["json", "text", "data", "body", "content", "getBody", "toString", "to_s", "to_json", "toJSON", "inspect", "model_dump", "__dict__"]
    static let redactingCalls = ["mask", "redact", "hash", "sha", "digest", "md5", "len", "length", "count", "strlen", "bool", "isset", "empty", "present",
                                 "obfuscate", "truncate", "last4", "fingerprint", "prefix", "suffix", "censor", "scrub", "sanitize", "anonymi", "boolean",
                                 "abbrev", "slice", "substr", "substring", "take", "preview", "short", "partial", "maskify", "star", "typeof", "isnil", "isempty", "exists", "keys", "has"]

    static let namingCalls: Set<String> = ["get", "Get", "getString", "header", "getHeader", "GetHeader", "optString", "fetch", "value", "config", "env",
                                          "getenv", "Getenv", "GetEnvironmentVariable", "getProperty", "fromEnvironment", "headers", "Header", "getValue", "GetValue"]

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
            if nextSkip < skipping.count && skipping[nextSkip].contains(i) { i = skipping[nextSkip].upperBound - 1; continue }
            guard context.budget.spend() else { break }
            let t = tokens[i]
            if t.kind == .string {
                // A value named by a string: data["access_token"], headers.get("Authorization"), config('services.dollr.client_secret').
                // For `data["access_token"][:6]` the redaction follows the subscript's closing bracket.
                let end = file.next(i).flatMap { n in file.isPunct(n, "]") ? n : nil } ?? i
                guard let s = file.plainString(i), s.count < 80, isNamingString(i), !isRedacted(start: i, end: end, range: range), !baseHoldsRealtimeKey(i) else { continue }
                let last = s.split(separator: ".").last.map(String.init) ?? s
                if let kind = classify(last, chainLength: 1, base: i, at: i) ?? classify(s, chainLength: 1, base: i, at: i) { result.append(Reference(token: i, kind: kind, name: s)) }
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
                if file.isPunct(n, "("), j != start || sawPassThrough, SensitiveReferenceFinder.passThrough.contains(file.text(j)), tokens[n].match > Int32(n) {
                    let close = Int(tokens[n].match)
                    if close == n + 1 { j = close; continue }
                    accessed = true; break // `json('status')`: one field; its arguments are still read

                }
                if file.isPunct(n, ".") || file.isPunct(n, "?.") || file.isPunct(n, "->") || file.isPunct(n, "!.") || file.isPunct(n, "::"), let m = file.next(n), m < range.upperBound, tokens[m].kind == .identifier {
                    if SensitiveReferenceFinder.passThrough.contains(file.text(m)) && !accessed && components.count == 1 { sawPassThrough = true; j = m; continue }
                    if sawPassThrough { accessed = true }
                    components.append(m); j = m; continue
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
            } else if calls.holding(file.text(components[0]), at: components[0]) == .realtimeKeyResponse { continue }
            if let kind = classify(lastName, chainLength: components.count, base: components[0], at: last) {
                if accessed && (kind == .executionResponse || kind == .executionPayload || kind == .headersObject || kind == .payerPII && components.count == 1) { continue }
                result.append(Reference(token: last, kind: kind, name: lastName))
            }
        }
        return result
    }

    static let requestBodyParts: Set<String> = ["form", "body", "post", "data", "json", "all", "input", "getjson", "todict", "toh", "params", "values", "tounsafeh", "permit", "getbody", "parsedbody"]

    /// End of a chain naming a whole incoming request body, or nil.
    private func wholeRequestBody(components: [Int], chainEnd: Int) -> Int? {
        let names = components.map { CodeModel.normalize(file.text($0)) }
        var end = chainEnd
        // A trailing empty call: `.all()`, `.to_dict()`, `.to_h`
        if let open = file.next(chainEnd), file.isPunct(open, "("), file.tokens[open].match == Int32(open + 1) { end = open + 1 }
        if ["request", "req", "$request"].contains(names[0]), names.count >= 2, names.dropFirst().allSatisfy({ SensitiveReferenceFinder.requestBodyParts.contains($0) }) { return end }
        // Rails strong parameters: `collect_params`, `payment_params.to_h`
        if file.source.language == .ruby, names[0].hasSuffix("params"), names.count <= 2, names.dropFirst().allSatisfy({ ["toh", "tounsafeh", "toj", "inspect"].contains($0) }) { return end }
        return nil
    }

    /// The object a name is read from: `x` in `x["name"]`, `x.get("name")`, `x.name`.
    private func subscriptOrMemberBase(_ i: Int) -> Int? {
        if file.tokens[i].kind == .string {
            if let p = file.previous(i), file.isPunct(p, "["), let b = file.previous(p), file.tokens[b].kind == .identifier { return b }
            if let c = model.innermostCall(containing: i), file.tokens[c.firstToken].kind == .identifier, c.callee.count > 1 { return c.firstToken }
            return nil
        }
        if let p = file.previous(i), file.isPunct(p, ".") || file.isPunct(p, "?.") || file.isPunct(p, "->"), let b = file.previous(p), file.tokens[b].kind == .identifier { return b }
        return nil
    }

    /// `key["access_token"]`, `key.get("access_token")` where `key` is a realtime key response.
    private func baseHoldsRealtimeKey(_ i: Int) -> Bool {
        var base: Int? = nil
        if let p = file.previous(i), file.isPunct(p, "["), let b = file.previous(p), file.tokens[b].kind == .identifier { base = b }
        else if let c = model.innermostCall(containing: i), file.tokens[c.firstToken].kind == .identifier { base = c.firstToken }
        guard let b = base else { return false }
        return calls.holding(file.text(b), at: b) == .realtimeKeyResponse
    }

    /// `x["name"]`, or the first argument of a getter/env lookup.
    private func isNamingString(_ i: Int) -> Bool {
        if let p = file.previous(i), file.isPunct(p, "["), let n = file.next(i), file.isPunct(n, "]") { return true }
        guard let c = model.innermostCall(containing: i), SensitiveReferenceFinder.namingCalls.contains(c.name), let firstArg = c.arguments.first, firstArg.contains(i) else { return false }
        return true
    }

    static let executionNames: [String: Kind] = ["execution": .executionResponse, "executionresponse": .executionResponse, "executionresult": .executionResponse,
                                                 "exec": .executionResponse, "executionbody": .executionPayload, "executionpayload": .executionPayload,
                                                 "executionrequest": .executionPayload, "collectionrequest": .executionPayload, "collectrequest": .executionPayload,
                                                 "collectionpayload": .executionPayload, "payoutrequest": .executionPayload, "payoutpayload": .executionPayload,
                                                 "collectionresponse": .executionResponse, "payoutresponse": .executionResponse]

    private func classify(_ name: String, chainLength: Int, base: Int, at token: Int) -> Kind? {
        let dollr = context.mentionsDollr
        if SecretNames.isAuthorizationHeader(name) { return .authorizationHeader }
        if SecretNames.isPaymentClientSecret(name) {
            let n = CodeModel.normalize(name)
            if n.has("stripe") || n.has("intent") { return .paymentClientSecret }
            // A bare client_secret: Dollr's when read from configuration or when this file requests tokens; Stripe's in a card flow.
            // `execution["client_secret"]`, `result.client_secret`: the payment's 3-D Secure secret.
            if let b = subscriptOrMemberBase(token) {
                let bn = CodeModel.normalize(file.text(b))
                if calls.holding(file.text(b), at: b) == .executionResponse || SensitiveReferenceFinder.executionNames[bn] != nil
                    || ["result", "payment", "intent", "paymentintent", "response", "res", "resp", "data", "charge"].contains(bn) { return .paymentClientSecret }
            }
            if chainLength > 1 {
                let b = CodeModel.normalize(file.text(base))
                if ["config", "settings", "env", "creds", "credentials", "options", "dollr", "conf", "cfg", "secrets", "environ", "process"].contains(b) { return .clientSecret }
                if ["stripe", "confirmcardpayment", "paymentintent", "payment_intent", "3ds", "requires_action", "handlenextaction"].contains(where: mentions) {
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
            if chainLength > 1 && CodeModel.normalize(name) == "token" && !(model.assignment(named: file.text(base)).map { a in
                fact(.holdsAccessToken, of: a) { $0.value.contains { k in
                    (file.tokens[k].kind == .identifier || file.tokens[k].kind == .string) && (file.text(k).has("access_token") || file.text(k).has("accessToken")) } }
            } ?? false) { return nil }
            if SecretNames.genericTokenNames.contains(CodeModel.normalize(name)) && !isLinkedToDollr(name, at: token) { return nil }
            // `access_token = jwt.encode(...)`: the app's own token, whatever its name.
            if hasOtherOrigin(name, at: token) { return nil }
            return .accessToken
        }
        if SecretNames.isHeadersObject(name) {
            let linked = model.assignment(named: name, before: token).map { a in
                fact(.headersMentionDollr, of: a) { $0.value.contains { k in file.tokens[k].kind == .identifier && file.text(k).lowercased().has("dollr") } }
            } ?? false
            guard linked || mentions("authorization") || mentions("bearer") else { return nil }
            // `execution["client_secret"]`, `result.client_secret`: the payment's 3-D Secure secret.
            if let b = subscriptOrMemberBase(token) {
                let bn = CodeModel.normalize(file.text(b))
                if calls.holding(file.text(b), at: b) == .executionResponse || SensitiveReferenceFinder.executionNames[bn] != nil
                    || ["result", "payment", "intent", "paymentintent", "response", "res", "resp", "data", "charge"].contains(bn) { return .paymentClientSecret }
            }
            if chainLength > 1 {
                let b = CodeModel.normalize(file.text(base))
                guard ["config", "options", "opts", "init", "requestoptions", "requestconfig", "reqconfig", "fetchoptions", "defaults", "session", "request", "req", "http", "client", "httpclient"].contains(b) else { return nil }
            }
            return .headersObject
        }
        if SecretNames.isCardData(name) { return .cardData }
        // The whole incoming request body of a checkout (`$request->all()`, `req.body`, `request.POST`) carries the payer's details.
        if chainLength == 2, ["request", "req", "$request"].contains(file.text(base).lowercased()), ["all", "body", "post", "data", "json", "input", "get_json", "form", "params"].contains(name.lowercased()), context.mentionsDollr { return .payerPII }
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
            if ["sign", "signasync", "encode", "jwt", "session", "csrf", "login", "req", "request", "cookies", "verify", "decode"].contains(text) || text.hasPrefix("sign") || text.has("session") || text.has("csrf") { return true }
        }
        return false
    }

    /// A generic `token` is Dollr's when it is assigned from something Dollr (a Dollr call, `getDollrToken()`,
    /// `data.access_token`), or, with no assignment in the file, when the code itself is about Dollr.
    func isLinkedToDollr(_ name: String, at token: Int) -> Bool {
        guard let a = model.assignment(named: name, before: token) ?? model.assignment(named: name) else { return context.mentionsDollrInCode }
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
            if ["sign", "session", "user", "csrf", "login", "jwt.sign", "encode", "randombytes", "uuid", "push", "fcm", "verify", "decode", "cookie"].contains(where: { text.has($0) }) { otherOrigin = true }
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
        if file.isPunct(n, "=") , let p = file.previous(original), file.isPunct(p, "(") || file.isPunct(p, ",") || file.isPunct(p, "{") { return true }
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
            if s == "[" , let k = file.next(n), file.isPunct(k, ":") || file.isPunct(k, "..") || file.tokens[k].kind == .number { return true }
            if s == "." || s == "?." , let m = file.next(n) {
                let name = file.text(m).lowercased()
                if ["length", "count", "size", "isempty", "isnotempty", "nil?", "present?", "blank?", "empty?"].contains(name) { return true }
            }
            // Swift os.Logger: "\(token, privacy: .private)"
            if s == ",", let m = file.next(n), file.isIdentifier(m, "privacy"), let c = file.next(m), let v = file.next(c), let w = file.next(v), ["private", "sensitive"].contains(file.text(w)) || ["private", "sensitive"].contains(file.text(v)) { return true }
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
