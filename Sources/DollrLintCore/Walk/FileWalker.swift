import Foundation

/// A file the walk hands to the engine.
public struct WalkedFile: Sendable {
    /// Relative to the scan root, `/`-separated; bytes that are not UTF-8 are written `\xff`.
    public let path: String
    /// The path as the file system has it, byte for byte (a name need not be UTF-8).
    public let absolutePathBytes: [UInt8]
    /// A `.env*` file that git ignores (read only by rules that opt in).
    public let isGitIgnored: Bool

    public var absolutePath: String { String(decoding: absolutePathBytes, as: UTF8.self) }

    init(path: String, absolutePath: [UInt8], isGitIgnored: Bool) {
        self.path = path
        self.absolutePathBytes = absolutePath
        self.isGitIgnored = isGitIgnored
    }

    /// A file name as reports show it: valid UTF-8 as is, every other byte as `\xNN`, so names stay byte-exact and printable.
    public static func displayName(_ bytes: [UInt8]) -> String {
        if let s = String(validating: bytes, as: UTF8.self) { return s }
        var out = ""
        var i = 0
        while i < bytes.count {
            let length = WalkedFile.utf8SequenceLength(bytes, at: i)
            if length > 0 {
                out += String(decoding: bytes[i..<(i + length)], as: UTF8.self)
                i += length
            } else {
                out += "\\x" + String(bytes[i], radix: 16).leftPad(2)
                i += 1
            }
        }
        return out
    }

    /// Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there does not start one.
    private static func utf8SequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let b = bytes[i]
        let length = b < 0x80 ? 1 : (b >> 5 == 0b110 ? 2 : (b >> 4 == 0b1110 ? 3 : (b >> 3 == 0b11110 ? 4 : 0)))
        guard length > 0, i + length <= bytes.count else { return 0 }
        return String(validating: bytes[i..<(i + length)], as: UTF8.self) == nil ? 0 : length
    }
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
/// Unchecked: one thread at a time uses a walker, the walking thread until its stream (if any) finishes, then the scan.
public final class FileWalker: @unchecked Sendable {
    public static let defaultSkippedDirectories: Set<String> = [
        ".git", "node_modules", "vendor", ".build", "Pods", ".venv", "__pycache__", ".hg", ".svn",
    ]

    let rootPath: String
    let options: WalkOptions
    public private(set) var files: [WalkedFile] = []
    /// Where the files go instead of `files`, as they are found, when a scan takes them during the walk.
    var stream: WalkedFileStream?
    public private(set) var skipped = SkipCounts()
    public private(set) var warnings: [String] = []
    private var visited: Set<String> = []
    private let realRoot: String
    private let include: [PathGlob]
    private let exclude: [PathGlob]

