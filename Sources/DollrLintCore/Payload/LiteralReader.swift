/// Turns a literal written in code (JS/TS object, Python dict, PHP array, Ruby hash, Go map, Kotlin mapOf,
/// C# anonymous object, Rust json!) into the JSON it denotes. Anything that is not a literal becomes `.unknown`:
/// the reader never guesses a variable's value.
final class LiteralReader {
    let file: LexedFile
    let model: CodeModel
    /// Byte offset of each key or item, by path ("items\u{1}0\u{1}amount").
    private(set) var offsets: [String: Int] = [:]
    /// A spread (`...base`, `**extra`) or merge: keys may come from elsewhere, so missing fields are not reported.
    private(set) var partial = false

    init(model: CodeModel) {
        self.model = model
        self.file = model.file
    }

    static let wrappers: Set<String> = [
        "stringify", "dumps", "json_encode", "Marshal", "to_json", "encode", "toJson", "jsonEncode", "writeValueAsString", "Serialize",
        "SerializeObject", "ofString", "JsonContent", "json", "RawMessage", "NewReader", "NewBuffer",
    ]

    /// Whether the range is an object or array literal this reader understands.
    func isLiteralContainer(_ r: Range<Int>) -> Bool {
        guard let open = containerOpen(trim(r)) else { return false }
        return open.close <= r.upperBound
    }

