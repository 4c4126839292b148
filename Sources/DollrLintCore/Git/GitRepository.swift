import Foundation

/// A file git reports as added, copied, modified or renamed, with the blob that holds its new content.
public struct ChangedBlob: Sendable, Equatable {
    /// Relative to the repository's top level, `/`-separated, as git stores it.
    public var path: String
    /// The path before a rename or copy, when git detected one.
    public var previousPath: String?
    public var objectID: String
    /// git's file mode: 100644/100755 regular files; 120000 symlinks and 160000 submodules hold no source.
    public var mode: String
    public var isRegularFile: Bool { mode == "100644" || mode == "100755" }
}

/// The questions dollr-lint asks a git repository, each answered by reading git's data, never its working copy
/// when the index or a commit holds the answer.
public struct GitRepository: Sendable {
    public let runner: GitRunner
    /// Absolute path of the working tree's top level.
    public let topLevel: String

    /// Opens the repository that contains `directory`; one clear line when there is none.
    public init(containing directory: String) throws {
        let probe = GitRunner(directory: directory)
        let output: [UInt8]
        do { output = try probe.run(["rev-parse", "--show-toplevel"]) } catch let failure as GitFailure {
            throw ConfigError(file: directory, "not inside a git repository (\(failure.message))")
        }
        let top = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .newlines)
        guard !top.isEmpty else {
            throw ConfigError(file: directory, "not inside a git work tree (a bare repository has no index to scan)")
        }
        topLevel = top
        runner = GitRunner(directory: top)
    }

    public var isShallow: Bool {
        (try? runner.run(["rev-parse", "--is-shallow-repository"])).map { String(decoding: $0, as: UTF8.self).hasPrefix("true") } ?? false
    }

    /// The commit id `revision` names, or nil when the repository does not have it.
    public func resolve(_ revision: String) -> String? {
        let arguments = ["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"]
        guard let out = try? runner.run(arguments) else { return nil }
        let id = String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return id.isEmpty ? nil : id
    }

    /// The merge base of HEAD and `reference`; a missing reference or a cut history says how to fetch it.
    public func mergeBase(with reference: String) throws -> String {
        let fetchHint = "fetch it first (in GitHub Actions: actions/checkout with fetch-depth: 0; elsewhere: git fetch --unshallow origin)"
        guard let target = resolve(reference) else {
            let shallow = isShallow ? " (shallow clone)" : ""
            throw ConfigError(file: reference, "this git repository has no such commit or branch\(shallow); \(fetchHint)")
        }
        do {
            let out = try runner.run(["merge-base", target, "HEAD"])
            return String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        } catch is GitFailure {
            let why = isShallow ? "the clone is shallow, so HEAD and it share no commit here" : "HEAD and it share no commit"
            throw ConfigError(file: reference, "\(why); \(fetchHint)")
        }
    }

    /// Files staged for the next commit, with their blobs in the index (never the working tree), asked from
    /// `directory` (pathspecs are relative to it; paths come back relative to the top level), without knowing the top level.
    public static func stagedChanges(inDirectory directory: String, pathspec: [String]) throws -> [ChangedBlob] {
        let command = ["diff", "--cached"] + changesOptions + pathspec
        do { return parseRaw(try GitRunner(directory: directory).run(command)) } catch let failure as GitFailure {
            throw ConfigError(file: directory, failure.description)
        }
    }

    /// What `diff` is asked for: new blob ids of added, copied, modified and renamed files, machine-readable.
    private static let changesOptions = ["--raw", "-z", "--no-abbrev", "-M", "--diff-filter=ACMR", "--"]

    /// Files that differ between two commits.
    public func changes(from base: String, to head: String, pathspec: [String]) throws -> [ChangedBlob] {
        try changes(["diff", base, head], pathspec: pathspec)
    }

    private func changes(_ command: [String], pathspec: [String]) throws -> [ChangedBlob] {
        let out = try gitData(command + Self.changesOptions + pathspec)
        return Self.parseRaw(out)
    }

    /// Parses `git diff --raw -z`: `:old-mode new-mode old-id new-id status\0path\0[new-path\0]`.
    static func parseRaw(_ bytes: [UInt8]) -> [ChangedBlob] {
        let fields = bytes.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var result: [ChangedBlob] = []
        var i = 0
        while i < fields.count {
            let header = fields[i].split(separator: " ")
            guard header.count == 5, header[0].hasPrefix(":"), i + 1 < fields.count else {
                i += 1
                continue
            }
            let status = header[4]
            let renamed = status.hasPrefix("R") || status.hasPrefix("C")
            if renamed {
                guard i + 2 < fields.count else { break }
                result.append(
                    ChangedBlob(
                        path: fields[i + 2], previousPath: fields[i + 1], objectID: String(header[3]),
                        mode: String(header[1])))
                i += 3
            } else {
                result.append(ChangedBlob(path: fields[i + 1], previousPath: nil, objectID: String(header[3]), mode: String(header[1])))
                i += 2
            }
        }
        return result
    }

    /// Reads objects by name (an id, or `HEAD:path`) through one `git cat-file --batch`, in request order.
    /// A name holding a newline cannot be asked for and comes back missing.
    /// `batch`: a `cat-file --batch` already started in this repository (`GitRunner.start`), else one is started.
    public func blobs(_ names: [String], limit: Int, batch: RunningGit? = nil) throws -> [String: BlobContent] {
        let askable = names.filter { !$0.has("\n") }
        let request = askable.isEmpty ? [] : Array(askable.joined(separator: "\n").utf8) + [0x0A]
        var reader = CatFileBatchReader(limit: limit)
        if let batch {
            do { try batch.finish(input: request) { reader.feed($0) } } catch let failure as GitFailure {
                throw ConfigError(file: topLevel, failure.description)
            }
        } else {
            guard !askable.isEmpty else { return [:] }
            try runner.stream(["cat-file", "--batch"], input: request) { reader.feed($0) }
        }
        return Dictionary(zip(askable, reader.results), uniquingKeysWith: { first, _ in first })
    }

    /// Lines each file has added or changed between `base` (or the index's HEAD, when nil) and the new side:
    /// the `+` side of every hunk of a zero-context diff.
    public func addedLines(command: [String], pathspec: [String]) throws -> [String: Set<Int>] {
        var parser = UnifiedDiffParser()
        var lines: [String: Set<Int>] = [:]
        var buffer = LineBuffer()
        try runner.stream(command + ["-U0", "-M", "--diff-filter=ACMR", "--no-color", "--"] + pathspec) { chunk in
            buffer.feed(chunk) { line in
                if case .added(let path, let number, _) = parser.consume(line) { lines[path, default: []].insert(number) }
            }
        }
        return lines
    }

    /// Runs git for data; a failure becomes one line naming git's complaint.
    func gitData(_ arguments: [String]) throws -> [UInt8] {
        do { return try runner.run(arguments) } catch let failure as GitFailure {
            throw ConfigError(file: topLevel, failure.description)
        }
    }
}

