/// A Dollr call that can wait forever: a call of a library with no default timeout that sets none (`requests.post`,
/// `fetch`, `axios`, `http.Post`, `reqwest::get`), or a shared client built without one (`axios.create`,
/// `requests.Session`, `&http.Client{}`, `HttpClient.newHttpClient()`, `new RestTemplate()`, Guzzle `new Client`,
/// `reqwest::Client::new()`). A shared client is reported where it is built, not at each use, so a client built with a
/// timeout in another file keeps its callers clean. Documentation snippets (Markdown) are illustrations and are skipped.
public final class MissingTimeoutRule: Rule {
    public init() {}

    static func message(_ library: HTTPClientDefault) -> String {
        "This Dollr call can wait forever: \(library.library) sets no timeout by default and none is set here, so a slow "
            + "response leaves the payment stuck; \(library.fix)"
    }

    public let description = RuleDescription(
        id: .missingTimeout, category: .integration, severity: .warning,
        title: "Dollr call without a timeout",
        rationale: "Several HTTP libraries wait forever by default (requests, fetch, axios, Guzzle, Go's http.DefaultClient, "
            + "java.net.http, RestTemplate, reqwest). One stalled connection to the payments API then holds a worker, a request "
            + "thread or a queue job indefinitely, and the customer never learns whether the payment went through. Libraries "
            + "with a bounded default (OkHttp, .NET HttpClient, URLSession, Laravel Http, Faraday, Net::HTTP, ky, httpx) are fine.",
        fix: "Set a timeout where the client is built (axios.create({ timeout }), http.Client{Timeout: ...}, "
            + "Client::builder().timeout(...), new Client(['timeout' => 30])) or on each call (timeout=30, "
            + "signal: AbortSignal.timeout(30_000)); after a timeout on an execute call, query the status before retrying.",
        helpURL: DocLinks.errorHandling,
        keywords: ["dollr", "/v1/"],
        readsDataFiles: false,
        triggering: MissingTimeoutExamples.triggering, nonTriggering: MissingTimeoutExamples.nonTriggering)

    public func check(_ context: RuleContext) {
        // Tests stub the network (MockHandler, responses, nock): nothing there waits on Dollr.
        guard context.callsDollrInCode, context.source.language != .markdown, !context.isBuildOutput,
            !CodePayloads.isTestFile(context.source.path)
        else {
            return
        }
        let model = context.model
        let file = context.lexed
        let dollr = context.dollrCalls
        let scope = TimeoutScope(context: context, dollrCalls: Set(dollr.calls.map { $0.call.nameToken }))
        for call in model.calls {
            if let library = scope.unboundedCall(call) {
                context.report(token: call.firstToken, message: MissingTimeoutRule.message(library))
            }
        }
        for (token, library) in scope.unboundedClients() {
            context.report(token: token, message: MissingTimeoutRule.message(library))
        }
        // .NET: `Timeout = Timeout.InfiniteTimeSpan` on a client.
        for binding in model.bindings where binding.normalizedName == "timeout" {
            let words = binding.value.map { file.text($0) }
            if words.contains("InfiniteTimeSpan") || (words.contains("MaxValue") && words.contains("TimeSpan")) {
                context.report(token: binding.nameToken, message: MissingTimeoutRule.message(HTTPClientDefaults.dotnetInfinite))
            }
        }
    }
}

/// What one file says about timeouts: which calls and client builds lack one.
struct TimeoutScope {
    let context: RuleContext
    let model: CodeModel
    let file: LexedFile
    let dollrCalls: Set<Int>
    let guzzleAlias: String?

    init(context: RuleContext, dollrCalls: Set<Int>) {
        self.context = context
        self.model = context.model
        self.file = context.lexed
        self.dollrCalls = dollrCalls
        self.guzzleAlias = context.codeMentions("GuzzleHttp") ? TimeoutScope.guzzleAlias(in: context.lexed) : nil
    }

    /// Whether the file mentions a word in code (identifier or string), ASCII case-insensitively.
    func mentions(_ word: String) -> Bool { context.codeMentions(word) }

