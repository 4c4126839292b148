/// Reads a condition as the set of HTTP statuses it holds for: `r.status_code >= 500`, `!res.ok`,
/// `resp.StatusCode != http.StatusOK`, `status in (422, 500)`, `res.is_a?(Net::HTTPServerError)`, `!status.is_success()`.
/// Parts that do not test an HTTP status are neutral (`and attempt < 3` keeps the rest), so a condition is judged by
/// what it says about the status. Statuses are sampled, one per class Dollr documents.
struct HTTPStatusConditionReader {
    let file: LexedFile
    let reader: ExpressionReader

    init(file: LexedFile) {
        self.file = file
        self.reader = ExpressionReader(file: file)
    }

    /// The statuses a condition is evaluated on: success, each documented 4xx, the rate limit, server errors.
    static let samples: Set<Int> = [200, 201, 400, 401, 403, 404, 408, 409, 422, 429, 500, 502, 503]
    static let clientErrors: Set<Int> = [400, 401, 403, 404, 409, 422]

    /// Words naming an HTTP status value (normalised).
    static let statusWords: Set<String> = [
        "status", "statuscode", "code", "getstatuscode", "statuscodevalue", "rawstatus", "httpstatus",
        "responsecode", "getresponsecode", "httpcode", "statusint",
    ]
    /// Named status constants (normalised, without an `http`/`status` prefix).
    static let namedStatuses: [String: Int] = [
        "ok": 200, "created": 201, "accepted": 202, "nocontent": 204, "badrequest": 400, "unauthorized": 401, "forbidden": 403,
        "notfound": 404, "requesttimeout": 408, "conflict": 409, "unprocessableentity": 422, "unprocessablecontent": 422,
        "toomanyrequests": 429, "internalservererror": 500, "badgateway": 502, "serviceunavailable": 503, "gatewaytimeout": 504,
    ]
    /// Predicates on a response or status, with the statuses they hold for.
    static let predicates: [String: ClosedRange<Int>] = [
        "ok": 200...299, "issuccess": 200...299, "issuccessful": 200...299, "issuccessstatuscode": 200...299, "successful": 200...299,
        "success": 200...299, "is2xxsuccessful": 200...299, "issuccessstatus": 200...299,
        "isclienterror": 400...499, "clienterror": 400...499, "is4xxclienterror": 400...499,
        "isservererror": 500...599, "servererror": 500...599, "is5xxservererror": 500...599,
        "iserror": 400...599, "error": 400...599, "failed": 400...599, "iserrorstatus": 400...599,
        "httpsuccess": 200...299, "httpok": 200...299, "httpservererror": 500...599, "httpclienterror": 400...499,
        "httptoomanyrequests": 429...429, "httpunprocessableentity": 422...422,
    ]

    /// The statuses for which the condition holds, or nil when it does not test an HTTP status.
    func statuses(_ range: Range<Int>) -> Set<Int>? {
        let tokens = range.filter { file.tokens[$0].kind != .newline && file.tokens[$0].kind != .comment }
        guard !tokens.isEmpty else { return nil }
        var position = 0
        return parseOr(tokens, &position)
    }

    private func isWord(_ k: Int, _ words: Set<String>) -> Bool {
        (file.tokens[k].kind == .punctuation || file.tokens[k].kind == .identifier) && words.contains(file.text(k))
    }

    private func parseOr(_ t: [Int], _ p: inout Int) -> Set<Int>? {
        var result = parseAnd(t, &p)
        while p < t.count, isWord(t[p], ["||", "or"]) {
            p += 1
            let right = parseAnd(t, &p)
            result = combine(result, right, union: true)
        }
        return result
    }

    private func parseAnd(_ t: [Int], _ p: inout Int) -> Set<Int>? {
        var result = parseNot(t, &p)
        while p < t.count, isWord(t[p], ["&&", "and"]) {
            p += 1
            let right = parseNot(t, &p)
            result = combine(result, right, union: false)
        }
        return result
    }

    /// Unknown parts are neutral: `x and unknown` is `x`, `x or unknown` is `x`.
    private func combine(_ a: Set<Int>?, _ b: Set<Int>?, union: Bool) -> Set<Int>? {
        guard let a = a else { return b }
        guard let b = b else { return a }
        return union ? a.union(b) : a.intersection(b)
    }

    private func parseNot(_ t: [Int], _ p: inout Int) -> Set<Int>? {
        if p < t.count, isWord(t[p], ["!", "not"]) {
            p += 1
            return parseNot(t, &p).map { HTTPStatusConditionReader.samples.subtracting($0) }
        }
        return parseAtom(t, &p)
    }

    private func parseAtom(_ t: [Int], _ p: inout Int) -> Set<Int>? {
        guard p < t.count else { return nil }
        // A parenthesised sub-condition.
        if file.isPunct(t[p], "("), file.tokens[t[p]].match > Int32(t[p]) {
            let close = Int(file.tokens[t[p]].match)
            let inner = t[(p + 1)...].prefix { $0 < close }
            let closeIndex = t.firstIndex(of: close) ?? t.count - 1
            let nextIsOperator = closeIndex + 1 < t.count && !isWord(t[closeIndex + 1], ["||", "or", "&&", "and", ")"])
            if !nextIsOperator {
                p = closeIndex + 1
                var q = 0
                return parseOr(Array(inner), &q)
            }
        }
        var atom: [Int] = []
        while p < t.count, !isWord(t[p], ["||", "or", "&&", "and"]) {
            let k = t[p]
            atom.append(k)
            if file.tokens[k].match > Int32(k) {
                let close = Int(file.tokens[k].match)
                while p + 1 < t.count, t[p + 1] <= close {
                    p += 1
                    atom.append(t[p])
                }
            }
            p += 1
        }
        return evaluateAtom(atom)
    }

