import Foundation
import DollrLintCore

/// `dollr-lint [scan]`: parses the options into `LintOptions`, runs the library's frontend, prints the report.
enum ScanCommand {
    static let valueOptions: Set<String> = [
        "format", "output", "config", "rules", "spec", "baseline", "write-baseline", "diff", "fail-on", "only", "disable", "jobs",
        "max-file-size",
    ]
    static let flagOptions: Set<String> = [
        "staged", "no-color", "quiet", "no-ignore", "diff-lines", "fail-on-stale-baseline", "skip-unreadable",
    ]

    static func run(_ args: [String]) throws -> Int32 {
        let p = try ParsedArguments(args, valueOptions: valueOptions, flagOptions: flagOptions)
        let format = p.value("format") ?? "text"
        guard let reporter = DollrLint.reporter(named: format) else {
            throw UsageError(message: "--format: expected \(DollrLint.formatNames.joined(separator: ", ")), got '\(format)'")
        }
        let options = try lintOptions(p)
        let environment = ProcessInfo.processInfo.environment
        let showProgress = ProgressLine.shouldShow(
            stderrIsTerminal: isatty(2) == 1, quiet: p.flags.contains("quiet"),
            environment: environment)
        var progressOptions = options
        if showProgress { progressOptions.progress = { ProgressLine.redraw($0).map(writeError) } }
        let outcome: LintOutcome
        do {
            defer { if showProgress { writeError(ProgressLine.clear) } }
            outcome = try LintFrontend.run(progressOptions)
        }
        // DOLLR_LINT_DEBUG: why each finding about Dollr's data took the code for Dollr's, on stderr beside any format.
        if environment["DOLLR_LINT_DEBUG"] != nil {
            for f in outcome.report.findings where !f.dollrScope.isEmpty {
                let line = "dollr-lint: debug: \(f.path):\(f.line) \(f.rule): Dollr scope: \(f.dollrScope)"
                writeError(VisibleText.escapingControls(line) + "\n")
            }
        }
        // Warnings name scanned files: their names can carry terminal escapes.
        for w in outcome.report.warnings { writeError("dollr-lint: warning: \(VisibleText.escapingControls(w))\n") }

        var reportOptions = ReportOptions()
        reportOptions.quiet = p.flags.contains("quiet")
        reportOptions.rules = outcome.rules
        reportOptions.pathBase = outcome.pathBase
        reportOptions.color =
            format == "text" && p.value("output") == nil && !p.flags.contains("no-color")
            && environment["NO_COLOR"] == nil && isatty(1) == 1
        let text = reporter.render(outcome.report, options: reportOptions)
        if let out = p.value("output") {
            do {
                try text.write(toFile: out, atomically: true, encoding: .utf8)
            } catch {
                throw ConfigError(file: out, "cannot write the report: \(error.localizedDescription)")
            }
        } else {
            print(text, terminator: "")
        }
        return outcome.exitCode
    }

    /// The scan options as the library takes them; usage mistakes are caught here, before anything is read.
    static func lintOptions(_ p: ParsedArguments) throws -> LintOptions {
        var options = LintOptions()
        options.paths = p.positionals
        options.configPath = p.value("config")
        options.rulesDirectory = p.value("rules")
        options.specPath = p.value("spec")
        options.baselinePath = p.value("baseline")
        options.writeBaselinePath = p.value("write-baseline")
        options.skipUnreadable = p.flags.contains("skip-unreadable")
        options.failOnStaleBaseline = p.flags.contains("fail-on-stale-baseline")
        options.useIgnoreFiles = !p.flags.contains("no-ignore")
        if let f = p.value("fail-on") {
            guard let level = FailLevel(rawValue: f) else {
                throw UsageError(message: "--fail-on: expected error, warning, note or never, got '\(f)'")
            }
            options.failOn = level
        }
        if let j = p.value("jobs") {
            guard let n = Int(j), n >= 1, n <= 1024 else { throw UsageError(message: "--jobs: expected a positive integer, got '\(j)'") }
            options.jobs = n
        }
        if let m = p.value("max-file-size") {
            guard let n = Int(m), n > 0 else {
                throw UsageError(message: "--max-file-size: expected a positive number of bytes, got '\(m)'")
            }
            options.maxFileSize = n
        }
        if p.flags.contains("staged") && p.value("diff") != nil { throw UsageError(message: "--staged and --diff cannot be used together") }
        options.gitScope = p.flags.contains("staged") ? .staged : p.value("diff").map { .diff(reference: $0) }
        options.addedLinesOnly = p.flags.contains("diff-lines")
        if options.addedLinesOnly && options.gitScope == nil { throw UsageError(message: "--diff-lines needs --diff REF or --staged") }
        options.only = try idList(p, "only")
        options.disabled = try idList(p, "disable") ?? []
        return options
    }

    /// `--only a,b --only c`: the ids named, or nil when the option is absent. Unknown ids are checked against the
    /// catalogue by the library.
    static func idList(_ p: ParsedArguments, _ key: String) throws -> Set<String>? {
        guard let values = p.values[key] else { return nil }
        return Set(values.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty })
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
