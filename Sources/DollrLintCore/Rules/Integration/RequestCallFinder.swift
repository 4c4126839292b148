/// The HTTP requests of a file that talks to Dollr: its Dollr calls (by path), and, in a file about Dollr, calls of
/// HTTP clients whose URL is built elsewhere (`requests.post(self.base + path)` in a request helper).
struct RequestCallFinder {
    let context: RuleContext
    let dollr: DollrCallIndex
    /// Name tokens of request calls, in token order, each with whether it only reads a status.
    let requests: [(token: Int, isStatusRead: Bool)]

    static let httpMethods: Set<String> = [
        "get", "post", "put", "patch", "delete", "request", "send", "fetch", "do", "execute",
        "exchange", "postforentity", "postforobject", "getforobject", "getforentity", "postasync",
        "getasync", "postasjsonasync", "sendasync", "putasync", "urlopen", "head", "retrieve",
        "data", "datatask", "call", "perform", "postjson", "getjson",
    ]
    static let httpReceivers = [
        "request", "http", "client", "session", "axios", "got", "ky", "conn", "faraday", "guzzle", "resttemplate",
        "webclient", "api", "dollr", "urlsession", "reqwest", "httpx", "curl", "agent",
    ]

    init(context: RuleContext) {
        self.context = context
        self.dollr = context.dollrCalls
        let model = context.model
        var found: [Int: Bool] = [:]
        for call in dollr.calls { found[call.call.nameToken] = call.path.hasPrefix("/v1/status/") }
        for call in model.calls where found[call.nameToken] == nil && RequestCallFinder.isHTTPClientCall(call) {
            found[call.nameToken] = false
        }
        // A method of the project's Dollr client (`_dollr.CreateCheckoutSessionAsync(...)`, `dollr.collectionStatus(ref)`)
        // sends a request of its own.
        for call in model.calls where found[call.nameToken] == nil && dollr.isOnDollrClient(call) {
            found[call.nameToken] = CodeModel.normalize(call.name).has("status")
        }
        requests = found.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    var hasRequests: Bool { !requests.isEmpty }

    /// `requests.post(...)`, `fetch(...)`, `this.http.post(...)`, `client.Do(req)`, `$this->client->request(...)`.
    static func isHTTPClientCall(_ call: CodeModel.Call) -> Bool {
        let name = CodeModel.normalize(call.name)
        if name == "fetch" || name == "axios" { return call.callee.count == 1 || call.callee.first == "window" }
        guard httpMethods.contains(name), call.callee.count >= 2 else { return false }
        let receiver = CodeModel.normalize(call.callee[call.callee.count - 2])
        return httpReceivers.contains { receiver.has($0) }
    }

    /// Calls that only build a URL (`URI.join(base, "/v1/...")`, `URI.parse(...)`, `new URL(path, base)`): the request is
    /// the call that later takes the URL.
    static let urlBuilders: Set<String> = ["join", "uri", "parse", "url", "resolve", "urljoin", "create"]

    /// The call that sends a Dollr request: the Dollr call itself, or, when it only builds a URL bound to a variable
    /// (`token_uri = URI.join(...)`), the first later call of the same function that takes that variable.
    func sendingCall(_ dollrCall: DollrCallIndex.DollrCall) -> CodeModel.Call {
        let model = context.model
        let call = dollrCall.call
        guard RequestCallFinder.urlBuilders.contains(CodeModel.normalize(call.name)),
            let binding = model.binding(valueStartingAt: call.firstToken)
                ?? model.file.previous(call.firstToken).flatMap({ p in
                    model.file.isIdentifier(p, "new") ? model.binding(valueStartingAt: p) : nil
                }),
            binding.value.upperBound <= call.args.upperBound + 1
        else { return call }
        let scope = model.enclosingFunction(of: call.nameToken)?.body ?? 0..<model.file.tokens.count
        let file = model.file
        // The first use of the URL variable, and the innermost call that takes it first (`Net::HTTP.post(uri, ...)`, not
        // the `JSON.parse(...)` around it).
        guard
            let use = (call.args.upperBound..<scope.upperBound).first(where: { k in
                file.tokens[k].kind == .identifier && CodeModel.normalize(file.text(k)) == binding.normalizedName
            })
        else { return call }
        return model.calls.filter { c in c.arguments.first?.contains(use) == true }.min { $0.args.count < $1.args.count } ?? call
    }

    /// The first request in a range that does more than read a status (status polling is another rule's concern).
    func firstRetryableRequest(in range: Range<Int>) -> Int? {
        requests.first { range.contains($0.token) && !$0.isStatusRead }?.token
    }

    /// The requests in a range.
    func requests(in range: Range<Int>) -> [Int] {
        requests.filter { range.contains($0.token) }.map(\.token)
    }
}