    public init(root: String, options: WalkOptions) {
        self.rootPath = root
        self.options = options
        self.include = options.include.map { PathGlob($0, ending: .orParents) }
        self.exclude = options.exclude.map { PathGlob($0, ending: .orParents) }
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
                        skipped.symlink += 1
                        warnings.append("\(rel): symlink points outside the scan root or nowhere; skipped")
                        continue
                    }
                    guard stat(abs, &st) == 0 else {
                        skipped.symlink += 1
                        continue
                    }
                }
                if (st.st_mode & S_IFMT) == S_IFDIR {
                    loadIgnores(into: &rules, forDirectory: rel)
                    walkDirectory(rel, rules: rules, explicitlyNamed: true)
                } else if (st.st_mode & S_IFMT) == S_IFREG {
                    // A file named explicitly is scanned even if ignored: the user asked for it.
                    add(WalkedFile(path: rel, absolutePath: Array(abs.utf8), isGitIgnored: false))
                } else {
                    let kind = FileKind(mode: st.st_mode)
                    skipped.count(kind)
                    warnings.append("\(rel): is a \(kind.rawValue), not a regular file; skipped")
                }
            }
        } else {
            loadIgnores(into: &rules, forDirectory: "")
            walkDirectory("", rules: rules, explicitlyNamed: true)
        }
    }

    private func add(_ file: WalkedFile) {
        if let stream { stream.append(file) } else { files.append(file) }
    }

    /// Loads the ignore files of `dir` and of its ancestors (for explicitly named subdirectories).
    private func loadIgnores(into rules: inout IgnoreRules, forDirectory dir: String) {
        guard options.useIgnoreFiles else { return }
        var chain = PathAncestry.ancestors(of: dir + "/x").reversed().map { $0 }
        if chain.isEmpty { chain = [""] }
        for d in chain { addIgnoreFiles(of: d, to: &rules) }
    }

    static let ignoreFileNames = [".gitignore", ".dollrlintignore"]

    /// `listed`: the ignore files the directory's listing holds, when it was read; nil probes both names.
    private func addIgnoreFiles(of dir: String, to rules: inout IgnoreRules, listed: [String]? = nil) {
        guard options.useIgnoreFiles else { return }
        for name in listed ?? FileWalker.ignoreFileNames {
            let rel = dir.isEmpty ? name : dir + "/" + name
            switch FileReader.readRegularFile(rootPath + "/" + rel, limit: 1_000_000) {
            case .success(let bytes): rules.add(contents: String(decoding: bytes, as: UTF8.self), base: dir)
            case .failure(.cannotOpen): break
            case .failure(let problem): warnings.append("\(rel): \(problem); its patterns are not applied")
            }
        }
    }

    private func walkDirectory(_ rel: String, rules parentRules: IgnoreRules, explicitlyNamed: Bool) {
        let abs = rel.isEmpty ? rootPath : rootPath + "/" + rel
        walkDirectory(rel, bytes: Array(abs.utf8), rules: parentRules, explicitlyNamed: explicitlyNamed)
    }

    /// `rel` is the display path (for ignore rules and reports); `abs` the directory's path byte for byte.
    private func walkDirectory(_ rel: String, bytes abs: [UInt8], rules parentRules: IgnoreRules, explicitlyNamed: Bool) {
        let cAbs = abs.map { CChar(bitPattern: $0) } + [0]
        let shown = rel.isEmpty ? "." : rel
        // The identity (a bind mount can loop) from the open directory, not a stat of its path: one path lookup.
        guard let dirp = opendir(cAbs) else {
            skipped.unreadable += 1
            warnings.append("\(shown): cannot open directory")
            return
        }
        var st = stat()
        guard fstat(dirfd(dirp), &st) == 0, visited.insert("\(st.st_dev):\(st.st_ino)").inserted else {
            closedir(dirp)
            return
        }
        var entries: [(name: [UInt8], type: UInt8)] = []
        while let ent = readdir(dirp) {
            let name = withUnsafeBytes(of: ent.pointee.d_name) { Array($0.prefix(while: { $0 != 0 })) }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            entries.append((name, ent.pointee.d_type))
        }
        closedir(dirp)
        entries.sort { $0.name.lexicographicallyPrecedes($1.name) }
        var rules = parentRules
        if !explicitlyNamed || !rel.isEmpty {
            // Only the ignore files the listing holds are opened: two failed lookups per directory otherwise.
            let listed = FileWalker.ignoreFileNames.filter { name in entries.contains { $0.name.elementsEqual(name.utf8) } }
            addIgnoreFiles(of: rel, to: &rules, listed: listed)
        }
        for (nameBytes, dtype) in entries {
            let name = WalkedFile.displayName(nameBytes)
            let childRel = rel.isEmpty ? name : rel + "/" + name
            let childAbs = abs + [0x2F] + nameBytes
            var kind = FileWalker.kind(ofEntryType: dtype)
            if kind == nil {
                var cst = stat()
                if lstat(childAbs.map { CChar(bitPattern: $0) } + [0], &cst) == 0 { kind = FileKind(mode: cst.st_mode) }
            }
            switch kind {
            case .symlink: skipped.symlink += 1
            case .directory:
                if name == ".git" { continue }
                if FileWalker.defaultSkippedDirectories.contains(name) {
                    skipped.ignored += 1
                    continue
                }
                if rules.isIgnored(childRel, isDirectory: true) || exclude.contains(where: { $0.matches(childRel) }) {
                    skipped.ignored += 1
                    continue
                }
                walkDirectory(childRel, bytes: childAbs, rules: rules, explicitlyNamed: false)
            case .regular:
                if exclude.contains(where: { $0.matches(childRel) }) {
                    skipped.ignored += 1
                    continue
                }
                if !include.isEmpty && !include.contains(where: { $0.matches(childRel) }) {
                    skipped.ignored += 1
                    continue
                }
                if rules.isIgnored(childRel, isDirectory: false) {
                    // A git-ignored .env.local still ships NEXT_PUBLIC_ values in the bundle: keep it for the rules that read it.
                    if name.lowercased().hasPrefix(".env") {
                        add(WalkedFile(path: childRel, absolutePath: childAbs, isGitIgnored: true))
                    } else {
                        skipped.ignored += 1
                    }
                    continue
                }
                add(WalkedFile(path: childRel, absolutePath: childAbs, isGitIgnored: false))
            case let special?:
                // A FIFO, socket or device is never opened: counted by kind so nothing is skipped silently.
                skipped.count(special)
            case nil: skipped.unreadable += 1
            }
        }
    }

    /// The kind `readdir` reports, or nil when it does not know (some file systems): then `lstat` tells.
    static func kind(ofEntryType type: UInt8) -> FileKind? {
        switch Int(type) {
        case Int(DT_REG): return .regular
        case Int(DT_DIR): return .directory
        case Int(DT_LNK): return .symlink
        case Int(DT_FIFO): return .fifo
        case Int(DT_SOCK): return .socket
        case Int(DT_CHR), Int(DT_BLK): return .device
        default: return nil
        }
    }
}
