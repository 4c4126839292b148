import Foundation

/// Payload problems found in code: each Dollr call whose body, query or path is written as a literal is
/// validated against its endpoint; every object literal pairing `method` and `provider` is checked against
/// the market matrix, wherever it sits (Dollr's own doc samples included).
public enum CodePayloads {
    public struct Problem {
        public let rule: RuleID
        public let offset: Int
        public let message: String
        /// Why the code is Dollr's (`DollrScope`), for the debug output.
        public var scope: String? = nil
    }

    static let fetchOptionKeys: Set<String> = [
        "method", "headers", "cache", "credentials", "mode", "signal", "timeout", "params", "next", "redirect",
        "keepalive", "agent", "baseURL", "baseurl", "auth", "verify", "timeout_ms", "responseType", "validateStatus",
    ]
    static let bodyKeys: Set<String> = ["body", "json", "data", "form", "form_params", "content"]

    static func findProblems(_ context: RuleContext) -> [Problem] {
        var out: [Problem] = []
        let model = context.model
        let file = context.lexed
        let knowledge = context.knowledge
        let validator = PayloadValidator(knowledge: knowledge)
        var validatedContainers = Set<Int>()
        let inTests = CodePayloads.isTestFile(context.source.path)
        for dc in context.dollrCalls.calls {
            // HTTP mocks (responses, respx, nock, msw...) describe Dollr's responses, not requests to it.
            if CodePayloads.isMock(dc.call, inTests: inTests) { continue }
            let url = model.stringValue(dc.urlArgument)
            guard let scope = DollrScope.dollrCallReason(dc.call, url: url, context: context) else { continue }
            // A URL prefix (`.../v1/status/collection/`) names a family of endpoints, not one.
            if let raw = model.stringValue(dc.urlArgument), raw.hasSuffix("/"),
                knowledge.endpoints.contains(where: { $0.template.hasPrefix(dc.path + "/") })
            {
                continue
            }
            let matches = knowledge.endpoints(matching: dc.path)
            let urlOffset = file.tokens[dc.urlToken].start
            let onDollrClient = dc.call.callee.dropLast().contains { $0.hasIgnoringASCIICase("dollr") }
            guard !matches.isEmpty else {
                if knowledge.looksLikeDollrPath(dc.path) || onDollrClient {
                    let near = knowledge.nearestEndpoints(to: dc.path).joined(separator: ", ")
                    let shown = dc.path.replacingOccurrences(of: "\u{FFFC}", with: "{…}")
                    out.append(
                        Problem(
                            rule: .unknownEndpoint, offset: urlOffset, message: "\(shown) is not a Dollr API path; closest: \(near)",
                            scope: scope))
                }
                continue
            }
            let request = RequestReader(context: context, call: dc)
            let method = request.method
            let endpoint: DollrKnowledge.Endpoint
            if let m = method {
                guard let e = matches.first(where: { $0.method == m }) else {
                    let takes = matches.map { $0.method }.joined(separator: ", ")
                    out.append(
                        Problem(
                            rule: .unknownEndpoint, offset: urlOffset,
                            message: "\(m) \(dc.path) is not an operation of the Dollr API; it takes \(takes)", scope: scope))
                    continue
                }
                endpoint = e
            } else if matches.count == 1 {
                endpoint = matches[0]
            } else if let e = matches.first(where: { $0.method == (request.body != nil ? "POST" : "GET") }) {
                endpoint = e
            } else {
                continue
            }
            if let c = request.bodyContainer { validatedContainers.insert(c) }
            var query = request.query
            // A bare path handed to a wrapper (`dollr.post("/v1/...", body)`): the wrapper may add the query itself.
            let fullURL = model.stringValue(dc.urlArgument).map { $0.has("://") || $0.has("heydollr") || $0.hasPrefix("\u{FFFC}") } ?? false
            var queryComplete = request.queryIsComplete && fullURL && !CodePayloads.setsQueryOnURLVariable(dc.urlArgument, file: file)
            var body = request.body
            // A literal whose keys are all query parameters of the operation is its query (`mapOf("operation_type" to ...)`).
            let queryNames = Set(endpoint.parameters.filter { $0.location == "query" }.map { $0.name })
            if let b = body, let members = b.value.objectMembers, !members.isEmpty, members.allSatisfy({ queryNames.contains($0.key) }) {
                for (k, v) in members { if let text = v.queryText { query[k] = text } }
                body = nil
            }
            // A body-less operation's literal argument is its query (`Http::get($url, [...])`, `requests.get(url, {...})`).
            if endpoint.requestBody == nil, let b = body, case .object(let members) = b.value {
                for (k, v) in members {
                    if let text = v.queryText { query[k] = text } else { queryComplete = false }
                }
                if b.partial { queryComplete = false }
                body = nil
            }
            var problems = validator.validate(endpoint: endpoint, body: body?.value, query: query, path: dc.path)
            // What the code does not show is not missing: a body built elsewhere, a spread, query set by a client.
            problems.removeAll { p in
                guard p.type == "missing" else { return false }
                if p.loc.first == .key("body") { return body == nil || body!.partial }
                return !queryComplete
            }
            for p in problems {
                let offset: Int
                if p.loc.first == .key("body"), let b = body {
                    offset = b.offset(for: Array(p.loc.dropFirst()))
                } else if p.loc.first == .key("query"), let b = request.body, endpoint.requestBody == nil {
                    offset = b.offset(for: Array(p.loc.dropFirst()))
                } else {
                    offset = urlOffset
                }
                out.append(Problem(rule: p.rule, offset: offset, message: p.msg, scope: scope))
            }
        }
        out.append(contentsOf: dollrClientLiteralProblems(context, validator: validator, skipping: &validatedContainers))
        out.append(contentsOf: TypedRequestDeclarations.problems(context, validator: validator))
        if context.source.language == .http {
            out.append(contentsOf: httpFileProblems(context, validator: validator, containers: &validatedContainers))
        }
        out.append(contentsOf: pairProblems(context, skipping: validatedContainers, validator: validator))
        return out
    }

