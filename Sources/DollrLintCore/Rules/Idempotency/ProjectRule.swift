/// A rule that needs the whole project: it runs after the project index is joined, on one file's flow facts.
public protocol ProjectRule: Rule {
    func check(_ context: ProjectRuleContext)
}

public extension ProjectRule {
    var asProjectRule: ProjectRule? { self }

    /// Project rules have nothing to do while a file's tokens are at hand: the engine gathers the file's flow facts
    /// once for all of them, and they run when the index is complete.
    func check(_ context: RuleContext) {}
}

/// What a project rule sees of one file: its flow facts, the project index, and where it reports.
public final class ProjectRuleContext {
    public let source: SourceFile
    public let facts: FileFlowFacts
    public let fileIndex: Int
    public let index: ProjectIndex
    public let flow: IdempotencyFlow
    public private(set) var findings: [Finding] = []
    private var currentRule: RuleDescription?

    public init(source: SourceFile, fileIndex: Int, index: ProjectIndex) {
        self.source = source
        self.fileIndex = fileIndex
        self.index = index
        self.facts = index.files[fileIndex]
        self.flow = IdempotencyFlow(index: index, file: fileIndex)
    }

    func begin(_ rule: RuleDescription) { currentRule = rule }

    /// Reports at a byte offset; the finding spans the name or keyword that starts there (facts keep offsets, not tokens).
    public func report(at offset: Int, message: String) {
        guard let rule = currentRule else { return }
        findings.append(
            RuleContext.makeFinding(
                rule: rule, source: source, at: offset, end: wordEnd(from: offset), message: message,
                secrets: [], severity: nil))
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "_") || b >= 0x80 || (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
    }

    private func wordEnd(from offset: Int) -> Int {
        let bytes = source.bytes
        var end = offset
        while end < bytes.count && ProjectRuleContext.isWordByte(bytes[end]) { end += 1 }
        return min(bytes.count, max(end, offset + 1))
    }
}
