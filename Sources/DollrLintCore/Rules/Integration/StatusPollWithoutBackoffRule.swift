/// `GET /v1/status/...` polled with nothing between requests, or every few seconds forever: a loop around the status
/// call with no sleep, or with a fixed sleep and neither growth nor a bound (attempt cap, deadline); `setInterval`
/// on it with no bound; a job or function that re-schedules itself after a fixed delay with no bound. A growing
/// delay, a capped schedule, a deadline, and realtime subscriptions (no polling at all) are what Dollr recommends.
public final class StatusPollWithoutBackoffRule: Rule {
    public init() {}

    static let tightMessage =
        "Dollr's status endpoint is polled in a loop with no delay between requests; this hammers the API "
        + "into 429s: wait between polls (every 2-5 s, growing during PROCESSING) and stop after a deadline, or use realtime keys"
    static let fixedMessage =
        "Dollr's status endpoint is polled at a fixed interval with no limit; a payment stuck in PROCESSING "
        + "keeps this going forever: grow the delay (exponential backoff with a cap) and stop after a deadline, or use realtime keys"

    public let description = RuleDescription(
        id: .statusPollWithoutBackoff, category: .integration, severity: .warning,
        title: "Status polled in a loop with no delay, or a fixed delay with no bound",
        rationale: "Mobile-money payments can stay PROCESSING for minutes. A tight polling loop sends hundreds of requests per "
            + "payment and trips the rate limit (429) for every other call of the merchant; a fixed interval with no cap or "
            + "deadline keeps a worker busy forever when a payment never settles.",
        fix: "Poll from a background job every 2-5 s, back off while PROCESSING (e.g. 2 s, 4 s, 8 s, capped at 60 s), stop "
            + "after a deadline and reconcile later; for a live checkout page subscribe with a realtime key instead.",
        helpURL: DocLinks.statusPatterns,
        keywords: ["/v1/status", "status"],
        readsDataFiles: false,
        triggering: StatusPollWithoutBackoffExamples.triggering, nonTriggering: StatusPollWithoutBackoffExamples.nonTriggering)

    static let sleepCalls: Set<String> = [
        "sleep", "usleep", "delay", "settimeout", "after", "wait", "pause", "sleepfor", "timer",
        "sleepasync", "delayasync",
    ]
    /// Names that show a growing delay: a backoff helper, the next step of a schedule.
    static let growthWords = ["backoff", "next", "jitter", "exponential", "pow", "schedule", "delays", "intervals"]
    /// Names that show a bound: an attempt cap, a deadline, elapsed time.
    static let boundWords = [
        "attempt", "tries", "deadline", "elapsed", "maxpoll", "pollcount", "numpolls", "retries", "counter", "limit",
        "started", "budget", "giveup", "remaining", "timeout", "maxwait", "until", "cutoff", "iteration",
    ]
    /// Words of a `for` header that walks items (`for x in xs`, `for (const x of xs)`, `for _, x := range xs`).
    static let collectionLoopWords: Set<String> = ["in", "of", "each", "foreach", "range"]
    /// Iterators a loop header may advance (`for rows.Next()`, `while (it.hasNext())`, `while row := cur.fetchone()`).
    static let iteratorWords: Set<String> = ["Next", "next", "hasNext", "Scan", "fetchone", "moveNext", "MoveNext"]

