/// Retries that include client errors: a retry loop, a retried function (`@retry`, `@backoff.on_exception`,
/// `@Retryable`) or a callback handed to a retry helper (`pRetry`, `backoff.Retry`) that goes round again on a 4xx,
/// a retry status list or predicate that names one, and a 429 retried without reading `Retry-After`. Retrying 5xx,
/// timeouts and network errors, and one token refresh on a 401, are what Dollr recommends.
public final class RetryOnClientErrorRule: Rule {
    public init() {}

    static let clientErrorMessage =
        "A 4xx from Dollr is retried here as if it were transient; a 422 (or 400/403/404) will fail the same "
        + "way every time: retry only 5xx, timeouts and network errors, refresh the token once on 401, and fix the request on 422"
    static let rateLimitMessage =
        "A 429 from Dollr is retried here without reading Retry-After; wait at least the Retry-After seconds "
        + "(with a capped exponential backoff when it is absent) before the next attempt"

    public let description = RuleDescription(
        id: .retryOnClientError, category: .integration, severity: .warning,
        title: "4xx retried as if transient, or 429 retried without Retry-After",
        rationale: "Dollr answers 422 when the request itself is wrong, 400/403/404 when it cannot be served as sent: sending it again "
            + "fails again, multiplies load and trips the rate limit (429). A 429 asks the client to wait Retry-After seconds; "
            + "retrying sooner extends the throttling.",
        fix: "Retry only on 5xx, timeouts and connection errors, with exponential backoff and a cap. On 401 refresh the token once and "
            + "retry once. On 422 log the detail array and fix the payload. On 429 sleep for Retry-After before retrying.",
        helpURL: DocLinks.errorHandling,
        keywords: ["dollr", "/v1/"],
        readsDataFiles: false,
        triggering: RetryOnClientErrorExamples.triggering, nonTriggering: RetryOnClientErrorExamples.nonTriggering)

    static let retryLoopWords: Set<String> = [
        "attempt", "attempts", "retry", "retries", "tries", "maxretries", "maxattempts", "true",
        "times", "try", "remaining", "backoff",
    ]
    static let retryHelpers: Set<String> = [
        "pretry", "retry", "asyncretry", "withretry", "retrywithbackoff", "retryasync", "withbackoff",
        "retrying", "retryoperation", "withretries", "retrywhen", "retrypolicy",
    ]
    static let retryDecorators = ["retry", "backoff", "retryable", "retrying"]
    /// Exception types a retried function may be limited to that never carry a 4xx.
    static let transientTypes: Set<String> = [
        "timeout", "timeouterror", "connectionerror", "connecterror", "readtimeout", "connecttimeout", "httpservererrorexception",
        "resourceaccessexception", "ioexception", "sockettimeoutexception", "servererror", "timeoutexception", "taskcanceledexception",
        "transporterror", "networkerror", "remoteprotocolerror", "connectionfailed", "readtimeouterror", "connecttimeouterror",
        "servererrorexception", "serviceunavailable", "httpserverexception", "retryableerror", "transienterror", "retryable",
    ]
    /// Settings that list the statuses a library retries; these libraries honour Retry-After on 429 themselves.
    static let libraryStatusLists: Set<String> = [
        "statusforcelist", "statuscodes", "retrystatuses", "retryonstatus", "retrystatuscodes",
        "retryablestatuscodes", "statuslist", "retryonstatuses", "retryablestatuses",
    ]
    /// Project constants that list retried statuses.
    static let ownStatusLists = ["retryable", "retriable", "retrystatus", "retrycodes", "transientstatus", "transientcodes", "retryon"]
    /// Predicates that decide whether to retry (`retryCondition`, `shouldRetry`, Polly `OrResult`, tenacity `retry_if_result`).
    static let retryPredicates: Set<String> = [
        "retrycondition", "shouldretry", "retryif", "retryon", "retrywhen", "retryonresult",
        "orresult", "handleresult", "retryifresult", "isretryable", "isretriable", "retryable",
        "istransient", "shouldretrystatus", "isretryablestatus", "retryifexception", "retryonresultpredicate",
    ]

