/// String values of URLs built by formatting and joining calls, so a Dollr path is known however it is written:
/// Python `"{}/v1/status/{}".format(base, ref)` and `"%s/v1/..." % (base, ref)`, Kotlin/Java `"%s/v1/...".format(...)`,
/// `sprintf`, `fmt.Sprintf`, `String.format`, `string.Format`, `format!`, `String(format:)`, and the joiners
/// `path.join`, `urljoin`, `filepath.Join`, `File.join`, `Path.Combine`, `URI.resolve`, `new URL(path, base)`,
/// `new Uri(base, path)`. Placeholders take the values of their arguments where those are known, holes otherwise.
extension CodeModel {
    static let formatFunctions: Set<String> = ["sprintf", "format", "formatted"]
    static let joinFunctions: Set<String> = ["join", "urljoin", "combine", "joinpath"]

    /// The value of a whole range that is one formatting or joining expression, or nil.
    func builtURLValue(_ r: Range<Int>, depth: Int) -> String? {
        let t = file.tokens
        var start = r.lowerBound
        while start < r.upperBound, t[start].kind == .newline || file.isIdentifier(start, "new") || file.isIdentifier(start, "await") {
            start += 1
        }
        var last = r.upperBound - 1
        while last > start, t[last].kind == .newline || t[last].kind == .comment { last -= 1 }
        guard start < last else { return nil }
        if t[start].kind == .string { return formattedLiteral(start, last: last, depth: depth) }
        guard t[start].kind == .identifier else { return nil }
        // The callee chain, then `(` (or `!(` for Rust macros) whose match closes the range.
        var j = start
        while j + 2 <= last, file.isPunct(j + 1, ".") || file.isPunct(j + 1, "::") || file.isPunct(j + 1, "->"),
            t[j + 2].kind == .identifier
        {
            j += 2
        }
        var open = j + 1
        if open <= last, file.isPunct(open, "!") { open += 1 }
        guard open <= last, file.isPunct(open, "("), Int(t[open].match) == last else { return nil }
        var arguments = splitArguments((open + 1)..<last)
        let name = CodeModel.normalize(file.text(j))
        func value(_ arg: Range<Int>) -> String { stringValue(arg, depth: depth + 1) ?? "\u{FFFC}" }
        // Swift `String(format: "%@/v1/...", base)`: the labelled first argument is the format.
        if name == "string", let first = arguments.first, first.count > 2, file.isIdentifier(first.lowerBound, "format"),
            file.isPunct(first.lowerBound + 1, ":")
        {
            arguments[0] = (first.lowerBound + 2)..<first.upperBound
            return substituting(arguments, depth: depth)
        }
        if CodeModel.formatFunctions.contains(name) { return substituting(arguments, depth: depth) }
        let parts: [Range<Int>]
        if CodeModel.joinFunctions.contains(name) {
            parts = arguments
        } else if name == "resolve", j >= start + 2, arguments.count == 1 {
            // `baseUri.resolve("v1/...")`: the receiver is the base.
            parts = [start..<(j - 1), arguments[0]]
        } else if name == "url", arguments.count == 2 {
            // `new URL(path, base)`
            parts = [arguments[1], arguments[0]]
        } else if name == "uri", arguments.count == 2 {
            // .NET `new Uri(baseUri, "v1/...")`
            parts = arguments
        } else {
            return nil
        }
        let values = parts.map { stringValue($0, depth: depth + 1) }
        guard values.contains(where: { $0 != nil }) else { return nil }
        return CodeModel.joinedURL(values.map { $0 ?? "\u{FFFC}" })
    }

