import Foundation
import DollrLintCore

/// `dollr-lint history [REV-RANGE] [--since DATE]`: what every commit added, because a secret deleted later is
/// still in every clone.
enum HistoryCommand {
    static let valueOptions: Set<String> = ["format", "output", "rules", "only", "disable", "since", "fail-on", "jobs"]
    static let flagOptions: Set<String> = ["quiet", "no-color"]

    static func run(_ args: [String]) throws -> Int32 {
        let p = try ParsedArguments(args, valueOptions: valueOptions, flagOptions: flagOptions)
        guard p.positionals.count <= 1 else { throw UsageError(message: "history takes at most one REV-RANGE (for example main..HEAD)") }
        let format = p.value("format") ?? "text"
        guard let reporter = DollrLint.reporter(named: format) else { throw UsageError(message: "--format: unknown format '\(format)'") }
        let level =
            try p.value("fail-on").map { f -> FailLevel in
                guard let l = FailLevel(rawValue: f) else {
                    throw UsageError(message: "--fail-on: expected error, warning, note or never, got '\(f)'")
                }
                return l
            } ?? .error

        var rules = try RuleCatalog.builtIn()
        if let dir = p.value("rules") { rules += try RuleCatalog.dataRules(directory: dir) }
        let known = RuleSelection.knownIDs(rules)
        func idList(_ key: String) throws -> Set<String>? {
            guard let v = p.values[key] else { return nil }
            let list = Set(v.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty })
            for id in list where !known.contains(id) {
                throw UsageError(message: "--\(key): unknown rule id '\(id)' (see 'dollr-lint rules')")
            }
            return list
        }
        // Added lines are fragments: only rules that judge a line on its own apply unless named with --only.
        let only = try idList("only"), disabled = try idList("disable") ?? []
        rules = rules.filter { r in
            (only.map { $0.contains(r.id.rawValue) } ?? (r.description.category == .secrets)) && !disabled.contains(r.id.rawValue)
        }

        let repository = try GitRepository(containing: ".")
        var audit = HistoryAudit(engine: ScanEngine(rules: rules, knowledge: try DollrKnowledge.shared()), repository: repository)
        if let j = p.value("jobs") {
            guard let n = Int(j), n >= 1, n <= 1024 else { throw UsageError(message: "--jobs: expected a positive integer, got '\(j)'") }
            audit.jobs = n
        }
        let result = try audit.run(range: p.positionals.first, since: p.value("since"))
        if result.isShallow {
            FileHandle.standardError.write(
                Data(
                    ("dollr-lint: warning: this clone is shallow: commits before its cut are not audited; "
                        + "fetch them with 'git fetch --unshallow' (GitHub Actions: fetch-depth: 0)\n").utf8))
        }

        let report = result.report(root: repository.topLevel)
        var options = ReportOptions()
        options.quiet = p.flags.contains("quiet")
        options.rules = RuleCatalog.descriptions(rules)
        options.color =
            format == "text" && p.value("output") == nil && !p.flags.contains("no-color")
            && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && isatty(1) == 1
        let text = reporter.render(report, options: options)
        if let out = p.value("output") {
            do { try text.write(toFile: out, atomically: true, encoding: .utf8) } catch {
                throw ConfigError(file: out, "cannot write the report: \(error.localizedDescription)")
            }
        } else {
            print(text, terminator: "")
        }
        if !options.quiet && format == "text" {
            FileHandle.standardError.write(Data("dollr-lint: \(result.commitsScanned) commit(s) audited\n".utf8))
        }
        return report.findings.contains { level.fails($0.severity) } ? 1 : 0
    }

}