    /// Keys set in a call's arguments, directly or through an options variable (`init`, `config`, `$options`).
    func keys(of call: CodeModel.Call) -> Set<String> {
        var names = Set(model.keyBindings(in: call.args).map(\.normalizedName))
        for arg in call.arguments where arg.count == 1 && file.tokens[arg.lowerBound].kind == .identifier {
            guard let b = model.assignment(named: file.text(arg.lowerBound), before: arg.lowerBound), let open = b.value.first else {
                continue
            }
            names.formUnion(model.keys(inLiteralAt: open).map(\.normalizedName))
            // Options built elsewhere: assume they may carry a timeout.
            if !file.isPunct(open, "{") && !file.isPunct(open, "[") && !file.isPunct(open, "(") { names.insert("timeout") }
        }
        // A spread (`...init`) may carry a signal or a timeout.
        if call.args.contains(where: { file.isPunct($0, "...") || file.isPunct($0, "**") }) {
            names.insert("signal")
            names.insert("timeout")
        }
        return names
    }

    /// Whether a call sends to Dollr: its path is a Dollr path, or, in a file about Dollr, its URL is built from a
    /// base URL or path parameter rather than another service's literal host.
    func sendsToDollr(_ call: CodeModel.Call) -> Bool {
        if dollrCalls.contains(call.nameToken) { return true }
        guard let url = call.arguments.first else { return false }
        if let value = model.stringValue(url), value.has("://"), !value.has("dollr") { return false }
        let words = url.filter { file.tokens[$0].kind == .identifier }.map { CodeModel.normalize(file.text($0)) }
        if words.contains(where: { $0.has("dollr") }) { return true }
        return words.contains { w in ["base", "url", "endpoint", "path", "api", "host"].contains { w.has($0) } }
    }

    /// A call that sends to Dollr through a library without a default timeout and sets none.
    func unboundedCall(_ call: CodeModel.Call) -> HTTPClientDefault? {
        let chain = call.callee
        let name = call.name
        switch file.language(ofToken: call.nameToken) {
        case .python:
            if chain.count == 2, chain[0] == "requests", HTTPClientDefaults.requestsMethods.contains(name), sendsToDollr(call),
                !keys(of: call).contains("timeout")
            {
                return HTTPClientDefaults.requests
            }
            if name == "urlopen", call.arguments.count < 3, sendsToDollr(call), !keys(of: call).contains("timeout") {
                return HTTPClientDefaults.urllib
            }
            if chain.first == "httpx", setsNone(call, key: "timeout") { return HTTPClientDefaults.httpxNone }
        case .javascript, .typescript:
            if name == "fetch", chain.count == 1 || ["window", "globalThis", "self"].contains(chain[0]), sendsToDollr(call) {
                if call.arguments.count < 2 || !keys(of: call).contains("signal") { return HTTPClientDefaults.fetch }
            }
            if chain.first == "axios", chain.count <= 2, name != "create", sendsToDollr(call), !keys(of: call).contains("timeout"),
                !assignsDefaultTimeout("axios")
            {
                return HTTPClientDefaults.axios
            }
            if chain.first == "got", chain.count <= 2, name != "extend", sendsToDollr(call), !keys(of: call).contains("timeout") {
                return HTTPClientDefaults.got
            }
            if chain.first == "ky", setsFalse(call, key: "timeout") { return HTTPClientDefaults.kyDisabled }
        case .go:
            if chain.count == 2, chain[0] == "http", HTTPClientDefaults.goDefaultClientFunctions.contains(name), sendsToDollr(call) {
                return HTTPClientDefaults.goDefaultClient
            }
            if chain.count == 3, chain[0] == "http", chain[1] == "DefaultClient", !functionHasDeadline(call.nameToken),
                sendsToDollrThroughRequest(call)
            {
                return HTTPClientDefaults.goDefaultClient
            }
        case .rust:
            if chain == ["reqwest", "get"], sendsToDollr(call) { return HTTPClientDefaults.reqwest }
        case .php:
            if name == "curl_init", !mentions("CURLOPT_TIMEOUT"), call.arguments.isEmpty || sendsToDollr(call) {
                return HTTPClientDefaults.curl
            }
        case .ruby:
            if chain.first == "Typhoeus", HTTPClientDefaults.requestsMethods.contains(name), sendsToDollr(call),
                !keys(of: call).contains("timeout")
            {
                return HTTPClientDefaults.typhoeus
            }
        default:
            break
        }
        return nil
    }

