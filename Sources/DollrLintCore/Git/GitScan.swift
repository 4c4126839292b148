import Foundation

/// Which git content a scan reads instead of the working tree.
public enum GitScanScope: Sendable {
    /// The index: what the next commit will hold (pre-commit).
    case staged
    /// What HEAD changed since its merge base with a reference (CI on a branch).
    case diff(reference: String)
}

/// What git names for a scan, read before any rule is needed: the files with their content, and what baselines
/// and `--diff-lines` need to know about the changes.
public struct GitScanInput: Sendable {
    public var files: [InMemoryFile] = []
    /// The scan root's real directory: the project the files belong to.
    public var projectRoot: String
    /// Starts every reported path.
    public var pathPrefix: String
    public var skipped = SkipCounts()
    /// Reported paths of files git has no blob for.
    public var unreadable: [String] = []
    /// Reported path -> reported path before a rename git detected.
    public var previousPaths: [String: String] = [:]
    /// Reported path -> line numbers added or changed (filled when asked for).
    public var addedLines: [String: Set<Int>]?
}

/// A scan of blobs read from git, with what baselines and `--diff-lines` need to know about the changes.
public struct GitScanResult: Sendable {
    public var report: ScanReport
    /// Reported path -> reported path before a rename git detected.
    public var previousPaths: [String: String]
    /// Reported path -> line numbers added or changed (filled when asked for).
    public var addedLines: [String: Set<Int>]?
}

public enum GitScan {
    /// Reads the files `scope` names under `request.root` from git's objects (so a staged leak fixed only in the
    /// working copy, or a staged file deleted from it, is still seen). Paths are reported as everywhere else: from the
    /// current directory when the root is under it. It needs no rule, so a hook's git calls run while the rules load.
    public static func read(request: ScanRequest, scope: GitScanScope, addedLinesOnly: Bool) throws -> GitScanInput {
        var st = stat()
        guard stat(request.root, &st) == 0 else { throw ConfigError(file: request.root, "no such file or directory") }
        let rootIsFile = (st.st_mode & S_IFMT) == S_IFREG
        let rootDirectory = rootIsFile ? (request.root as NSString).deletingLastPathComponent : request.root
        let directory = rootDirectory.isEmpty ? "." : rootDirectory
        // A hook's first two git calls run side by side: the staged changes are asked from the root's directory
        // (pathspecs relative to it) while rev-parse finds the top level their paths are relative to. The top level
        // is waited for first, so outside a repository its error is the one reported.
        let stagedWork: BackgroundWork<[ChangedBlob]>?
        if case .staged = scope {
            let names =
                request.paths.map { $0.map(Self.localPathspec) } ?? [
                    rootIsFile ? Self.localPathspec((request.root as NSString).lastPathComponent) : "."
                ]
            stagedWork = BackgroundWork { try GitRepository.stagedChanges(inDirectory: directory, pathspec: names) }
        } else {
            stagedWork = nil
        }
        // cat-file starts now and waits for the blob names: its start is off the critical path (a pre-commit run is
        // three git processes one after the other otherwise). Left unused, it is ended when released.
        let batchWork = BackgroundWork { try GitRunner(directory: directory).start(["cat-file", "--batch"], takesInput: true) }
        let repository = try GitRepository(containing: directory)
        guard let topReal = FileWalker.realPath(repository.topLevel),
            let rootReal = FileWalker.realPath(directory),
            rootReal == topReal || rootReal.hasPrefix(topReal + "/")
        else {
            throw ConfigError(file: request.root, "is not inside the git work tree at \(repository.topLevel)")
        }
        // Git paths are relative to the top level; the engine's are relative to the scan root's directory.
        let rootFromTop = rootReal == topReal ? "" : String(rootReal.dropFirst(topReal.count + 1)) + "/"
        let target = rootIsFile ? rootFromTop + (request.root as NSString).lastPathComponent : rootFromTop
        // The paths named under the root (several arguments, or a framework passing file names), else the root.
        let targets = request.paths.map { $0.map { rootFromTop + $0 } } ?? [target]
        let pathspec = targets.contains("") ? [] : targets.map { ":(top,literal)" + ($0.hasSuffix("/") ? String($0.dropLast()) : $0) }

        let diffCommand: [String]
        let changes: [ChangedBlob]
        /// How cat-file names a path in the tree being scanned: `:path` in the index, `HEAD:path` in HEAD.
        let treePrefix: String
        switch scope {
        case .staged:
            diffCommand = ["diff", "--cached"]
            treePrefix = ":"
            changes = try stagedWork?.value() ?? []
        case .diff(let reference):
            let base = try repository.mergeBase(with: reference)
            diffCommand = ["diff", base, "HEAD"]
            treePrefix = "HEAD:"
            changes = try repository.changes(from: base, to: "HEAD", pathspec: pathspec)
        }

        func local(_ topPath: String) -> String? {
            topPath.hasPrefix(rootFromTop) ? String(topPath.dropFirst(rootFromTop.count)) : nil
        }
        let prefix = request.reportPrefix(forDirectory: directory)
        var input = GitScanInput(projectRoot: rootReal, pathPrefix: prefix)
        var candidates: [(path: String, blob: ChangedBlob)] = []
        for change in changes {
            guard let path = local(change.path) else { continue }
            guard change.isRegularFile else {
                input.skipped.symlink += change.mode == "120000" ? 1 : 0
                continue
            }
            if (request.walk.useIgnoreFiles && DollrIgnoreTree.isInSkippedDirectory(change.path))
                || request.walk.exclude.contains(where: { $0.matches(path) })
                || (!request.walk.include.isEmpty && !request.walk.include.contains(where: { $0.matches(path) }))
            {
                input.skipped.ignored += 1
                continue
            }
            candidates.append((path, change))
        }
        // One cat-file reads the candidates and the ignore files that may leave some of them out.
        let ignoreFiles =
            request.walk.useIgnoreFiles ? DollrIgnoreTree.files(treePrefix: treePrefix, paths: candidates.map(\.blob.path)) : [:]
        let contents = try repository.blobs(
            Array(ignoreFiles.values) + candidates.map(\.blob.objectID), limit: max(request.maxFileSize, DollrIgnoreTree.maxFileSize),
            batch: try? batchWork.value())
        let ignores = DollrIgnoreTree(files: ignoreFiles, contents: contents)
        for (path, change) in candidates {
            if ignores.isIgnored(change.path) {
                input.skipped.ignored += 1
                continue
            }
            switch contents[change.objectID] ?? .missing {
            case .content(let bytes) where bytes.count <= request.maxFileSize: input.files.append(InMemoryFile(path: path, bytes: bytes))
            case .content, .tooLarge: input.skipped.tooLarge += 1
            case .missing:
                input.unreadable.append(prefix + path)
                continue
            }
            if let before = change.previousPath.flatMap(local) { input.previousPaths[prefix + path] = prefix + before }
        }
        if addedLinesOnly {
            let byTopPath = try repository.addedLines(command: diffCommand, pathspec: pathspec)
            let underRoot = byTopPath.compactMap { key, lines in local(key).map { (prefix + $0, lines) } }
            input.addedLines = Dictionary(underRoot, uniquingKeysWith: { $0.union($1) })
        }
        return input
    }