    public func check(_ context: RuleContext) {
        guard context.callsDollrInCode, !context.isBuildOutput else { return }
        let model = context.model
        let file = context.lexed
        var reported = Set<Int>()
        func report(_ token: Int, _ message: String) {
            if reported.insert(file.line(token)).inserted { context.report(token: token, message: message) }
        }
        checkStatusLists(context: context, report: report)
        checkPredicates(context: context, report: report)
        let requests = RequestCallFinder(context: context)
        guard requests.hasRequests else { return }
        // Retry loops around a request.
        for block in model.blocks.blocks where LoopHeader.keyword(block, file: file) != nil && isRetryLoop(block, file: file) {
            // Following the flow reads the loop's body once.
            guard context.budget.spend(block.body.count) else { return }
            // A loop of status reads is polling, judged by another rule, but a 429 it retries must still wait Retry-After.
            let retryable = requests.firstRetryableRequest(in: block.body)
            guard let first = retryable ?? requests.requests(in: block.body).first else { continue }
            let flow = RetryFlowReader(file: file, model: model, kind: .loop, language: file.language(ofToken: first))
            // `return decode(http.request(...))`: the statement returns whatever the request answers.
            let lineStart = flow.lineFirstToken(first)
            let start = file.isIdentifier(lineStart, "return") && block.body.contains(lineStart) ? lineStart : first
            var outcome = flow.follow(start..<block.body.upperBound, HTTPStatusConditionReader.samples)
            outcome.retried.formUnion(outcome.fellThrough)
            let handled = handlerRetries(in: block.body, request: first, flow: flow, file: file, model: model)
            outcome.retried.formUnion(handled.retried)
            outcome.tests.append(contentsOf: handled.tests)
            outcome.refreshed.formUnion(handled.refreshed)
            if retryable == nil { outcome.retried.formIntersection([429]) }
            judge(outcome, region: block.body, context: context, report: report)
        }
        checkRubyRescueRetries(context, requests: requests, report: report)
        // Functions retried as a whole on an exception.
        for function in model.functions where function.decorators.contains(where: isRetryDecorator) {
            guard requests.firstRetryableRequest(in: function.body) != nil else { continue }
            let decorator = retryDecorator(before: function.nameToken, model: model)
            guard retriesClientErrors(decorator?.args, file: file) else { continue }
            // An exception type named for a 4xx (`DollrRequestError`, `HttpClientErrorException`): retried whatever raises it.
            if let decorator = decorator, namesClientErrorType(decorator.args, file: file) {
                report(decorator.firstToken, RetryOnClientErrorRule.clientErrorMessage)
                continue
            }
            let flow = RetryFlowReader(
                file: file, model: model, kind: .retriedOnThrow, language: file.language(ofToken: function.nameToken))
            // The decorator is the retry condition a reviewer points at.
            judge(
                flow.follow(function.body, HTTPStatusConditionReader.samples), region: function.body, at: decorator?.firstToken,
                context: context,
                report: report)
        }
        // Callbacks handed to a retry helper.
        for call in model.calls where isRetryHelper(call) {
            for region in callbackRegions(call, file: file) {
                guard requests.firstRetryableRequest(in: region) != nil else { continue }
                let flow = RetryFlowReader(
                    file: file, model: model, kind: .retriedOnThrow, language: file.language(ofToken: call.nameToken))
                judge(flow.follow(region, HTTPStatusConditionReader.samples), region: region, context: context, report: report)
            }
        }
    }

    /// Reports the retried 4xx (a 401 answered by a token refresh aside) or a 429 retried without Retry-After.
    func judge(
        _ outcome: RetryFlowReader.Outcome, region: Range<Int>, at condition: Int? = nil, context: RuleContext,
        report: (Int, String) -> Void
    ) {
        guard !outcome.tests.isEmpty else { return }
        var bad = outcome.retried.intersection(HTTPStatusConditionReader.clientErrors)
        if bad.contains(401), outcome.refreshed.contains(401) { bad.remove(401) }
        if !bad.isEmpty, let test = outcome.tests.first(where: { !$0.statuses.intersection(bad).isEmpty }) ?? outcome.tests.first {
            report(condition ?? test.token, RetryOnClientErrorRule.clientErrorMessage)
        } else if outcome.retried.contains(429), !readsRetryAfter(context),
            let test = outcome.tests.first(where: { $0.statuses.contains(429) }) ?? outcome.tests.first
        {
            report(condition ?? test.token, RetryOnClientErrorRule.rateLimitMessage)
        }
    }