    /// `http.DefaultClient.Do(req)`: the request was built with a Dollr URL in the same function (or the file is a Dollr client).
    func sendsToDollrThroughRequest(_ call: CodeModel.Call) -> Bool {
        guard let f = model.enclosingFunction(of: call.nameToken) else { return !dollrCalls.isEmpty }
        return dollrCalls.contains { f.body.contains($0) }
            || model.calls.contains { c in
                f.body.contains(c.nameToken) && ["NewRequest", "NewRequestWithContext"].contains(c.name) && sendsToDollrURL(c)
            }
    }

    func sendsToDollrURL(_ request: CodeModel.Call) -> Bool {
        request.arguments.contains { arg in
            arg.contains { k in
                file.tokens[k].kind == .identifier
                    && ["base", "url", "dollr", "path", "endpoint"].contains { CodeModel.normalize(file.text(k)).has($0) }
            }
        }
    }

    /// `context.WithTimeout` / `WithDeadline` in the same function: the request has a deadline.
    func functionHasDeadline(_ token: Int) -> Bool {
        guard let f = model.enclosingFunction(of: token) else { return false }
        return f.body.contains { file.isIdentifier($0, "WithTimeout") || file.isIdentifier($0, "WithDeadline") }
    }

    func setsNone(_ call: CodeModel.Call, key: String) -> Bool {
        model.keyBindings(in: call.args).contains { b in
            b.normalizedName == key && b.value.count == 1 && ["None", "nil", "null"].contains(file.text(b.value.lowerBound))
        }
    }

    func setsFalse(_ call: CodeModel.Call, key: String) -> Bool {
        model.keyBindings(in: call.args).contains { b in
            b.normalizedName == key && b.value.count == 1 && file.isIdentifier(b.value.lowerBound, "false")
        }
    }

    /// `axios.defaults.timeout = 10000`, `api.defaults.timeout = ...`.
    func assignsDefaultTimeout(_ receiver: String) -> Bool {
        let wanted = CodeModel.normalize(receiver)
        return model.bindings.contains { b in
            guard b.kind == .assignment, b.normalizedName == "timeout", let p = file.previous(b.nameToken), file.isPunct(p, "."),
                let d = file.previous(p), file.isIdentifier(d, "defaults"), let q = file.previous(d), file.isPunct(q, "."),
                let r = file.previous(q)
            else { return false }
            return CodeModel.normalize(file.text(r)) == wanted
        }
    }

    /// The variable a call's value is bound to (`const dollr = axios.create(...)`, `self.session = requests.Session()`), or "".
    func boundName(_ call: CodeModel.Call) -> String {
        model.binding(valueStartingAt: call.firstToken).map(\.normalizedName)
            ?? (file.previous(call.firstToken).flatMap { p in
                file.isIdentifier(p, "new") ? model.binding(valueStartingAt: p)?.normalizedName : nil
            } ?? "")
    }

    /// Whether a client build is Dollr's: its arguments or its variable name Dollr, or the file's Dollr calls use it.
    func isDollrClient(_ call: CodeModel.Call, bound: String) -> Bool {
        if bound.has("dollr") { return true }
        if call.args.contains(where: { k in
            (file.tokens[k].kind == .identifier || file.tokens[k].kind == .string) && file.text(k).hasIgnoringASCIICase("dollr")
        }) {
            return true
        }
        if !bound.isEmpty,
            model.calls.contains(where: { c in
                dollrCalls.contains(c.nameToken) && c.callee.dropLast().contains { CodeModel.normalize($0) == bound }
            })
        {
            return true
        }
        // A file of Dollr calls that builds one client: that client is Dollr's.
        return !dollrCalls.isEmpty || context.source.path.hasIgnoringASCIICase("dollr")
    }

