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
        lock.lock()
        defer { lock.unlock() }
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

    static func join(_ dir: String, _ name: String) -> String { dir.isEmpty ? name : dir + "/" + name }

    /// The nearest `name` above `path`, with its directory.
    public func nearest(_ name: String, above path: String) -> (dir: String, bytes: [UInt8])? {
        for dir in PathAncestry.ancestors(of: path) {
            if let b = contents(ProjectContext.join(dir, name)) { return (dir, b) }
        }
        return nil
    }

    /// Dependency names of the nearest package.json.
    public func packageDependencies(above path: String) -> Set<String> {
        guard let (_, bytes) = nearest("package.json", above: path),
            let obj = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
        else { return [] }
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