    public func check(_ context: RuleContext) {
        // Tests poll stubs, not Dollr.
        guard context.callsDollrInCode, !context.isBuildOutput, !CodePayloads.isTestFile(context.source.path) else { return }
        let model = context.model
        let file = context.lexed
        let dollr = context.dollrCalls
        var statusCalls = Set(dollr.calls.filter { $0.path.hasPrefix("/v1/status/") }.map { $0.call.nameToken })
        // Same-file helpers that read a status (`def get_status(ref)`) count where they are called.
        let helpers = Set(model.functions.filter { f in statusCalls.contains { f.body.contains($0) } }.map { CodeModel.normalize($0.name) })
        for call in model.calls where helpers.contains(CodeModel.normalize(call.name)) { statusCalls.insert(call.nameToken) }
        // Helpers of another file (`collectionStatus(ref)`, `$payments->status($ref)`): named for a status, and their
        // result tested against Dollr's statuses where they are called.
        for call in model.calls where !statusCalls.contains(call.nameToken) && CodeModel.normalize(call.name).hasSuffix("status") {
            guard context.budget.spend(model.functions.count + 16) else { return }
            if readsStatusThroughHelper(call, model: model, file: file) { statusCalls.insert(call.nameToken) }
        }
        guard !statusCalls.isEmpty else { return }
        var reported = Set<Int>()
        for block in model.blocks.blocks where isPollingLoop(block, file: file) {
            // The innermost-loop check below reads every block once per polling loop.
            guard context.budget.spend(model.blocks.blocks.count) else { return }
            guard let status = statusCalls.filter({ block.body.contains($0) }).min(), !reported.contains(status) else { continue }
            // The innermost loop around the call decides.
            if model.blocks.blocks.contains(where: { b in
                b.body.count < block.body.count && b.body.contains(status) && isPollingLoop(b, file: file)
            }) {
                continue
            }
            let poll = PollingLoop(file: file, model: model, body: block.body, header: LoopHeader.widened(block, file: file))
            guard let message = poll.problem() else { continue }
            reported.insert(status)
            context.report(token: model.call(namedAt: status)?.firstToken ?? status, message: message)
        }
        // setInterval(poll, 3000) / a job that schedules itself again.
        for call in model.calls where CodeModel.normalize(call.name) == "setinterval" {
            guard let callback = call.arguments.first, pollsStatus(callback, statusCalls: statusCalls, model: model, file: file) else {
                continue
            }
            let region = functionRegion(callback, model: model, file: file) ?? callback
            let poll = PollingLoop(file: file, model: model, body: region, header: region.lowerBound..<region.lowerBound)
            if !poll.isBounded() { context.report(token: call.firstToken, message: StatusPollWithoutBackoffRule.fixedMessage) }
        }
        for function in model.functions where statusCalls.contains(where: { function.body.contains($0) }) {
            guard let again = reschedulesItself(function, model: model, file: file),
                let status = statusCalls.filter({ function.body.contains($0) }).min()
            else { continue }
            let poll = PollingLoop(
                file: file, model: model, body: function.body, header: function.body.lowerBound..<function.body.lowerBound)
            // Reported at the status request the job repeats, as for a loop.
            if !poll.isBounded() && !poll.delayGrows(again.arguments + model.calls(startingAt: again.firstToken).flatMap(\.arguments)) {
                context.report(token: model.call(namedAt: status)?.firstToken ?? status, message: StatusPollWithoutBackoffRule.fixedMessage)
            }
        }
    }

    /// Dollr's execution statuses, as a polling loop or job tests them.
    static let dollrStatuses: Set<String> = ["COMPLETED", "FAILED", "PROCESSING", "PENDING"]
    /// Receivers of `status(...)` calls that set an HTTP response's status rather than read a payment's.
    static let responseReceivers: Set<String> = ["res", "response", "reply", "ctx", "c", "w", "http", "abort", "resp"]

    /// A call of a status helper defined elsewhere: its name ends in `status` (`collection_status`, `getPaymentStatus`,
    /// `$payments->status`), it is not a setter, and the function around it compares a value with Dollr's statuses.
    func readsStatusThroughHelper(_ call: CodeModel.Call, model: CodeModel, file: LexedFile) -> Bool {
        let name = CodeModel.normalize(call.name)
        guard name.hasSuffix("status"),
            !["set", "update", "mark", "save", "write", "change", "put"].contains(where: { name.hasPrefix($0) }),
            call.callee.count < 2
                || !StatusPollWithoutBackoffRule.responseReceivers.contains(CodeModel.normalize(call.callee[call.callee.count - 2])),
            let first = call.arguments.first, !(first.count == 1 && file.tokens[first.lowerBound].kind == .number)
        else { return false }
        let scope = model.enclosingFunction(of: call.nameToken)?.body ?? 0..<file.tokens.count
        return scope.contains { k in
            if file.tokens[k].kind == .string { return StatusPollWithoutBackoffRule.dollrStatuses.contains(file.plainString(k) ?? "") }
            return file.tokens[k].kind == .identifier && StatusPollWithoutBackoffRule.dollrStatuses.contains(file.text(k))
                && isInRubyWordList(k, file: file)
        }
    }