    /// Calls on a Dollr client with no URL at the call site (`dollr.CreateOrderAsync(new { ... })`, `dollrClient.collect({...})`,
    /// Ruby `DollrClient.new.execute_collection(currency: "lrd")`): the endpoint is unknown here, so only value formats are
    /// checked — currency, phone, a reference_id of an execution — in object literals and keyword arguments alike.
    static func dollrClientLiteralProblems(_ context: RuleContext, validator: PayloadValidator, skipping: inout Set<Int>) -> [Problem] {
        let model = context.model
        let file = context.lexed
        var out: [Problem] = []
        let urlCalls = Set(context.dollrCalls.calls.map { $0.call.nameToken })
        for call in model.calls where !urlCalls.contains(call.nameToken) && context.dollrCalls.isOnDollrClient(call) {
            let executes = ["collect", "payout", "transfer", "refund", "execut"].contains { call.name.hasIgnoringASCIICase($0) }
            func check(_ key: String, _ value: String, at offset: Int) {
                let format: String?
                switch key {
                case "currency": format = "iso4217"
                case "phone", "party_phone", "insensitive_account_number", "msisdn", "phone_number": format = "e164"
                case "reference_id": format = executes ? "uuid4" : nil
                default: format = nil
                }
                guard !value.has("\u{FFFC}"), let f = format, let p = validator.semanticProblem(value, format: f, field: key) else {
                    return
                }
                out.append(Problem(rule: p.rule, offset: offset, message: p.msg))
            }
            // Keyword arguments with literal values, taken together as one object for the method/provider pair.
            var keywords: [(key: String, value: JSONValue)] = []
            var keywordOffsets: [String: Int] = [:]
            for arg in call.arguments {
                // A keyword argument with a literal value: Ruby `currency: "lrd"`, Python and Kotlin `currency="lrd"`.
                let words = arg.filter { file.tokens[$0].kind != .newline && file.tokens[$0].kind != .comment }
                if words.count == 3, file.tokens[words[0]].kind == .identifier, file.isPunct(words[1], ":") || file.isPunct(words[1], "="),
                    let value = file.plainString(words[2])
                {
                    check(file.text(words[0]), value, at: file.tokens[words[0]].start)
                    keywords.append((file.text(words[0]), .string(value)))
                    keywordOffsets[file.text(words[0])] = file.tokens[words[0]].start
                    continue
                }
                let reader = LiteralReader(model: model)
                guard reader.isLiteralContainer(arg), let open = reader.containerOpen(arg), !skipping.contains(open.open) else { continue }
                skipping.insert(open.open)
                guard case .object(let members) = reader.read(arg) else { continue }
                for (key, value) in members {
                    guard case .string(let s) = value, let offset = reader.offsets[key] else { continue }
                    check(key, s, at: offset)
                }
                out.append(contentsOf: pairProblems(in: members, offsets: reader.offsets, context: context, validator: validator))
            }
            out.append(contentsOf: pairProblems(in: keywords, offsets: keywordOffsets, context: context, validator: validator))
        }
        return out
    }