    func read(_ r: Range<Int>, path: [String] = [], depth: Int = 0) -> JSONValue {
        let r = trim(r)
        guard !r.isEmpty, depth < 32 else { return .unknown }
        let t = file.tokens
        let first = r.lowerBound
        // Wrappers: JSON.stringify(x), json.dumps(x), x.to_json, json!(...)
        if let unwrapped = unwrap(r), unwrapped != r { return read(unwrapped, path: path, depth: depth + 1) }
        // A string with interpolation holes: the hole tokens follow the string token inside its bytes.
        if t[first].kind == .string, r.dropFirst().allSatisfy({ t[$0].start < t[first].end }), let lit = file.literal(first) {
            return .string(lit.text())
        }
        if r.count == 1 {
            switch t[first].kind {
            case .string:
                // A template or f-string is a string whose content is partly unknown (`\u{FFFC}` marks the holes).
                guard let lit = file.literal(first) else { return .unknown }
                return .string(lit.text())
            case .number: return number(file.text(first))
            case .identifier:
                switch file.text(first) {
                case "true", "True", "TRUE": return .bool(true)
                case "false", "False", "FALSE": return .bool(false)
                case "null", "None", "nil", "NULL": return .null
                default: return .unknown
                }
            default: return .unknown
            }
        }
        if r.count == 2, file.isPunct(first, "-"), t[first + 1].kind == .number, case let v = number("-" + file.text(first + 1)),
            v != .unknown
        {
            return v
        }
        // A conditional with one plain string branch (`"+250788123456" if rider.is_test else rider.msisdn`): that string is sent
        // whenever its branch is taken, so it is read as the value; with two literal branches or a typed one nothing is guessed.
        if let branches = conditionalBranches(r) {
            let values = branches.map { read($0, path: path, depth: depth + 1) }
            let plain = values.filter { if case .string(let s) = $0 { return !s.has("\u{FFFC}") } else { return false } }
            let open = values.filter { v in
                if case .string(let s) = v { return s.has("\u{FFFC}") }
                return v == .unknown
            }
            return plain.count == 1 && plain.count + open.count == values.count ? plain[0] : .unknown
        }
        // Conversions whose result type is known: str(x), String(x), fmt.Sprint(x), x.toString(), String.valueOf(x), x.to_s
        if isStringConversion(r) { return .string("\u{FFFC}") }
        if let known = numberConversion(r) { return .typed(known) }
        guard let open = containerOpen(r), open.close == r.upperBound - 1 || trailingIsNoise(open.close + 1..<r.upperBound) else {
            return .unknown
        }
        let inner = (open.open + 1)..<open.close
        let entries = model.splitArguments(inner)
        if open.kind == .array {
            // PHP `['k' => v]` is an associative array.
            if entries.contains(where: { e in e.contains(where: { file.isPunct($0, "=>") }) }) {
                return object(entries, path: path, depth: depth)
            }
            var items: [JSONValue] = []
            for (k, e) in entries.enumerated() {
                offsets[(path + [String(k)]).joined(separator: "\u{1}")] = t[e.lowerBound].start
                items.append(read(e, path: path + [String(k)], depth: depth + 1))
            }
            return .array(items)
        }
        if open.kind == .builder {
            // Kotlin `buildJsonObject { put("k", v) }`: each top-level put is a member.
            var members: [(key: String, value: JSONValue)] = []
            // Only the builder's own level: puts inside nested `putJsonArray { addJsonObject { ... } }` lambdas belong to those.
            var depth = 0
            var topLevel = Set<Int>()
            for k in inner {
                if file.isPunct(k, "{") {
                    depth += 1
                } else if file.isPunct(k, "}") {
                    depth -= 1
                } else if depth == 0 && t[k].kind == .identifier {
                    topLevel.insert(k)
                }
            }
            for c in model.calls where topLevel.contains(c.nameToken) && c.callee == ["put"] && c.arguments.count == 2 {
                guard let key = file.plainString(c.arguments[0].lowerBound), c.arguments[0].count == 1 else {
                    partial = true
                    continue
                }
                offsets[(path + [key]).joined(separator: "\u{1}")] = t[c.arguments[0].lowerBound].start
                members.append((key, read(c.arguments[1], path: path + [key], depth: depth + 1)))
            }
            if model.calls.contains(where: { inner.contains($0.nameToken) && $0.name.hasPrefix("put") && $0.name != "put" }) {
                partial = true
            }
            return .object(members)
        }
        if open.kind == .goStruct, let fields = goStructs[chainName(before: open.open)] {
            // Field names map to their json tags; fields left out are zero values (not judged as missing).
            partial = true
            var members: [(key: String, value: JSONValue)] = []
            for e in entries {
                guard e.count >= 3, t[e.lowerBound].kind == .identifier, file.isPunct(e.lowerBound + 1, ":"),
                    let json = fields[file.text(e.lowerBound)]
                else { continue }
                offsets[(path + [json]).joined(separator: "\u{1}")] = t[e.lowerBound].start
                members.append((json, read((e.lowerBound + 2)..<e.upperBound, path: path + [json], depth: depth + 1)))
            }
            return .object(members)
        }
        if open.kind == .pairs {
            // Map.of("k", v, "k2", v2)
            var members: [(key: String, value: JSONValue)] = []
            var k = 0
            while k + 1 < entries.count {
                guard let key = file.plainString(entries[k].lowerBound), entries[k].count == 1 else { return .unknown }
                offsets[(path + [key]).joined(separator: "\u{1}")] = t[entries[k].lowerBound].start
                members.append((key, read(entries[k + 1], path: path + [key], depth: depth + 1)))
                k += 2
            }
            return .object(members)
        }
        return object(entries, path: path, depth: depth)
    }

    private func object(_ entries: [Range<Int>], path: [String], depth: Int) -> JSONValue {
        let t = file.tokens
        var members: [(key: String, value: JSONValue)] = []
        for e in entries {
            if file.isPunct(e.lowerBound, "...") || file.isPunct(e.lowerBound, "**") || file.isPunct(e.lowerBound, "..") {
                partial = true
                continue
            }
            // Find the separator at the top level of the entry.
            var sep: Int? = nil
            var i = e.lowerBound
            while i < e.upperBound {
                if t[i].match > Int32(i) {
                    i = Int(t[i].match) + 1
                    continue
                }
                if file.isPunct(i, ":") || file.isPunct(i, "=>") || file.isPunct(i, "=") || file.isIdentifier(i, "to") {
                    sep = i
                    break
                }
                i += 1
            }
            guard let s = sep else {
                // `{ session_id }` shorthand: present, value unknown.
                if e.count == 1, t[e.lowerBound].kind == .identifier {
                    offsets[(path + [file.text(e.lowerBound)]).joined(separator: "\u{1}")] = t[e.lowerBound].start
                    members.append((file.text(e.lowerBound), .unknown))
                } else {
                    partial = true
                }
                continue
            }
            let keyRange = e.lowerBound..<s
            guard keyRange.count == 1 else {
                partial = true
                continue
            }
            let kt = keyRange.lowerBound
            var key: String
            if t[kt].kind == .string, let k = file.plainString(kt) {
                key = k
            } else if t[kt].kind == .identifier {
                key = file.text(kt)
            } else {
                partial = true
                continue
            }
            if key.hasPrefix(":") { key.removeFirst() }  // Ruby :symbol => v
            offsets[(path + [key]).joined(separator: "\u{1}")] = t[kt].start
            members.append((key, read((s + 1)..<e.upperBound, path: path + [key], depth: depth + 1)))
        }
        return .object(members)
    }

