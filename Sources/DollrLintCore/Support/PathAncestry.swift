import Foundation

/// Directory chains of relative paths, for lookups that walk up from a file (ignore files, manifests).
public enum PathAncestry {
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
}