    /// A word of a Ruby `%w[COMPLETED FAILED]` list, which the lexer reads as bare words.
    func isInRubyWordList(_ k: Int, file: LexedFile) -> Bool {
        var p = k
        var steps = 0
        while let q = file.previous(p), steps < 8, file.tokens[q].kind == .identifier {
            p = q
            steps += 1
        }
        guard let open = file.previous(p), file.isPunct(open, "[") || file.isPunct(open, "(") || file.isPunct(open, "{"),
            let w = file.previous(open), file.isIdentifier(w, "w") || file.isIdentifier(w, "W"),
            let percent = file.previous(w), file.isPunct(percent, "%")
        else { return false }
        return file.language(ofToken: k) == .ruby
    }

    /// A loop that repeats (not one turn per item of a collection).
    func isPollingLoop(_ block: BlockTree.Block, file: LexedFile) -> Bool {
        guard let keyword = LoopHeader.keyword(block, file: file) else { return false }
        let header = LoopHeader.widened(block, file: file)
        if keyword == .for || keyword == .while {
            let words = header.filter { file.tokens[$0].kind == .identifier }.map { file.text($0) }
            // `for attempt in range(10)` repeats; `for order in orders` visits items.
            if let r = header.first(where: { file.isIdentifier($0, "range") }), let n = file.next(r), file.isPunct(n, "(") { return true }
            if words.contains(where: StatusPollWithoutBackoffRule.iteratorWords.contains) { return false }
            guard keyword == .for else { return true }
            if words.contains(where: StatusPollWithoutBackoffRule.collectionLoopWords.contains) { return false }
            if header.contains(where: { file.isPunct($0, ":") }) && !header.contains(where: { file.isPunct($0, ";") }) { return false }
        }
        return true
    }

    /// Whether a callback (inline, or a same-file function named) reads a status.
    func pollsStatus(_ callback: Range<Int>, statusCalls: Set<Int>, model: CodeModel, file: LexedFile) -> Bool {
        if statusCalls.contains(where: callback.contains) { return true }
        guard let region = functionRegion(callback, model: model, file: file) else { return false }
        return statusCalls.contains(where: region.contains)
    }

    /// The body of the function a callback names (`setInterval(checkStatus, 3000)`), or nil.
    func functionRegion(_ callback: Range<Int>, model: CodeModel, file: LexedFile) -> Range<Int>? {
        guard callback.count == 1, file.tokens[callback.lowerBound].kind == .identifier else { return nil }
        let name = CodeModel.normalize(file.text(callback.lowerBound))
        return model.functions.first { CodeModel.normalize($0.name) == name }?.body
    }

    /// A call that runs the function again later: `poll_status.apply_async(..., countdown=5)`, `self.retry(countdown=5)`,
    /// `PollStatusJob.set(wait: 5.seconds).perform_later(...)`, `setTimeout(() => poll(ref), 3000)`, `->release(5)`.
    func reschedulesItself(_ function: CodeModel.Function, model: CodeModel, file: LexedFile) -> CodeModel.Call? {
        let own = CodeModel.normalize(function.name)
        for call in model.calls where function.body.contains(call.nameToken) {
            let name = CodeModel.normalize(call.name)
            let chain = call.callee.map(CodeModel.normalize)
            if ["applyasync", "delay", "performlater", "performin", "performasync", "dispatch", "enqueue"].contains(name),
                chain.dropLast().contains(where: { $0 == own || own.has($0) && $0.count > 3 }) || chain.starts(with: ["self", "class"])
            {
                return call
            }
            // Laravel `$this->release(10)` puts the job back; Celery's `self.retry` is bounded by max_retries already.
            if name == "release" && chain.first == "this" { return call }
            if name == "settimeout", call.arguments.first.map({ arg in arg.contains { CodeModel.normalize(file.text($0)) == own } }) == true
            {
                return call
            }
        }
        return nil
    }
}

/// One polling loop (or a self-scheduling function) and what slows it down.
struct PollingLoop {
    let file: LexedFile
    let model: CodeModel
    let body: Range<Int>
    let header: Range<Int>