    /// Errors a handler in a retry loop sends round again, when the handler tests their status: C#
    /// `catch (ApiException ex) when (ex.StatusCode == HttpStatusCode.UnprocessableEntity)`, `catch (e) { if
    /// (e.response?.status === 422) continue; throw e; }`, `except HTTPError as e:` with a status test in its body.
    func handlerRetries(
        in loop: Range<Int>, request: Int, flow: RetryFlowReader, file: LexedFile, model: CodeModel, fallThroughRetries: Bool = true
    ) -> RetryFlowReader.Outcome {
        var out = RetryFlowReader.Outcome()
        let blocks = model.blocks.blocks
        let conditions = HTTPStatusConditionReader(file: file)
        // Blocks are sorted by where their bodies start: only those that start in the region are read.
        for k in blocks.partitionPoint(where: { $0.body.lowerBound < loop.lowerBound })..<blocks.count {
            let handler = blocks[k]
            // A header is short: a body that starts far past the region has its header past it too.
            if handler.body.lowerBound > loop.upperBound + 256 { break }
            guard RetryOnClientErrorRule.handlerKeywords.contains(handler.keyword), loop.contains(handler.header.lowerBound) else {
                continue
            }
            // The `try` (or `begin`) this handler belongs to, through any handlers before it, must hold the request.
            guard let t = owner(of: k, blocks: blocks), blocks[t].body.contains(request), k != t else { continue }
            var entering = HTTPStatusConditionReader.samples.filter { $0 >= 400 }
            var tests: [RetryFlowReader.StatusTest] = []
            // A C# exception filter: `when (...)` in the header.
            if let when = handler.header.first(where: { file.isIdentifier($0, "when") }), let open = file.next(when),
                file.isPunct(open, "("), file.tokens[open].match > Int32(open),
                let set = conditions.statuses((open + 1)..<Int(file.tokens[open].match))
            {
                entering.formIntersection(set)
                tests.append(RetryFlowReader.StatusTest(token: open + 1, statuses: entering))
            } else if let (typeToken, set) = statusesOfErrorType(handler.header, file: file) {
                // An error type named for a status: `rescue Faraday::UnprocessableEntityError`, `HttpClientErrorException`.
                entering.formIntersection(set)
                tests.append(RetryFlowReader.StatusTest(token: typeToken, statuses: entering))
            }
            let sub = flow.follow(handler.body, entering, depth: 1)
            tests.append(contentsOf: sub.tests)
            // Only a handler that tests a status says which errors it retries.
            guard !tests.isEmpty else { continue }
            out.tests.append(contentsOf: tests)
            out.retried.formUnion(fallThroughRetries ? sub.retried.union(sub.fellThrough) : sub.retried)
            out.refreshed.formUnion(sub.refreshed)
            if entering.contains(401), flow.refreshesToken(handler.body) { out.refreshed.insert(401) }
        }
        return out
    }

    static let handlerKeywords: Set<BlockKeyword> = [.catch, .except, .rescue]

    /// The `try`, `begin` or `def` block a handler belongs to, through the handlers before it.
    func owner(of handler: Int, blocks: [BlockTree.Block]) -> Int? {
        var owner = blocks[handler].previous
        var steps = 0
        while let p = owner, RetryOnClientErrorRule.handlerKeywords.contains(blocks[p].keyword), steps < 8 {
            owner = blocks[p].previous
            steps += 1
        }
        return owner
    }

    /// Error type names that stand for statuses, by their words.
    static let errorTypeStatuses: [(word: String, statuses: Set<Int>)] = [
        ("unprocessable", [422]), ("badrequest", [400]), ("unauthorized", [401]), ("unauthenticated", [401]),
        ("forbidden", [403]), ("notfound", [404]), ("conflict", [409]), ("toomanyrequests", [429]), ("ratelimit", [429]),
        ("clienterror", HTTPStatusConditionReader.samples.filter { $0 >= 400 && $0 < 500 }),
    ]