    /// The method/provider pair of an object handed to a Dollr client method (`dollr.CreatePaymentAccountAsync(new { ... })`).
    static func pairProblems(
        in members: [(key: String, value: JSONValue)], offsets: [String: Int], context: RuleContext, validator: PayloadValidator
    ) -> [Problem] {
        let methodKey = members.contains { $0.key == "method" } ? "method" : "payment_method"
        guard members.contains(where: { $0.key == methodKey }) else { return [] }
        let phoneKey = ["insensitive_account_number", "phone", "party_phone"].first { k in members.contains { $0.key == k } }
        var out: [Problem] = []
        for p in PayloadValidator.methodProviderProblems(
            .object(members), methodKey: methodKey, providerKey: "provider", countryKey: "country_code", phoneKey: phoneKey,
            loc: [], knowledge: context.knowledge, existing: [], validator: validator)
        {
            if case .key(let k)? = p.loc.last, let offset = offsets[k] {
                out.append(Problem(rule: p.rule, offset: offset, message: p.msg))
            }
        }
        return out
    }

    /// `.http` files: each `METHOD url` line with a Dollr path, and the JSON body that follows it.
    static func httpFileProblems(_ context: RuleContext, validator: PayloadValidator, containers: inout Set<Int>) -> [Problem] {
        let file = context.lexed
        let knowledge = context.knowledge
        var out: [Problem] = []
        let t = file.tokens
        for i in t.indices where t[i].kind == .identifier && ["GET", "POST", "PUT", "PATCH", "DELETE"].contains(file.text(i)) {
            guard i + 1 < t.count, t[i + 1].kind == .string, let url = file.plainString(i + 1), let path = DollrKnowledge.apiPath(in: url)
            else { continue }
            let method = file.text(i)
            let matches = knowledge.endpoints(matching: path)
            guard !matches.isEmpty else {
                let scope = url.hasIgnoringASCIICase("heydollr") ? "the URL names Dollr's host" : context.dollrScope.reason
                if knowledge.looksLikeDollrPath(path), let scope {
                    let near = knowledge.nearestEndpoints(to: path).joined(separator: ", ")
                    let message = "\(path) is not a Dollr API path; closest: \(near)"
                    out.append(Problem(rule: .unknownEndpoint, offset: t[i + 1].start, message: message, scope: scope))
                }
                continue
            }
            guard let endpoint = matches.first(where: { $0.method == method }) else { continue }
            // The body: the first `{` before the next request line.
            var body: LocatedBody? = nil
            var k = i + 2
            while k < t.count,
                !(t[k].kind == .identifier && ["GET", "POST", "PUT", "PATCH", "DELETE"].contains(file.text(k)) && k + 1 < t.count
                    && t[k + 1].kind == .string)
            {
                if file.isPunct(k, "{"), t[k].match > Int32(k) {
                    let reader = LiteralReader(model: context.model)
                    let value = reader.read(k..<(Int(t[k].match) + 1))
                    if case .object = value {
                        body = LocatedBody(value: value, offsets: reader.offsets, anchor: t[k].start, partial: reader.partial)
                        containers.insert(k)
                    }
                    break
                }
                k += 1
            }
            var query: [String: String] = [:]
            if let q = url.firstIndex(of: "?") {
                for pair in url[url.index(after: q)...].split(separator: "&") {
                    let kv = pair.split(separator: "=", maxSplits: 1)
                    if kv.count == 2 { query[String(kv[0])] = String(kv[1]) }
                }
            }
            for p in validator.validate(endpoint: endpoint, body: body?.value, query: query, path: path)
            where !(p.type == "missing" && (body == nil || p.loc.first == .key("query"))) {
                let offset = p.loc.first == .key("body") && body != nil ? body!.offset(for: Array(p.loc.dropFirst())) : t[i + 1].start
                out.append(Problem(rule: p.rule, offset: offset, message: p.msg))
            }
        }
        return out
    }

