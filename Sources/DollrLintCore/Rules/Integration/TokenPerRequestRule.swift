/// A new access token obtained for every API call: the token endpoint requested from the function that builds the
/// Authorization header or wraps Dollr calls, directly or through a token helper it calls, with no cache and no expiry
/// check on the way. Reported at the token request that runs each time. A cached token refreshed when under five
/// minutes remain, a refresh only after a 401, and a one-off script (`main`, top-level code) are fine.
public final class TokenPerRequestRule: Rule {
    public init() {}

    static let message =
        "A new Dollr access token is requested for every API call here; cache it with its expiry "
        + "(expires_in is in minutes) and request a new one only when fewer than 5 minutes remain or after a 401"

    public let description = RuleDescription(
        id: .tokenPerRequest, category: .integration, severity: .warning,
        title: "New access token obtained for every API call",
        rationale: "A Dollr token is valid for expires_in minutes (an hour). Requesting one per call doubles the traffic, adds a "
            + "round trip to every payment, sends the client secret over the wire each time and runs into the rate limit (429) "
            + "under load, when parallel workers all refresh at once.",
        fix: "Keep the token and its expiry (in memory, Redis or the framework cache) and reuse it; refresh when fewer than 5 "
            + "minutes remain, and once after a 401. One refresh flow per process, shared by the workers.",
        helpURL: DocLinks.authentication,
        keywords: ["/v1/jwt/"],
        readsDataFiles: false,
        triggering: TokenPerRequestExamples.triggering, nonTriggering: TokenPerRequestExamples.nonTriggering)

    /// Names a condition tests when it guards a cached token.
    static let cacheConditionWords = ["token", "expir", "cache", "valid", "fresh", "stale", "ttl", "until", "deadline", "exp", "bearer"]
    /// Calls that compute a value once and keep it.
    static let memoizingCalls: Set<String> = [
        "remember", "rememberforever", "getorset", "getorput", "computeifabsent", "getorcreate",
        "getorcreateasync", "getorelseupdate", "do", "fetch", "once", "getorinsertwith", "cached",
        "memoize", "getorload",
    ]
    static let memoizingDecorators = ["lrucache", "cache", "cached", "memoize", "cachedmethod", "cacheable", "ttlcache", "cachedproperty"]
    /// Entry points that run once per invocation (scripts, commands).
    static let oneOffFunctions: Set<String> = ["main", "handle", "run", "cli", "script"]
    /// Names (of calls, fields, variables) that set the Authorization header.
    static let headerWords = [
        "authorization", "bearer", "withtoken", "setbearerauth", "bearerauth", "authenticationheadervalue",
        "withheaders", "setauthorization",
    ]
    /// String keys that set it (`"Authorization"`, Symfony's `'auth_bearer'`); a value starting with `Bearer` does too.
    /// Other strings that merely mention it (a log line) do not.
    static let headerKeys: Set<String> = ["authorization", "authbearer", "bearer", "xauthorization"]

    public func check(_ context: RuleContext) {
        guard context.mentionsDollr, !context.isBuildOutput, !CodePayloads.isTestFile(context.source.path) else { return }
        let model = context.model
        let file = context.lexed
        let dollr = context.dollrCalls
        let tokenCalls = dollr.calls.filter(\.isToken)
        guard !tokenCalls.isEmpty else { return }
        let requests = RequestCallFinder(context: context)
        for request in tokenCalls {
            // The helper search below reads the whole file once per token request.
            guard context.budget.spend(file.tokens.count) else { return }
            let at = request.call.nameToken
            guard let owner = model.enclosingFunction(of: at), !isOneOff(owner, context: context) else { continue }
            if isGuarded(at, in: owner, file: file, model: model) || isMemoized(owner, file: file, model: model) { continue }
            let runsEachTime: Bool
            if buildsHeadersOrCalls(owner, except: at, file: file, requests: requests) {
                runsEachTime = !servesALoop(at, in: owner, model: model, requests: requests)
            } else {
                // A token helper: per request when a header builder or request wrapper calls it without a cache in between.
                let own = CodeModel.normalize(owner.name)
                // Uses by name, calls or not: Ruby's `#{fetch_token}` and Python properties are called without parentheses.
                // Normalising drops separators (`_`, `$`, `@`, ...) and never adds bytes: a shorter identifier cannot match,
                // so most are rejected by their length before any string is built.
                let ownLength = own.utf8.count
                runsEachTime = file.tokens.indices.contains { k in
                    let token = file.tokens[k]
                    let length = token.end - token.start
                    guard token.kind == .identifier, length >= ownLength, length <= 2 * ownLength + 2,
                        !owner.body.contains(k), k != owner.nameToken,
                        CodeModel.normalize(file.text(k)) == own, !isDeclaration(k, file: file),
                        let caller = model.enclosingFunction(of: k), !isOneOff(caller, context: context)
                    else { return false }
                    return buildsHeadersOrCalls(caller, except: k, file: file, requests: requests)
                        && !isGuarded(k, in: caller, file: file, model: model) && !isMemoized(caller, file: file, model: model)
                        && !servesALoop(k, in: caller, model: model, requests: requests)
                }
            }
            if runsEachTime { context.report(token: requests.sendingCall(request).firstToken, message: TokenPerRequestRule.message) }
        }
    }