    /// The statuses a handler's error type stands for (`Faraday::UnprocessableEntityError` 422, `HttpClientErrorException`
    /// every 4xx), with the type's token, or nil when it names none.
    func statusesOfErrorType(_ header: Range<Int>, file: LexedFile) -> (Int, Set<Int>)? {
        var found: (Int, Set<Int>)? = nil
        for k in header where file.tokens[k].kind == .identifier {
            let w = CodeModel.normalize(file.text(k))
            guard w.hasSuffix("error") || w.hasSuffix("exception") else { continue }
            for (word, set) in RetryOnClientErrorRule.errorTypeStatuses where w.has(word) {
                found = (found?.0 ?? k, (found?.1 ?? []).union(set))
                break
            }
        }
        return found
    }

    /// Ruby `begin ... rescue ... retry end` (or a method's own rescue): the rescue runs the block again.
    func checkRubyRescueRetries(_ context: RuleContext, requests: RequestCallFinder, report: (Int, String) -> Void) {
        let model = context.model
        let file = context.lexed
        let blocks = model.blocks.blocks
        for (k, handler) in blocks.enumerated()
        where handler.keyword == .rescue && file.language(ofToken: handler.body.lowerBound) == .ruby {
            guard handler.body.contains(where: { file.isIdentifier($0, "retry") }), let t = owner(of: k, blocks: blocks),
                let first = requests.firstRetryableRequest(in: blocks[t].body)
            else { continue }
            let flow = RetryFlowReader(file: file, model: model, kind: .loop, language: .ruby)
            let outcome = handlerRetries(
                in: handler.header.lowerBound..<(handler.header.lowerBound + 1), request: first, flow: flow, file: file, model: model,
                fallThroughRetries: false)
            judge(outcome, region: handler.body, context: context, report: report)
        }
    }

    func readsRetryAfter(_ context: RuleContext) -> Bool {
        context.source.containsKeyword("retry-after") || context.source.containsKeyword("retry_after")
            || context.source.containsKeyword("retryafter")
    }

    /// A loop that repeats the same request: an attempt counter, `while True`, `loop {}`, `for {}`, `range(n)`, a sleep.
    func isRetryLoop(_ block: BlockTree.Block, file: LexedFile) -> Bool {
        let header = LoopHeader.widened(block, file: file)
        let words = header.filter { file.tokens[$0].kind == .identifier }.map { CodeModel.normalize(file.text($0)) }
        if words.contains(where: { w in RetryOnClientErrorRule.retryLoopWords.contains { w.has($0) } }) { return true }
        if let r = header.first(where: { file.isIdentifier($0, "range") }), let n = file.next(r), file.isPunct(n, "(") { return true }
        // `for {`, `loop {`, `for (;;)`, `repeat {`.
        if words.count <= 1 { return true }
        // A count: Rust `for _ in 0..3`, Swift `for _ in 0..<3` and `1...3`, Kotlin `for (i in 1..3)`.
        if header.contains(where: { k in
            guard file.isPunct(k, "..") || file.isPunct(k, "..."), var n = file.next(k) else { return false }
            if file.isPunct(n, "<") || file.isPunct(n, "="), let m = file.next(n) { n = m }
            return file.tokens[n].kind == .number
        }) {
            return true
        }
        return header.contains { file.isPunct($0, ";") } && words.count <= 4
    }

    func isRetryDecorator(_ name: String) -> Bool {
        let n = CodeModel.normalize(name)
        return RetryOnClientErrorRule.retryDecorators.contains { n.has($0) }
    }

    /// The retry decorator just above a function when it has arguments (`@retry(stop=..., retry=...)`, `@Retryable(...)`).
    func retryDecorator(before nameToken: Int, model: CodeModel) -> CodeModel.Call? {
        let candidates = model.calls.filter { c in
            c.nameToken < nameToken && nameToken - c.nameToken < 120 && isRetryDecorator(c.name)
                && model.file.previous(c.firstToken).map { model.file.isPunct($0, "@") } == true
        }
        // `@Retryable(..., backoff = @Backoff(...))`: the outer annotation, not the one among its arguments.
        return candidates.last { c in !candidates.contains { $0.args.contains(c.nameToken) } }
    }