    /// The message when the loop polls too fast or forever, or nil.
    func problem() -> String? {
        let sleeps = model.calls.filter { c in
            body.contains(c.nameToken) && StatusPollWithoutBackoffRule.sleepCalls.contains(CodeModel.normalize(c.name))
                && !(CodeModel.normalize(c.name) == "wait" && c.arguments.isEmpty)
        }
        // `time.NewTicker(...)` or a `select` on a timer channel paces the loop too.
        let paced = body.contains { file.isIdentifier($0, "Ticker") || file.isIdentifier($0, "NewTicker") || file.isIdentifier($0, "Tick") }
        if sleeps.isEmpty && !paced { return StatusPollWithoutBackoffRule.tightMessage }
        if sleeps.contains(where: { delayGrows($0.arguments) }) || isBounded() { return nil }
        return StatusPollWithoutBackoffRule.fixedMessage
    }

    /// Whether a delay argument changes from one turn to the next: a variable updated in the loop or the loop counter,
    /// a backoff helper, a schedule indexed by attempt.
    func delayGrows(_ arguments: [Range<Int>]) -> Bool {
        let names = arguments.flatMap { $0 }.filter { file.tokens[$0].kind == .identifier }.map { CodeModel.normalize(file.text($0)) }
        if names.contains(where: { n in StatusPollWithoutBackoffRule.growthWords.contains { n.has($0) } }) { return true }
        // `2 ** attempt`, `1 << n`, `schedule[attempt]` (a subscript, not a list literal).
        let tokens = arguments.flatMap { $0 }
        if tokens.contains(where: { file.isPunct($0, "**") || file.isPunct($0, "<<") || file.isIdentifier($0, "shl") }) { return true }
        if tokens.contains(where: { k in
            file.isPunct(k, "[") && k > 0 && file.tokens[k - 1].kind == .identifier && file.tokens[k - 1].end == file.tokens[k].start
        }) {
            return true
        }
        let changing = updatedNames()
        return names.contains(where: changing.contains)
    }

    /// Names assigned or updated in the loop body or its header (`delay *= 2`, `attempt += 1`, `for attempt in ...`).
    func updatedNames() -> Set<String> {
        var names = Set<String>()
        for k in header.lowerBound..<body.upperBound where file.tokens[k].kind == .identifier {
            guard let n = file.next(k) else { continue }
            // Keyword arguments (`countdown=5`) name a parameter, they update nothing.
            let isKeywordArgument = file.previous(k).map { file.isPunct($0, "(") || file.isPunct($0, ",") } ?? false
            if !isKeywordArgument,
                ["=", "*=", "+=", "<<=", "++", "--", ":=", "-="].contains(file.text(n)) && file.tokens[n].kind == .punctuation
            {
                names.insert(CodeModel.normalize(file.text(k)))
            }
            // `for attempt in`, `for (let i = 0; ...)`
            if header.contains(k), let p = file.previous(k),
                file.isIdentifier(p, "for") || file.isIdentifier(p, "let") || file.isIdentifier(p, "var")
            {
                names.insert(CodeModel.normalize(file.text(k)))
            }
        }
        return names
    }

    /// An attempt cap or a deadline in the header or the body (`for attempt in range(20)`, `while time.time() < deadline`,
    /// `if attempts > 30: break`), not a keyword argument (`timeout=30`).
    func isBounded() -> Bool {
        if header.contains(where: { file.isIdentifier($0, "range") || file.isIdentifier($0, "times") || file.isIdentifier($0, "repeat") }),
            header.contains(where: { file.tokens[$0].kind == .number })
        {
            return true
        }
        if header.contains(where: { file.isPunct($0, ";") }) && header.contains(where: { file.isPunct($0, "<") || file.isPunct($0, "<=") })
        {
            return true
        }
        for k in header.lowerBound..<body.upperBound where file.tokens[k].kind == .identifier {
            let w = CodeModel.normalize(file.text(k))
            guard StatusPollWithoutBackoffRule.boundWords.contains(where: { w.has($0) }) else { continue }
            if let n = file.next(k), file.isPunct(n, "=") || file.isPunct(n, ":"), let p = file.previous(k),
                file.isPunct(p, "(") || file.isPunct(p, ",")
            {
                continue
            }
            // `AbortSignal.timeout(5000)`: a method named like a bound is not one.
            if let p = file.previous(k), file.isPunct(p, "."), let n = file.next(k), file.isPunct(n, "(") { continue }
            return true
        }
        return false
    }
}