    /// A name being declared or assigned rather than used.
    func isDeclaration(_ k: Int, file: LexedFile) -> Bool {
        if let p = file.previous(k), ["def", "func", "function", "fun", "fn", "let", "var", "val", "const"].contains(file.text(p)) {
            return true
        }
        if let n = file.next(k), file.isPunct(n, "=") || file.isPunct(n, ":") { return true }
        return false
    }

    /// `main`, a management command's `handle`, or any function of a script directory: runs once per invocation.
    func isOneOff(_ function: CodeModel.Function, context: RuleContext) -> Bool {
        let path = context.source.path.lowercased()
        if path.hasPrefix("scripts/") || path.has("/scripts/") || path.hasPrefix("bin/") || path.has("/management/commands/") {
            return true
        }
        return TokenPerRequestRule.oneOffFunctions.contains(CodeModel.normalize(function.name))
    }

    /// Whether the function builds the Authorization header or sends another request besides the token one.
    /// Only Dollr calls count as other requests: a bare `http.send(tokenRequest)` may be the token request itself.
    func buildsHeadersOrCalls(_ function: CodeModel.Function, except token: Int, file: LexedFile, requests: RequestCallFinder) -> Bool {
        if requests.dollr.calls.contains(where: { c in !c.isToken && function.body.contains(c.call.nameToken) }) { return true }
        return function.body.contains { k in
            switch file.tokens[k].kind {
            case .identifier:
                let name = CodeModel.normalize(file.text(k))
                return TokenPerRequestRule.headerWords.contains { name.has($0) }
            case .string:
                let text = CodeModel.normalize(file.literal(k)?.text() ?? "")
                return TokenPerRequestRule.headerKeys.contains(text) || text.hasPrefix("bearer")
            default:
                return false
            }
        }
    }

    /// A token obtained once before a loop of requests (`token = await dollrToken()` then a polling loop): one token serves
    /// many calls, so it is not obtained per request.
    func servesALoop(_ i: Int, in function: CodeModel.Function, model: CodeModel, requests: RequestCallFinder) -> Bool {
        model.blocks.blocks.contains { block in
            block.header.lowerBound > i && function.body.contains(block.header.lowerBound)
                && LoopHeader.keyword(block, file: model.file) != nil
                && requests.dollr.calls.contains { !$0.isToken && block.body.contains($0.call.nameToken) }
        }
    }

