import Foundation

/// A JSON value that keeps integer vs number apart and the order of object keys, as a validator needs.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])
    /// A value written in code that is not a literal (a variable, a call): never guessed at.
    case unknown
    /// A value whose JSON type the code makes plain (`Number(x)`, `parseInt(s)`) but whose content is unknown.
    case typed(String)

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null), (.unknown, .unknown): return true
        case (.typed(let x), .typed(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.integer(let x), .integer(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.integer(let x), .number(let y)), (.number(let y), .integer(let x)): return Double(x) == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members.first(where: { $0.key == key })?.value }
        return nil
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The text a scalar has as a query parameter (`COLLECTION`, `101`, `true`); nil for containers, null and unknown.
    public var queryText: String? {
        switch self {
        case .string(let s): return s
        case .integer(let n): return String(n)
        case .number(let d): return String(d)
        case .bool(let x): return String(x)
        default: return nil
        }
    }
    public var objectMembers: [(key: String, value: JSONValue)]? {
        if case .object(let m) = self { return m }
        return nil
    }
    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }
    public var doubleValue: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .number(let d): return d
        default: return nil
        }
    }

    /// JSON type name as Dollr's 422 messages and JSON Schema use it.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .integer: return "integer"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        case .unknown: return "unknown"
        case .typed(let t): return t
        }
    }
}

/// A strict JSON parser with a nesting limit, so a hostile payload fails cleanly instead of overflowing the stack.
/// A key repeated in one object is an error: which value counts differs between parsers, so a config, a rule, a spec
/// or a payload with one would mean different things to dollr-lint and to the program that reads it.
public struct JSONParser {
    public struct Failure: Error, CustomStringConvertible {
        public let message: String
        public let offset: Int
        public var description: String { message }
    }

    /// Valid for the parse only (`parse` and `parseLocated` lend it): no bounds check or retain per byte read.
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    private let maxDepth: Int
    /// When recording: byte offset of each object key and array item, by its path ("items\u{1}0\u{1}amount").
    private var recordOffsets = false
    private(set) var offsets: [String: Int] = [:]
    private var path: [String] = []

    /// Parses and records where each key and array item starts, for reporting problems at their lines.
    public static func parseLocated(_ bytes: [UInt8], maxDepth: Int = 256) throws -> (JSONValue, [String: Int]) {
        try bytes.withUnsafeBufferPointer { buffer in
            var p = JSONParser(bytes: buffer, maxDepth: maxDepth)
            p.recordOffsets = true
            p.skipSpace()
            let v = try p.value(depth: 0)
            p.skipSpace()
            if p.i < buffer.count { throw p.fail("unexpected content after the JSON value") }
            return (v, p.offsets)
        }
    }

    public static func parse(_ bytes: [UInt8], maxDepth: Int = 256) throws -> JSONValue {
        try bytes.withUnsafeBufferPointer { buffer in
            var p = JSONParser(bytes: buffer, maxDepth: maxDepth)
            // A UTF-8 byte order mark is allowed.
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { p.i = 3 }
            p.skipSpace()
            let v = try p.value(depth: 0)
            p.skipSpace()
            if p.i < buffer.count { throw p.fail("unexpected content after the JSON value") }
            return v
        }
    }

    public static func parse(_ text: String, maxDepth: Int = 256) throws -> JSONValue { try parse(Array(text.utf8), maxDepth: maxDepth) }