    /// The two branches of a conditional expression at the top level of `r`: `a if c else b` (Python), `c ? a : b` (JavaScript,
    /// PHP, Ruby, Java, C#, Dart, Swift), `if (c) a else b` (Kotlin, Scala). Brackets and string holes are skipped whole.
    private func conditionalBranches(_ r: Range<Int>) -> [Range<Int>]? {
        let t = file.tokens
        var ifToken: Int? = nil
        var elseToken: Int? = nil
        var question: Int? = nil
        var colon: Int? = nil
        var nested = 0
        var i = r.lowerBound
        while i < r.upperBound {
            if t[i].match > Int32(i) {
                i = Int(t[i].match) + 1
                continue
            }
            if t[i].kind == .string {
                let end = t[i].end
                i += 1
                while i < r.upperBound && t[i].start < end { i += 1 }
                continue
            }
            if file.isIdentifier(i, "if"), ifToken == nil {
                ifToken = i
            } else if file.isIdentifier(i, "else"), ifToken != nil, elseToken == nil {
                elseToken = i
            } else if file.isPunct(i, "?") {
                if question == nil { question = i } else { nested += 1 }
            } else if file.isPunct(i, ":"), question != nil, colon == nil {
                if nested == 0 { colon = i } else { nested -= 1 }
            }
            i += 1
        }
        if let q = question, let c = colon {
            guard q > r.lowerBound, c > q + 1, c + 1 < r.upperBound else { return nil }
            return [(q + 1)..<c, (c + 1)..<r.upperBound]
        }
        guard let f = ifToken, let e = elseToken, e + 1 < r.upperBound else { return nil }
        if f == r.lowerBound {
            guard let open = file.next(f), file.isPunct(open, "("), t[open].match > Int32(open), Int(t[open].match) + 1 < e else {
                return nil
            }
            return [(Int(t[open].match) + 1)..<e, (e + 1)..<r.upperBound]
        }
        guard e > f + 1 else { return nil }
        return [r.lowerBound..<f, (e + 1)..<r.upperBound]
    }

    static let stringConversions: Set<String> = [
        "str", "String", "Sprint", "Sprintf", "toString", "valueOf", "strval", "to_s", "ToString", "format", "stringify",
    ]

    private func isStringConversion(_ r: Range<Int>) -> Bool {
        let t = file.tokens
        // `x.to_s` / `x.toString()` at the end, or a call to a conversion over the whole range.
        var last = r.upperBound - 1
        if file.isPunct(last, ")"), t[last].match >= 0 { last = Int(t[last].match) - 1 }
        guard last >= r.lowerBound, t[last].kind == .identifier, LiteralReader.stringConversions.contains(file.text(last)) else {
            return false
        }
        if file.text(last) == "stringify" { return false }  // JSON.stringify is a wrapper, handled above
        // Everything before it is a plain chain (`String`, `fmt.`, `x.`, `String.`).
        return (r.lowerBound..<last).allSatisfy {
            t[$0].kind == .identifier || file.isPunct($0, ".") || file.isPunct($0, "?.") || file.isPunct($0, "(") || file.isPunct($0, ")")
                || t[$0].kind == .number || file.isPunct($0, "[") || file.isPunct($0, "]") || t[$0].kind == .string
        }
            || file.isPunct(r.upperBound - 1, ")") && t[r.upperBound - 1].match == Int32(last + 1)
    }