    /// One comparison, membership test or predicate.
    private func evaluateAtom(_ atom: [Int]) -> Set<Int>? {
        guard !atom.isEmpty else { return nil }
        let comparisons = ["==", "===", "!=", "!==", "<", "<=", ">", ">=", "~="]
        if let opIndex = atom.firstIndex(where: { k in file.tokens[k].kind == .punctuation && comparisons.contains(file.text(k)) }) {
            let left = Array(atom[..<opIndex])
            let right = Array(atom[(opIndex + 1)...])
            let op = file.text(atom[opIndex])
            if mentionsStatus(left), let code = codeValue(right) { return compare(left, op, code) }
            if mentionsStatus(right), let code = codeValue(left) { return compare(right, flip(op), code) }
            if op == "~=", mentionsStatus(right), let r = rangeValue(left) {
                return Set(HTTPStatusConditionReader.samples.filter(r.contains))
            }
            return nil
        }
        // `status in (422, 500)`, `code in 500..599`, `[500, 503].include?(status)`, `(500...599).contains(code)`.
        if mentionsStatus(atom), let list = membership(atom) { return list }
        // Predicates: `res.ok`, `r.is_success()`, `res.success?`, `res.is_a?(Net::HTTPSuccess)`.
        for k in atom.reversed() where file.tokens[k].kind == .identifier {
            let w = reader.word(k).replacingOccurrences(of: "?", with: "")
            guard let range = HTTPStatusConditionReader.predicates[w] else { continue }
            // A bare `ok` is Go's comma-ok flag, not a response.
            guard let prev = file.previous(k),
                file.isPunct(prev, ".") || file.isPunct(prev, "?.") || file.isPunct(prev, "::")
                    || file.isPunct(prev, "->")
            else { continue }
            return Set(HTTPStatusConditionReader.samples.filter(range.contains))
        }
        return nil
    }

    private func flip(_ op: String) -> String {
        switch op {
        case "<": return ">"
        case "<=": return ">="
        case ">": return "<"
        case ">=": return "<="
        default: return op
        }
    }

    private func compare(_ status: [Int], _ op: String, _ code: Int) -> Set<Int> {
        // `status // 100 == 5`, `Math.floor(status / 100) === 4`: compare the class.
        let byClass = status.contains { reader.number($0) == 100 }
        return Set(
            HTTPStatusConditionReader.samples.filter { s in
                let v = byClass ? s / 100 : s
                switch op {
                case "==", "===": return v == code
                case "!=", "!==": return v != code
                case "<": return v < code
                case "<=": return v <= code
                case ">": return v > code
                default: return v >= code
                }
            })
    }

    func mentionsStatus(_ tokens: [Int]) -> Bool {
        tokens.contains { k in
            guard file.tokens[k].kind == .identifier else { return false }
            let w = reader.word(k)
            return HTTPStatusConditionReader.statusWords.contains(w) || w.hasSuffix("statuscode") || w == "resstatus"
        }
    }

    /// A status number: `422`, `"422"`, `http.StatusTooManyRequests`, `HttpStatusCode.TooManyRequests`, `HTTP_TOO_MANY_REQUESTS`.
    func codeValue(_ tokens: [Int]) -> Int? {
        let significant = tokens.filter { !file.isPunct($0, "(") && !file.isPunct($0, ")") }
        guard let last = significant.last else { return nil }
        if let v = reader.number(last), significant.count <= 2 { return Int(v) }
        if let s = file.plainString(last), let v = Int(s), significant.count == 1 { return v }
        guard file.tokens[last].kind == .identifier || file.tokens[last].kind == .string else { return nil }
        var w = reader.word(last)
        for prefix in ["httpstatus", "status", "http"] where w.hasPrefix(prefix) && w.count > prefix.count { w.removeFirst(prefix.count) }
        return HTTPStatusConditionReader.namedStatuses[w]
    }

    private func rangeValue(_ tokens: [Int]) -> ClosedRange<Int>? {
        let numbers = tokens.compactMap { reader.number($0) }.map(Int.init)
        guard numbers.count == 2 else { return nil }
        let halfOpen =
            tokens.contains { file.isPunct($0, "..<") || file.isPunct($0, "<") } || tokens.contains { reader.word($0) == "range" }
        let upper = halfOpen ? numbers[1] - 1 : numbers[1]
        return upper >= numbers[0] ? numbers[0]...upper : nil
    }

    private func membership(_ atom: [Int]) -> Set<Int>? {
        let numbers = atom.compactMap { k -> Int? in
            if let v = reader.number(k) { return Int(v) }
            if let s = file.plainString(k) { return Int(s) }
            return nil
        }
        guard !numbers.isEmpty else { return nil }
        let isRange = atom.contains {
            file.isPunct($0, "..") || file.isPunct($0, "...") || file.isPunct($0, "..<") || reader.word($0) == "range"
        }
        if isRange, let r = rangeValue(atom) { return Set(HTTPStatusConditionReader.samples.filter(r.contains)) }
        let listWords = ["in", "include", "includes", "contains", "inarray", "containskey", "member"]
        guard atom.contains(where: { listWords.contains(reader.word($0)) }) else { return nil }
        return Set(numbers).intersection(HTTPStatusConditionReader.samples)
    }
}
