import Foundation
import Glibc

/// Facts about the project around a file: manifests (package.json, pubspec.yaml, AndroidManifest.xml, app.json)
/// found in the file's ancestor directories, read from the scan set or the disk and cached.
public final class ProjectContext: @unchecked Sendable {
    /// Absolute path of the scan root; nil for in-memory projects (tests).
    let rootPath: String?
    private let virtualFiles: [String: [UInt8]]
    private var cache: [String: [UInt8]?] = [:]
    private let lock = NSLock()

    public init(rootPath: String?, virtualFiles: [String: [UInt8]] = [:]) {
        self.rootPath = rootPath
        self.virtualFiles = virtualFiles
    }

    /// Contents of a file relative to the root, or nil. Manifests only: small files, read once.
    public func contents(_ relPath: String) -> [UInt8]? {
        lock.lock(); defer { lock.unlock() }
        if let c = cache[relPath] { return c }
        var result: [UInt8]? = virtualFiles[relPath]
        if result == nil, let root = rootPath {
            result = FileReader.readSmallFile(root + "/" + relPath, limit: 2_000_000)
        }
        cache[relPath] = result
        return result
    }

    public func exists(_ relPath: String) -> Bool {
        if virtualFiles[relPath] != nil { return true }
        guard let root = rootPath else { return virtualFiles.keys.contains { $0.hasPrefix(relPath + "/") } }
        var st = stat()
        return stat(root + "/" + relPath, &st) == 0
    }

    /// Ancestor directories of a relative path, nearest first, ending with "" (the root).
    public static func ancestors(of path: String) -> [String] {
        var parts = path.split(separator: "/").map(String.init)
        parts.removeLast()
        var result: [String] = []
        while true {
            result.append(parts.joined(separator: "/"))
            if parts.isEmpty { break }
            parts.removeLast()
        }
        return result
    }

    static func join(_ dir: String, _ name: String) -> String { dir.isEmpty ? name : dir + "/" + name }

    /// The nearest `name` above `path`, with its directory.
    public func nearest(_ name: String, above path: String) -> (dir: String, bytes: [UInt8])? {
        for dir in ProjectContext.ancestors(of: path) {
            if let b = contents(ProjectContext.join(dir, name)) { return (dir, b) }
        }
        return nil
    }

    /// Dependency names of the nearest package.json.
    public func packageDependencies(above path: String) -> Set<String> {
        guard let (_, bytes) = nearest("package.json", above: path),
              let obj = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else { return [] }
        var names: Set<String> = []
        for key in ["dependencies", "devDependencies", "peerDependencies"] {
            if let d = obj[key] as? [String: Any] { names.formUnion(d.keys) }
        }
        return names
    }

    /// Whether a text manifest above `path` mentions `needle` (pubspec.yaml "flutter:", build.gradle "com.android.application").
    public func manifest(_ name: String, above path: String, contains needle: String) -> Bool {
        guard let (_, bytes) = nearest(name, above: path) else { return false }
        return ByteSearch.contains(bytes, Array(needle.utf8))
    }
}

public enum FileReader {
    /// Reads a whole regular file (up to 200 MB); nil when it cannot be read.
    public static func read(_ path: String) -> [UInt8]? { readSmallFile(path, limit: 200_000_000) }

    /// Reads a whole regular file with read(2); nil when it cannot be read or exceeds `limit`.
    static func readSmallFile(_ path: String, limit: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) <= limit else { return nil }
        return readAll(fd: fd, sizeHint: Int(st.st_size), limit: limit)
    }

    static func readAll(fd: Int32, sizeHint: Int, limit: Int) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: max(sizeHint, 0) + 1)
        var total = 0
        while true {
            if total == buffer.count { if buffer.count > limit { return nil }; buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count)) }
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + total, $0.count - total) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            total += n
        }
        buffer.removeSubrange(total...)
        return total > limit ? nil : buffer
    }
}
