/// An execute call in a retry path (loop, error handler, retry helper, retried job, retrying request helper) with no
/// `GET /v1/status/{op}/{reference_id}` before the next attempt.
public final class RetryWithoutStatusCheckRule: ProjectRule {
    public init() {}
    static let message =
        "Execute retried without checking GET /v1/status/{op}/{reference_id} first: the lost attempt may have landed. "
        + "Query the status with the stored reference_id before each retry and stop on COMPLETED or PROCESSING"
    static let helperMessage =
        "Execute sent through a request helper that retries it without checking GET /v1/status/{op}/{reference_id}: "
        + "the lost attempt may have landed. Do not retry executes in the helper, or query the status before each retry"

    public let description = RuleDescription(
        id: .retryWithoutStatusCheck, category: .idempotency, severity: .error,
        title: "An execute is retried without first querying its status",
        rationale: "A timeout or 5xx after POST /v1/executions/* is ambiguous: the payment may have been accepted. Retrying blindly, even "
            + "with the same reference_id, hides whether the first attempt landed and, with a new one, charges twice.",
        fix: "Before each retry, call GET /v1/status/{collection|payout|transfer|refund}/{reference_id} with the stored reference_id; "
            + "return on COMPLETED or PROCESSING, retry only when the status shows the attempt did not land, with backoff.",
        helpURL: IdempotencyFlow.errorHandlingURL,
        keywords: IdempotencyKeywords.all,
        readsDataFiles: false,
        triggering: RetryWithoutStatusCheckExamples.triggering,
        nonTriggering: RetryWithoutStatusCheckExamples.nonTriggering)

    public func check(_ context: ProjectRuleContext) {
        let flow = context.flow
        let calls = context.facts.calls
        let executes = calls.filter { !$0.isLog && flow.isExecute($0) }
        for (k, call) in calls.enumerated() where !call.isLog && flow.isExecute(call) {
            // `exchange(String.format(EXECUTE_PATH, "collection"), ...)`: the path built inside a request is not another request.
            guard !executes.contains(where: { $0.offset < call.offset && $0.arguments.contains(call.offset) }) else { continue }
            if let path = flow.retryPath(of: call) {
                guard isRepeatedAttempt(call, path: path, in: calls, before: k, flow: flow) else { continue }
                guard !hasStatusCheck(for: call, path: path, flow: flow) else { continue }
                context.report(at: call.offset, message: RetryWithoutStatusCheckRule.message)
            } else if context.index.directOperation(call, file: context.fileIndex)?.isExecute == true,
                context.index.retriesRequest(call, file: context.fileIndex)
            {
                context.report(at: call.offset, message: RetryWithoutStatusCheckRule.helperMessage)
            }
        }
    }

    /// In an error handler, a second execute of the same operation after a first one; elsewhere every execute in the path repeats.
    private func isRepeatedAttempt(
        _ call: FlowCall, path: IdempotencyFlow.RetryPath, in calls: [FlowCall], before k: Int,
        flow: IdempotencyFlow
    ) -> Bool {
        guard case .handler(let r) = path else { return true }
        let handlerStart = flow.facts.regions[r].body.lowerBound
        return calls[..<k].contains { c in
            c.function == call.function && c.offset < handlerStart && flow.isExecute(c) && flow.sameOperation(c, call)
        }
    }

    /// A status check in the attempt: anywhere in a loop (the next turn passes it), before the execute elsewhere.
    private func hasStatusCheck(for call: FlowCall, path: IdempotencyFlow.RetryPath, flow: IdempotencyFlow) -> Bool {
        let scope = flow.scope(of: path)
        let candidates = flow.calls(in: scope).filter { flow.isStatusCheck($0) }
        switch path {
        case .loop: return !candidates.isEmpty
        case .handler, .helper, .retriedFunction: return candidates.contains { $0.offset < call.offset }
        }
    }
}
