/// The `reference_id` of an execute is minted inline in the request (so nothing stored it first), or it is only
/// known after the call (read from the response, or minted afterwards).
public final class ReferenceIdAfterExecuteRule: ProjectRule {
    public init() {}
    static let inlineMessage =
        "reference_id minted inline in the execute request, so it is stored nowhere before the call: if the "
        + "response is lost you cannot query its status. Mint it into a variable, persist it, then send it"
    static let afterMessage =
        "Execute sent without a reference_id stored beforehand; the id is only known after the call. Mint the "
        + "reference_id first, persist it, send it in the request, and use it to query the status if the response is lost"

    public let description = RuleDescription(
        id: .referenceIdAfterExecute, category: .idempotency, severity: .error,
        title: "reference_id is minted inline in the execute request or only known after it",
        rationale: "The reference_id is the only handle on a payment whose response was lost (timeout, crash, 5xx). If it is generated "
            + "inside the request body, or read back from the response, a lost response leaves no id to query: the merchant cannot tell "
            + "whether the customer was charged, and a retry charges again.",
        fix: "Generate the UUID v4 into a variable, save it with the order or payout record, then call POST /v1/executions/*; on any "
            + "ambiguous outcome query GET /v1/status/{op}/{reference_id} with the stored value.",
        helpURL: IdempotencyFlow.errorHandlingURL,
        keywords: IdempotencyKeywords.all,
        readsDataFiles: false,
        triggering: ReferenceIdAfterExecuteExamples.triggering,
        nonTriggering: ReferenceIdAfterExecuteExamples.nonTriggering)

    public func check(_ context: ProjectRuleContext) {
        let flow = context.flow
        let calls = context.facts.calls
        var reported = Set<Int>()
        for (k, mint) in calls.enumerated() where flow.isMint(mint) {
            let binding = CodeModel.normalize(mint.keyName.isEmpty ? mint.assignedTo : mint.keyName)
            guard !FlowVocabulary.correlationWords.contains(where: { binding.has($0) }) else { continue }
            // Inside an execute's arguments, whatever the key (or none: `collect(session, account, uuid())`), it is the reference.
            let enclosing = calls[..<k].last { $0.arguments.contains(mint.offset) && flow.isExecute($0) }
            // A keyed literal in a variable, sent by a later execute (`payload = {"reference_id": uuid4()}; post(json=payload)`).
            let later =
                isReferenceKeyed(mint) && !mint.literalOwner.isEmpty
                ? calls[k...].dropFirst().first { c in
                    c.function == mint.function && flow.isExecute(c) && c.argumentNames.contains(CodeModel.normalize(mint.literalOwner))
                } : nil
            guard let execute = enclosing ?? later else { continue }
            guard !isPersisted(mint, before: execute, in: calls, flow: flow) else { continue }
            if reported.insert(mint.offset).inserted { context.report(at: mint.offset, message: ReferenceIdAfterExecuteRule.inlineMessage) }
        }
        for execute in calls where execute.operation?.isExecute == true && !execute.carriesReference {
            let later = calls.filter { $0.function == execute.function && $0.offset > execute.offset }
            let mintsAfter = later.filter { c in
                flow.isMint(c) && (isReferenceKeyed(c) || FlowFactsBuilder.namesReference(CodeModel.normalize(c.assignedTo)))
            }
            // `URLRequest(url: ...)` first, then `request.httpBody = ...["reference_id": UUID().uuidString]`: inline in the request.
            let intoBody = mintsAfter.filter { c in
                isReferenceKeyed(c) && ReferenceIdAfterExecuteRule.namesRequestBody(bodyOwner(of: c, in: calls))
            }
            for mint in intoBody where reported.insert(mint.offset).inserted {
                context.report(at: mint.offset, message: ReferenceIdAfterExecuteRule.inlineMessage)
            }
            guard intoBody.isEmpty else { continue }
            let readAfter = context.facts.referencesFromResponses.contains { $0.function == execute.function && $0.offset > execute.offset }
            guard !mintsAfter.isEmpty || readAfter else { continue }
            if reported.insert(execute.offset).inserted {
                context.report(at: execute.offset, message: ReferenceIdAfterExecuteRule.afterMessage)
            }
        }
    }

    /// The variable the mint's literal goes to: its own (`payload = {...}`) or that of the call wrapping it
    /// (`request.httpBody = JSONSerialization.data(withJSONObject: [...])`).
    private func bodyOwner(of mint: FlowCall, in calls: [FlowCall]) -> String {
        if !mint.literalOwner.isEmpty { return CodeModel.normalize(mint.literalOwner) }
        let wrapper = calls.last { $0.offset < mint.offset && $0.arguments.contains(mint.offset) }
        return CodeModel.normalize(wrapper?.assignedTo ?? "")
    }

    /// Names of a request's body set after the request was made (`request.httpBody`, `req.Body`, `builder.payload`).
    static let requestBodyWords = ["body", "payload", "json", "content"]

    static func namesRequestBody(_ normalized: String) -> Bool {
        ReferenceIdAfterExecuteRule.requestBodyWords.contains { normalized.has($0) }
    }

    private func isReferenceKeyed(_ mint: FlowCall) -> Bool {
        !mint.keyName.isEmpty && FlowFactsBuilder.namesReference(CodeModel.normalize(mint.keyName))
    }

    /// `payload = {"reference_id": uuid4()}; Payment.create(reference_id=payload["reference_id"]); post(json=payload)`:
    /// the literal's variable reaches a store call before the execute.
    private func isPersisted(_ mint: FlowCall, before execute: FlowCall, in calls: [FlowCall], flow: IdempotencyFlow) -> Bool {
        guard !mint.literalOwner.isEmpty, execute.offset > mint.offset else { return false }
        let owner = CodeModel.normalize(mint.literalOwner)
        return flow.calls(in: mint.offset..<execute.offset).contains { c in
            guard !c.isLog, c.offset != mint.offset, c.argumentNames.contains(owner), !flow.isExecute(c) else { return false }
            let name = CodeModel.normalize(c.name)
            return FlowVocabulary.persistWords.contains { name.hasPrefix($0) || name.hasSuffix($0) }
        }
    }
}
