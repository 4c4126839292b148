/// `PROCESSING` (or `PENDING`, or "anything but `COMPLETED`") leads to re-executing, cancelling, refunding, marking the
/// order failed, or telling the payer it failed.
public final class ProcessingTreatedAsFailureRule: ProjectRule {
    public init() {}
    static let failureMessage =
        "PROCESSING/PENDING is handled as a failure here: mobile money stays PROCESSING for minutes and then "
        + "completes. Keep the order pending and poll GET /v1/status/{op}/{reference_id} with backoff; fail only on FAILED"
    static let executeMessage =
        "PROCESSING/PENDING leads to a new execute here: the first payment is still running and will complete. "
        + "Poll the status with the same reference_id instead; start a new attempt only after FAILED"

    public let description = RuleDescription(
        id: .processingTreatedAsFailure, category: .idempotency, severity: .error,
        title: "PROCESSING is treated as a failure (re-execute, cancel, refund or failure shown)",
        rationale: "Executions go PENDING, PROCESSING, then COMPLETED or FAILED. Mobile money can stay PROCESSING for several minutes "
            + "while the payer approves on the handset. Treating it as a failure cancels or refunds a payment that then completes, "
            + "tells the payer to pay again, or executes a second payment.",
        fix: "On PROCESSING or PENDING keep the order pending, show \"payment pending\", and poll GET /v1/status/{op}/{reference_id} with "
            + "backoff (or use a realtime key). Fail, cancel or retry only on FAILED. Invoice and order (source) statuses are a "
            + "different model.",
        helpURL: IdempotencyFlow.processingURL,
        keywords: ["processing", "pending", "completed"],
        readsDataFiles: false,
        triggering: ProcessingTreatedAsFailureExamples.triggering,
        nonTriggering: ProcessingTreatedAsFailureExamples.nonTriggering)

    public func check(_ context: ProjectRuleContext) {
        let flow = context.flow
        for branch in context.facts.branches {
            let c = branch.condition
            guard !c.isSourceStatus, !c.enteredFor.contains("COMPLETED"),
                !c.enteredFor.isDisjoint(with: FlowVocabulary.unsettledStatuses)
            else { continue }
            let body = flow.calls(in: branch.body)
            // A task that re-queues itself from this branch executes again if the task is the one that executes.
            let requeuesExecute =
                branch.retriesSelf
                && branch.function.map { f in
                    flow.index.operations(ofFunction: f, file: context.fileIndex).contains { $0.isExecute }
                } == true
            let reExecutes = requeuesExecute || body.contains { !$0.isLog && flow.isExecute($0) }
            guard reExecutes || branch.signalsFailure else { continue }
            guard c.usesDollrSpelling || talksToDollr(branch, flow: flow, fileIndex: context.fileIndex) else { continue }
            let message = reExecutes ? ProcessingTreatedAsFailureRule.executeMessage : ProcessingTreatedAsFailureRule.failureMessage
            context.report(at: branch.offset, message: message)
        }
    }

    /// A lower-case `"processing"` is Dollr's when the function around the branch calls Dollr (directly or through a helper).
    private func talksToDollr(_ branch: FlowBranch, flow: IdempotencyFlow, fileIndex: Int) -> Bool {
        guard let f = branch.function else { return false }
        if !flow.index.operations(ofFunction: f, file: fileIndex).isEmpty { return true }
        let name = CodeModel.normalize(flow.facts.functions[f].name)
        return name.has("dollr") || name.has("execution")
    }
}
