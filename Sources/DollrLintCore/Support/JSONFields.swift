/// Typed reads of one JSON object's keys, each problem naming its key path ("patterns[0].regex: expected a string").
/// Foundation's JSONDecoder does the same through Codable, but its first use instantiates generic metadata for every
/// type it touches, a millisecond at each start of a pre-commit hook.
struct JSONFields {
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    private let members: [(key: String, value: JSONValue)]
    /// This object's own key path; empty at the top level.
    let path: String

    init(_ value: JSONValue, path: String = "") throws {
        guard let members = value.objectMembers else {
            throw Problem(description: "\(path.isEmpty ? "document" : path): expected an object")
        }
        self.members = members
        self.path = path
    }

    private func keyPath(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    private func value(_ key: String) -> JSONValue? {
        guard let v = members.first(where: { $0.key == key })?.value, v != .null else { return nil }
        return v
    }

    private func required<T>(_ key: String, _ read: (String) throws -> T?) throws -> T {
        guard let v = try read(key) else { throw Problem(description: "\(keyPath(key)): required key is missing") }
        return v
    }

    private func mismatch(_ key: String, _ expected: String) -> Problem { Problem(description: "\(keyPath(key)): expected \(expected)") }

    func string(_ key: String) throws -> String { try required(key, optionalString) }

    func optionalString(_ key: String) throws -> String? {
        guard let v = value(key) else { return nil }
        guard let s = v.stringValue else { throw mismatch(key, "a string") }
        return s
    }

    func optionalBool(_ key: String) throws -> Bool? {
        guard let v = value(key) else { return nil }
        guard case .bool(let b) = v else { throw mismatch(key, "true or false") }
        return b
    }

    func optionalInt(_ key: String) throws -> Int? {
        guard let v = value(key) else { return nil }
        guard case .integer(let n) = v, let int = Int(exactly: n) else { throw mismatch(key, "an integer") }
        return int
    }

    func optionalDouble(_ key: String) throws -> Double? {
        guard let v = value(key) else { return nil }
        guard let d = v.doubleValue else { throw mismatch(key, "a number") }
        return d
    }

    func strings(_ key: String) throws -> [String] { try required(key, optionalStrings) }

    func optionalStrings(_ key: String) throws -> [String]? {
        guard let v = value(key) else { return nil }
        guard let items = v.arrayValue else { throw mismatch(key, "an array of strings") }
        return try items.enumerated().map { k, item in
            guard let s = item.stringValue else { throw mismatch("\(key)[\(k)]", "a string") }
            return s
        }
    }

    /// An object of string values (`{"package.json": "..."}`).
    func optionalStringMap(_ key: String) throws -> [String: String]? {
        guard let v = value(key) else { return nil }
        guard let entries = v.objectMembers else { throw mismatch(key, "an object of strings") }
        var map: [String: String] = [:]
        for (name, item) in entries {
            guard let s = item.stringValue else { throw mismatch("\(key).\(name)", "a string") }
            map[name] = s
        }
        return map
    }

    func object(_ key: String) throws -> JSONFields { try required(key, optionalObject) }

    func optionalObject(_ key: String) throws -> JSONFields? {
        guard let v = value(key) else { return nil }
        return try JSONFields(v, path: keyPath(key))
    }

    func objects(_ key: String) throws -> [JSONFields] {
        let v = try required(key, value)
        guard let items = v.arrayValue else { throw mismatch(key, "an array of objects") }
        return try items.enumerated().map { k, item in try JSONFields(item, path: keyPath(key) + "[\(k)]") }
    }
}