/// Splits a byte stream into lines without holding more than one line (capped) in memory.
struct LineBuffer {
    static let maximumLine = 1 << 20
    private var pending: [UInt8] = []

    mutating func feed(_ chunk: [UInt8], line: ([UInt8]) throws -> Void) rethrows {
        var start = chunk.startIndex
        while let newline = chunk[start...].firstIndex(of: 0x0A) {
            if pending.isEmpty {
                try line(Array(chunk[start..<newline]))
            } else {
                appendCapped(chunk[start..<newline])
                try line(pending)
                pending.removeAll(keepingCapacity: true)
            }
            start = newline + 1
        }
        appendCapped(chunk[start...])
    }

    /// The last line when the stream does not end with a newline.
    mutating func finish(line: ([UInt8]) throws -> Void) rethrows {
        if !pending.isEmpty { try line(pending) }
        pending.removeAll()
    }

    private mutating func appendCapped(_ bytes: ArraySlice<UInt8>) {
        pending.append(contentsOf: bytes.prefix(max(0, Self.maximumLine - pending.count)))
    }
}

/// One object read from git.
public enum BlobContent: Sendable, Equatable {
    case content([UInt8])
    case tooLarge
    /// Missing, or not a blob (a tree, a submodule's commit).
    case missing
}

/// Parses the output of `git cat-file --batch` as it streams: `<id> <type> <size>\n<content>\n` per object found,
/// `<name> missing` (or ambiguous) per object not.
struct CatFileBatchReader {
    let limit: Int
    private(set) var results: [BlobContent] = []
    private var header: [UInt8] = []
    private var current: (remaining: Int, isBlob: Bool, keep: Bool)? = nil
    private var content: [UInt8] = []

