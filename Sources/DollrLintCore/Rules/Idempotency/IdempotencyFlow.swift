/// The questions the four idempotency rules ask of one file's flow facts with the project index in hand:
/// is this call an execute or a status check, and which retry path (loop, handler, retry helper, retried function)
/// runs it again.
public struct IdempotencyFlow: Sendable {
    public let index: ProjectIndex
    public let file: Int
    var facts: FileFlowFacts { index.files[file] }

    /// Doc links the messages cite.
    static let errorHandlingURL = DocLinks.base + "/guides/error-handling"
    static let duplicateReferenceURL = DocLinks.base + "/knowledge-base/duplicate-reference-id"
    static let processingURL = DocLinks.base + "/knowledge-base/payment-processing-status"

    /// Where an attempt repeats, and the byte range that is one attempt.
    public enum RetryPath: Sendable {
        case loop(Int)
        case handler(Int)
        /// The function-literal argument of a retry helper (a region, or the argument range of a brace-less lambda).
        case helper(Range<Int>)
        /// A function re-run as a whole (retry decorator, queue retries, handed to a retry helper, recursion).
        case retriedFunction(Int)
    }

    public init(index: ProjectIndex, file: Int) {
        self.index = index
        self.file = file
    }

    // MARK: what calls do

    public func operations(_ call: FlowCall) -> Set<DollrOperation> { index.operations(of: call, file: file) }

    public func isExecute(_ call: FlowCall) -> Bool { operations(call).contains { $0.isExecute } }

    /// A status check by reference id: a status call, or a function that checks status and does not execute.
    public func isStatusCheck(_ call: FlowCall) -> Bool {
        let ops = operations(call)
        return ops.contains { $0.isExecutionStatus } && !ops.contains { $0.isExecute }
    }

    public func isMint(_ call: FlowCall) -> Bool { call.mintsUUID || index.isMintWrapper(call, file: file) }

    /// Execute operations two calls share, or unknown ones (a wrapper whose kind the index cannot tell).
    func sameOperation(_ a: FlowCall, _ b: FlowCall) -> Bool {
        let x = operations(a).filter { $0.isExecute }
        let y = operations(b).filter { $0.isExecute }
        return !x.isDisjoint(with: y)
    }

    // MARK: retry paths

    /// The innermost retry path around a byte offset, or nil when it runs once (or once per item of a collection).
    public func retryPath(at offset: Int, region: Int?, function: Int?) -> RetryPath? {
        // A brace-less lambda handed to a retry helper: `retry(() => client.collect(body))`.
        let innermostStart = region.map { facts.regions[$0].body.lowerBound } ?? 0
        if let helper = facts.calls.first(where: {
            $0.arguments.contains(offset) && $0.arguments.lowerBound >= innermostStart
                && $0.passesFunction && index.isRetryHelper($0, file: file)
        }) {
            return .helper(helper.arguments)
        }
        let functionStart = function.map { facts.functions[$0].body.lowerBound } ?? 0
        for r in facts.regionChain(from: region) {
            let reg = facts.regions[r]
            guard reg.body.lowerBound >= functionStart else { break }
            // A replay after 401 or 429 repeats nothing Dollr processed.
            if reg.replaysOnlyRejected { continue }
            switch reg.kind {
            case .loop: return .loop(r)
            case .collectionLoop: return nil
            case .handler: return .handler(r)
            case .callback(let name):
                if CodeModel.normalize(name) == "setinterval" { return .loop(r) }
                let call = facts.calls.first { $0.name == name && reg.headerOffset <= $0.offset && $0.offset < reg.body.lowerBound }
                if let c = call, index.isRetryHelper(c, file: file) { return .helper(reg.body) }
                if call == nil && ProjectIndex.isLibraryRetryHelper(name: name, receiver: "") { return .helper(reg.body) }
            case .branch: continue
            }
        }
        if let f = function, isRetried(f) { return .retriedFunction(f) }
        return nil
    }

    /// The retry path around an error handler: a loop or retry helper of its function, or the function re-run as a whole.
    public func enclosingRetryPath(ofHandler r: Int, function: Int?) -> RetryPath? {
        let handler = facts.regions[r]
        return retryPath(at: handler.headerOffset, region: handler.parent, function: function)
    }

    public func retryPath(of call: FlowCall) -> RetryPath? {
        if call.chainedRetry { return .helper(call.offset..<max(call.offset, call.arguments.upperBound)) }
        return retryPath(at: call.offset, region: call.region, function: call.function)
    }

    func isRetried(_ function: Int) -> Bool {
        let f = facts.functions[function]
        return f.isRetried || index.retriedByReference.contains(CodeModel.normalize(f.name))
    }

    /// The bytes of one attempt: a loop's header and body, a handler's body, a helper's lambda, a retried function's body.
    public func scope(of path: RetryPath) -> Range<Int> {
        switch path {
        case .loop(let r): return facts.regions[r].headerOffset..<facts.regions[r].body.upperBound
        case .handler(let r): return facts.regions[r].body
        case .helper(let range): return range
        case .retriedFunction(let f): return facts.functions[f].body
        }
    }

    /// Calls inside a byte range, in order (calls are sorted by offset).
    public func calls(in range: Range<Int>) -> ArraySlice<FlowCall> {
        let calls = facts.calls
        let lo = calls.partitionPoint(where: { $0.offset < range.lowerBound })
        var end = lo
        while end < calls.count && calls[end].offset < range.upperBound { end += 1 }
        return calls[lo..<end]
    }

    /// Whether a confirmed `FAILED` guards an offset: a branch between it and the scope that tests a failure.
    public func isGuardedByConfirmedFailure(region: Int?, within scope: Range<Int>) -> Bool {
        for r in facts.regionChain(from: region) {
            let reg = facts.regions[r]
            guard scope.contains(reg.body.lowerBound) || reg.body.lowerBound >= scope.lowerBound else { break }
            if reg.kind == .branch, let c = reg.condition, c.testsFailure, !c.enteredFor.contains("PROCESSING") { return true }
        }
        return false
    }

    /// Whether a mint's value is a reference id: bound to a reference-named key or variable, or passed to `execute`.
    public func mintIsReference(_ mint: FlowCall, execute: FlowCall) -> Bool {
        if FlowFactsBuilder.namesReference(CodeModel.normalize(mint.keyName)) { return true }
        if FlowFactsBuilder.namesReference(CodeModel.normalize(mint.assignedTo)) { return true }
        if execute.arguments.contains(mint.offset) { return true }
        if !mint.assignedTo.isEmpty && execute.argumentNames.contains(CodeModel.normalize(mint.assignedTo)) { return true }
        return !mint.literalOwner.isEmpty && execute.argumentNames.contains(CodeModel.normalize(mint.literalOwner))
    }
}