    static let mockLibraries: Set<String> = [
        "responses", "respx", "nock", "httpretty", "requests_mock", "aioresponses", "fetchMock", "fetchmock", "mockttp", "wiremock",
        "stubFor", "WireMock", "rsps", "mocker", "mock_server", "mockServer", "httpmock", "gock", "MockWebServer", "stub_request",
        "WebMock",
    ]

    /// A URL held in a variable whose query is set on it elsewhere (`uri.query = URI.encode_www_form(...)`,
    /// `url.searchParams.set(...)`, Go `u.RawQuery = q.Encode()`): the call site does not show the query.
    static func setsQueryOnURLVariable(_ argument: Range<Int>, file: LexedFile) -> Bool {
        guard argument.count == 1, file.tokens[argument.lowerBound].kind == .identifier else { return false }
        let name = file.text(argument.lowerBound)
        return file.tokens.indices.contains { k in
            guard file.tokens[k].kind == .identifier, ["query", "searchParams", "query_values", "RawQuery"].contains(file.text(k)),
                let dot = file.previous(k), file.isPunct(dot, "."), let owner = file.previous(dot)
            else { return false }
            return file.text(owner) == name
        }
    }

    static func isTestFile(_ path: String) -> Bool {
        let p = path.lowercased()
        let name = p.fileNameComponent
        return p.hasPrefix("test/") || p.hasPrefix("tests/") || p.has("/test/") || p.has("/tests/") || p.has("__tests__")
            || p.has("/spec/") || p.hasPrefix("spec/")
            || name.hasPrefix("test_") || name.has(".test.") || name.has(".spec.") || name.hasSuffix("_test.go")
            || name.hasSuffix("_spec.rb") || name.hasSuffix("tests.cs") || name.hasSuffix("test.java") || name.hasSuffix("test.kt")
    }

    static func isMock(_ call: CodeModel.Call, inTests: Bool) -> Bool {
        if call.callee.contains(where: { mockLibraries.contains($0) }) { return true }
        // msw `http.get(url, resolver)` / `rest.post(...)`, `server.use(...)` in test files.
        return inTests && ["http", "rest", "server", "mock", "stub", "cy", "intercept"].contains(call.callee.first ?? "")
    }

