import Foundation
import Glibc

/// What a scan is asked to do: the command line, parsed. The configuration file it names is read by the frontend.
public struct LintOptions: Sendable {
    /// Files and directories to scan; empty means the current directory.
    public var paths: [String] = []
    public var configPath: String?
    public var rulesDirectory: String?
    public var specPath: String?
    public var baselinePath: String?
    public var writeBaselinePath: String?
    public var gitScope: GitScanScope?
    /// With a git scope: only findings on added or changed lines.
    public var addedLinesOnly = false
    public var skipUnreadable = false
    public var failOn: FailLevel?
    public var failOnStaleBaseline = false
    public var only: Set<String>?
    public var disabled: Set<String> = []
    public var jobs = AvailableProcessors.count
    public var maxFileSize: Int?
    public var useIgnoreFiles = true
    public var progress: (@Sendable (ScanProgress) -> Void)?

    public init() {}
}

/// What a scan produced, ready for a reporter, and the exit code it earns.
public struct LintOutcome: Sendable {
    public var report: ScanReport
    /// The rules that ran, for reporters that describe them (SARIF, HTML).
    public var rules: [RuleDescription]
    /// The directory findings' paths are relative to, for reporters that need absolute locations.
    public var pathBase: String
    public var exitCode: Int32
}

/// The scan command as a library call (swift-format's LintFrontend): rules, configuration, spec and baseline are
/// loaded once, the engine scans the tree or what git names, the Filters stage applies, and one place decides
/// the exit code. The executable only parses arguments into `LintOptions` and prints the outcome.
public enum LintFrontend {
    public static func run(_ options: LintOptions) throws -> LintOutcome {
        let target = try ScanTarget(options.paths)
        var warnings: [String] = []
        // The spec is parsed, and git read, on other threads while the rules load (a pre-commit hook's start); each is
        // waited for where it was needed before, so a problem is reported in the same order.
        let knowledgeWork = BackgroundWork { try loadKnowledge(specPath: options.specPath) }

        var rules = try RuleCatalog.builtIn()
        if let directory = options.rulesDirectory { rules += try RuleCatalog.dataRules(directory: directory) }
        let known = RuleSelection.knownIDs(rules)
        if known.count != rules.count + 1 {
            throw ConfigError(file: options.rulesDirectory ?? "", "a rule file repeats the id of another rule")
        }
        let defaultConfig = target.rootIsDirectory ? target.root + "/.dollrlint.json" : nil
        let configPath = options.configPath ?? defaultConfig.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
        let config = try configPath.map { try Configuration.load(path: $0, knownRules: known) } ?? Configuration()
        warnings += config.warnings
        let selection = try RuleSelection(all: rules, configuration: config, only: options.only, disabled: options.disabled)

        var request = ScanRequest(root: target.root)
        request.jobs = options.jobs
        request.reportPathsFromCurrentDirectory = true
        request.walk.useIgnoreFiles = options.useIgnoreFiles
        request.walk.include = config.include.map(GlobPattern.init)
        request.walk.exclude = config.exclude.map(GlobPattern.init)
        request.maxFileSize = options.maxFileSize ?? config.maxFileSize ?? 10_000_000
        request.progress = options.progress
        // The baseline files are the tool's own output: never scanned, whichever directory they are in.
        for file in [options.baselinePath, options.writeBaselinePath].compactMap({ $0 }) { request.excludeOwnFile(file) }
        if let explicit = target.explicitPaths { request.paths = explicit }
        let gitWork = options.gitScope.map { [request] scope in
            BackgroundWork { try GitScan.read(request: request, scope: scope, addedLinesOnly: options.addedLinesOnly) }
        }
        // A tree is walked while the spec parses and the engine is built, and goes on being walked while the scan takes
        // the files found so far; its errors still come after theirs.
        let treeWork = gitWork == nil ? BackgroundWork { [request] in try ScanEngine.WalkedTree.startWalking(request) } : nil

        let knowledge = try knowledgeWork.value()
        warnings += knowledge.warnings
        let baseline = try options.baselinePath.map(Baseline.load)
        let engine = ScanEngine(selection: selection, knowledge: knowledge, baseline: baseline)

        var report: ScanReport
        var previousPaths: [String: String] = [:]
        if let gitWork {
            let result = GitScan.scan(engine, try gitWork.value(), root: request.root, jobs: request.jobs)
            report = result.report
            previousPaths = result.previousPaths
            if let added = result.addedLines {
                report.findings.removeAll { f in !(f.line...max(f.line, f.endLine)).contains { added[f.path]?.contains($0) ?? false } }
            }
        } else {
            report = try engine.scan(request, walked: try treeWork?.value())
        }
        // Fail closed: a file that could not be read may hold exactly what the gate is for.
        if let first = report.unreadable.first, !options.skipUnreadable {
            let more = report.unreadable.count > 1 ? " (and \(report.unreadable.count - 1) more)" : ""
            throw ConfigError(file: first, "cannot be read\(more); fix the permissions or pass --skip-unreadable")
        }
        // Recorded before any baseline applies: the new file covers everything found now.
        if let path = options.writeBaselinePath {
            try Baseline(findings: report.findings).write(to: path)
            report.warnings.append("\(path): baseline of \(report.findings.count) finding(s) written")
        }
        let stale = engine.filter.applyBaseline(to: &report, baselineName: options.baselinePath ?? "", previousPaths: previousPaths)
        report.warnings = warnings + report.warnings

        let verdict = GateVerdict(
            failOn: options.failOn ?? config.failOn ?? .error, failOnStaleBaseline: options.failOnStaleBaseline,
            wroteBaseline: options.writeBaselinePath != nil)
        return LintOutcome(
            report: report, rules: RuleCatalog.descriptions(selection.enabled), pathBase: target.pathBase,
            exitCode: verdict.exitCode(findings: report.findings, staleBaselineEntries: stale.count))
    }
}

