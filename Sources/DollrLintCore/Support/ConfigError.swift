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

    static func path(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }

    static func describe(_ e: DecodingError) -> String {
        switch e {
        case .typeMismatch(let type, let ctx): return "\(path(ctx.codingPath)): expected \(type)"
        case .valueNotFound(let type, let ctx): return "\(path(ctx.codingPath)): expected \(type), found null"
        case .keyNotFound(let key, let ctx): return "\(path(ctx.codingPath + [key])): required key is missing"
        case .dataCorrupted(let ctx):
            let underlying = (ctx.underlyingError as NSError?)?.userInfo["NSDebugDescription"] as? String
            return "\(path(ctx.codingPath).isEmpty ? "document" : path(ctx.codingPath)): \(underlying ?? ctx.debugDescription)"
        @unknown default: return "\(e)"
        }
    }
}
