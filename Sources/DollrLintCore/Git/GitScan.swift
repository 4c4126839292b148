import Foundation

/// Which git content a scan reads instead of the working tree.
public enum GitScanScope: Sendable {
    /// The index: what the next commit will hold (pre-commit).
    case staged
    /// What HEAD changed since its merge base with a reference (CI on a branch).
    case diff(reference: String)
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
    /// Scans the files `scope` names under `request.root`, reading their content from git's objects (so a staged
    /// leak fixed only in the working copy, or a staged file deleted from it, is still seen). Paths are reported
    /// as everywhere else: from the current directory when the root is under it.
    public static func scan(_ engine: ScanEngine, request: ScanRequest, scope: GitScanScope, addedLinesOnly: Bool) throws -> GitScanResult {
        var st = stat()
        guard stat(request.root, &st) == 0 else { throw ConfigError(file: request.root, "no such file or directory") }
        let rootIsFile = (st.st_mode & S_IFMT) == S_IFREG
        let rootDirectory = rootIsFile ? (request.root as NSString).deletingLastPathComponent : request.root
        let repository = try GitRepository(containing: rootDirectory.isEmpty ? "." : rootDirectory)
        guard let topReal = FileWalker.realPath(repository.topLevel),
            let rootReal = FileWalker.realPath(rootDirectory.isEmpty ? "." : rootDirectory),
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
            changes = try repository.stagedChanges(pathspec: pathspec)
        case .diff(let reference):
            let base = try repository.mergeBase(with: reference)
            diffCommand = ["diff", base, "HEAD"]
            treePrefix = "HEAD:"
            changes = try repository.changes(from: base, to: "HEAD", pathspec: pathspec)
        }
        let ignores =
            request.walk.useIgnoreFiles
            ? try DollrIgnoreTree(repository: repository, treePrefix: treePrefix, paths: changes.map { $0.path })
            : nil

        func local(_ topPath: String) -> String? {
            topPath.hasPrefix(rootFromTop) ? String(topPath.dropFirst(rootFromTop.count)) : nil
        }
        var skipped = SkipCounts()
        var selected: [(path: String, blob: ChangedBlob)] = []
        for change in changes {
            guard let path = local(change.path) else { continue }
            guard change.isRegularFile else {
                skipped.symlink += change.mode == "120000" ? 1 : 0
                continue
            }
            if ignores?.isIgnored(change.path) ?? false {
                skipped.ignored += 1
                continue
            }
            if request.walk.exclude.contains(where: { $0.matches(path) })
                || (!request.walk.include.isEmpty && !request.walk.include.contains(where: { $0.matches(path) }))
            {
                skipped.ignored += 1
                continue
            }
            selected.append((path, change))
        }
        let contents = try repository.blobs(selected.map { $0.blob.objectID }, limit: request.maxFileSize)
        var files: [InMemoryFile] = []
        var unreadable: [String] = []
        for (path, change) in selected {
            switch contents[change.objectID] ?? .missing {
            case .content(let bytes): files.append(InMemoryFile(path: path, bytes: bytes))
            case .tooLarge: skipped.tooLarge += 1
            case .missing: unreadable.append(path)
            }
        }
        let prefix = request.reportPrefix(forDirectory: rootDirectory.isEmpty ? "." : rootDirectory)
        var report = engine.scan(files: files, root: request.root, jobs: request.jobs, projectRoot: rootReal, pathPrefix: prefix)
        report.summary.skipped.add(skipped)
        report.summary.skipped.unreadable += unreadable.count
        report.unreadable += unreadable.map { prefix + $0 }
        report.warnings += unreadable.map { "\(prefix + $0): git has no blob for it; skipped" }

        var previousPaths: [String: String] = [:]
        for (path, change) in selected {
            if let before = change.previousPath.flatMap(local) { previousPaths[prefix + path] = prefix + before }
        }
        var addedLines: [String: Set<Int>]? = nil
        if addedLinesOnly {
            let byTopPath = try repository.addedLines(command: diffCommand, pathspec: pathspec)
            let underRoot = byTopPath.compactMap { key, lines in local(key).map { (prefix + $0, lines) } }
            addedLines = Dictionary(underRoot, uniquingKeysWith: { $0.union($1) })
        }
        return GitScanResult(report: report, previousPaths: previousPaths, addedLines: addedLines)
    }
}

/// The `.dollrlintignore` files of the tree being scanned (the index or HEAD), read from git, applied as the walk
/// applies them, plus the directories the walk always skips (node_modules, vendor, ...). `.gitignore` is left out:
/// git itself does not apply it to files it tracks.
struct DollrIgnoreTree {
    private var rulesByDirectory: [String: IgnoreRules] = [:]

    init(repository: GitRepository, treePrefix: String, paths: [String]) throws {
        var directories: Set<String> = [""]
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                directories.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        let names = directories.map { treePrefix + ($0.isEmpty ? "" : $0 + "/") + ".dollrlintignore" }
        let contents = try repository.blobs(names, limit: 1_000_000)
        for directory in directories.sorted(by: { $0.split(separator: "/").count < $1.split(separator: "/").count }) {
            var rules = directory.isEmpty ? IgnoreRules() : rulesByDirectory[Self.parent(of: directory)] ?? IgnoreRules()
            let name = treePrefix + (directory.isEmpty ? "" : directory + "/") + ".dollrlintignore"
            if case .content(let bytes)? = contents[name] { rules.add(contents: String(decoding: bytes, as: UTF8.self), base: directory) }
            rulesByDirectory[directory] = rules
        }
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    func isIgnored(_ path: String) -> Bool {
        let parts = path.split(separator: "/").map(String.init)
        var directory = ""
        for part in parts.dropLast() {
            if FileWalker.defaultSkippedDirectories.contains(part) { return true }
            let child = directory.isEmpty ? part : directory + "/" + part
            if rulesByDirectory[directory]?.isIgnored(child, isDirectory: true) ?? false { return true }
            directory = child
        }
        return rulesByDirectory[directory]?.isIgnored(path, isDirectory: false) ?? false
    }
}
