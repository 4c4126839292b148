import Foundation

public extension ScanEngine {
    /// Runs every rule on one in-memory file (no prefilter) with an unlimited step allowance and counts the work.
    func work(on file: InMemoryFile) -> AnalysisWork {
        let source = SourceFile(path: file.path, bytes: file.bytes, isGitIgnored: file.isGitIgnored)
        let lexed = LexedFile(source)
        let budget = WorkBudget(stepLimit: Int.max, cpuSeconds: 1e9)
        let context = RuleContext(
            source: source, lexed: lexed, project: ProjectContext(rootPath: nil, virtualFiles: [file.path: file.bytes]),
            knowledge: knowledge, budget: budget)
        for rule in rules {
            context.begin(rule.description)
            rule.check(context)
        }
        let arguments = context.model.calls.reduce(0) { $0 + $1.arguments.count }
        return AnalysisWork(
            steps: budget.steps, tokens: lexed.tokens.count, callArguments: arguments,
            exceedsDefaultBudget: budget.steps > WorkBudget(byteCount: file.bytes.count).stepLimit)
    }
}