    /// `"fmt".format(args)`, `"fmt".formatted(args)`, `"fmt" % (args)`, `"fmt" % arg`.
    private func formattedLiteral(_ s: Int, last: Int, depth: Int) -> String? {
        let t = file.tokens
        var j = s + 1
        while j <= last, t[j].start < t[s].end { j += 1 }
        guard j <= last else { return nil }
        if file.isPunct(j, "."), j + 2 <= last, file.isIdentifier(j + 1, "format") || file.isIdentifier(j + 1, "formatted"),
            file.isPunct(j + 2, "("), Int(t[j + 2].match) == last
        {
            return substituting([s..<(s + 1)] + splitArguments((j + 3)..<last), depth: depth)
        }
        guard file.isPunct(j, "%"), j + 1 <= last else { return nil }
        let rest = (j + 1)..<(last + 1)
        if file.isPunct(rest.lowerBound, "("), Int(t[rest.lowerBound].match) == last {
            return substituting([s..<(s + 1)] + splitArguments((rest.lowerBound + 1)..<last), depth: depth)
        }
        return substituting([s..<(s + 1), rest], depth: depth)
    }

    /// The format (first range) with its placeholders replaced by the values of the other ranges: `%s`, `%d`, `%v`, `%@`,
    /// `%(name)s`, `%<name>s`, `%{name}`, `{}`, `{0}`; a placeholder without a known value (`{name}`, a call) becomes a hole.
    private func substituting(_ ranges: [Range<Int>], depth: Int) -> String? {
        guard let format = ranges.first.flatMap({ stringValue($0, depth: depth + 1) }) else { return nil }
        let values = ranges.dropFirst().map { stringValue($0, depth: depth + 1) ?? "\u{FFFC}" }
        let chars = Array(format)
        var out = ""
        var next = 0
        var i = 0
        func take(_ index: Int?) -> String {
            let k = index ?? next
            if index == nil { next += 1 }
            return k < values.count ? values[k] : "\u{FFFC}"
        }
        while i < chars.count {
            let c = chars[i]
            if c == "%", i + 1 < chars.count {
                if chars[i + 1] == "%" {
                    out.append("%")
                    i += 2
                    continue
                }
                // Ruby's `%{name}` is a whole named placeholder; its value comes from a keyword argument, so it is a hole.
                if chars[i + 1] == "{", let close = chars[(i + 1)...].firstIndex(of: "}"),
                    chars[(i + 2)..<close].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
                {
                    out += "\u{FFFC}"
                    i = close + 1
                    continue
                }
                var k = i + 1
                // Named: Python `%(name)s`, Ruby `%<name>s`.
                let named = chars[k] == "(" || chars[k] == "<"
                if named, let close = chars[k...].firstIndex(of: chars[k] == "(" ? ")" : ">") { k = close + 1 }
                while k < chars.count, "-+ #0123456789.*".contains(chars[k]) { k += 1 }
                if k < chars.count, "sdvqrfxXi@ubgeoc".contains(chars[k]) {
                    let value = named ? "\u{FFFC}" : take(nil)
                    // An unknown integer (`%d`) can only be an id: kept as written, so it never stands for a literal
                    // segment of an endpoint (`/v1/invoices/%d/publish` is not `/v1/invoices/publish/{id}`).
                    out += value.has("\u{FFFC}") && "diu".contains(chars[k]) ? String(chars[i...k]) : value
                    i = k + 1
                    continue
                }
            }
            if c == "{", let close = chars[i...].firstIndex(of: "}"), close - i <= 24,
                chars[(i + 1)..<close].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" || $0 == "?" })
            {
                let inner = String(chars[(i + 1)..<close])
                if inner.isEmpty || inner == ":?" {
                    out += take(nil)
                } else if let n = Int(inner) {
                    out += take(n)
                } else {
                    // Rust's captured `{BASE_URL}`: a constant of the file when there is one.
                    out += assignment(named: inner).flatMap { stringValue($0.value, depth: depth + 1) } ?? "\u{FFFC}"
                }
                i = close + 1
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    /// URL pieces joined with exactly one `/` between them (`base/` + `/v1/x`, `base` + `v1/x`).
    static func joinedURL(_ pieces: [String]) -> String {
        var out = ""
        for piece in pieces {
            if out.isEmpty {
                out = piece
                continue
            }
            let left = out.hasSuffix("/") ? String(out.dropLast()) : out
            let right = piece.hasPrefix("/") ? String(piece.dropFirst()) : piece
            out = left + "/" + right
        }
        return out
    }
}