    /// Whether the token request (or the helper call) at `i` only runs behind a check: a cached token and its expiry
    /// (`if self._token and time.time() < self._exp`), a 401 (`if res.status === 401`), or inside an error handler.
    func isGuarded(_ i: Int, in function: CodeModel.Function, file: LexedFile, model: CodeModel) -> Bool {
        let conditions = HTTPStatusConditionReader(file: file)
        // Enclosing branches and handlers inside the function.
        for block in model.blocks.enclosing(i)
        where function.body.contains(block.header.lowerBound) || function.body.lowerBound == block.body.lowerBound {
            if RetryFlowReader.handlerWords.contains(block.keyword.rawValue) { return true }
            guard [.if, .elif, .else, .unless, .when, .case].contains(block.keyword) else { continue }
            if mentionsCache(block.header, file: file) { return true }
            if let set = conditions.statuses(block.header), set.contains(401), !set.contains(200) { return true }
        }
        // A Ruby modifier on its own line: `refresh_token! if @token.nil? || Time.current >= @expires_at - MARGIN`.
        if file.language(ofToken: i) == .ruby, let modifier = postfixCondition(after: i, file: file), mentionsCache(modifier, file: file) {
            return true
        }
        // An early return before it: `if (cached && cached.expiresAt > Date.now()) return cached.token;`,
        // `return @token if @token && Time.now < @expires_at`, `||=`, `??=`.
        var lineHasReturn = false
        for k in function.body.lowerBound..<i {
            if file.tokens[k].kind == .newline { lineHasReturn = false }
            if file.isIdentifier(k, "return") { lineHasReturn = true }
            if file.isPunct(k, "||=") || file.isPunct(k, "??=") { return true }
            if file.isPunct(k, "||") || file.isPunct(k, "??"), let n = file.next(k), file.isPunct(n, "="),
                file.tokens[n].start == file.tokens[k].end
            {
                return true
            }
            guard file.isIdentifier(k, "if") || file.isIdentifier(k, "guard") || file.isIdentifier(k, "unless") else { continue }
            let condition = (k..<i).prefix { file.tokens[$0].kind != .newline }
            if mentionsCache(k..<(k + condition.count), file: file)
                && (lineHasReturn || (k..<i).contains(where: { file.isIdentifier($0, "return") }))
            {
                return true
            }
        }
        return isInsideCacheCallback(i, model: model)
    }

    /// The condition of a Ruby `if`/`unless` modifier that ends the statement starting at `i`, up to the end of the line.
    func postfixCondition(after i: Int, file: LexedFile) -> Range<Int>? {
        var k = i
        while let n = file.next(k, newlines: true), file.tokens[n].kind != .newline {
            if file.isIdentifier(n, "if") || file.isIdentifier(n, "unless") {
                var end = n
                while let m = file.next(end, newlines: true), file.tokens[m].kind != .newline { end = m }
                return n..<(end + 1)
            }
            k = file.tokens[n].match > Int32(n) ? Int(file.tokens[n].match) : n
        }
        return nil
    }

    /// Inside the callback a cache calls on a miss: Symfony's `$cache->get('token', function (ItemInterface $item) {...})`,
    /// `cache.get_or_set(key, lambda: ...)`.
    func isInsideCacheCallback(_ i: Int, model: CodeModel) -> Bool {
        model.calls.contains { call in
            call.args.contains(i) && call.nameToken < i
                && call.callee.dropLast().contains { CodeModel.normalize($0).has("cache") }
                && call.arguments.contains { arg in
                    arg.contains(i)
                        && arg.contains {
                            model.file.isPunct($0, "{") || model.file.isPunct($0, "=>") || model.file.isIdentifier($0, "lambda")
                        }
                }
        }
    }

    func mentionsCache(_ range: Range<Int>, file: LexedFile) -> Bool {
        range.contains { k in
            file.tokens[k].kind == .identifier
                && TokenPerRequestRule.cacheConditionWords.contains { CodeModel.normalize(file.text(k)).has($0) }
        }
    }

    /// A memoized function: a caching decorator, or a memoizing call around its work (`Cache::remember`, `Rails.cache.fetch`,
    /// `sync.Once.Do`, `GetOrCreateAsync`).
    func isMemoized(_ function: CodeModel.Function, file: LexedFile, model: CodeModel) -> Bool {
        if function.decorators.contains(where: { d in TokenPerRequestRule.memoizingDecorators.contains { CodeModel.normalize(d).has($0) } })
        {
            return true
        }
        return model.calls.contains { call in
            let name = CodeModel.normalize(call.name)
            guard function.body.contains(call.nameToken), TokenPerRequestRule.memoizingCalls.contains(name) else { return false }
            // `fetch` and `Do` only memoize on a cache or a `sync.Once` (`Rails.cache.fetch`, `once.Do`), not on `c.http.Do(req)`.
            return (name != "fetch" && name != "do")
                || call.callee.dropLast().contains { CodeModel.normalize($0).has("cache") || CodeModel.normalize($0).has("once") }
        }
    }
}