    /// A path under the scan root's directory as a pathspec from there: the directory itself is `.`.
    static func localPathspec(_ path: String) -> String {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        return trimmed.isEmpty ? "." : ":(literal)" + trimmed
    }

    /// Scans what `read` found.
    public static func scan(_ engine: ScanEngine, _ input: GitScanInput, root: String, jobs: Int) -> GitScanResult {
        var report = engine.scan(files: input.files, root: root, jobs: jobs, projectRoot: input.projectRoot, pathPrefix: input.pathPrefix)
        report.summary.skipped.add(input.skipped)
        report.summary.skipped.unreadable += input.unreadable.count
        report.unreadable += input.unreadable
        report.warnings += input.unreadable.map { "\($0): git has no blob for it; skipped" }
        return GitScanResult(report: report, previousPaths: input.previousPaths, addedLines: input.addedLines)
    }
}

/// The `.dollrlintignore` files of the tree being scanned (the index or HEAD), read from git, applied as the walk
/// applies them, plus the directories the walk always skips (node_modules, vendor, ...). `.gitignore` is left out:
/// git itself does not apply it to files it tracks.
struct DollrIgnoreTree {
    private var rulesByDirectory: [String: IgnoreRules] = [:]
    /// An ignore file is a few lines; a larger one is not read.
    static let maxFileSize = 1_000_000

    /// Directory -> how cat-file names the `.dollrlintignore` there, for every directory above `paths`.
    static func files(treePrefix: String, paths: [String]) -> [String: String] {
        var directories: Set<String> = [""]
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                directories.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        return Dictionary(uniqueKeysWithValues: directories.map { ($0, treePrefix + ($0.isEmpty ? "" : $0 + "/") + ".dollrlintignore") })
    }

    /// The rules of the ignore files `files` names, from `contents` (which cat-file returned).
    init(files: [String: String], contents: [String: BlobContent]) {
        for directory in files.keys.sorted(by: { $0.split(separator: "/").count < $1.split(separator: "/").count }) {
            var rules = directory.isEmpty ? IgnoreRules() : rulesByDirectory[Self.parent(of: directory)] ?? IgnoreRules()
            if case .content(let bytes)? = files[directory].flatMap({ contents[$0] }), bytes.count <= Self.maxFileSize {
                rules.add(contents: String(decoding: bytes, as: UTF8.self), base: directory)
            }
            rulesByDirectory[directory] = rules
        }
    }

    /// Under a directory the walk always skips (node_modules, vendor, ...).
    static func isInSkippedDirectory(_ path: String) -> Bool {
        path.split(separator: "/").dropLast().contains { FileWalker.defaultSkippedDirectories.contains(String($0)) }
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    func isIgnored(_ path: String) -> Bool {
        let parts = path.split(separator: "/").map(String.init)
        var directory = ""
        for part in parts.dropLast() {
            let child = directory.isEmpty ? part : directory + "/" + part
            if rulesByDirectory[directory]?.isIgnored(child, isDirectory: true) ?? false { return true }
            directory = child
        }
        return rulesByDirectory[directory]?.isIgnored(path, isDirectory: false) ?? false
    }
}