    /// Whether a retry decorator's arguments let client errors through: none (every exception), an HTTP error type,
    /// and no predicate of its own (`retry=retry_if_exception(is_transient)`, `giveup=`, `retryFor = HttpServerErrorException.class`).
    func retriesClientErrors(_ arguments: Range<Int>?, file: LexedFile) -> Bool {
        guard let args = arguments else { return true }
        let words = args.filter { file.tokens[$0].kind == .identifier }.map { CodeModel.normalize(file.text($0)) }
        if words.contains(where: {
            [
                "giveup", "retryifexception", "retryifresult", "predicate", "retryifnotexceptiontype", "noretryfor",
                "exclude", "notretryon",
            ].contains($0)
        }) {
            return false
        }
        let types = words.filter { $0.hasSuffix("error") || $0.hasSuffix("exception") || $0.hasSuffix("timeout") || $0 == "timeout" }
        if types.isEmpty { return true }
        return types.contains { !RetryOnClientErrorRule.transientTypes.contains($0) }
    }

    /// Words of exception type names that stand for a 4xx.
    static let clientErrorTypeWords = [
        "clienterror", "requesterror", "badrequest", "validationerror", "unprocessable", "notfound",
        "forbidden", "unauthorized", "4xx",
    ]

    func namesClientErrorType(_ arguments: Range<Int>, file: LexedFile) -> Bool {
        arguments.contains { k in
            guard file.tokens[k].kind == .identifier else { return false }
            let word = CodeModel.normalize(file.text(k))
            return (word.hasSuffix("error") || word.hasSuffix("exception"))
                && RetryOnClientErrorRule.clientErrorTypeWords.contains { word.has($0) }
        }
    }

    func isRetryHelper(_ call: CodeModel.Call) -> Bool {
        let name = CodeModel.normalize(call.name)
        if RetryOnClientErrorRule.retryHelpers.contains(name) { return true }
        // `retry.Do(func() error {...})`, `policy.ExecuteAsync(...)`, `Retry.decorateSupplier(...)`.
        let receiver = call.callee.dropLast().last.map(CodeModel.normalize) ?? ""
        return (receiver.has("retry") || receiver.has("policy") || receiver.has("backoff"))
            && [
                "do", "executeasync", "execute", "run",
                "decoratesupplier", "decoratecallable", "executesupplier", "call",
            ].contains(name)
    }

    /// The function literals among a call's arguments, and a trailing closure after it (`retry(3) { ... }`).
    func callbackRegions(_ call: CodeModel.Call, file: LexedFile) -> [Range<Int>] {
        var regions: [Range<Int>] = []
        for arg in call.arguments
        where arg.contains(where: {
            file.isPunct($0, "=>") || file.isPunct($0, "->") || file.isIdentifier($0, "function")
                || file.isIdentifier($0, "func") || file.isIdentifier($0, "lambda")
        }) {
            // The body of the function literal: `async () => { ... }`, `function () { ... }`, `func() error { ... }`.
            if let open = arg.first(where: { file.isPunct($0, "{") && file.tokens[$0].match > Int32($0) }) {
                regions.append((open + 1)..<Int(file.tokens[open].match))
            } else {
                regions.append(arg)
            }
        }
        if let close = call.args.last.map({ $0 + 1 }) ?? file.next(call.nameToken).flatMap({ Int(file.tokens[$0].match) }),
            let open = file.next(close), file.isPunct(open, "{"), file.tokens[open].match > Int32(open)
        {
            regions.append((open + 1)..<Int(file.tokens[open].match))
        }
        return regions
    }