    /// Client builds without a timeout: the token to report and the library.
    func unboundedClients() -> [(Int, HTTPClientDefault)] {
        var found: [(Int, HTTPClientDefault)] = []
        for call in model.calls {
            let chain = call.callee
            let name = call.name
            let bound = boundName(call)
            switch file.language(ofToken: call.nameToken) {
            case .python:
                if name == "Session", chain.first == "requests" || chain.count == 1, sessionCallsLackTimeout(bound) {
                    found.append((call.firstToken, HTTPClientDefaults.requestsSession))
                }
                if name == "ClientSession", !keys(of: call).contains("timeout"), !mentions("ClientTimeout"),
                    isDollrClient(call, bound: bound)
                {
                    found.append((call.firstToken, HTTPClientDefaults.aiohttp))
                }
            case .javascript, .typescript:
                if chain == ["axios", "create"], !keys(of: call).contains("timeout"), !assignsDefaultTimeout(bound),
                    isDollrClient(call, bound: bound)
                {
                    found.append((call.firstToken, HTTPClientDefaults.axios))
                }
                if chain == ["got", "extend"], !keys(of: call).contains("timeout"), isDollrClient(call, bound: bound) {
                    found.append((call.firstToken, HTTPClientDefaults.got))
                }
            case .java, .kotlin:
                if chain == ["HttpClient", "newHttpClient"]
                    || chain.first == "HttpClient" && name == "newBuilder" && !chainSets(call, "connectTimeout"),
                    !setsRequestTimeouts(), isDollrClient(call, bound: bound)
                {
                    found.append((call.firstToken, HTTPClientDefaults.javaHttpClient))
                }
                if name == "RestTemplate", call.arguments.isEmpty,
                    file.previous(call.firstToken).map({ file.isIdentifier($0, "new") }) == true,
                    !RestTemplateTimeouts.setters.contains(where: mentions),
                    isDollrClient(call, bound: bound)
                {
                    found.append((call.firstToken, HTTPClientDefaults.restTemplate))
                }
                // `RestTemplateBuilder().rootUri(base).build()`: a builder made here, not Spring's configured bean, adds no timeout.
                if name == "RestTemplateBuilder", call.arguments.isEmpty, call.callee.count == 1,
                    !RestTemplateTimeouts.setters.contains(where: mentions), isDollrClient(call, bound: bound)
                {
                    found.append((call.firstToken, HTTPClientDefaults.restTemplate))
                }
            case .rust:
                if mentions("reqwest"), chain.suffix(2) == ["Client", "builder"], !chainSets(call, "timeout"), !setsRustTimeout(),
                    isDollrClient(call, bound: bound)
                {
                    found.append((call.firstToken, HTTPClientDefaults.reqwest))
                }
            case .php:
                if name == "Client" || name == guzzleAlias, mentions("GuzzleHttp"),
                    file.previous(call.firstToken).map({ file.isIdentifier($0, "new") }) == true,
                    !keys(of: call).contains("timeout"), !phpRequestsSetTimeout(), isDollrClient(call, bound: bound)
                {
                    found.append((call.firstToken, HTTPClientDefaults.guzzle))
                }
            default:
                break
            }
        }
        found.append(contentsOf: goClientLiterals())
        found.append(contentsOf: reqwestClientNews())
        return found
    }

    /// The name Guzzle's client is imported under (`use GuzzleHttp\Client as Guzzle;`), or nil. Read once per file.
    static func guzzleAlias(in file: LexedFile) -> String? {
        for k in file.tokens.indices where file.isIdentifier(k, "as") {
            guard let client = file.previous(k), file.isIdentifier(client, "Client"), let sep = file.previous(client),
                file.isPunct(sep, "\\"),
                let package = file.previous(sep), file.isIdentifier(package, "GuzzleHttp"), let alias = file.next(k)
            else { continue }
            return file.text(alias)
        }
        return nil
    }

