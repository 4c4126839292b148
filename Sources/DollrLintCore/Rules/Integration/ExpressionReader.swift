/// Small token-level readings of expressions that the integration rules share: where a value expression starts
/// and ends (`data["expires_in"]`, `json.getInt("expires_in")`, `int(x)`, `x.to_i`), and which statement it sits in.
/// Every walk is bounded, so a rule stays linear in the tokens it looks at.
struct ExpressionReader {
    let file: LexedFile

    /// Calls that only change a number's type: reading through them keeps the unit.
    static let conversionCalls: Set<String> = [
        "int", "float", "number", "parseint", "parsefloat", "int64", "int32", "uint64", "float64", "double", "timeinterval", "long",
        "intval", "floatval", "i64", "u64", "toint", "tolong", "todouble", "bigint", "floor", "round", "ceil", "toint32", "toint64",
        "todoubleornull", "tointornull", "parselong", "valueof", "duration", "integer", "decimal",
    ]
    /// Members that only unwrap or convert (`x.to_i`, `v.as_u64()`, `json.GetInt32()`).
    static let passThroughMembers: Set<String> = [
        "toi", "tof", "toint", "tolong", "todouble", "intvalue", "longvalue", "doublevalue", "asu64", "asi64", "asf64", "unwrap",
        "unwrapor", "unwrapordefault", "expect", "getint32", "getint64", "getdouble", "getasint", "getaslong", "asint", "aslong",
        "int", "integer", "tointeger", "int64", "float64", "value", "orelse", "ok", "okor",
    ]
    /// Getter calls whose first argument names the field read (`data.get("expires_in")`, `json.getInt("expires_in")`).
    static let fieldGetters: Set<String> = [
        "get", "getint", "getlong", "optint", "optlong", "getstring", "fetch", "getproperty", "dig", "json", "value", "getvalue",
        "getasint", "getaslong", "path", "at", "getinteger", "getnumber", "index", "input", "pointer",
    ]

    /// The start of the member chain ending at `i`: `self.client.http` from `http`, `data` from `data["x"]`.
    func chainStart(_ i: Int) -> Int {
        var k = i
        var steps = 0
        while steps < 16, let p = file.previous(k) {
            steps += 1
            if file.isPunct(p, ".") || file.isPunct(p, "?.") || file.isPunct(p, "->") || file.isPunct(p, "::") || file.isPunct(p, "!.") {
                guard let q = file.previous(p) else { break }
                if let open = matchedOpener(q), let before = file.previous(open), isValueEnd(before) {
                    k = before
                    continue
                }
                guard file.tokens[q].kind == .identifier else { break }
                k = q
                continue
            }
            break
        }
        // `$this->x`, `@x`: the sigil belongs to the first name.
        return k
    }

    /// The opener of a closing bracket at `i`, or nil.
    func matchedOpener(_ i: Int) -> Int? {
        guard file.isPunct(i, ")") || file.isPunct(i, "]"), file.tokens[i].match >= 0, Int(file.tokens[i].match) < i else { return nil }
        return Int(file.tokens[i].match)
    }

    func isValueEnd(_ i: Int) -> Bool {
        file.tokens[i].kind == .identifier || file.isPunct(i, ")") || file.isPunct(i, "]")
    }

    /// The value expression around a field name at `i`: `data["expires_in"]`, `json.getInt("expires_in")`, `tok.ExpiresIn`,
    /// `expires` (a bare name). Returns its first and last token.
    func fieldRead(at i: Int) -> (start: Int, end: Int) {
        if file.tokens[i].kind == .string, let open = file.previous(i), let close = file.next(i) {
            // `data["expires_in"]`
            if file.isPunct(open, "["), file.isPunct(close, "]"), let base = file.previous(open), isValueEnd(base) {
                return (chainStart(base), close)
            }
            // `data.get("expires_in", 60)`, `$res->json('expires_in')`
            if file.isPunct(open, "("), let callee = file.previous(open), file.tokens[callee].kind == .identifier,
                ExpressionReader.fieldGetters.contains(CodeModel.normalize(file.text(callee))), file.tokens[open].match > Int32(open)
            {
                return (chainStart(callee), Int(file.tokens[open].match))
            }
            return (i, i)
        }
        // An accessor call, Java records and Kotlin/C# getters: `res.expiresIn()`.
        if let open = file.next(i), file.isPunct(open, "("), file.tokens[open].match == Int32(open + 1) {
            return (chainStart(i), open + 1)
        }
        return (chainStart(i), i)
    }

