import Foundation

/// A finding in a line some commit added.
public struct HistoryFinding: Sendable {
    /// Path and line are those of the file at that commit, relative to the repository's top level.
    public var finding: Finding
    public var commit: String
    /// Author date, ISO 8601.
    public var authorDate: String
    /// The line is still in the file at HEAD: rotating the secret is not enough, the code needs fixing too.
    public var stillInHead: Bool
}

public struct HistoryAuditResult: Sendable {
    public var findings: [HistoryFinding]
    public var commitsScanned = 0
    public var fragmentsScanned = 0
    public var skipped = SkipCounts()
    public var isShallow = false

    /// A report every format can print: each message names the commit, its author date and whether HEAD still
    /// has the line.
    public func report(root: String) -> ScanReport {
        var summary = ScanSummary()
        summary.filesScanned = fragmentsScanned
        summary.skipped = skipped
        let described = findings.map { item in
            var finding = item.finding
            let state = item.stillInHead ? "still in HEAD" : "removed since; the secret is still in every clone, rotate it"
            finding.message = "commit \(item.commit.prefix(12)) (\(item.authorDate)): \(finding.message) [\(state)]"
            return finding
        }
        return ScanReport(root: root, findings: described, summary: summary, warnings: [])
    }
}

/// Scans what every commit of a range added, streamed from `git log -p` a few files at a time: memory holds one
/// batch of added lines, never the log. Rules that read a whole file see only its added lines, so callers pass
/// the rules that judge a line on its own (the secrets rules).
public struct HistoryAudit {
    public let engine: ScanEngine
    public let repository: GitRepository
    /// Added-line bytes gathered before a batch is scanned.
    public var batchBytes = 4_000_000
    public var maxFileSize = 10_000_000
    public var jobs = AvailableProcessors.count

    public init(engine: ScanEngine, repository: GitRepository) {
        self.engine = engine
        self.repository = repository
    }

    /// What one commit added to one file: the added lines joined, and the real line number of each.
    struct Fragment {
        var commit: String
        var authorDate: String
        var path: String
        var text: [UInt8] = []
        var lineNumbers: [Int] = []
        /// Where each added line starts in `text`.
        var lineStarts: [Int] = []
        var tooLarge = false

        func line(_ index: Int) -> ArraySlice<UInt8> {
            let end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : text.count - 1
            return text[lineStarts[index]..<max(lineStarts[index], end)]
        }
    }

    public func run(range: String?, since: String?) throws -> HistoryAuditResult {
        if let r = range, r.hasPrefix("-") { throw ConfigError(file: r, "a revision range cannot start with '-'") }
        if range == nil && repository.resolve("HEAD") == nil {
            throw ConfigError(file: repository.topLevel, "the repository has no commits yet")
        }
        var result = HistoryAuditResult(findings: [])
        result.isShallow = repository.isShallow
        var arguments = ["log", "-p", "-U0", "-M", "--no-color", "--no-merges", "--diff-filter=ACMR", "--format=commit %H %aI"]
        if let s = since { arguments.append("--since=" + s) }
        arguments += ["--end-of-options", range ?? "HEAD", "--"]

        var parser = UnifiedDiffParser()
        var lines = LineBuffer()
        var batch: [Fragment] = []
        var batchSize = 0
        var current: Fragment? = nil
        var commit = (id: "", date: "")
        var found: [(HistoryFinding, lineDigest: [UInt8])] = []

        func flushBatch() {
            guard !batch.isEmpty else { return }
            found += scan(batch, into: &result)
            batch.removeAll(keepingCapacity: true)
            batchSize = 0
        }
        func closeFragment() {
            guard let fragment = current else { return }
            current = nil
            if fragment.tooLarge {
                result.skipped.tooLarge += 1
                return
            }
            batchSize += fragment.text.count
            batch.append(fragment)
            if batchSize >= batchBytes { flushBatch() }
        }
        func handle(_ line: [UInt8]) {
            switch parser.consume(line) {
            case .commit(let header):
                closeFragment()
                let parts = header.split(separator: " ")
                commit = (parts.first.map(String.init) ?? "", parts.count > 1 ? String(parts[1]) : "")
                result.commitsScanned += 1
            case .added(let path, let number, let text):
                if current?.path != path { closeFragment() }
                if current == nil { current = Fragment(commit: commit.id, authorDate: commit.date, path: path) }
                guard !(current?.tooLarge ?? true) else { return }
                if (current?.text.count ?? 0) + text.count > maxFileSize {
                    current?.tooLarge = true
                    current?.text = []
                    current?.lineNumbers = []
                    current?.lineStarts = []
                    return
                }
                let start = current?.text.count ?? 0
                current?.lineStarts.append(start)
                current?.text.append(contentsOf: text)
                current?.text.append(0x0A)
                current?.lineNumbers.append(number)
            case .other:
                if parser.path != current?.path { closeFragment() }
            }
        }
        do {
            try repository.runner.stream(arguments) { chunk in lines.feed(chunk, line: handle) }
        } catch let failure as GitFailure {
            throw ConfigError(file: range ?? "HEAD", failure.description)
        }
        lines.finish(line: handle)
        closeFragment()
        flushBatch()
        result.findings = try markStillInHead(found)
        result.findings.sort { a, b in
            a.authorDate != b.authorDate ? a.authorDate < b.authorDate : Finding.sortedOrder(a.finding, b.finding)
        }
        return result
    }