    /// Any literal with both `method` and `provider` (or payment_method/provider) string values, validated or not.
    static func pairProblems(_ context: RuleContext, skipping: Set<Int>, validator: PayloadValidator) -> [Problem] {
        let model = context.model
        let file = context.lexed
        var byContainer: [Int: [CodeModel.Binding]] = [:]
        for b in model.bindings where b.kind == .key {
            guard let c = b.container, !skipping.contains(c) else { continue }
            byContainer[c, default: []].append(b)
        }
        var out: [Problem] = []
        for (_, keys) in byContainer.sorted(by: { $0.key < $1.key }) {
            func literal(_ name: String) -> (String, Int)? {
                guard let b = keys.first(where: { $0.name == name }), b.value.count == 1, let s = file.plainString(b.value.lowerBound)
                else { return nil }
                return (s, b.nameToken)
            }
            let methodKey = literal("method") != nil ? "method" : "payment_method"
            guard let (method, _) = literal(methodKey), context.knowledge.methods[method] != nil,
                literal("provider") != nil || literal("country_code") != nil
            else { continue }
            var members: [(key: String, value: JSONValue)] = []
            var tokens: [String: Int] = [:]
            for name in [methodKey, "provider", "country_code", "insensitive_account_number", "phone", "party_phone"] {
                if let (v, tok) = literal(name) {
                    members.append((name, .string(v)))
                    tokens[name] = tok
                }
            }
            let phoneKey = ["insensitive_account_number", "phone", "party_phone"].first { tokens[$0] != nil }
            for p in PayloadValidator.methodProviderProblems(
                .object(members), methodKey: methodKey, providerKey: "provider", countryKey: "country_code", phoneKey: phoneKey,
                loc: [], knowledge: context.knowledge, existing: [], validator: validator)
            {
                if case .key(let k)? = p.loc.last, let tok = tokens[k] {
                    out.append(Problem(rule: p.rule, offset: file.tokens[tok].start, message: p.msg))
                }
            }
        }
        return out
    }
}

/// A body as located in the source: its JSON and where each key is.
struct LocatedBody {
    let value: JSONValue
    let offsets: [String: Int]
    let anchor: Int
    let partial: Bool

    /// The deepest known place for a loc path (the key itself, or its nearest present ancestor).
    func offset(for path: [ValidationProblem.LocPart]) -> Int {
        var parts = path.map { $0.description }
        while !parts.isEmpty {
            if let o = offsets[parts.joined(separator: "\u{1}")] { return o }
            parts.removeLast()
        }
        return anchor
    }
}

/// Reads the method, body and query of one Dollr call from the code around it.
struct RequestReader {
    let context: RuleContext
    let call: DollrCallIndex.DollrCall
    private(set) var method: String? = nil
    private(set) var body: LocatedBody? = nil
    private(set) var bodyContainer: Int? = nil
    private(set) var query: [String: String] = [:]
    private(set) var queryIsComplete = false

    init(context: RuleContext, call: DollrCallIndex.DollrCall) {
        self.context = context
        self.call = call
        let file = context.lexed
        let model = context.model
        if file.source.language == .shell || context.lexed.language(ofToken: call.call.nameToken) == .shell || call.call.name == "curl" {
            readCurl()
        } else {
            method = RequestReader.method(of: call.call, model: model)
            readBody()
        }
        readQuery()
    }

    static func method(of call: CodeModel.Call, model: CodeModel) -> String? {
        let file = model.file
        let n = call.name.lowercased()
        for m in ["post", "get", "put", "patch", "delete"]
        where n == m || (n.hasPrefix(m) && (n.hasSuffix("async") || n.hasSuffix("json") || n.hasPrefix(m + "for") || n.hasPrefix(m + "_")))
        {
            return m.uppercased()
        }
        // Chained builders: `.POST(...)`, `Net::HTTP::Post.new(uri)`.
        for c in model.calls(startingAt: call.firstToken) where c.nameToken != call.nameToken {
            if ["POST", "GET", "PUT", "PATCH", "DELETE"].contains(c.name) { return c.name }
        }
        for part in call.callee where ["Post", "Get", "Put", "Patch", "Delete"].contains(part) { return part.uppercased() }
        for i in call.args {
            let t = file.tokens[i]
            if t.kind == .string, let s = file.plainString(i), ["GET", "POST", "PUT", "PATCH", "DELETE"].contains(s.uppercased()),
                s.count <= 6
            {
                // `method: "POST"` or a positional method argument (Go http.NewRequest("POST", ...)).
                return s.uppercased()
            }
            if t.kind == .identifier {
                let text = file.text(i)
                for (k, m) in [
                    "MethodPost": "POST", "MethodGet": "GET", "MethodPut": "PUT", "MethodPatch": "PATCH", "MethodDelete": "DELETE",
                ] where text == k { return m }
                if let p = file.previous(i), file.isPunct(p, ".") || file.isPunct(p, "::"),
                    ["Post", "Get", "Put", "Patch", "Delete", "POST", "GET", "PUT", "PATCH", "DELETE"].contains(text)
                {
                    return text.uppercased()
                }
            }
        }
        return nil
    }

