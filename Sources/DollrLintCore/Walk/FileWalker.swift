import Foundation

/// A file the walk hands to the engine.
public struct WalkedFile: Sendable {
    /// Relative to the scan root, `/`-separated.
    public let path: String
    public let absolutePath: String
    /// A `.env*` file that git ignores (read only by rules that opt in).
    public let isGitIgnored: Bool
}

public struct WalkOptions: Sendable {
    public var useIgnoreFiles = true
    public var include: [GlobPattern] = []
    public var exclude: [GlobPattern] = []
    public init() {}
}

/// Walks directories with opendir/readdir (FileManager's enumerator is ~1 s per 20,000 files here).
/// Symlinks are not followed during recursion (counted as skipped); a path named explicitly is
/// followed when it resolves inside the root. Each directory is visited once by device+inode, so loops end.
public final class FileWalker {
    public static let defaultSkippedDirectories: Set<String> = [".git", "node_modules", "vendor", ".build", "Pods", ".venv", "__pycache__", ".hg", ".svn"]

    let rootPath: String
    let options: WalkOptions
    public private(set) var files: [WalkedFile] = []
    public private(set) var skipped = SkipCounts()
    public private(set) var warnings: [String] = []
    private var visited: Set<String> = []
    private let realRoot: String

    public init(root: String, options: WalkOptions) {
        self.rootPath = root
        self.options = options
        self.realRoot = FileWalker.realPath(root) ?? root
    }

    static func realPath(_ p: String) -> String? {
        guard let r = realpath(p, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }

    /// Walks the root, or the explicitly named paths under it.
    public func walk(explicit: [String]? = nil) throws {
        var rules = IgnoreRules()
        if let explicit = explicit {
            for rel in explicit {
                let abs = rel.isEmpty ? rootPath : rootPath + "/" + rel
                var st = stat()
                guard lstat(abs, &st) == 0 else { throw ConfigError(file: rel, "no such file or directory") }
                if (st.st_mode & S_IFMT) == S_IFLNK {
                    guard let real = FileWalker.realPath(abs), real == realRoot || real.hasPrefix(realRoot + "/") else {
                        skipped.symlink += 1; warnings.append("\(rel): symlink points outside the scan root or nowhere; skipped"); continue
                    }
                    guard stat(abs, &st) == 0 else { skipped.symlink += 1; continue }
                }
                if (st.st_mode & S_IFMT) == S_IFDIR {
                    loadIgnores(into: &rules, forDirectory: rel)
                    walkDirectory(rel, rules: rules, explicitlyNamed: true)
                } else if (st.st_mode & S_IFMT) == S_IFREG {
                    // A file named explicitly is scanned even if ignored: the user asked for it.
                    files.append(WalkedFile(path: rel, absolutePath: abs, isGitIgnored: false))
                } else {
                    skipped.unreadable += 1
                    warnings.append("\(rel): not a regular file (FIFO, socket or device); skipped")
                }
            }
        } else {
            loadIgnores(into: &rules, forDirectory: "")
            walkDirectory("", rules: rules, explicitlyNamed: true)
        }
    }

    /// Loads the ignore files of `dir` and of its ancestors (for explicitly named subdirectories).
    private func loadIgnores(into rules: inout IgnoreRules, forDirectory dir: String) {
        guard options.useIgnoreFiles else { return }
        var chain = ProjectContext.ancestors(of: dir + "/x").reversed().map { $0 }
        if chain.isEmpty { chain = [""] }
        for d in chain { addIgnoreFiles(of: d, to: &rules) }
    }

    private func addIgnoreFiles(of dir: String, to rules: inout IgnoreRules) {
        guard options.useIgnoreFiles else { return }
        for name in [".gitignore", ".dollrlintignore"] {
            let rel = dir.isEmpty ? name : dir + "/" + name
            if let bytes = FileReader.readSmallFile(rootPath + "/" + rel, limit: 1_000_000) {
                rules.add(contents: String(decoding: bytes, as: UTF8.self), base: dir)
            }
        }
    }

    private func walkDirectory(_ rel: String, rules parentRules: IgnoreRules, explicitlyNamed: Bool) {
        let abs = rel.isEmpty ? rootPath : rootPath + "/" + rel
        var st = stat()
        guard stat(abs, &st) == 0 else { skipped.unreadable += 1; warnings.append("\(rel.isEmpty ? "." : rel): cannot read directory"); return }
        let key = "\(st.st_dev):\(st.st_ino)"
        guard visited.insert(key).inserted else { return }
        var rules = parentRules
        if !explicitlyNamed || !rel.isEmpty { addIgnoreFiles(of: rel, to: &rules) }
        guard let dirp = opendir(abs) else { skipped.unreadable += 1; warnings.append("\(rel.isEmpty ? "." : rel): cannot open directory"); return }
        var entries: [(String, UInt8)] = []
        while let ent = readdir(dirp) {
            let name = withUnsafePointer(to: ent.pointee.d_name) { ptr in
                ptr.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            entries.append((name, ent.pointee.d_type))
        }
        closedir(dirp)
        entries.sort { $0.0 < $1.0 }
        for (name, dtype) in entries {
            let childRel = rel.isEmpty ? name : rel + "/" + name
            let childAbs = abs + "/" + name
            var type = dtype
            if type == UInt8(DT_UNKNOWN) {
                var cst = stat()
                if lstat(childAbs, &cst) == 0 {
                    switch cst.st_mode & S_IFMT { case S_IFDIR: type = UInt8(DT_DIR); case S_IFLNK: type = UInt8(DT_LNK); case S_IFREG: type = UInt8(DT_REG); default: break }
                }
            }
            if type == UInt8(DT_LNK) { skipped.symlink += 1; continue }
            if type == UInt8(DT_DIR) {
                if name == ".git" { continue }
                if FileWalker.defaultSkippedDirectories.contains(name) { skipped.ignored += 1; continue }
                if rules.isIgnored(childRel, isDirectory: true) || options.exclude.contains(where: { $0.matches(childRel) }) { skipped.ignored += 1; continue }
                walkDirectory(childRel, rules: rules, explicitlyNamed: false)
                continue
            }
            guard type == UInt8(DT_REG) else { continue }
            if options.exclude.contains(where: { $0.matches(childRel) }) { skipped.ignored += 1; continue }
            if !options.include.isEmpty && !options.include.contains(where: { $0.matches(childRel) }) { skipped.ignored += 1; continue }
            if rules.isIgnored(childRel, isDirectory: false) {
                // A git-ignored .env.local still ships NEXT_PUBLIC_ values in the bundle: keep it for the rules that read it.
                if name.lowercased().hasPrefix(".env") { files.append(WalkedFile(path: childRel, absolutePath: childAbs, isGitIgnored: true)); continue }
                skipped.ignored += 1
                continue
            }
            files.append(WalkedFile(path: childRel, absolutePath: childAbs, isGitIgnored: false))
        }
    }
}
