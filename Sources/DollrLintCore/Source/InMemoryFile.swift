/// A file's path and bytes before any analysis: read from disk by the walk, or given in memory (tests, stdin, the git
/// index). What the prefilter and the gates read; a `SourceFile` is made from it only when a rule runs.
public struct InMemoryFile: Sendable {
    public var path: String
    public var bytes: [UInt8]
    public var isGitIgnored: Bool
    public init(path: String, contents: String, isGitIgnored: Bool = false) {
        self.path = path
        self.bytes = Array(contents.utf8)
        self.isGitIgnored = isGitIgnored
    }
    public init(path: String, bytes: [UInt8], isGitIgnored: Bool = false) {
        self.path = path
        self.bytes = bytes
        self.isGitIgnored = isGitIgnored
    }
}