    init(limit: Int) { self.limit = limit }

    mutating func feed(_ chunk: [UInt8]) {
        var i = chunk.startIndex
        while i < chunk.endIndex {
            if var object = current {
                let take = min(object.remaining, chunk.endIndex - i)
                if object.keep { content.append(contentsOf: chunk[i..<i + take]) }
                object.remaining -= take
                i += take
                current = object
                // The object's trailing newline is part of its frame.
                if object.remaining == 0 {
                    results.append(!object.isBlob ? .missing : object.keep ? .content(Array(content.dropLast())) : .tooLarge)
                    content.removeAll(keepingCapacity: true)
                    current = nil
                }
                continue
            }
            guard let newline = chunk[i...].firstIndex(of: 0x0A) else {
                header.append(contentsOf: chunk[i...])
                return
            }
            header.append(contentsOf: chunk[i..<newline])
            i = newline + 1
            let parts = String(decoding: header, as: UTF8.self).split(separator: " ")
            header.removeAll(keepingCapacity: true)
            guard let last = parts.last, let size = Int(last), parts.count == 3 else {
                results.append(.missing)
                continue
            }
            let isBlob = parts[1] == "blob"
            current = (size + 1, isBlob, isBlob && size <= limit)
        }
    }
}

/// Reads a unified diff (`git diff -U0`, `git log -p`) line by line and reports the new side's added lines.
struct UnifiedDiffParser {
    enum Event {
        case added(path: String, line: Int, text: [UInt8])
        /// A `commit ...` header line of `git log`: everything after "commit ".
        case commit(header: String)
        case other
    }

    private(set) var path: String? = nil
    private var nextLine = 0
    private var inHunk = false
    private static let diffHeader = Array("diff --git ".utf8)
    private static let commitHeader = Array("commit ".utf8)
    private static let newFileHeader = Array("+++ ".utf8)
    private static let hunkHeader = Array("@@ ".utf8)

    mutating func consume(_ line: [UInt8]) -> Event {
        if line.starts(with: Self.diffHeader) {
            path = nil
            inHunk = false
            return .other
        }
        if line.starts(with: Self.commitHeader) && !inHunk {
            path = nil
            return .commit(header: String(decoding: line.dropFirst(7), as: UTF8.self))
        }
        if !inHunk || line.first == 0x40 {
            if line.starts(with: Self.newFileHeader) {
                let target = String(decoding: line.dropFirst(4), as: UTF8.self)
                path = target == "/dev/null" ? nil : (target.hasPrefix("b/") ? String(target.dropFirst(2)) : target)
                return .other
            }
            if line.starts(with: Self.hunkHeader), let start = Self.newSideStart(line) {
                nextLine = start
                inHunk = true
                return .other
            }
            if line.starts(with: Self.commitHeader) {
                path = nil
                return .commit(header: String(decoding: line.dropFirst(7), as: UTF8.self))
            }
            return .other
        }
        switch line.first {
        case 0x2B:
            defer { nextLine += 1 }
            guard let p = path else { return .other }
            return .added(path: p, line: nextLine, text: Array(line.dropFirst()))
        case 0x20:
            nextLine += 1
            return .other
        case 0x2D, 0x5C:
            return .other
        default:
            // Anything else ends the hunk: the next file's header or the next commit.
            inHunk = false
            return consume(line)
        }
    }

    /// `@@ -a,b +c,d @@`: c.
    static func newSideStart(_ line: [UInt8]) -> Int? {
        guard let plus = line.firstIndex(of: 0x2B) else { return nil }
        let digits = line[(plus + 1)...].prefix { $0 >= 0x30 && $0 <= 0x39 }
        return Int(String(decoding: digits, as: UTF8.self))
    }
}