    /// Extends a value expression over unit-keeping wrappers: `int(x)`, `x.to_i`, `(x - 5)`, `x as u64`, `x ?? 60`.
    func unitKeepingExtent(_ range: (start: Int, end: Int)) -> (start: Int, end: Int) {
        var (s, e) = range
        var steps = 0
        while steps < 12 {
            steps += 1
            // Postfix: subscripts and pass-through members.
            if let n = file.next(e), file.isPunct(n, ".") || file.isPunct(n, "?.") || file.isPunct(n, "->"), let m = file.next(n),
                file.tokens[m].kind == .identifier, ExpressionReader.passThroughMembers.contains(CodeModel.normalize(file.text(m)))
            {
                e = m
                if let p = file.next(m), file.isPunct(p, "("), file.tokens[p].match > Int32(p) { e = Int(file.tokens[p].match) }
                continue
            }
            if let n = file.next(e), file.isPunct(n, "!") || file.isPunct(n, "!!") || file.isPunct(n, "?") && !isTernary(n) {
                e = n
                continue
            }
            // Casts: `x as u64`, `x as? Int`, `x as! Double`.
            if let n = file.next(e), file.isIdentifier(n, "as"), var t = file.next(n) {
                if file.isPunct(t, "?") || file.isPunct(t, "!"), let u = file.next(t) { t = u }
                if file.tokens[t].kind == .identifier {
                    e = t
                    continue
                }
            }
            // Defaults: `x ?? 60`, `x || 60`, `x or 60`, `x.unwrap_or(60)` (handled above).
            if let n = file.next(e), file.isPunct(n, "??") || file.isPunct(n, "||") || file.isIdentifier(n, "or"), let d = file.next(n),
                file.tokens[d].kind == .number
            {
                e = d
                continue
            }
            // A small additive adjustment: `x - 5`, `x - 1` (a safety margin in the same unit).
            if let n = file.next(e), file.isPunct(n, "-") || file.isPunct(n, "+"), let d = file.next(n), file.tokens[d].kind == .number,
                !(file.next(d).map { file.isPunct($0, "*") || file.isPunct($0, "/") } ?? false),
                !(file.previous(s).map { file.isPunct($0, "*") || file.isPunct($0, "/") } ?? false)
            {
                e = d
                continue
            }
            guard let p = file.previous(s), let n = file.next(e) else { break }
            // Grouping parentheses, or the single argument of a conversion call: `(x)`, `int(x)`, `time.Duration(x)`.
            if file.isPunct(p, "("), file.isPunct(n, ")"), Int(file.tokens[p].match) == n {
                if let callee = file.previous(p), file.tokens[callee].kind == .identifier {
                    guard ExpressionReader.conversionCalls.contains(CodeModel.normalize(file.text(callee))) else { break }
                    s = chainStart(callee)
                    e = n
                } else {
                    s = p
                    e = n
                }
                continue
            }
            // Prefix casts: `(int) $x`, `(long) x`, `+x`.
            if file.isPunct(p, ")"), let open = matchedOpener(p), let ty = file.next(open), file.next(ty) == p,
                ExpressionReader.conversionCalls.contains(CodeModel.normalize(file.text(ty)))
            {
                s = open
                continue
            }
            break
        }
        return (s, e)
    }

    func isTernary(_ i: Int) -> Bool {
        // `a ? b : c` has spaces around `?`; `x?` (Swift/Kotlin/Rust unwrap) is glued to its operand.
        guard i > 0 else { return false }
        return file.tokens[i].start > file.tokens[i - 1].end
    }

    /// The first token of the statement holding `i`: after the previous `;`, `{`, `}` or line break outside brackets.
    /// Bounded by `limit` tokens.
    func statementStart(_ i: Int, limit: Int = 40) -> Int {
        var k = i
        var steps = 0
        while steps < limit, k > 0 {
            let p = k - 1
            let t = file.tokens[p]
            if (file.isPunct(p, ")") || file.isPunct(p, "]")) && t.match >= 0 && Int(t.match) < p {
                k = Int(t.match)
                steps += 1
                continue
            }
            if t.kind == .newline || file.isPunct(p, ";") || file.isPunct(p, "{") || file.isPunct(p, "}") || file.isPunct(p, "(")
                || file.isPunct(p, ",")
            {
                break
            }
            k = p
            steps += 1
        }
        return k
    }

    /// The normalised text of token `i` (identifiers and plain strings), or "".
    func word(_ i: Int) -> String {
        switch file.tokens[i].kind {
        case .identifier: return CodeModel.normalize(file.text(i))
        case .string: return CodeModel.normalize(file.plainString(i) ?? "")
        default: return ""
        }
    }

    /// The numeric value of a number token (`60`, `1_000`, `1e3`, `60.0`, `60L`), or nil.
    func number(_ i: Int) -> Double? {
        guard file.tokens[i].kind == .number else { return nil }
        var text = file.text(i).replacingOccurrences(of: "_", with: "").lowercased()
        while let last = text.last, "lfdmu".contains(last), !text.hasPrefix("0x") { text.removeLast() }
        if text.hasSuffix("i64") || text.hasSuffix("u64") || text.hasSuffix("i32") || text.hasSuffix("u32") { text.removeLast(3) }
        return Double(text)
    }
}