    private mutating func readBody() {
        let model = context.model
        let file = context.lexed
        let reader = LiteralReader(model: model)
        var candidates: [Range<Int>] = []
        let chained = model.calls(startingAt: call.call.firstToken).filter {
            $0.nameToken > call.call.nameToken
                && ["json", "body", "send_json", "bodyValue", "content", "data", "set_json"].contains($0.name)
        }
        for arg in call.call.arguments where arg != call.urlArgument { candidates.append(arg) }
        for c in chained { candidates.append(contentsOf: c.arguments) }
        for arg in candidates {
            // Python keyword arguments: json=..., data=json.dumps(...)
            if let k = arg.first, file.tokens[k].kind == .identifier, let eq = file.next(k), file.isPunct(eq, "="), eq < arg.upperBound {
                if CodePayloads.bodyKeys.contains(file.text(k)) {
                    setBody(resolve((eq + 1)..<arg.upperBound), reader: reader)
                    return
                }
                continue
            }
            // Unwrap and resolve until a literal shows: `json.RawMessage(body)` -> `body` -> `json.Marshal(map...)` -> `map...`.
            var inner = resolve(arg)
            for _ in 0..<4 {
                guard let u = reader.unwrap(inner) else { break }
                inner = resolve(u)
            }
            guard reader.isLiteralContainer(inner) else { continue }
            guard let open = reader.containerOpen(inner) else { continue }
            let keys = model.keys(inLiteralAt: open.open)
            if let bodyKey = keys.first(where: { CodePayloads.bodyKeys.contains($0.name) }) {
                setBody(resolve(bodyKey.value), reader: reader)
                return
            }
            if !keys.isEmpty && keys.allSatisfy({ CodePayloads.fetchOptionKeys.contains($0.name) }) { continue }
            setBody(inner, reader: reader)
            return
        }
    }

    /// An identifier stands for the literal assigned to it before the call, when there is one.
    private func resolve(_ r: Range<Int>) -> Range<Int> {
        let file = context.lexed
        var r = r
        while r.count > 1
            && (file.tokens[r.lowerBound].kind == .newline || file.isPunct(r.lowerBound, "&") || file.isIdentifier(r.lowerBound, "await"))
        { r = (r.lowerBound + 1)..<r.upperBound }
        guard r.count == 1, file.tokens[r.lowerBound].kind == .identifier else { return r }
        let name = file.text(r.lowerBound)
        guard let a = context.model.assignment(named: name, before: call.call.nameToken), !a.value.isEmpty else { return r }
        // A name assigned inside another function is another variable: Go `body` marshalled in `bearer()` is not the `body`
        // parameter of `Execute(op, body)` further down.
        if let f = context.model.enclosingFunction(of: a.nameToken), !f.body.contains(call.call.nameToken) { return r }
        return a.value
    }

    private mutating func setBody(_ r: Range<Int>, reader: LiteralReader) {
        let inner = reader.unwrap(r).map(resolve) ?? r
        guard reader.isLiteralContainer(inner), let open = reader.containerOpen(inner) else { return }
        let value = reader.read(inner)
        guard case .object = value else { return }
        bodyContainer = open.open
        body = LocatedBody(value: value, offsets: reader.offsets, anchor: context.lexed.tokens[open.open].start, partial: reader.partial)
    }

