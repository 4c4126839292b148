import Foundation

/// A configuration, spec or payload problem: exit code 2, one line naming the file, the key path and what was expected.
public struct ConfigError: Error, CustomStringConvertible {
    public let file: String
    public let message: String
    public init(file: String, _ message: String) {
        self.file = file
        self.message = message
    }
    public var description: String { file.isEmpty ? message : "\(file): \(message)" }
}