    /// Scans a batch of fragments and maps each finding back to its commit and real line number.
    private func scan(_ fragments: [Fragment], into result: inout HistoryAuditResult) -> [(HistoryFinding, lineDigest: [UInt8])] {
        // Index-named paths keep two commits' versions of one file apart in the same batch.
        let files = fragments.enumerated().map { i, f in InMemoryFile(path: "\(i)/" + f.path, bytes: f.text) }
        let report = engine.scan(files: files, jobs: jobs)
        result.fragmentsScanned += report.summary.filesScanned
        result.skipped.add(report.summary.skipped)
        return report.findings.compactMap { finding in
            let slash = finding.path.firstIndex(of: "/")!
            guard let index = Int(finding.path[..<slash]), finding.line >= 1,
                finding.line <= fragments[index].lineNumbers.count
            else { return nil }
            let fragment = fragments[index]
            var located = finding
            located.path = String(finding.path[finding.path.index(after: slash)...])
            located.line = fragment.lineNumbers[finding.line - 1]
            located.endLine = located.line + max(0, finding.endLine - finding.line)
            located.context = []
            let history = HistoryFinding(finding: located, commit: fragment.commit, authorDate: fragment.authorDate, stillInHead: false)
            return (history, SHA256.hash(Self.trimmed(fragment.line(finding.line - 1))))
        }
    }

    /// Reads HEAD's version of every file with a finding once and looks for the finding's line in it.
    private func markStillInHead(_ found: [(HistoryFinding, lineDigest: [UInt8])]) throws -> [HistoryFinding] {
        let paths = Array(Set(found.map { $0.0.finding.path })).sorted()
        guard !paths.isEmpty, repository.resolve("HEAD") != nil else { return found.map { $0.0 } }
        let names = paths.map { "HEAD:" + $0 }
        let blobs = try repository.blobs(names, limit: maxFileSize)
        var headLines: [String: Set<[UInt8]>] = [:]
        for (path, name) in zip(paths, names) {
            guard case .content(let bytes)? = blobs[name] else { continue }
            headLines[path] = Set(bytes.split(separator: 0x0A, omittingEmptySubsequences: true).map { SHA256.hash(Self.trimmed($0)) })
        }
        return found.map { item, digest in
            var marked = item
            marked.stillInHead = headLines[item.finding.path]?.contains(digest) ?? false
            return marked
        }
    }

    static func trimmed<Line: RandomAccessCollection>(_ line: Line) -> [UInt8] where Line.Element == UInt8, Line.Index == Int {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        guard let first = line.firstIndex(where: { !isSpace($0) }), let last = line.lastIndex(where: { !isSpace($0) }) else { return [] }
        return Array(line[first...last])
    }
}
