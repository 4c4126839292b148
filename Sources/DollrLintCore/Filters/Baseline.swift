import Foundation

/// Known findings recorded by `--write-baseline` and dropped by `--baseline`.
///
/// Each entry is keyed by rule, path and two keyed hashes (HMAC-SHA256 with a random salt kept in the file): one of
/// the finding's normalised masked line, one of the secret value it masks. A line number is not part of the key, so
/// lines inserted above keep an entry matching; the secret's hash is, so a different secret on the same line is
/// a new finding. The salt makes the hashes useless for guessing a secret offline from the file alone.
public struct Baseline: Sendable {
    public static let formatVersion = 2

    public struct Entry: Sendable, Equatable {
        public var rule: String
        public var path: String
        public var context: String
        public var secret: String
    }

    public let salt: [UInt8]
    public private(set) var entries: [Entry]

    /// A baseline of `findings` under a fresh random salt.
    public init(findings: [Finding]) {
        var generator = SystemRandomNumberGenerator()
        self.init(salt: (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }, entries: [])
        entries = findings.map(entry)
    }

    init(salt: [UInt8], entries: [Entry]) {
        self.salt = salt
        self.entries = entries
    }

    func entry(_ finding: Finding) -> Entry {
        let context = Fingerprint.normalize(finding.snippet)
        let contextHash = SHA256.hmac(key: salt, message: Array("context\u{0}\(finding.rule)\u{0}\(context)".utf8))
        let secretMessage = Array("secret\u{0}".utf8) + finding.secretDigest
        let secretHash = finding.secretDigest.isEmpty ? [] : SHA256.hmac(key: salt, message: secretMessage)
        return Entry(rule: finding.rule.rawValue, path: finding.path, context: SHA256.hex(contextHash), secret: SHA256.hex(secretHash))
    }

    /// What applying a baseline to a scan leaves: findings it does not cover, and entries that matched nothing.
    public struct Outcome: Sendable {
        public var remaining: [Finding]
        public var baselinedCount: Int
        public var stale: [Entry]
    }

    /// Drops the findings an entry covers, each entry at most once. `previousPaths` maps a file's current path
    /// to the path it had when git saw it renamed, so its entries follow it.
    public func apply(to findings: [Finding], previousPaths: [String: String] = [:]) -> Outcome {
        var unused: [String: [Int]] = [:]
        for (i, e) in entries.enumerated() { unused[Self.key(e.rule, e.path, e.context, e.secret), default: []].append(i) }
        var remaining: [Finding] = []
        for finding in findings {
            let e = entry(finding)
            let paths = [finding.path] + (previousPaths[finding.path].map { [$0] } ?? [])
            let matchKey = paths.map { Self.key(e.rule, $0, e.context, e.secret) }.first { !(unused[$0] ?? []).isEmpty }
            if let k = matchKey { unused[k]?.removeFirst() } else { remaining.append(finding) }
        }
        let staleIndices = unused.values.flatMap { $0 }.sorted()
        return Outcome(remaining: remaining, baselinedCount: findings.count - remaining.count, stale: staleIndices.map { entries[$0] })
    }

    private static func key(_ parts: String...) -> String { parts.joined(separator: "\u{0}") }

    public func write(to path: String) throws {
        var out = "{\n  \"version\": \(Self.formatVersion),\n  \"tool\": \"dollr-lint\",\n"
        out += "  \"salt\": \"\(SHA256.hex(salt))\",\n  \"entries\": [\n"
        out += entries.map { e in
            "    {\"rule\": \(JSONWriter.quote(e.rule)), \"path\": \(JSONWriter.quote(e.path)), "
                + "\"context\": \"\(e.context)\", \"secret\": \"\(e.secret)\"}"
        }.joined(separator: ",\n")
        out += "\n  ]\n}\n"
        do { try out.write(toFile: path, atomically: true, encoding: .utf8) } catch {
            throw ConfigError(file: path, "cannot write the baseline: \(error.localizedDescription)")
        }
    }

    public static func load(_ path: String) throws -> Baseline {
        let bytes = try FileReader.readOptionFile(path, limit: 100_000_000, what: "baseline file")
        let v: JSONValue
        do { v = try JSONParser.parse(bytes) } catch { throw ConfigError(file: path, "invalid JSON: \(error)") }
        var version: Int64? = nil
        if case .integer(let n)? = v["version"] { version = n }
        guard version == Int64(formatVersion) else {
            let found = version.map { "format \($0)" } ?? "a file without a format version"
            throw ConfigError(
                file: path,
                "\(found) is not a dollr-lint baseline this version reads (format \(formatVersion)); "
                    + "write a new one with --write-baseline")
        }
        guard let saltHex = v["salt"]?.stringValue, let salt = hexBytes(saltHex), salt.count >= 16 else {
            throw ConfigError(file: path, "salt: expected at least 16 bytes in hex")
        }
        guard let list = v["entries"]?.arrayValue else { throw ConfigError(file: path, "entries: expected an array") }
        var entries: [Entry] = []
        for (i, item) in list.enumerated() {
            func field(_ name: String) throws -> String {
                guard let s = item[name]?.stringValue else { throw ConfigError(file: path, "entries[\(i)].\(name): expected a string") }
                return s
            }
            entries.append(
                Entry(
                    rule: try field("rule"), path: try field("path"), context: try field("context"),
                    secret: try field("secret")))
        }
        return Baseline(salt: salt, entries: entries)
    }

    static func hexBytes(_ hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        for i in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[i..<i + 2], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(byte)
        }
        return bytes
    }
}