    /// `curl -X POST URL -d '{...}'` in shell scripts and Markdown fences.
    private mutating func readCurl() {
        let file = context.lexed
        let args = call.call.args
        var i = args.lowerBound
        var sawData = false
        while i < args.upperBound {
            defer { i += 1 }
            guard file.isPunct(i, "-") || file.isPunct(i, "--") else { continue }
            guard let flag = file.next(i), flag < args.upperBound, file.tokens[flag].kind == .identifier,
                file.tokens[flag].start == file.tokens[i].end
            else { continue }
            let name = file.text(flag)
            guard let value = file.next(flag), value < args.upperBound else { continue }
            if (name == "X" || name == "request"), file.tokens[value].kind == .identifier || file.tokens[value].kind == .string {
                method = (file.plainString(value) ?? file.text(value)).uppercased()
            } else if ["d", "data", "data-raw", "data-binary", "json"].contains(name), let lit = file.literal(value) {
                sawData = true
                parseJSONBody(lit, token: value)
            }
        }
        if method == nil { method = sawData ? "POST" : "GET" }
    }

    private mutating func parseJSONBody(_ lit: StringLiteral, token: Int) {
        let file = context.lexed
        // Holes inside JSON strings keep the JSON valid ("$REFERENCE_ID"); elsewhere the body is not literal.
        let text = lit.text(holes: "\u{FFFC}")
        guard let (value, offsets) = try? JSONParser.parseLocated(Array(text.utf8), maxDepth: 64), case .object = value else { return }
        // Offsets in the decoded text map to source lines through its newlines (escapes do not add lines).
        let contentStart = lit.contentRange.lowerBound
        let startLine = file.source.lines.line(of: contentStart)
        let textBytes = Array(text.utf8)
        var mapped: [String: Int] = [:]
        for (k, o) in offsets {
            let newlines = textBytes[0..<min(o, textBytes.count)].filter { $0 == 0x0A }.count
            if newlines == 0 {
                mapped[k] = contentStart + o
            } else {
                let line = min(startLine + newlines, file.source.lines.lineCount)
                let lineStart = file.source.lines.lineStarts[line - 1]
                let lastNL = textBytes[0..<o].lastIndex(of: 0x0A).map { o - $0 - 1 } ?? 0
                mapped[k] = min(lineStart + lastNL, file.source.lines.range(ofLine: line).upperBound)
            }
        }
        body = LocatedBody(value: value, offsets: mapped, anchor: file.tokens[token].start, partial: false)
    }