    private init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    private func fail(_ m: String) -> Failure {
        var line = 1, col = 1
        for b in bytes[0..<min(i, bytes.count)] {
            if b == 0x0A {
                line += 1
                col = 1
            } else {
                col += 1
            }
        }
        return Failure(message: "\(m) at line \(line), column \(col)", offset: i)
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func value(depth: Int) throws -> JSONValue {
        guard depth < maxDepth else { throw fail("JSON nested deeper than \(maxDepth) levels") }
        guard i < bytes.count else { throw fail("unexpected end of input") }
        switch bytes[i] {
        case 0x7B: return try object(depth: depth)
        case 0x5B: return try array(depth: depth)
        case 0x22: return .string(try string())
        case 0x74:
            try literal("true")
            return .bool(true)
        case 0x66:
            try literal("false")
            return .bool(false)
        case 0x6E:
            try literal("null")
            return .null
        case 0x2D, 0x30...0x39: return try number()
        default: throw fail("unexpected character '\(String(decoding: [bytes[i]], as: UTF8.self))'")
        }
    }

    private mutating func literal(_ word: String) throws {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, bytes[i..<(i + w.count)].elementsEqual(w) else { throw fail("invalid literal") }
        i += w.count
    }

    private mutating func object(depth: Int) throws -> JSONValue {
        i += 1
        var members: [(key: String, value: JSONValue)] = []
        var keys: Set<String> = []
        skipSpace()
        if i < bytes.count && bytes[i] == 0x7D {
            i += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == 0x22 else { throw fail("expected a quoted key") }
            let keyOffset = i
            let key = try string()
            // Small objects (most of a spec) check duplicates by looking; a set only once an object grows.
            let duplicate: Bool
            if members.count < 16 {
                duplicate = members.contains { $0.key == key }
            } else {
                if keys.isEmpty { keys = Set(members.map(\.key)) }
                duplicate = !keys.insert(key).inserted
            }
            guard !duplicate else {
                i = keyOffset
                throw fail("duplicate key \"\(key)\"")
            }
            if recordOffsets { offsets[(path + [key]).joined(separator: "\u{1}")] = keyOffset }
            skipSpace()
            guard i < bytes.count, bytes[i] == 0x3A else { throw fail("expected ':' after key") }
            i += 1
            skipSpace()
            if recordOffsets { path.append(key) }
            members.append((key, try value(depth: depth + 1)))
            if recordOffsets { path.removeLast() }
            skipSpace()
            guard i < bytes.count else { throw fail("unterminated object") }
            if bytes[i] == 0x2C {
                i += 1
                continue
            }
            if bytes[i] == 0x7D {
                i += 1
                return .object(members)
            }
            throw fail("expected ',' or '}'")
        }
    }

    private mutating func array(depth: Int) throws -> JSONValue {
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if i < bytes.count && bytes[i] == 0x5D {
            i += 1
            return .array(items)
        }
        while true {
            skipSpace()
            if recordOffsets {
                path.append(String(items.count))
                offsets[path.joined(separator: "\u{1}")] = i
            }
            items.append(try value(depth: depth + 1))
            if recordOffsets { path.removeLast() }
            skipSpace()
            guard i < bytes.count else { throw fail("unterminated array") }
            if bytes[i] == 0x2C {
                i += 1
                continue
            }
            if bytes[i] == 0x5D {
                i += 1
                return .array(items)
            }
            throw fail("expected ',' or ']'")
        }
    }

    private mutating func string() throws -> String {
        i += 1
        // Most strings have no escape: one scan to the closing quote and one String.
        var end = i
        while end < bytes.count && bytes[end] != 0x22 && bytes[end] != 0x5C && bytes[end] >= 0x20 { end += 1 }
        if end < bytes.count && bytes[end] == 0x22 {
            defer { i = end + 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
        }
        var buf: [UInt8] = []
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x22 {
                i += 1
                return String(decoding: buf, as: UTF8.self)
            }
            if c < 0x20 { throw fail("control character in string") }
            if c == 0x5C {
                guard i + 1 < bytes.count else { break }
                let e = bytes[i + 1]
                i += 2
                switch e {
                case 0x22, 0x5C, 0x2F: buf.append(e)
                case 0x62: buf.append(0x08)
                case 0x66: buf.append(0x0C)
                case 0x6E: buf.append(0x0A)
                case 0x72: buf.append(0x0D)
                case 0x74: buf.append(0x09)
                case 0x75:
                    guard i + 4 <= bytes.count, var code = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16) else {
                        throw fail("invalid \\u escape")
                    }
                    i += 4
                    if code >= 0xD800 && code < 0xDC00, i + 6 <= bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75,
                        let low = UInt32(String(decoding: bytes[(i + 2)..<(i + 6)], as: UTF8.self), radix: 16),
                        low >= 0xDC00 && low < 0xE000
                    {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    }
                    buf.append(contentsOf: Array(String(Character(Unicode.Scalar(code) ?? "\u{FFFD}")).utf8))
                default: throw fail("invalid escape")
                }
                continue
            }
            buf.append(c)
            i += 1
        }
        throw fail("unterminated string")
    }

    private mutating func number() throws -> JSONValue {
        let start = i
        if bytes[i] == 0x2D { i += 1 }
        var isInteger = true
        while i < bytes.count {
            let c = bytes[i]
            if c >= 0x30 && c <= 0x39 {
                i += 1
                continue
            }
            if c == 0x2E || c == 0x65 || c == 0x45 || c == 0x2B || c == 0x2D {
                isInteger = false
                i += 1
                continue
            }
            break
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        if isInteger, let v = Int64(text) { return .integer(v) }
        guard let d = Double(text) else { throw fail("invalid number '\(text)'") }
        return .number(d)
    }
}
