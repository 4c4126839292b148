import Foundation

/// `.dollrlint.json`, versioned. Every problem is a `ConfigError` naming the file, the key path and what was expected.
public struct Configuration: Sendable {
    public struct RuleSetting: Sendable {
        public var enabled = true
        public var severity: Severity?
    }
    public var rules: [String: RuleSetting] = [:]
    public var include: [String] = []
    public var exclude: [String] = []
    public var failOn: FailLevel?
    public var maxFileSize: Int?
    public var warnings: [String] = []

    public init() {}

    public static let currentVersion = 1
    static let topLevelKeys: Set<String> = ["version", "rules", "include", "exclude", "fail_on", "max_file_size"]

    public static func load(path: String, knownRules: Set<String>) throws -> Configuration {
        try parse(FileReader.readOptionFile(path, limit: 5_000_000, what: "configuration file"), file: path, knownRules: knownRules)
    }

    public static func parse(_ bytes: [UInt8], file: String, knownRules: Set<String>) throws -> Configuration {
        let root: JSONValue
        do { root = try JSONParser.parse(bytes, maxDepth: 32) } catch { throw ConfigError(file: file, "invalid JSON: \(error)") }
        guard let members = root.objectMembers else { throw ConfigError(file: file, "expected a JSON object at the top level") }
        var c = Configuration()
        for (key, _) in members where !topLevelKeys.contains(key) {
            throw ConfigError(file: file, "\(key): unknown key (expected one of \(topLevelKeys.sorted().joined(separator: ", ")))")
        }
        guard let version = root["version"] else {
            throw ConfigError(file: file, "version: required key is missing (expected \(currentVersion))")
        }
        guard version == .integer(Int64(currentVersion)) else {
            throw ConfigError(
                file: file,
                "version: expected \(currentVersion), got "
                    + (version.typeName == "integer" || version.typeName == "number" ? "\(version.doubleValue ?? 0)" : version.typeName)
            )
        }
        if let rules = root["rules"] {
            guard let rm = rules.objectMembers else { throw ConfigError(file: file, "rules: expected an object of rule id to setting") }
            for (id, v) in rm {
                if !knownRules.contains(id) { c.warnings.append("\(file): rules.\(id): unknown rule id (see `dollr-lint rules`)") }
                var setting = RuleSetting()
                switch v {
                case .bool(let b): setting.enabled = b
                case .string(let s):
                    if s == "off" {
                        setting.enabled = false
                    } else if s == "on" {
                    } else if let sev = Severity(rawValue: s) {
                        setting.severity = sev
                    } else {
                        throw ConfigError(
                            file: file, "rules.\(id): expected \"off\", \"on\", \"error\", \"warning\" or \"note\", got \"\(s)\"")
                    }
                case .object(let o):
                    for (k, x) in o {
                        switch k {
                        case "enabled":
                            guard case .bool(let b) = x else {
                                throw ConfigError(file: file, "rules.\(id).enabled: expected true or false")
                            }
                            setting.enabled = b
                        case "severity":
                            guard let s = x.stringValue, let sev = Severity(rawValue: s) else {
                                throw ConfigError(file: file, "rules.\(id).severity: expected \"error\", \"warning\" or \"note\"")
                            }
                            setting.severity = sev
                        default: throw ConfigError(file: file, "rules.\(id).\(k): unknown key (expected enabled or severity)")
                        }
                    }
                default:
                    throw ConfigError(file: file, "rules.\(id): expected \"off\", a severity, or {\"enabled\": ..., \"severity\": ...}")
                }
                c.rules[id] = setting
            }
        }
        func globs(_ key: String) throws -> [String] {
            guard let v = root[key] else { return [] }
            guard let a = v.arrayValue else { throw ConfigError(file: file, "\(key): expected an array of glob strings") }
            return try a.enumerated().map { i, x in
                guard let s = x.stringValue, !s.isEmpty else {
                    throw ConfigError(file: file, "\(key)[\(i)]: expected a non-empty glob string")
                }
                return s
            }
        }
        c.include = try globs("include")
        c.exclude = try globs("exclude")
        if let f = root["fail_on"] {
            guard let s = f.stringValue, let level = FailLevel(rawValue: s) else {
                throw ConfigError(file: file, "fail_on: expected \"error\", \"warning\", \"note\" or \"never\"")
            }
            c.failOn = level
        }
        if let m = root["max_file_size"] {
            guard case .integer(let n) = m, n > 0 else {
                throw ConfigError(file: file, "max_file_size: expected a positive integer number of bytes")
            }
            c.maxFileSize = Int(n)
        }
        return c
    }
}

public enum FailLevel: String, Sendable {
    case error, warning, note, never
    public func fails(_ s: Severity) -> Bool {
        switch self {
        case .never: return false
        case .note: return true
        case .warning: return s >= .warning
        case .error: return s == .error
        }
    }
}
