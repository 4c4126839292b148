import Foundation
import DollrLintCore

struct UsageError: Error { let message: String }

enum CommandRouter {
    static let help = """
        OVERVIEW: dollr-lint \(DollrLint.version) — security and integration linter for code that uses the Dollr payments API

        USAGE:
          dollr-lint [scan] [PATH ...] [options]
          dollr-lint validate FILE|- --endpoint "METHOD /v1/path" [--query k=v]... [--spec FILE] [--format text|json]
          dollr-lint history [REV-RANGE] [--since DATE] [--format ...] [--only IDS] [--output FILE]
          dollr-lint rules [--format text|json]
          dollr-lint explain RULE_ID
          dollr-lint --version | --help

        SCAN OPTIONS:
          --format FORMAT          text|json|sarif|github|junit|html|markdown (default text)
          --output FILE            write the report to FILE instead of standard output
          --config FILE            configuration (default: .dollrlint.json at the scan root when present)
          --rules DIR              extra data rule files (*.json, same format as rules/)
          --spec FILE              OpenAPI JSON to use instead of the bundled spec
          --baseline FILE          drop findings recorded in FILE
          --write-baseline FILE    record the current findings in FILE
          --staged                 scan what the index holds for staged files (pre-commit), not the working copy
          --diff REF               scan what HEAD changed since its merge base with REF (CI)
          --diff-lines             with --diff or --staged: only findings on added or changed lines
          --fail-on-stale-baseline exit 1 when a --baseline entry matches no finding
          --skip-unreadable        skip files that cannot be read (default: exit 2 on them)
          --fail-on LEVEL          error|warning|note|never: exit 1 when a finding is at or above LEVEL (default error)
          --only IDS               run only these rules (comma-separated)
          --disable IDS            turn these rules off (comma-separated)
          --jobs N                 files scanned in parallel (default: all cores)
          --max-file-size BYTES    skip larger files (default 10000000)
          --no-ignore              do not read .gitignore/.dollrlintignore (audits of built bundles)
          --no-color               no ANSI colour (colour is only used on a terminal anyway)
          --quiet                  print only the summary (text format)

        EXIT CODES:
          0  no finding at or above the --fail-on level
          1  findings at or above it
          2  usage, configuration, spec or I/O error
        """

    static func run(_ args: [String]) throws -> Int32 {
        guard let first = args.first else { return try ScanCommand.run([]) }
        switch first {
        case "--help", "-h", "help":
            print(help)
            return 0
        case "--version", "-V", "version":
            print("dollr-lint \(DollrLint.version)")
            return 0
        case "scan": return try ScanCommand.run(Array(args.dropFirst()))
        case "rules": return try RulesCommand.list(Array(args.dropFirst()))
        case "explain": return try RulesCommand.explain(Array(args.dropFirst()))
        case "validate": return try ValidateCommand.run(Array(args.dropFirst()))
        case "history": return try HistoryCommand.run(Array(args.dropFirst()))
        default: return try ScanCommand.run(args)
        }
    }
}

/// A small option parser: `--flag`, `--key value`, `--key=value`, positionals.
struct ParsedArguments {
    var positionals: [String] = []
    var values: [String: [String]] = [:]
    var flags: Set<String> = []

    init(_ args: [String], valueOptions: Set<String>, flagOptions: Set<String>) throws {
        var i = 0
        var onlyPositionals = false
        while i < args.count {
            let a = args[i]
            if onlyPositionals || !a.hasPrefix("--") || a == "-" {
                if a == "--" { onlyPositionals = true } else { positionals.append(a) }
                i += 1
                continue
            }
            if a == "--" {
                onlyPositionals = true
                i += 1
                continue
            }
            var key = String(a.dropFirst(2))
            var inline: String? = nil
            if let eq = key.firstIndex(of: "=") {
                inline = String(key[key.index(after: eq)...])
                key = String(key[..<eq])
            }
            if flagOptions.contains(key) {
                guard inline == nil else { throw UsageError(message: "--\(key) takes no value") }
                flags.insert(key)
                i += 1
                continue
            }
            guard valueOptions.contains(key) else { throw UsageError(message: "unknown option '--\(key)'") }
            if let v = inline {
                values[key, default: []].append(v)
                i += 1
                continue
            }
            guard i + 1 < args.count else { throw UsageError(message: "--\(key) needs a value") }
            values[key, default: []].append(args[i + 1])
            i += 2
        }
    }

    func value(_ k: String) -> String? { values[k]?.last }
}