    static let integerConversions: Set<String> = [
        "parseInt", "int", "Int", "toInt", "toLong", "parseLong", "Atoi", "atoi", "to_i", "intval", "Int64", "Int32",
    ]
    static let numberConversions: Set<String> = ["Number", "parseFloat", "float", "Double", "toDouble", "to_f", "floatval", "Decimal"]

    /// `Number(x)`, `parseInt(s, 10)`, `int(x)`, `Integer.parseInt(s)`, `x.to_i`: a number of unknown value.
    private func numberConversion(_ r: Range<Int>) -> String? {
        let t = file.tokens
        var last = r.upperBound - 1
        if file.isPunct(last, ")"), t[last].match >= 0 { last = Int(t[last].match) - 1 }
        guard last >= r.lowerBound, t[last].kind == .identifier else { return nil }
        let name = file.text(last)
        let prefixOK = (r.lowerBound..<last).allSatisfy {
            t[$0].kind == .identifier || file.isPunct($0, ".") || file.isPunct($0, "?.") || file.isPunct($0, "::")
        }
        guard prefixOK || file.isPunct(r.upperBound - 1, ")") && t[r.upperBound - 1].match == Int32(last + 1) else { return nil }
        if LiteralReader.integerConversions.contains(name) { return "integer" }
        if LiteralReader.numberConversions.contains(name) { return "number" }
        return nil
    }

    private func number(_ s: String) -> JSONValue {
        let clean = s.replacingOccurrences(of: "_", with: "")
        if let i = Int64(clean) { return .integer(i) }
        if let d = Double(clean.trimmingCharacters(in: CharacterSet(charactersIn: "fFdDmMlL"))) { return .number(d) }
        return .unknown
    }

    enum ContainerKind { case object, array, pairs, builder, goStruct }

    /// Go struct types of this file with their JSON field names (`Currency string \`json:"currency"\``).
    lazy var goStructs: [String: [String: String]] = {
        var result: [String: [String: String]] = [:]
        let t = file.tokens
        for i in t.indices where file.isIdentifier(i, "type") {
            guard let name = file.next(i), t[name].kind == .identifier, let kw = file.next(name), file.isIdentifier(kw, "struct"),
                let open = file.next(kw), file.isPunct(open, "{"), t[open].match > Int32(open)
            else { continue }
            var fields: [String: String] = [:]
            for k in (open + 1)..<Int(t[open].match) where t[k].kind == .string {
                guard let tag = file.literal(k)?.text(), let r = tag.range(of: "json:\""),
                    let field = file.previous(k).flatMap({ file.previous($0) }), t[field].kind == .identifier
                else { continue }
                let rest = tag[r.upperBound...]
                let json = String(rest.prefix { $0 != "\"" && $0 != "," })
                if !json.isEmpty && json != "-" { fields[file.text(field)] = json }
            }
            if !fields.isEmpty { result[file.text(name)] = fields }
        }
        return result
    }()

