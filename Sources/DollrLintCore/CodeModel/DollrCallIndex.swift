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

    public enum Holding {
        case tokenResponse, executionResponse, executionPayload, realtimeKeyResponse, headers, secretCarrier, paymentSecret, tokenValue
    }

    public init(model: CodeModel) {
        self.model = model
        let file = model.file
        var found: [DollrCall] = []
        // Only arguments that can hold a /v1/ path are evaluated: a literal with it, or a name bound to one.
        var pathNames = Set<String>()
        // `v1` rather than `/v1`: relative paths (`"v1/executions/collection"`) and joined segments (`"v1", "status"`) too.
        let v1 = Array("v1".utf8)
        // Names bound to names bound to a path, three deep; a file without `v1` anywhere has none.
        let saysV1 = file.source.containsKeyword("v1")
        for _ in 0..<3 where saysV1 {
            let known = pathNames.count
            for b in model.bindings where b.kind == .assignment && !pathNames.contains(b.normalizedName) {
                if b.value.contains(where: { k in
                    (file.tokens[k].kind == .string && file.tokenBytesContain(k, v1))
                        || (file.tokens[k].kind == .identifier && pathNames.contains(CodeModel.normalize(file.text(k))))
                }) {
                    pathNames.insert(b.normalizedName)
                }
            }
            if pathNames.count == known { break }
        }
        // A relative path (`"v1/orders"`) is Dollr's only in a file that names Dollr in its code.
        var namesDollr: Bool?
        for call in model.calls where !DollrCallIndex.isOwnRoute(call, file: file) && !DollrCallIndex.isRouteAnnotation(call, file: file) {
            for arg in call.arguments {
                // A URL argument is a short expression, not a callback body that happens to contain one.
                guard arg.count <= 24, !arg.contains(where: { file.isPunct($0, "{") || file.isPunct($0, "=>") || file.isPunct($0, ";") })
                else { continue }
                guard
                    arg.contains(where: { k in
                        (file.tokens[k].kind == .string && file.tokenBytesContain(k, v1))
                            || (file.tokens[k].kind == .identifier && !pathNames.isEmpty
                                && pathNames.contains(CodeModel.normalize(file.text(k))))
                    })
                else { continue }
                guard let built = model.stringValue(arg) else { continue }
                // A relative path (Retrofit `@POST("v1/...")`, a client with a base URL) is the same path.
                if built.hasPrefix("v1/") {
                    if namesDollr == nil { namesDollr = DollrCallIndex.namesDollrInCode(file) }
                    if namesDollr == false { continue }
                }
                let value = built.hasPrefix("v1/") ? "/" + built : built
                guard let path = DollrKnowledge.apiPath(in: value) else { continue }
                // Only a Dollr path: named host, or a Dollr resource after /v1/.
                // A host named for Dollr: `api.heydollr.app`, or a deployment of it (`dollr-open-api-....run.app`).
                let host =
                    value.hasIgnoringASCIICase("dollr") || value.hasPrefix("\u{FFFC}") || value.hasPrefix("/v1/")
                    || value.hasPrefix("v1/")
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
        let innermost = found.filter { c in
            !(byURL[c.urlToken] ?? []).contains { o in o.call.nameToken != c.call.nameToken && c.call.args.contains(o.call.nameToken) }
        }
        calls = DollrCallIndex.droppingURLBuilders(innermost)
        index(model)
    }

    /// A call that only builds the URL inside another call's URL argument (`fetch(new URL(path, base))`,
    /// `requests.get(urljoin(base, path))`, `http.Get(fmt.Sprintf(...))`): the outer call sends it, with its body.
    /// Sorted name tokens and a binary search per URL argument keep this O(n log n).
    static func droppingURLBuilders(_ calls: [DollrCall]) -> [DollrCall] {
        let tokens = calls.map { $0.call.nameToken }.sorted()
        var inner = Set<Int>()
        for c in calls {
            var lo = tokens.partitionPoint(where: { $0 < c.urlArgument.lowerBound })
            while lo < tokens.count, tokens[lo] < c.urlArgument.upperBound {
                if tokens[lo] != c.call.nameToken { inner.insert(tokens[lo]) }
                lo += 1
            }
        }
        return calls.filter { !inner.contains($0.call.nameToken) }
    }

    /// Whether an identifier or string of the file (not a comment) names Dollr.
    static func namesDollrInCode(_ file: LexedFile) -> Bool {
        file.tokens.indices.contains { k in
            (file.tokens[k].kind == .identifier || file.tokens[k].kind == .string) && file.text(k).hasIgnoringASCIICase("dollr")
        }
    }

    /// A decorator or annotation that declares the merchant's own route (`@Controller("v1/orders")`, `@Post(...)`,
    /// `@PostMapping`, `[HttpPost("v1/...")]`); Retrofit's upper-case `@GET`/`@POST` declare requests and stay.
    static func isRouteAnnotation(_ call: CodeModel.Call, file: LexedFile) -> Bool {
        guard call.callee.count == 1, let at = file.previous(call.firstToken), file.isPunct(at, "@") || file.isPunct(at, "[") else {
            return false
        }
        if file.isPunct(at, "[") && !call.name.hasPrefix("Http") && call.name != "Route" { return false }
        return !["GET", "POST", "PUT", "PATCH", "DELETE", "HTTP"].contains(call.name)
    }

    static let routeReceivers: Set<String> = [
        "router", "app", "server", "api", "routes", "fastify", "r", "e", "g", "group", "mux", "v1", "route", "blueprint", "bp", "Route",
        "Router",
    ]

    /// A route the merchant's own server registers (`router.post("/v1/orders/:id/pay", handler)`), or a test request to
    /// the merchant's own app (`request(app).post("/v1/...")`): not a call to Dollr.
    static func isOwnRoute(_ call: CodeModel.Call, file: LexedFile) -> Bool {
        guard call.callee.count >= 2,
            [
                "get", "post", "put", "patch", "delete", "all", "use", "route", "GET", "POST", "PUT", "PATCH", "DELETE", "Any",
                "HandleFunc", "Handle",
            ].contains(call.name)
        else { return false }
        let receiver = call.callee[call.callee.count - 2]
        if routeReceivers.contains(receiver) && call.arguments.count >= 2 { return true }
        // supertest: request(app).post(...)
        if receiver == "request" || receiver == "supertest" || receiver == "agent" {
            let first = file.tokens[call.firstToken]
            if let open = file.next(call.firstToken), file.isPunct(open, "("), first.kind == .identifier { return true }
        }
        return false
    }

    /// Members that read a whole response body (C# `Content.ReadAsStringAsync()`, OkHttp `body.string()`).
    static let wholeBodyReaders: Set<String> = [
        "ReadAsStringAsync", "ReadFromJsonAsync", "ReadAsByteArrayAsync", "string", "bytes", "readText", "bodyAsText",
    ]

    /// Names destructured from a realtime key response (`const { access_token } = await res.json()`), by name, in token order.
    private var realtimeDestructured: [String: [Int]] = [:]

    /// A call on a Dollr client: a receiver that names Dollr (`dollr.`, `_dollrClient.`, `DollrClient.new.`), a
    /// variable assigned a new Dollr client before it (`client = DollrClient.new`, `var client = new DollrClient(...)`),
    /// or a field or parameter declared with a Dollr client type (`private val client: DollrClient`, `DollrClient client`).
    public func isOnDollrClient(_ call: CodeModel.Call) -> Bool {
        let receivers = Array(call.callee.dropLast())
        if receivers.contains(where: { $0.hasIgnoringASCIICase("dollr") }) { return true }
        // `client.x()`, `this.client.x()`, `self.client.x()`.
        let own = receivers.count == 2 && (["this", "self", "$this", "@"].contains(receivers[0]) || isGoReceiver(receivers[0], of: call))
        guard receivers.count == 1 || own, let name = receivers.last else { return false }
        if dollrTypedNames.contains(name) { return true }
        guard !own, let assigned = model.assignment(named: name, before: call.nameToken),
            model.enclosingFunction(of: assigned.nameToken)?.body == model.enclosingFunction(of: call.nameToken)?.body
        else { return false }
        let file = model.file
        // The value constructs the client: its first words name Dollr (`new DollrClient(`, `DollrClient.new`, `Dollr::Client.new`).
        let words = assigned.value.filter { file.tokens[$0].kind == .identifier }.prefix(3).map { file.text($0).lowercased() }
        return words.first.map { $0 == "new" || $0.has("dollr") } == true && words.contains { $0.has("dollr") }
            && !words.contains(where: DollrCallIndex.isSettingsWord)
    }

    /// Go `func (s *Service) Register() { s.client.CreateParty(...) }`: `s` is the method's own receiver.
    func isGoReceiver(_ name: String, of call: CodeModel.Call) -> Bool {
        let file = model.file
        guard file.language(ofToken: call.nameToken) == .go, let function = model.enclosingFunction(of: call.nameToken),
            let close = file.previous(function.nameToken), file.isPunct(close, ")"), file.tokens[close].match >= 0,
            let receiver = file.next(Int(file.tokens[close].match)), file.tokens[receiver].kind == .identifier,
            let keyword = file.previous(Int(file.tokens[close].match)), file.isIdentifier(keyword, "func")
        else { return false }
        return file.text(receiver) == name
    }

    static func isSettingsWord(_ w: String) -> Bool {
        let n = w.lowercased()
        return n.has("config") || n.has("settings") || n.has("options")
    }

    /// Names declared with a Dollr client type: `client: DollrClient` (Kotlin, TypeScript, Swift, Python annotations),
    /// `DollrClient client` (Java, C#, Dart), Go `client *dollr.Client`. One pass over the file, on first use.
    private lazy var dollrTypedNames: Set<String> = {
        let file = model.file
        let t = file.tokens
        var names = Set<String>()
        func isDollrType(_ k: Int) -> Bool {
            guard t[k].kind == .identifier else { return false }
            let text = file.text(k)
            return text.hasIgnoringASCIICase("dollr") && !DollrCallIndex.isSettingsWord(text)
                && (text.first?.isUppercase == true || file.language(ofToken: k) == .go)
        }
        for i in t.indices where t[i].kind == .identifier {
            let language = file.language(ofToken: i)
            guard language != .ruby, language != .shell, let n = file.next(i) else { continue }
            if file.isPunct(n, ":"), let type = file.next(n), isDollrType(type), file.text(type).first?.isUppercase == true {
                names.insert(file.text(i))
            } else if let p = file.previous(i), isDollrType(p), file.text(p).first?.isUppercase == true,
                !(file.previous(p).map { file.isPunct($0, ".") || file.isIdentifier($0, "new") } ?? false),
                file.isPunct(n, ";") || file.isPunct(n, ",") || file.isPunct(n, ")") || file.isPunct(n, "=")
            {
                names.insert(file.text(i))
            } else if language == .go {
                var k = n
                if file.isPunct(k, "*"), let m = file.next(k) { k = m }
                if isDollrType(k), let dot = file.next(k), file.isPunct(dot, ".") || file.text(k).first?.isUppercase == true,
                    file.tokens[n].start > t[i].end
                {
                    names.insert(file.text(i))
                }
            }
        }
        return names
    }()

    /// A Dollr client method named for an execute (`client.execute_collection(...)`, `dollr.ExecutePayoutAsync(...)`,
    /// `dollr.collect(...)`): its result is the execution response, wherever the method sends it.
    func isExecuteWrapper(_ call: CodeModel.Call) -> Bool {
        let name = CodeModel.normalize(call.name)
        let bare = name.hasSuffix("async") ? String(name.dropLast(5)) : name
        guard name.has("execut") || ["collect", "payout", "refund", "transfer"].contains(bare) else { return false }
        return !name.has("status") && isOnDollrClient(call)
    }

    /// Whether `name` was destructured from a realtime key response before token `i`.
    public func isRealtimeKeyDestructured(_ name: String, before i: Int) -> Bool {
        realtimeDestructured[name]?.contains { $0 < i } ?? false
    }

    /// What variable `name` holds at token `i`: decided by its latest assignment before `i`, so a reused
    /// `res` holds the status response after it held the token response.
    public func holding(_ name: String, at i: Int) -> Holding? {
        guard !holdsByBinding.isEmpty, !DollrCallIndex.errorNames.contains(CodeModel.normalize(name)),
            let b = model.assignment(named: name, before: i)
        else { return nil }
        return holdsByBinding[b.nameToken]
    }

    private func index(_ model: CodeModel) {
        let file = model.file
        for dc in calls {
            let kind: Holding? =
                dc.isToken ? .tokenResponse : (dc.isExecution ? .executionResponse : (dc.isRealtimeKey ? .realtimeKeyResponse : nil))
            guard let k = kind else { continue }
            for b in model.bindings
            where b.kind == .assignment && b.value.contains(dc.call.nameToken) && !DollrCallIndex.errorNames.contains(b.normalizedName) {
                holdsByBinding[b.nameToken] = k
            }
            // Destructuring `const { access_token } = await fetch(...)` is name-based already.
            if dc.isExecution {
                // The body may sit in the call or in a call chained on it (`client.post(url).json(&body)`).
                let chained = model.calls(startingAt: dc.call.firstToken).filter { $0.nameToken > dc.call.nameToken }
                for arg in dc.call.arguments.dropFirst() + chained.flatMap({ $0.arguments }) {
                    // In an options object only the body is the payload (`{ headers, body: JSON.stringify(p) }`).
                    let bodyKeys = model.keyBindings(in: arg).filter {
                        ["body", "json", "data", "form", "params"].contains($0.normalizedName)
                    }
                    // The payload variable is a whole argument or the whole body value (`payload`, `&req`, `JSON.stringify(body)`),
                    // not a name inside a literal (`"reference_id", referenceId`).
                    let ranges = bodyKeys.isEmpty ? [arg] : bodyKeys.map { $0.value }
                    let candidates = ranges.compactMap { r -> Int? in
                        let idents = r.filter {
                            file.tokens[$0].kind == .identifier
                                && !["JSON", "stringify", "json", "dumps", "await", "new"].contains(file.text($0))
                        }
                        let simple = r.allSatisfy {
                            file.tokens[$0].kind == .identifier || file.isPunct($0, "&") || file.isPunct($0, "(") || file.isPunct($0, ")")
                                || file.isPunct($0, ".") || file.tokens[$0].kind == .newline
                        }
                        return simple && idents.count == 1 ? idents[0] : nil
                    }
                    for i in candidates {
                        let name = file.text(i)
                        if SecretNames.isHeadersObject(name) || file.next(i).map({ file.isPunct($0, ":") || file.isPunct($0, "=") }) == true
                        {
                            continue
                        }
                        guard let a = model.assignment(named: name, before: dc.call.nameToken) ?? model.assignment(named: name),
                            let first = a.value.first
                        else { continue }
                        let t = file.text(first)
                        // An object built in place: a literal, a map builder, or a constructor (`CollectionRequest{...}`, `new X(...)`).
                        let constructor =
                            file.tokens[first].kind == .identifier && t.first?.isUppercase == true
                            && (file.next(first).map { file.isPunct($0, "{") || file.isPunct($0, "(") } ?? false)
                        if [
                            "{", "[", "dict", "array", "map", "new", "hashMapOf", "mapOf", "Map", "HashMap", "json", "serde_json", "JSON",
                            "struct", "buildJsonObject",
                        ].contains(t) || file.isPunct(first, "{") || constructor {
                            holdsByBinding[a.nameToken] = .executionPayload
                        }
                    }
                }
            }
        }
        // The words the checks below look for, asked of the bytes once: in a 1 MB bundle without them the loops over
        // every binding and function would only build and compare strings.
        let source = file.source
        let saysAuthorization = source.containsKeyword("auth")
        let saysSecret = source.containsKeyword("secret")
        let saysRealtime = source.containsKeyword("realtime")
        let saysAccessToken = source.containsKeyword("access_token") || source.containsKeyword("accesstoken")
        let saysAnyCarrierWord = saysAuthorization || saysSecret || saysRealtime || saysAccessToken
        // Same-file functions that build the Authorization header (`def headers(self)`, `async function dollrHeaders()`).
        var headerFunctions = Set<String>()
        for f in model.functions where saysAuthorization {
            if f.body.contains(where: { k in
                (file.tokens[k].kind == .identifier || file.tokens[k].kind == .string)
                    && SecretNames.isAuthorizationHeader(file.tokens[k].kind == .string ? (file.plainString(k) ?? "") : file.text(k))
            }) {
                headerFunctions.insert(f.name)
            }
        }
        // Objects that carry the Authorization header or the client secret, whatever they are called.
        for b in model.bindings where saysAnyCarrierWord && b.kind == .assignment && holdsByBinding[b.nameToken] == nil {
            // `key = await realtimeKey(...)`, `dollr.RealtimeKeyAsync(...)`: a realtime key is meant for the browser.
            if saysRealtime,
                b.value.contains(where: { file.tokens[$0].kind == .identifier && file.text($0).hasIgnoringASCIICase("realtime") })
            {
                holdsByBinding[b.nameToken] = .realtimeKeyResponse
                continue
            }
            // `fresh = json.getString("access_token")`, `let t = json["access_token"]`: the token itself.
            if saysAccessToken,
                b.value.contains(where: { k in
                    file.tokens[k].kind == .string && ["access_token", "accessToken"].contains(file.plainString(k) ?? "")
                        && (file.next(k).map { file.isPunct($0, "]") || file.isPunct($0, ")") } ?? false)
                })
            {
                holdsByBinding[b.nameToken] = .tokenValue
                continue
            }
            // A request's result is its response, not the headers it was sent with (`res = await fetch(url, { headers })`):
            // what sits in the arguments of a request made in the assigned value does not count.
            func sentWithRequest(_ k: Int) -> Bool {
                model.enclosingCalls(of: k).contains { c in
                    c.firstToken >= b.value.lowerBound && c.nameToken != k && DollrCallIndex.isRequest(c)
                }
            }
            if !headerFunctions.isEmpty,
                b.value.contains(where: { k in
                    (model.call(namedAt: k).map { headerFunctions.contains($0.name) } ?? false) && !sentWithRequest(k)
                })
            {
                holdsByBinding[b.nameToken] = .headers
                continue
            }
            guard saysAuthorization || saysSecret else { continue }
            if saysSecret, let lastTok = b.value.last, file.tokens[lastTok].kind == .identifier,
                SecretNames.isPaymentClientSecret(file.text(lastTok)),
                b.value.count > 1
            {
                holdsByBinding[b.nameToken] = .paymentSecret
                continue
            }
            // A request body written as a string (`"""{"client_secret": ...}"""`).
            if saysSecret, let lit = b.value.first.flatMap({ file.literal($0) }), lit.text().has("client_secret") {
                holdsByBinding[b.nameToken] = .secretCarrier
                continue
            }
            for k in b.value where file.tokens[k].kind == .identifier || file.tokens[k].kind == .string {
                let text = file.tokens[k].kind == .string ? (file.plainString(k) ?? "") : file.text(k)
                guard let n = file.next(k), file.isPunct(n, ":") || file.isPunct(n, "=>") || file.isPunct(n, "=") || file.isPunct(n, ",")
                else { continue }
                let clientSecret = CodeModel.normalize(text) == "clientsecret"
                let held: Holding? = SecretNames.isAuthorizationHeader(text) ? .headers : (clientSecret ? .secretCarrier : nil)
                if let h = held, !sentWithRequest(k) {
                    holdsByBinding[b.nameToken] = h
                    break
                }
            }
        }
        indexRealtimeDestructuring(model)
        // `result = client.execute_collection(...)`: a Dollr client's execute method, defined in another file.
        let urlCalls = Set(calls.map { $0.call.nameToken })
        for call in model.calls where !urlCalls.contains(call.nameToken) && isExecuteWrapper(call) {
            var start = call.firstToken
            if let p = file.previous(start), file.isIdentifier(p, "await") { start = p }
            if let b = model.binding(valueStartingAt: start), b.kind == .assignment, holdsByBinding[b.nameToken] == nil,
                !DollrCallIndex.errorNames.contains(b.normalizedName)
            {
                holdsByBinding[b.nameToken] = .executionResponse
            }
        }
        // One more hop: `data = await res.json()`, `execution = response.json()`, `body = resp.data`.
        for _ in 0..<2 where !holdsByBinding.isEmpty {
            for b in model.bindings
            where b.kind == .assignment && holdsByBinding[b.nameToken] == nil
                && !["err", "error", "ok", "e", "_"].contains(b.normalizedName)
            {
                for i in b.value where file.tokens[i].kind == .identifier {
                    guard let h = holding(file.text(i), at: i), h != .executionPayload else { continue }
                    if let n = file.next(i), file.isPunct(n, ".") || file.isPunct(n, "?.") || file.isPunct(n, "->"), let m = file.next(n),
                        [
                            "json", "text", "data", "body", "content", "getBody", "parsed_response", "body_string", "readAll", "Body",
                            "decode", "bodyAsText", "readText", "Content",
                        ].contains(file.text(m))
                    {
                        // Only the whole object: `res.body.fetch("expires_in")` / `res.json()["x"]` is one field.
                        var after = m
                        if let p = file.next(m), file.isPunct(p, "("), file.tokens[p].match > Int32(p) { after = Int(file.tokens[p].match) }
                        // ... unless the member reads the whole body: `res.Content.ReadAsStringAsync()`, `body!!.string()`.
                        let next = file.next(after)
                        let readsWhole =
                            next.flatMap { q in file.next(q).map { DollrCallIndex.wholeBodyReaders.contains(file.text($0)) } } ?? false
                        if let q = next, q < b.value.upperBound, file.isPunct(q, ".") || file.isPunct(q, "[") || file.isPunct(q, "?."),
                            !readsWhole
                        {
                            continue
                        }
                        // C#'s `res.Content` is an HttpContent, not the body, until it is read.
                        if file.text(m) == "Content" && !readsWhole { continue }
                        holdsByBinding[b.nameToken] = h
                    } else if let p = file.previous(i), file.isPunct(p, "("), let c = file.previous(p),
                        DollrCallIndex.decoders.contains(file.text(c))
                    {
                        holdsByBinding[b.nameToken] = h
                    }
                }
            }
        }
    }

    /// `{ access_token } = await res.json()` where `res` holds a realtime key response: one pass over the `} =` pairs,
    /// each reading its statement up to the end of its line.
    private func indexRealtimeDestructuring(_ model: CodeModel) {
        let file = model.file
        guard calls.contains(where: { $0.isRealtimeKey }) else { return }
        for (i, t) in file.tokens.enumerated() where t.kind == .punctuation && file.isPunct(i, "}") && t.match >= 0 {
            guard let eq = file.next(i), file.isPunct(eq, "=") else { continue }
            var k = eq + 1
            var realtime = false
            while k < file.tokens.count, file.tokens[k].kind != .newline, !file.isPunct(k, ";"), k - eq < 16 {
                if file.tokens[k].kind == .identifier, holding(file.text(k), at: k) == .realtimeKeyResponse { realtime = true }
                k += 1
            }
            guard realtime else { continue }
            for n in Int(t.match)..<i where file.tokens[n].kind == .identifier { realtimeDestructured[file.text(n), default: []].append(n) }
        }
    }

    /// Calls whose result is what their argument holds, decoded (`json_decode(curl_exec($ch))` is the response of `$ch`).
    static let decoders: Set<String> = ["loads", "parse", "decode", "Unmarshal", "json_decode", "jsonDecode", "NewDecoder", "curl_exec"]

    static let requestCallNames: Set<String> = [
        "fetch", "axios", "request", "post", "get", "put", "patch", "delete", "send", "sendasync", "execute", "exchange", "urlopen", "do",
        "getasync", "postasync", "putasync", "deleteasync", "postjsonasync", "getforobject", "postforobject", "getforentity",
        "postforentity", "curl_exec", "wp_remote_get", "wp_remote_post", "wp_safe_remote_get", "wp_safe_remote_post", "wp_remote_request",
    ]

    /// An HTTP request whose result is a response: `fetch(...)`, `axios(...)`, `client.post(...)`, `wp_safe_remote_get(...)`.
    static func isRequest(_ call: CodeModel.Call) -> Bool {
        requestCallNames.contains(call.name.lowercased())
    }

}
