import Foundation
import DollrLintCore

enum ScanCommand {
    static let valueOptions: Set<String> = ["format", "output", "config", "rules", "spec", "baseline", "write-baseline", "diff", "fail-on", "only", "disable", "jobs", "max-file-size"]
    static let flagOptions: Set<String> = [
        "staged", "no-color", "quiet", "no-ignore", "diff-lines", "fail-on-stale-baseline", "skip-unreadable",
    ]

    static func run(_ args: [String]) throws -> Int32 {
        let p = try ParsedArguments(args, valueOptions: valueOptions, flagOptions: flagOptions)
        let format = p.value("format") ?? "text"
        guard let reporter = DollrLint.reporter(named: format) else {
            throw UsageError(message: "--format: expected \(DollrLint.formatNames.joined(separator: ", ")), got '\(format)'")
        }
        var failOnFlag: FailLevel? = nil
        if let f = p.value("fail-on") {
            guard let l = FailLevel(rawValue: f) else { throw UsageError(message: "--fail-on: expected error, warning, note or never, got '\(f)'") }
            failOnFlag = l
        }
        var jobs = ProcessInfo.processInfo.activeProcessorCount
        if let j = p.value("jobs") {
            guard let n = Int(j), n >= 1, n <= 1024 else { throw UsageError(message: "--jobs: expected a positive integer, got '\(j)'") }
            jobs = n
        }
        if p.flags.contains("staged") && p.value("diff") != nil { throw UsageError(message: "--staged and --diff cannot be used together") }
        if p.flags.contains("diff-lines") && !p.flags.contains("staged") && p.value("diff") == nil {
            throw UsageError(message: "--diff-lines needs --diff REF or --staged")
        }

        // The scan root: one directory argument, or the current directory for files and several paths.
        let paths = p.positionals.isEmpty ? ["."] : p.positionals
        var root = "."
        var explicit: [String]? = nil
        var isDir: ObjCBool = false
        if paths.count == 1, FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDir) {
            root = paths[0]
            if !isDir.boolValue { explicit = nil }
        } else {
            // lstat: a dangling or looping symlink exists; the walk decides what to do with it.
            for path in paths { var st = stat(); if lstat(path, &st) != 0 { throw ConfigError(file: path, "no such file or directory") } }
            explicit = paths.map { normalizeRelative($0) }
        }
        if paths.count == 1 && !FileManager.default.fileExists(atPath: paths[0]) { throw ConfigError(file: paths[0], "no such file or directory") }

