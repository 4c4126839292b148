import Foundation
@testable import DollrLintCore

/// Validates JSON against the subset of JSON Schema draft-07 that the SARIF 2.1.0 schema uses. A keyword outside
/// the subset is reported as an error rather than ignored, so the subset can never pass what it does not check.
/// `format` is checked for `uri`, `uri-reference` and `date-time` (draft-07 leaves formats optional; GitHub does not).
struct JSONSchemaValidator {
    let root: JSONValue

    static let annotations: Set<String> = ["$schema", "$id", "id", "title", "description", "default", "examples", "definitions"]
    static let keywords: Set<String> = [
        "$ref", "type", "properties", "additionalProperties", "required", "items", "minItems", "uniqueItems", "minimum", "maximum",
        "pattern", "format", "enum", "anyOf", "oneOf",
    ]

    init(schema: JSONValue) { root = schema }

    /// Problems as "JSON pointer: what is wrong"; empty when the instance is valid.
    func validate(_ instance: JSONValue) -> [String] {
        var problems: [String] = []
        check(instance, against: root, at: "", into: &problems)
        return problems
    }

    private func check(_ value: JSONValue, against schema: JSONValue, at path: String, into problems: inout [String]) {
        guard case .object(let members) = schema else {
            if schema == .bool(false) { problems.append("\(path): no value is allowed here") }
            return
        }
        // draft-07: beside $ref every other keyword is ignored.
        if let ref = schema["$ref"] {
            guard let target = resolve(ref) else { return problems.append("\(path): unresolvable $ref \(ref)") }
            return check(value, against: target, at: path, into: &problems)
        }
        for (keyword, argument) in members where !Self.annotations.contains(keyword) {
            guard Self.keywords.contains(keyword) else { return problems.append("\(path): the validator does not support '\(keyword)'") }
            checkKeyword(keyword, argument, schema: schema, value: value, at: path, into: &problems)
        }
    }

    private func checkKeyword(
        _ keyword: String, _ argument: JSONValue, schema: JSONValue, value: JSONValue, at path: String,
        into problems: inout [String]
    ) {
        switch (keyword, value) {
        case ("type", _):
            let types: [String] = argument.stringValue.map { [$0] } ?? arrayOf(argument).compactMap { $0.stringValue }
            if !types.contains(where: { Self.has(value, type: $0) }) {
                problems.append("\(path): expected \(types.joined(separator: " or "))")
            }
        case ("properties", .object(let members)):
            for (key, child) in members { if let sub = argument[key] { check(child, against: sub, at: path + "/" + key, into: &problems) } }
        case ("additionalProperties", .object(let members)):
            for (key, child) in members where schema["properties"]?[key] == nil {
                if argument == .bool(false) {
                    problems.append("\(path): property '\(key)' is not allowed")
                } else {
                    check(child, against: argument, at: path + "/" + key, into: &problems)
                }
            }
        case ("required", .object):
            for key in arrayOf(argument).compactMap({ $0.stringValue }) where value[key] == nil {
                problems.append("\(path): '\(key)' is required")
            }
        case ("items", .array(let items)):
            for (i, item) in items.enumerated() { check(item, against: argument, at: "\(path)/\(i)", into: &problems) }
        case ("minItems", .array(let items)):
            if let n = Self.number(argument), Double(items.count) < n { problems.append("\(path): fewer than \(Int(n)) items") }
        case ("uniqueItems", .array(let items)):
            let canonical = items.map(Self.canonical)
            if argument == .bool(true) && Set(canonical).count != canonical.count { problems.append("\(path): items are not unique") }
        case ("minimum", _):
            if let v = Self.number(value), let n = Self.number(argument), v < n { problems.append("\(path): \(v) is below \(n)") }
        case ("maximum", _):
            if let v = Self.number(value), let n = Self.number(argument), v > n { problems.append("\(path): \(v) is above \(n)") }
        case ("pattern", .string(let s)):
            let regex = try! NSRegularExpression(pattern: argument.stringValue!)
            if regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) == nil {
                problems.append("\(path): '\(s)' does not match \(argument)")
            }
        case ("format", .string(let s)):
            if let format = argument.stringValue, !Self.matches(s, format: format) {
                problems.append("\(path): '\(s)' is not a valid \(format)")
            }
        case ("enum", _):
            if !arrayOf(argument).contains(where: { Self.canonical($0) == Self.canonical(value) }) {
                problems.append("\(path): not one of \(argument)")
            }
        case ("anyOf", _):
            if !arrayOf(argument).contains(where: { passes(value, $0, at: path) }) { problems.append("\(path): matches none of anyOf") }
        case ("oneOf", _):
            let n = arrayOf(argument).filter { passes(value, $0, at: path) }.count
            if n != 1 { problems.append("\(path): matches \(n) of oneOf, not exactly one") }
        default:
            return  // The keyword does not apply to this JSON type.
        }
    }

    private func passes(_ value: JSONValue, _ schema: JSONValue, at path: String) -> Bool {
        var problems: [String] = []
        check(value, against: schema, at: path, into: &problems)
        return problems.isEmpty
    }

    private func resolve(_ ref: JSONValue) -> JSONValue? {
        guard let text = ref.stringValue, text.hasPrefix("#") else { return nil }
        var node: JSONValue? = root
        for part in text.dropFirst().split(separator: "/") {
            node = node?[part.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")]
        }
        return node
    }

    private func arrayOf(_ v: JSONValue) -> [JSONValue] {
        if case .array(let items) = v { return items }
        return []
    }

    static func has(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null): return true
        case ("number", .integer), ("number", .number), ("integer", .integer): return true
        case ("integer", .number(let d)): return d.rounded() == d
        default: return false
        }
    }

    static func number(_ v: JSONValue) -> Double? {
        switch v {
        case .integer(let i): return Double(i)
        case .number(let d): return d
        default: return nil
        }
    }

    /// A text form equal for equal JSON values (object key order does not count), for enum and uniqueItems.
    static func canonical(_ v: JSONValue) -> String {
        switch v {
        case .object(let members):
            let sorted = members.sorted { $0.key < $1.key }
            return "{" + sorted.map { JSONWriter.quote($0.key) + ":" + canonical($0.value) }.joined(separator: ",") + "}"
        case .array(let items): return "[" + items.map(canonical).joined(separator: ",") + "]"
        case .string(let s): return JSONWriter.quote(s)
        case .integer(let i): return String(Double(i))
        case .number(let d): return String(d)
        case .bool(let b): return String(b)
        default: return "null"
        }
    }

    /// RFC 3986: only unreserved, reserved and percent-encoded characters; `uri` needs a scheme.
    static func matches(_ s: String, format: String) -> Bool {
        switch format {
        case "uri", "uri-reference":
            let allowed = #"^(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$"#
            guard s.range(of: allowed, options: .regularExpression) != nil else { return false }
            return format == "uri-reference" || s.range(of: #"^[A-Za-z][A-Za-z0-9+.\-]*:"#, options: .regularExpression) != nil
        case "date-time":
            let rfc3339 = #"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"#
            return s.range(of: rfc3339, options: .regularExpression) != nil
        default:
            return true
        }
    }
}
