/// A fresh UUID minted inside a retry path (loop, error handler, retry helper, retried job) that executes again:
/// each attempt becomes a new payment, so a lost response followed by a retry charges twice.
public final class NewReferenceIdOnRetryRule: ProjectRule {
    public init() {}
    static let message =
        "New reference_id minted on every attempt of a retried execute: each retry is a new payment. "
        + "Mint it once before the retry loop, store it, and reuse it on every attempt"

    public let description = RuleDescription(
        id: .newReferenceIdOnRetry, category: .idempotency, severity: .error,
        title: "A new reference_id is minted for each retry of an execute",
        rationale: "Dollr treats each reference_id as one payment attempt. When an execute times out or returns 5xx, the first attempt "
            + "may still have landed (it can sit in PROCESSING for minutes). Retrying with a new UUID starts a second payment: the payer "
            + "is charged twice.",
        fix: "Generate the reference_id once, persist it before the first HTTP call, and send the same value on every retry. Start a new "
            + "reference_id only in a separate, deliberate attempt after GET /v1/status/{op}/{reference_id} confirmed FAILED.",
        helpURL: IdempotencyFlow.duplicateReferenceURL,
        keywords: IdempotencyKeywords.all,
        readsDataFiles: false,
        triggering: NewReferenceIdOnRetryExamples.triggering,
        nonTriggering: NewReferenceIdOnRetryExamples.nonTriggering)

    public func check(_ context: ProjectRuleContext) {
        let flow = context.flow
        for mint in context.facts.calls where flow.isMint(mint) {
            guard var path = flow.retryPath(of: mint) else { continue }
            // A handler inside a retry loop (`while (true) { try { execute } catch { ref = uuid() } }`, Ruby's
            // `begin ... rescue ... retry`): the next turn of the loop sends the new id.
            if case .handler(let r) = path, let outer = flow.enclosingRetryPath(ofHandler: r, function: mint.function) { path = outer }
            let scope = flow.scope(of: path)
            guard !flow.isGuardedByConfirmedFailure(region: mint.region, within: scope) else { continue }
            let executes = flow.calls(in: scope).filter { c in
                guard c.offset != mint.offset, flow.isExecute(c) else { return false }
                // In an error handler the new attempt comes after the mint; elsewhere the next turn reaches any execute.
                if case .handler = path { return c.offset > mint.offset }
                return true
            }
            guard executes.contains(where: { flow.mintIsReference(mint, execute: $0) }) else { continue }
            context.report(at: mint.offset, message: NewReferenceIdOnRetryRule.message)
        }
    }
}

/// The prefilter words of the idempotency rules: a file with none of them has no execute, mint, retry or status to judge.
enum IdempotencyKeywords {
    static let all = [
        "uuid", "guid", "v1/", "dollr", "execut", "collect", "payout", "transfer", "refund", "retry", "retri", "attempt",
        "backoff", "processing", "pending", "payment", "charge", "status",
    ]
}