    /// `?operation_type=COLLECTION` in the URL, or a literal `params={...}`.
    private mutating func readQuery() {
        let model = context.model
        let file = context.lexed
        guard let value = model.stringValue(call.urlArgument) else { return }
        // Complete when nothing after /v1/ (path or query) is an interpolation hole.
        let u = Array(value.utf8)
        let tail = ByteSearch.firstIndex(u, Array("/v1/".utf8), from: 0).map { String(decoding: u[$0...], as: UTF8.self) }
        var complete = !value.has("\u{FFFC}") || !(tail.map { $0.has("\u{FFFC}") } ?? true)
        if let q = value.firstIndex(of: "?") {
            for pair in value[value.index(after: q)...].split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1)
                guard kv.count == 2 else { continue }
                let v = String(kv[1])
                let key = String(kv[0])
                if v.has("\u{FFFC}") || key.has("\u{FFFC}") {
                    complete = complete && !key.has("\u{FFFC}")
                    continue
                }
                query[String(kv[0])] = v.removingPercentEncoding ?? v
            }
        }
        // params=..., { params: {...} }, query: {...}
        // Query parameters set by the code around the call (`Uri(...).replace(queryParameters: ...)`, `params=`) are not missing.
        let around = model.enclosingCalls(of: call.urlToken).prefix(3).map { $0.args } + [call.call.args]
        if around.contains(where: { r in
            model.keyBindings(in: r).contains {
                ["queryparameters", "query_parameters", "searchparams", "qs"].contains(CodeModel.normalize($0.name))
            }
        }) {
            complete = false
        }
        // Builders: `uri.path("/v1/...").queryParam("phone", phone)`, `url.searchParams.set(...)`.
        if model.calls(startingAt: call.call.firstToken).contains(where: {
            ["queryparam", "queryparams", "addqueryparameter", "appendqueryparameter", "withqueryparameters", "query", "set", "append"]
                .contains($0.name.lowercased()) && $0.nameToken > call.call.nameToken
        }) {
            complete = false
        }
        for b in model.keyBindings(in: call.call.args) where ["params", "query", "searchParams", "query_params"].contains(b.name) {
            complete = false
            let reader = LiteralReader(model: model)
            if case .object(let members) = reader.read(resolve(b.value)) {
                complete = !reader.partial && members.allSatisfy { $0.value != .unknown } && !isFilledLater(b.value)
                for (k, v) in members { if let text = v.queryText { query[k] = text } }
            }
        }
        // Query parameters set in statements of their own (`q.Add(...)`, `url.searchParams.set(...)`, `http_build_query`).
        let statements = model.enclosingFunction(of: call.call.nameToken)?.body ?? 0..<file.tokens.count
        if context.queryBuilders.any(in: statements) { complete = false }
        queryIsComplete = complete
    }

    static let fillingCalls: Set<String> = ["update", "setdefault", "put", "merge", "set", "append", "add", "Add", "Set", "push"]

    /// `params = {}` then `params["source_id"] = id`: a dict filled after it was built, before the call.
    private func isFilledLater(_ value: Range<Int>) -> Bool {
        let file = context.lexed
        guard value.count == 1, file.tokens[value.lowerBound].kind == .identifier,
            let a = context.model.assignment(named: file.text(value.lowerBound), before: call.call.nameToken)
        else { return false }
        let name = a.name
        var k = a.value.upperBound
        while k < call.call.nameToken {
            defer { k += 1 }
            guard file.tokens[k].kind == .identifier, file.text(k) == name, let n = file.next(k) else { continue }
            if file.isPunct(n, "[") { return true }
            if file.isPunct(n, "."), let m = file.next(n), RequestReader.fillingCalls.contains(file.text(m)) { return true }
        }
        return false
    }
}

/// Where a file sets query parameters in statements of their own, so a request's query cannot be read from its URL:
/// Go `url.Values`, `q.Add`/`q.Set`, `req.URL.Query()`, `URLSearchParams`, `.searchParams`, `http_build_query`,
/// `URI.encode_www_form`, `urlencode`, `uri.query =`, `UriComponentsBuilder.queryParam`. Found once per file, in order.
struct QueryBuilders {
    let tokens: [Int]

    static let names: Set<String> = [
        "searchParams", "URLSearchParams", "RawQuery", "http_build_query", "encode_www_form", "urlencode",
        "queryParam", "queryParams", "addQueryParameter", "appendQueryParameter", "setQueryParameter",
        "AddQueryString", "query_string", "build_query", "buildQuery", "to_query", "QueryString",
    ]

    /// Found once per file (`RuleContext.queryBuilders`).
    static func find(_ context: RuleContext) -> QueryBuilders {
        let file = context.lexed
        var found: [Int] = []
        for (i, t) in file.tokens.enumerated() where t.kind == .identifier {
            let text = file.text(i)
            if names.contains(text) {
                found.append(i)
                continue
            }
            let afterDot = file.previous(i).map { file.isPunct($0, ".") } ?? false
            guard afterDot, let n = file.next(i) else { continue }
            // Go: `req.URL.Query()`, `url.Values{}`; Ruby/JavaScript: `uri.query = ...`
            let onURL = file.previous(i).flatMap { file.previous($0) }.map { file.text($0) == "url" } ?? false
            if (text == "Query" && file.isPunct(n, "(")) || (text == "Values" && onURL) || (text == "query" && file.isPunct(n, "=")) {
                found.append(i)
            }
        }
        return QueryBuilders(tokens: found)
    }

    /// Whether one of them lies in `range`.
    func any(in range: Range<Int>) -> Bool {
        let lo = tokens.partitionPoint(where: { $0 < range.lowerBound })
        return lo < tokens.count && tokens[lo] < range.upperBound
    }
}