    /// `status_forcelist=[422, 500]`, `statusCodes: [400, 500]`, `RETRYABLE_STATUSES = {429, 500}`.
    func checkStatusLists(context: RuleContext, report: (Int, String) -> Void) {
        let file = context.lexed
        let reader = ExpressionReader(file: file)
        for binding in context.model.bindings {
            let name = binding.normalizedName
            let library = RetryOnClientErrorRule.libraryStatusLists.contains(name)
            guard library || RetryOnClientErrorRule.ownStatusLists.contains(where: { name.has($0) }) else { continue }
            let numbers = binding.value.compactMap { k in reader.number(k).map { (k, Int($0)) } }
            guard numbers.count >= 1, numbers.allSatisfy({ $0.1 >= 100 && $0.1 <= 599 }) else { continue }
            if let bad = numbers.first(where: { HTTPStatusConditionReader.clientErrors.contains($0.1) }) {
                report(bad.0, RetryOnClientErrorRule.clientErrorMessage)
            } else if !library, let rate = numbers.first(where: { $0.1 == 429 }), !readsRetryAfter(context) {
                report(rate.0, RetryOnClientErrorRule.rateLimitMessage)
            }
        }
    }

    /// `retryCondition: (e) => e.response.status >= 400`, `.OrResult(r => !r.IsSuccessStatusCode)`,
    /// `retry_if_result(lambda r: r.status_code != 200)`, `def should_retry(resp): return resp.status_code >= 400`.
    func checkPredicates(context: RuleContext, report: (Int, String) -> Void) {
        let model = context.model
        let file = context.lexed
        let conditions = HTTPStatusConditionReader(file: file)
        var expressions: [Range<Int>] = []
        for binding in model.bindings where binding.kind == .key && RetryOnClientErrorRule.retryPredicates.contains(binding.normalizedName)
        {
            if let body = lambdaBody(binding.value, file: file) { expressions.append(body) }
        }
        for call in model.calls where RetryOnClientErrorRule.retryPredicates.contains(CodeModel.normalize(call.name)) {
            for arg in call.arguments { if let body = lambdaBody(arg, file: file) { expressions.append(body) } }
        }
        // Guzzle `Middleware::retry(function (...) { return ...; })`: a decider handed to a retry helper.
        for call in model.calls where isRetryHelper(call) {
            for region in callbackRegions(call, file: file)
            where !region.contains(where: { model.call(namedAt: $0).map(RequestCallFinder.isHTTPClientCall) ?? false }) {
                for k in region where file.isIdentifier(k, "return") {
                    let flow = RetryFlowReader(file: file, model: model, kind: .loop, language: file.language(ofToken: k))
                    expressions.append((k + 1)..<flow.lineEnd(k))
                }
            }
        }
        for function in model.functions where RetryOnClientErrorRule.retryPredicates.contains(CodeModel.normalize(function.name)) {
            for k in function.body where file.isIdentifier(k, "return") {
                let flow = RetryFlowReader(file: file, model: model, kind: .loop, language: file.language(ofToken: k))
                expressions.append((k + 1)..<flow.lineEnd(k))
            }
        }
        for expression in expressions {
            guard let set = conditions.statuses(expression), let first = expression.first(where: { file.tokens[$0].kind != .newline })
            else { continue }
            var outcome = RetryFlowReader.Outcome()
            outcome.retried = set
            outcome.tests = [RetryFlowReader.StatusTest(token: first, statuses: set)]
            judge(outcome, region: expression, context: context, report: report)
        }
    }

    /// The expression a function literal returns: after `=>`, `->`, or a Python lambda's `:`.
    func lambdaBody(_ range: Range<Int>, file: LexedFile) -> Range<Int>? {
        guard
            let arrow = range.first(where: {
                file.isPunct($0, "=>") || file.isPunct($0, "->")
                    || (file.isPunct($0, ":") && range.contains { file.isIdentifier($0, "lambda") })
            }),
            let start = file.next(arrow), start < range.upperBound
        else { return nil }
        if file.isPunct(start, "{"), file.tokens[start].match > Int32(start) {
            // A block body: the returned expression.
            let close = Int(file.tokens[start].match)
            if let ret = (start..<close).first(where: { file.isIdentifier($0, "return") }) { return (ret + 1)..<close }
            return (start + 1)..<close
        }
        return start..<range.upperBound
    }
}