    /// `requests.Session()` used for Dollr calls that pass no timeout (and no adapter mounted to add one).
    func sessionCallsLackTimeout(_ bound: String) -> Bool {
        guard !bound.isEmpty, !mentions("mount") else { return false }
        return model.calls.contains { c in
            c.callee.count >= 2 && CodeModel.normalize(c.callee[c.callee.count - 2]) == bound
                && HTTPClientDefaults.requestsMethods.contains(c.name) && sendsToDollr(c) && !keys(of: c).contains("timeout")
        }
    }

    /// A method set on a builder chain that starts where `call` starts (`HttpClient.newBuilder().connectTimeout(...)`).
    func chainSets(_ call: CodeModel.Call, _ method: String) -> Bool {
        model.calls(startingAt: call.firstToken).contains { $0.name == method }
    }

    /// `HttpRequest.newBuilder()....timeout(Duration.ofSeconds(30))` somewhere in the file.
    func setsRequestTimeouts() -> Bool {
        model.calls.contains { $0.name == "timeout" && $0.callee.count >= 2 }
    }

    func setsRustTimeout() -> Bool {
        model.calls.contains { $0.name == "timeout" && $0.callee.count >= 2 }
    }

    /// `['timeout' => 10]` passed on requests.
    func phpRequestsSetTimeout() -> Bool {
        model.bindings.contains { $0.kind == .key && $0.normalizedName == "timeout" }
    }

    /// `reqwest::Client::new()` (`new` is not a call name to the code model: it is a keyword elsewhere).
    func reqwestClientNews() -> [(Int, HTTPClientDefault)] {
        guard mentions("reqwest"), !setsRustTimeout() else { return [] }
        let dollrFile = !dollrCalls.isEmpty || context.source.path.hasIgnoringASCIICase("dollr")
        var found: [(Int, HTTPClientDefault)] = []
        for i in file.tokens.indices where file.isIdentifier(i, "new") {
            guard let sep = file.previous(i), file.isPunct(sep, "::"), let client = file.previous(sep), file.isIdentifier(client, "Client"),
                let open = file.next(i), file.isPunct(open, "("), file.language(ofToken: i) == .rust
            else { continue }
            let start = ExpressionReader(file: file).chainStart(client)
            let statement = ExpressionReader(file: file).statementStart(start)
            guard dollrFile || (statement..<open).contains(where: { file.text($0).hasIgnoringASCIICase("dollr") }) else { continue }
            found.append((start, HTTPClientDefaults.reqwest))
        }
        return found
    }

    /// Go `&http.Client{...}` literals without a `Timeout` field (and no `c.Timeout = ...` later).
    func goClientLiterals() -> [(Int, HTTPClientDefault)] {
        guard context.source.language == .go || file.regionTokens.contains(where: { $0.language == .go }) else { return [] }
        var found: [(Int, HTTPClientDefault)] = []
        let assignsTimeout = model.bindings.contains { $0.kind == .assignment && $0.name == "Timeout" }
        let dollrFile = !dollrCalls.isEmpty || context.source.path.hasIgnoringASCIICase("dollr")
        for i in file.tokens.indices where file.isIdentifier(i, "Client") {
            guard let dot = file.previous(i), file.isPunct(dot, "."), let pkg = file.previous(dot), file.isIdentifier(pkg, "http"),
                let open = file.next(i), file.isPunct(open, "{"), file.tokens[open].match > Int32(open)
            else { continue }
            let fields = model.keys(inLiteralAt: open).map(\.name)
            guard !fields.contains("Timeout"), !assignsTimeout else { continue }
            let statement = ExpressionReader(file: file).statementStart(pkg)
            guard dollrFile || (statement..<open).contains(where: { file.text($0).hasIgnoringASCIICase("dollr") }) else { continue }
            found.append((pkg, HTTPClientDefaults.goClient))
        }
        return found
    }
}

/// Calls that give a RestTemplate (or its builder) timeouts, or a request factory that may carry them.
enum RestTemplateTimeouts {
    static let setters = [
        "setConnectTimeout", "setReadTimeout", "connectTimeout", "readTimeout", "setRequestFactory", "requestFactory",
    ]
}
