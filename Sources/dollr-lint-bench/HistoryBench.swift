import Foundation
import DollrLintCore

/// `dollr-lint-bench history [--commits N]`: builds a repository of N commits with `git fast-import` (each commit
/// edits one of 300 files; every 500th adds a secret that the next commit deletes) and times `HistoryAudit` on it,
/// with the peak resident memory of the whole process.
enum HistoryBench {
    static func run(commits: Int, keep: String?) throws {
        let fm = FileManager.default
        let root = keep ?? (NSTemporaryDirectory() + "dollr-lint-history-bench-\(getpid())")
        try? fm.removeItem(atPath: root)
        try fm.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { if keep == nil { try? fm.removeItem(atPath: root) } }
        try git(["init", "-q", "-b", "main", root])

        let script = root + "/.git/fast-import-script"
        _ = fm.createFile(atPath: script, contents: nil)
        guard let out = FileHandle(forWritingAtPath: script) else { throw ConfigError(file: script, "cannot write") }
        var planted = 0
        for n in 0..<commits {
            let file = "src/module\(n % 300)/service.ts"
            var body = (0..<40).map { "export const value\($0) = \(n * 40 + $0);  // revision \(n)" }.joined(separator: "\n") + "\n"
            if n % 500 == 1 {
                body += "const DOLLR_CLIENT_SECRET = \"Qx\(String(n, radix: 36))Vb7Nm3Kp9Lw2Zr5Tc8Hd4Jf6\";\n"
                planted += 1
            }
            var command = "commit refs/heads/main\nmark :\(n + 1)\n"
            command += "author Dev <dev@example.com> \(1_600_000_000 + n * 60) +0000\n"
            command += "committer Dev <dev@example.com> \(1_600_000_000 + n * 60) +0000\n"
            let message = "revision \(n)\n"
            command += "data \(message.utf8.count)\n\(message)"
            if n > 0 { command += "from :\(n)\n" }
            command += "M 100644 inline \(file)\ndata \(body.utf8.count)\n\(body)\n"
            try out.write(contentsOf: Data(command.utf8))
        }
        try out.close()
        try git(["-C", root, "fast-import", "--quiet"], input: script)

        let engine = ScanEngine(
            rules: try RuleCatalog.builtIn().filter { $0.description.category == .secrets },
            knowledge: try DollrKnowledge.shared())
        let audit = HistoryAudit(engine: engine, repository: try GitRepository(containing: root))
        let start = DispatchTime.now()
        let result = try audit.run(range: nil, since: nil)
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print(
            "history audit: \(result.commitsScanned) commits, \(result.fragmentsScanned) added fragments, "
                + "\(result.findings.count) findings (\(planted) planted)")
        print(
            String(
                format: "%.1f ms, %.0f commits/s, peak RSS %.0f MB", ms, Double(result.commitsScanned) / (ms / 1000),
                Double(usage.ru_maxrss) / 1024))
    }

    static func git(_ arguments: [String], input: String? = nil) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git"] + arguments
        if let path = input { p.standardInput = FileHandle(forReadingAtPath: path) }
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw ConfigError(file: "git", "\(arguments.first ?? "") failed") }
    }
}