extension LintFrontend {
    /// The bundled knowledge, or the bundled data with the spec `--spec` names.
    static func loadKnowledge(specPath: String?) throws -> DollrKnowledge {
        guard let path = specPath else { return try DollrKnowledge.shared() }
        let bytes = try FileReader.readOptionFile(path, limit: FileReader.optionFileLimit, what: "spec file")
        return try DollrKnowledge.load(specOverride: (path, bytes))
    }
}

/// The one place that turns a scan into an exit code.
public struct GateVerdict: Sendable {
    public var failOn: FailLevel
    public var failOnStaleBaseline: Bool
    /// Writing a baseline records the findings; it is not a failed gate.
    public var wroteBaseline: Bool

    public init(failOn: FailLevel, failOnStaleBaseline: Bool, wroteBaseline: Bool) {
        self.failOn = failOn
        self.failOnStaleBaseline = failOnStaleBaseline
        self.wroteBaseline = wroteBaseline
    }

    /// 0: nothing at or above the level; 1: findings at or above it, or stale entries when asked to fail on them.
    public func exitCode(findings: [Finding], staleBaselineEntries: Int) -> Int32 {
        if wroteBaseline { return 0 }
        if failOnStaleBaseline && staleBaselineEntries > 0 { return 1 }
        return findings.contains { failOn.fails($0.severity) } ? 1 : 0
    }
}

/// The scan root and the paths named under it: one directory argument is the root; a single file, or several paths,
/// are scanned from the current directory.
struct ScanTarget {
    let root: String
    let rootIsDirectory: Bool
    let explicitPaths: [String]?
    /// Findings' paths are relative to the scanned directory (a single file: its directory).
    let pathBase: String

    init(_ arguments: [String]) throws {
        let paths = arguments.isEmpty ? ["."] : arguments
        var isDirectory: ObjCBool = false
        if paths.count == 1, FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDirectory) {
            root = paths[0]
            rootIsDirectory = isDirectory.boolValue
            explicitPaths = nil
        } else if paths.count == 1 {
            throw ConfigError(file: paths[0], "no such file or directory")
        } else {
            // lstat: a dangling or looping symlink exists; the walk decides what to do with it.
            for path in paths {
                var st = stat()
                if lstat(path, &st) != 0 { throw ConfigError(file: path, "no such file or directory") }
            }
            root = "."
            rootIsDirectory = true
            explicitPaths = paths.map(ScanTarget.normalizeRelative)
        }
        let base = rootIsDirectory ? root : (root as NSString).deletingLastPathComponent
        pathBase = URL(fileURLWithPath: base).standardizedFileURL.path
    }

    static func normalizeRelative(_ path: String) -> String {
        var s = path
        while s.hasPrefix("./") { s.removeFirst(2) }
        while s.hasSuffix("/") && s.count > 1 { s.removeLast() }
        return s == "." ? "" : s
    }
}