    /// The opening bracket of a literal: `{`, `[`, `map[string]any{`, `gin.H{`, `dict(`, `array(`, `mapOf(`, `Map.of(`, `new {`, `json!(`.
    func containerOpen(_ r: Range<Int>) -> (open: Int, close: Int, kind: ContainerKind)? {
        guard !r.isEmpty else { return nil }
        let t = file.tokens
        var i = r.lowerBound
        func closing(_ k: Int) -> Int? { t[k].match > Int32(k) ? Int(t[k].match) : nil }
        if file.isPunct(i, "{"), let c = closing(i) { return (i, c, .object) }
        if file.isPunct(i, "["), let c = closing(i) {
            // Go `map[string]any{...}` starts with an identifier, not `[`; Swift `["k": v]` is a dictionary.
            let inner = (i + 1)..<c
            if inner.contains(where: { file.isPunct($0, ":") && t[$0].match < 0 }) && !inner.contains(where: { file.isPunct($0, "{") }) {
                return (i, c, .object)
            }
            return (i, c, .array)
        }
        // C# anonymous object
        if file.isIdentifier(i, "new"), let n = file.next(i), file.isPunct(n, "{"), let c = closing(n) { return (n, c, .object) }
        if file.isIdentifier(i, "map"), let n = file.next(i), file.isPunct(n, "["), let c = closing(n) {
            // map[string]any{ ... }
            var k = c + 1
            while k < r.upperBound && !file.isPunct(k, "{") { k += 1 }
            if k < r.upperBound, let c2 = closing(k) { return (k, c2, .object) }
        }
        // Calls that build maps: dict(a=1), array('a' => 1), mapOf("a" to 1), hashMapOf, Map.of("a", 1), json!({...}), gin.H{...}
        var j = i
        var chain: [String] = []
        while j < r.upperBound, t[j].kind == .identifier {
            chain.append(file.text(j))
            guard let n = file.next(j), n < r.upperBound else { break }
            if file.isPunct(n, ".") || file.isPunct(n, "::") {
                j = n + 1
                continue
            }
            if file.isPunct(n, "!"), let p = file.next(n), file.isPunct(p, "("), let c = closing(p), let inner = file.next(p),
                file.isPunct(inner, "{"), let ci = closing(inner), ci < c
            {
                return (inner, ci, .object)
            }
            if file.isPunct(n, "{"), let c = closing(n), chain.last == "H" || chain.last == "Map" || chain.last == "M" {
                return (n, c, .object)
            }
            if file.isPunct(n, "{"), let c = closing(n), chain.last == "buildJsonObject" || chain.last == "jsonObject" {
                return (n, c, .builder)
            }
            if file.isPunct(n, "{"), let c = closing(n), let last = chain.last, goStructs[last] != nil { return (n, c, .goStruct) }
            if file.isPunct(n, "("), let c = closing(n) {
                switch chain.last ?? "" {
                case "dict", "array", "mapOf", "hashMapOf", "mutableMapOf", "linkedMapOf", "hash", "Hash": return (n, c, .object)
                case "of" where chain.first == "Map" || chain.first == "ImmutableMap": return (n, c, .pairs)
                case "ofEntries": return nil
                default: return nil
                }
            }
            break
        }
        i = r.lowerBound
        return nil
    }

    private func chainName(before open: Int) -> String {
        guard let p = file.previous(open), file.tokens[p].kind == .identifier else { return "" }
        return file.text(p)
    }

    /// `JSON.stringify(x)` -> x; `x.to_json` -> x; `json.dumps(x)` -> x; `jsonEncode(x)` -> x.
    func unwrap(_ r: Range<Int>) -> Range<Int>? {
        let t = file.tokens
        // Trailing `.to_json`, `.toString()`
        if r.count >= 3, let last = Optional(r.upperBound - 1), t[last].kind == .identifier, ["to_json", "to_s"].contains(file.text(last)),
            file.isPunct(last - 1, ".")
        {
            return r.lowerBound..<(last - 1)
        }
        // A wrapping call over the whole range.
        var i = r.lowerBound
        while i < r.upperBound, t[i].kind == .identifier, let n = file.next(i), n < r.upperBound,
            file.isPunct(n, ".") || file.isPunct(n, "::")
        { i = n + 1 }
        guard i < r.upperBound, t[i].kind == .identifier, LiteralReader.wrappers.contains(file.text(i)), let p = file.next(i),
            file.isPunct(p, "("), t[p].match >= 0
        else { return nil }
        let close = Int(t[p].match)
        guard close == r.upperBound - 1 || trailingIsNoise((close + 1)..<r.upperBound) else { return nil }
        let args = model.splitArguments((p + 1)..<close)
        return args.first
    }

    private func trailingIsNoise(_ r: Range<Int>) -> Bool {
        r.allSatisfy {
            file.tokens[$0].kind == .newline || file.tokens[$0].kind == .comment || file.isPunct($0, ";") || file.isPunct($0, "!")
                || file.isPunct($0, "?") || file.isPunct($0, ")")
        }
    }

    private func trim(_ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        let t = file.tokens
        while lo < hi && (t[lo].kind == .newline || t[lo].kind == .comment || file.isPunct(lo, "&") || file.isIdentifier(lo, "await")) {
            lo += 1
        }
        while hi > lo && (t[hi - 1].kind == .newline || t[hi - 1].kind == .comment || file.isPunct(hi - 1, ";")) { hi -= 1 }
        return lo..<hi
    }
}

import Foundation