        // Rules and configuration.
        var rules = try RuleCatalog.builtIn()
        if let dir = p.value("rules") { rules += try RuleCatalog.dataRules(directory: dir) }
        let ids = Set(rules.map { $0.id } + [SuppressionFilter.ruleID])
        if ids.count != rules.count + 1 { throw ConfigError(file: p.value("rules") ?? "", "a rule file repeats the id of another rule") }
        let rootIsDir = isDir.boolValue || paths.count != 1
        let configPath = p.value("config") ?? (rootIsDir && FileManager.default.fileExists(atPath: root + "/.dollrlint.json") ? root + "/.dollrlint.json" : nil)
        var config = Configuration()
        if let c = configPath { config = try Configuration.load(path: c, knownRules: ids) }
        for w in config.warnings { FileHandle.standardError.write(Data("dollr-lint: warning: \(w)\n".utf8)) }
        func idList(_ key: String) throws -> Set<String>? {
            guard let v = p.values[key] else { return nil }
            let list = Set(v.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty })
            for id in list where !ids.contains(id) { throw UsageError(message: "--\(key): unknown rule id '\(id)' (see 'dollr-lint rules')") }
            return list
        }
        let only = try idList("only"), disabled = try idList("disable") ?? []
        // Secret rules turned off still tell the masker what to hide in the findings of the rules left on.
        let secretRules = rules.filter { $0.description.category == .secrets }
        rules = rules.filter { r in
            (config.rules[r.id]?.enabled ?? true) && !disabled.contains(r.id) && (only.map { $0.contains(r.id) } ?? true)
        }
        let specOverride = try p.value("spec").map { path -> (name: String, bytes: [UInt8]) in
            (path, try FileReader.readOptionFile(path, limit: FileReader.optionFileLimit, what: "spec file"))
        }
        let knowledge = try specOverride.map { try DollrKnowledge.load(specOverride: $0) } ?? DollrKnowledge.shared()
        for w in knowledge.warnings { FileHandle.standardError.write(Data("dollr-lint: warning: \(w)\n".utf8)) }
        let overrides = config.rules.compactMapValues { $0.severity }
        let scanner = ScanEngine(rules: rules, knowledge: knowledge, maskingRules: secretRules, severityOverrides: overrides)

        var request = ScanRequest(root: root)
        request.jobs = jobs
        request.reportPathsFromCurrentDirectory = true
        request.walk.useIgnoreFiles = !p.flags.contains("no-ignore")
        request.walk.include = config.include.map(GlobPattern.init)
        request.walk.exclude = config.exclude.map(GlobPattern.init)
        request.maxFileSize = config.maxFileSize ?? 10_000_000
        if let m = p.value("max-file-size") {
            guard let n = Int(m), n > 0 else { throw UsageError(message: "--max-file-size: expected a positive number of bytes, got '\(m)'") }
            request.maxFileSize = n
        }
        // The baseline files are the tool's own output: never scanned, whichever directory they are in.
        for file in [p.value("baseline"), p.value("write-baseline")].compactMap({ $0 }) { request.excludeOwnFile(file) }
        let gitScope: GitScanScope? = p.flags.contains("staged") ? .staged : p.value("diff").map { .diff(reference: $0) }
        if let e = explicit { request.paths = e }
        let showProgress = ProgressLine.shouldShow(stderrIsTerminal: isatty(2) == 1, quiet: p.flags.contains("quiet"),
                                                   environment: ProcessInfo.processInfo.environment)
        if showProgress { request.progress = { ProgressLine.redraw($0).map { FileHandle.standardError.write(Data($0.utf8)) } } }
        var report: ScanReport
        var previousPaths: [String: String] = [:]
        if let scope = gitScope {
            let result = try GitScan.scan(scanner, request: request, scope: scope, addedLinesOnly: p.flags.contains("diff-lines"))
            report = result.report
            previousPaths = result.previousPaths
            if let added = result.addedLines {
                report.findings.removeAll { f in !(f.line...max(f.line, f.endLine)).contains { added[f.path]?.contains($0) ?? false } }
            }
        } else {
            report = try scanner.scan(request)
        }
        if showProgress { FileHandle.standardError.write(Data(ProgressLine.clear.utf8)) }
        // Fail closed: a file that could not be read may hold exactly what the gate is for.
        if let first = report.unreadable.first, !p.flags.contains("skip-unreadable") {
            let more = report.unreadable.count > 1 ? " (and \(report.unreadable.count - 1) more)" : ""
            throw ConfigError(file: first, "cannot be read\(more); fix the permissions or pass --skip-unreadable")
        }

        // Recorded before any baseline applies: the new file covers everything found now.
        if let w = p.value("write-baseline") {
            try Baseline(findings: report.findings).write(to: w)
            report.warnings.append("\(w): baseline of \(report.findings.count) finding(s) written")
        }
        var stale: [Baseline.Entry] = []
        if let b = p.value("baseline") {
            let outcome = try Baseline.load(b).apply(to: report.findings, previousPaths: previousPaths)
            report.findings = outcome.remaining
            report.summary.baselined = outcome.baselinedCount
            stale = outcome.stale
            for e in stale { report.warnings.append("\(b): stale baseline entry for \(e.rule) in \(e.path) matches no finding") }
        }
        // Warnings name scanned files: their names can carry terminal escapes.
        for w in report.warnings { FileHandle.standardError.write(Data("dollr-lint: warning: \(VisibleText.escapingControls(w))\n".utf8)) }

        var options = ReportOptions()
        options.quiet = p.flags.contains("quiet")
        options.rules = RuleCatalog.descriptions(rules)
        // Findings' paths are relative to the scanned directory (a single file: its directory).
        options.pathBase = URL(fileURLWithPath: rootIsDir ? root : (root as NSString).deletingLastPathComponent).standardizedFileURL.path
        let environment = ProcessInfo.processInfo.environment
        options.color = format == "text" && p.value("output") == nil && !p.flags.contains("no-color") && environment["NO_COLOR"] == nil && isatty(1) == 1
        let text = reporter.render(report, options: options)
        if let out = p.value("output") {
            do { try text.write(toFile: out, atomically: true, encoding: .utf8) } catch { throw ConfigError(file: out, "cannot write the report: \(error.localizedDescription)") }
        } else {
            print(text, terminator: "")
        }
        // Writing a baseline records the findings; it is not a failed gate.
        if p.value("write-baseline") != nil { return 0 }
        if p.flags.contains("fail-on-stale-baseline") && !stale.isEmpty { return 1 }
        let level = failOnFlag ?? config.failOn ?? .error
        return report.findings.contains { level.fails($0.severity) } ? 1 : 0
    }

    static func normalizeRelative(_ p: String) -> String {
        var s = p
        while s.hasPrefix("./") { s.removeFirst(2) }
        while s.hasSuffix("/") && s.count > 1 { s.removeLast() }
        return s == "." ? "" : s
    }
}
