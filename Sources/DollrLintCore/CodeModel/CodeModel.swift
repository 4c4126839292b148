import Foundation

/// A small language-neutral model of one file, built from its tokens: calls, bindings (assignments,
/// object keys, keyword arguments), functions, and string values with same-file constants resolved.
public final class CodeModel {
    public let file: LexedFile
    /// Spent by every loop here that could otherwise grow faster than the file.
    let budget: WorkBudget
    // Each part is found on first use: a rule that reads only calls (logging outside Dollr code) never pays for
    // bindings or functions.
    public private(set) lazy var calls: [Call] = {
        var found: [Call] = []
        for region in file.regionTokens { findCalls(in: region.tokens, language: region.language, into: &found) }
        return found
    }()
    public var bindings: [Binding] { bindingIndex.bindings }
    public private(set) lazy var functions: [Function] = {
        var found: [Function] = []
        for region in file.regionTokens { findFunctions(in: region.tokens, language: region.language, into: &found) }
        return found
    }()
    private lazy var bindingIndex = BindingIndex(self)

    /// The bindings with their parents, the latest assignment of each name (normalised) at file level for constant
    /// resolution, and each binding by where its value starts.
    private struct BindingIndex {
        var bindings: [Binding] = []
        var assignmentsByName: [String: [Int]] = [:]
        var byValueStart: [Int: Int] = [:]

        init(_ model: CodeModel) {
            for region in model.file.regionTokens { model.findBindings(in: region.tokens, language: region.language, into: &bindings) }
            for (i, b) in bindings.enumerated() {
                if b.kind == .assignment { assignmentsByName[b.normalizedName, default: []].append(i) }
                if !b.value.isEmpty { byValueStart[b.value.lowerBound] = i }
            }
            for i in bindings.indices {
                if let c = bindings[i].container, let p = byValueStart[c] { bindings[i].parent = p }
            }
        }
    }

    public struct Call {
        /// Callee chain, e.g. ["requests", "post"], ["Http", "withToken", "post"], ["console", "log"].
        public let callee: [String]
        /// First token of the callee chain and the token of its last name.
        public let firstToken: Int
        public let nameToken: Int
        /// Token indices of the arguments (inside the parentheses, or to the line end for command calls).
        public let args: Range<Int>
        /// Arguments split at top-level commas.
        public let arguments: [Range<Int>]
        public var name: String { callee.last ?? "" }
    }

    public struct Binding {
        /// `update`: `attempt += 1`, `delay *= 2`, `attempt++`; kept apart from assignments so constants stay resolved.
        public enum Kind { case assignment, key, update }
        public let kind: Kind
        /// The name as written (decoded for string keys), e.g. "access_token", "DOLLR_CLIENT_SECRET".
        public let name: String
        public let nameToken: Int
        public let value: Range<Int>
        /// For keys: the binding whose value is the enclosing object literal.
        public internal(set) var parent: Int?
        /// For keys: the open bracket of the enclosing literal.
        public let container: Int?
        public var normalizedName: String { CodeModel.normalize(name) }
    }

    public struct Function {
        public let name: String
        public let nameToken: Int
        public let body: Range<Int>
        /// Decorator / annotation chains before the function (`app.post`, `GetMapping`, `retry`).
        public let decorators: [String]
        /// Names in the parameter list (with their types, where a language writes them: a superset, never a miss).
        public let parameters: [String]
    }

    public init(_ file: LexedFile, budget: WorkBudget = .unlimited()) {
        self.file = file
        self.budget = budget
    }

    /// Lower-case, without `$ @ _ - .` so `DOLLR_CLIENT_SECRET`, `dollrClientSecret` and `$dollr_client_secret` compare equal.
    public static func normalize(_ s: String) -> String {
        // Most names are already normal (`token`, `x`): returned as they are, without allocating. The others are
        // built on the stack and end up small strings (15 bytes or fewer) without a heap allocation either.
        var contiguous = s
        return contiguous.withUTF8 { bytes -> String? in
            var changes = false
            for b in bytes {
                switch b {
                case 0x24, 0x40, 0x5F, 0x2D, 0x2E, 0x3A, 0x41...0x5A: changes = true
                case 0x80...: return nil  // non-ASCII: Unicode lower-casing
                default: continue
                }
            }
            guard changes else { return s }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
                var count = 0
                for b in bytes {
                    switch b {
                    case 0x24, 0x40, 0x5F, 0x2D, 0x2E, 0x3A: continue  // $ @ _ - . :
                    case 0x41...0x5A: buffer[count] = b + 32
                    default: buffer[count] = b
                    }
                    count += 1
                }
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
            }
        } ?? slowNormalize(s)
    }

    private static func slowNormalize(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars where !["$", "@", "_", "-", ".", ":"].contains(u) { out += String(u).lowercased() }
        return out
    }

    static let keywords: Set<String> = [
        "if", "for", "while", "switch", "return", "function", "catch", "elif", "and", "or", "not", "in",
        "sizeof", "typeof", "await", "async", "new", "throw", "def", "func", "fn", "class", "else",
        "try", "except", "finally", "with", "case", "default", "foreach", "using", "lock", "fun", "when",
        "guard", "unless", "until", "match", "yield", "assert", "import", "from", "do", "then",
    ]

    // MARK: calls

    private func findCalls(in range: Range<Int>, language: Language, into found: inout [Call]) {
        let t = file.tokens
        for i in range where t[i].kind == .punctuation && t[i].match >= 0 && file.isPunct(i, "(") {
            guard let p = file.previous(i, newlines: true) else { continue }
            var nameTok = p
            if file.isPunct(p, "!") && p > range.lowerBound && t[p - 1].kind == .identifier && t[p - 1].end == t[p].start {
                nameTok = p - 1
            }  // Rust macro
            // `dollr<T>(...)`, `List<String>(...)`: skip a balanced generic argument list.
            if file.isPunct(p, ">") && language != .php && language != .python && language != .ruby && language != .shell {
                var depth = 0, k = p
                while k > range.lowerBound && p - k < 40 {
                    if file.isPunct(k, ">") {
                        depth += 1
                    } else if file.isPunct(k, "<") {
                        depth -= 1
                        if depth == 0 { break }
                    } else if t[k].kind == .newline {
                        break
                    }
                    k -= 1
                }
                if depth == 0 && k > range.lowerBound && t[k - 1].kind == .identifier && t[k - 1].end == t[k].start { nameTok = k - 1 }
            }
            guard t[nameTok].kind == .identifier else { continue }
            let name = file.text(nameTok)
            // `c.do(...)`, `x.match(...)`: after a dot a keyword is a method name.
            let isMethod = file.previous(nameTok).map { file.isPunct($0, ".") || file.isPunct($0, "->") } ?? false
            if CodeModel.keywords.contains(name), !isMethod { continue }
            // Go `const (`, `var (`, `type (`: a group of declarations, not a call.
            if language == .go, ["const", "var", "type"].contains(name) { continue }
            let (chain, first) = calleeChain(endingAt: nameTok, lowerBound: range.lowerBound)
            let close = Int(t[i].match)
            let args = (i + 1)..<close
            found.append(Call(callee: chain, firstToken: first, nameToken: nameTok, args: args, arguments: splitArguments(args)))
        }
        // Command calls without parentheses: Ruby `puts x`, `render json: x`, shell `echo "$T"`, PHP `echo $t;`.
        guard language == .ruby || language == .shell || language == .php || language == .dockerfile else { return }
        var i = range.lowerBound
        while i < range.upperBound {
            defer { i += 1 }
            guard t[i].kind == .identifier else { continue }
            let prev = file.previous(i, newlines: true)
            // `case X:` / `default:` in PHP switches also start a statement.
            let atStatementStart =
                prev == nil || t[prev!].kind == .newline || (language == .php && file.isPunct(prev!, ":")) || file.isPunct(prev!, ";")
                || file.isPunct(prev!, "{") || file.isIdentifier(prev!, "then") || file.isIdentifier(prev!, "do")
                || file.isPunct(prev!, "&&") || file.isPunct(prev!, "||") || file.isPunct(prev!, "|")
                || (prev != nil && (file.isIdentifier(prev!, "RUN") || file.isPunct(prev!, "(")))
            guard atStatementStart else { continue }
            let (chainEnd, chain) = forwardChain(from: i, upperBound: range.upperBound)
            // `def pay(ref)`, `rescue Timeout::Error`, `while true; do`: block keywords, not commands.
            if chain.count == 1, CodeModel.blockKeywords(language).contains(chain[0]) { continue }
            guard let a = file.next(chainEnd, newlines: true), a < range.upperBound, t[a].kind != .newline else { continue }
            if t[a].kind == .punctuation {
                let s = file.text(a)
                if s == "(" || s == "=" || s == "." || s == "->" || s == "::" || s == "+=" || s == "==" || s == "||" || s == "&&"
                    || s == ";" || s == "," || s == ")" || s == "}"
                {
                    continue
                }
                if language != .shell && language != .dockerfile && s != ":" && s != "[" && s != "\"" && s != "-" { continue }
                // Ruby `res.body["id"]` (no space) indexes; only `puts [a, b]` passes an array.
                if language == .ruby && s == "[" && t[a].start == t[chainEnd].end { continue }
            }
            var e = a
            var end = a
            while e < range.upperBound {
                let tk = t[e]
                if tk.kind == .newline {
                    // Shell line continuation.
                    if let pv = file.previous(e, newlines: true), file.isPunct(pv, "\\") {
                        e += 1
                        continue
                    }
                    break
                }
                if file.isPunct(e, ";") || (language == .ruby && file.isIdentifier(e, "do"))
                    || (language == .ruby && (file.isIdentifier(e, "if") || file.isIdentifier(e, "unless")))
                {
                    break
                }
                if (language == .shell || language == .dockerfile)
                    && (file.isPunct(e, "|") || file.isPunct(e, "&&") || file.isPunct(e, "||"))
                {
                    break
                }
                // An opener that never closes is broken code: the command ends there, or every command after it on
                // the line would hold all the rest as arguments (quadratic on `{ echo $T { echo $T ...`).
                if tk.kind == .punctuation && tk.match < 0 && isOpener(e) { break }
                if tk.match >= 0 && Int(tk.match) > e { e = Int(tk.match) }
                end = e
                e += 1
                guard budget.spend() else { return }
            }
            let args = a..<(end + 1)
            // Shell words are arguments one by one (a bracketed group is one); other command calls split at commas.
            let arguments = language == .shell || language == .dockerfile ? shellWords(args) : splitArguments(args)
            found.append(Call(callee: chain, firstToken: i, nameToken: chainEnd, args: args, arguments: arguments))
        }
    }

    static func blockKeywords(_ language: Language) -> Set<String> {
        switch language {
        case .ruby: return BlockTree.rubyOpeners.union(BlockTree.keywordMidpoints)
        case .shell, .dockerfile: return BlockTree.shellOpeners
        // `public const PATH = '/v1/...';`, `private static function x()`: declarations, not commands.
        case .php:
            return ["public", "private", "protected", "static", "final", "abstract", "readonly", "const", "var", "function", "class"]
        default: return []
        }
    }

    private func isOpener(_ i: Int) -> Bool {
        file.isPunct(i, "(") || file.isPunct(i, "[") || file.isPunct(i, "{")
    }

    /// The words of a shell command, a bracketed group counting as one word.
    private func shellWords(_ r: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var i = r.lowerBound
        while i < r.upperBound {
            let tk = file.tokens[i]
            let next = tk.match > Int32(i) ? min(Int(tk.match) + 1, r.upperBound) : i + 1
            if tk.kind != .newline && tk.kind != .comment && !file.isPunct(i, "\\") { words.append(i..<next) }
            i = next
        }
        budget.spend(words.count)
        return words
    }

    /// Callee chains longer than this keep their last names only: a minified builder chain of thousands of links
    /// would otherwise be walked again by each of its calls, and each call keeps its chain (at 32, a 4 MB chain of
    /// `.a()` held 700 MB). Real receivers are shorter (`this.dollr.executions.collection.create` is five).
    static let maxChainLength = 8

    /// Walks backwards over `a.b`, `a?.b`, `a->b`, `A::b`, `a().b` to the chain's start.
    private func calleeChain(endingAt nameTok: Int, lowerBound: Int) -> ([String], Int) {
        var chain = [file.text(nameTok)]
        var first = nameTok
        var j = nameTok - 1
        while j >= lowerBound && chain.count < CodeModel.maxChainLength {
            guard file.isPunct(j, ".") || file.isPunct(j, "?.") || file.isPunct(j, "->") || file.isPunct(j, "::") else { break }
            var k = j - 1
            while k >= lowerBound && file.tokens[k].kind == .newline { k -= 1 }
            guard k >= lowerBound else { break }
            if file.tokens[k].kind == .punctuation && (file.isPunct(k, ")") || file.isPunct(k, "]")) && file.tokens[k].match >= 0 {
                k = Int(file.tokens[k].match) - 1
                if k >= lowerBound && file.isPunct(k, "!") { k -= 1 }
                // `AddHttpClient<DollrClient>(...)`: step over the generic arguments.
                if k >= lowerBound && file.isPunct(k, ">") {
                    var depth = 0, g = k
                    while g > lowerBound && k - g < 40 {
                        if file.isPunct(g, ">") {
                            depth += 1
                        } else if file.isPunct(g, "<") {
                            depth -= 1
                            if depth == 0 { break }
                        }
                        g -= 1
                    }
                    if depth == 0 { k = g - 1 }
                }
            }
            guard k >= lowerBound, file.tokens[k].kind == .identifier else { break }
            chain.insert(file.text(k), at: 0)
            first = k
            j = k - 1
        }
        return (chain, first)
    }

    private func forwardChain(from i: Int, upperBound: Int) -> (Int, [String]) {
        var chain = [file.text(i)]
        var end = i
        var j = i + 1
        while j + 1 < upperBound, file.isPunct(j, ".") || file.isPunct(j, "::") || file.isPunct(j, "->"),
            file.tokens[j + 1].kind == .identifier
        {
            chain.append(file.text(j + 1))
            end = j + 1
            j += 2
        }
        return (end, chain)
    }

    public func splitArguments(_ r: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = r.lowerBound
        var i = r.lowerBound
        while i < r.upperBound {
            let tk = file.tokens[i]
            if tk.match > Int32(i) {
                i = Int(tk.match) + 1
                continue
            }
            if file.isPunct(i, ",") {
                result.append(trim(start..<i))
                start = i + 1
            }
            i += 1
        }
        let last = trim(start..<r.upperBound)
        if !last.isEmpty { result.append(last) }
        return result.filter { !$0.isEmpty }
    }

    private func trim(_ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi && (file.tokens[lo].kind == .newline || file.tokens[lo].kind == .comment) { lo += 1 }
        while hi > lo && (file.tokens[hi - 1].kind == .newline || file.tokens[hi - 1].kind == .comment) { hi -= 1 }
        return lo..<hi
    }

    // MARK: bindings

    static let updateOperators: Set<String> = ["+=", "-=", "*=", "/=", "<<=", "++", "--"]

    private func findBindings(in range: Range<Int>, language: Language, into found: inout [Binding]) {
        let t = file.tokens
        var containerStack: [Int] = []
        for i in range {
            let tk = t[i]
            if tk.kind == .punctuation && tk.match >= 0 {
                if Int(tk.match) > i {
                    containerStack.append(i)
                } else if let last = containerStack.last, last == Int(tk.match) {
                    containerStack.removeLast()
                }
                continue
            }
            guard tk.kind == .punctuation else { continue }
            let op = file.text(i)
            if CodeModel.updateOperators.contains(op), let p = file.previous(i, newlines: true), t[p].kind == .identifier {
                let value =
                    op == "++" || op == "--"
                    ? (i + 1)..<(i + 1) : valueRange(after: i, upperBound: range.upperBound, language: language)
                found.append(Binding(kind: .update, name: file.text(p), nameToken: p, value: value, parent: nil, container: nil))
                continue
            }
            let isAssign = op == "=" || op == ":=" || op == "?=" || op == "??=" || op == "||="
            let isKey = op == ":" || (op == "=>" && (language == .php || language == .ruby))
            guard isAssign || isKey else { continue }
            guard let p = file.previous(i, newlines: true) else { continue }
            var nameTok = p
            var name: String
            if isAssign {
                if t[p].kind == .identifier || (file.isPunct(p, ">") || file.isPunct(p, "]") || file.isPunct(p, "?")) && language != .php {
                    name = t[p].kind == .identifier ? file.text(p) : ""
                    // `const token: string = ...`, `const S: &str = ...`: the name sits before the type annotation.
                    var k = p
                    var steps = 0
                    while steps < 8, let c = file.previous(k, newlines: true), t[c].kind != .newline, !file.isPunct(c, ";"),
                        !file.isPunct(c, "{"), !file.isPunct(c, "("), !file.isPunct(c, ","), !file.isPunct(c, "=")
                    {
                        if file.isPunct(c, ":"), let n = file.previous(c), t[n].kind == .identifier {
                            nameTok = n
                            name = file.text(n)
                            break
                        }
                        k = c
                        steps += 1
                    }
                    if name.isEmpty { continue }
                } else if file.isPunct(p, "]"), t[p].match >= 0, let s = file.plainString(Int(t[p].match) + 1) {
                    name = s
                    nameTok = Int(t[p].match) + 1  // headers["Authorization"] = ...
                } else if t[p].kind == .string, language == .toml || language == .properties {
                    name = file.plainString(p) ?? ""
                } else {
                    continue
                }
                // Keyword arguments `f(key=value)` bind as keys of the call.
                let kind: Binding.Kind =
                    (language == .python || language == .kotlin || language == .swift || language == .csharp || language == .rust)
                        && containerStack.last.map({ file.isPunct($0, "(") }) == true ? .key : .assignment
                let value = valueRange(after: i, upperBound: range.upperBound, language: language)
                // `raw, err := ...`, `a, b = ...`: the first name holds the value; the others (err, ok) are bound too.
                var names = [(name, nameTok)]
                if kind == .assignment {
                    var k = nameTok
                    while let c = file.previous(k), file.isPunct(c, ","), let n = file.previous(c), t[n].kind == .identifier,
                        containerStack.isEmpty || language == .go || language == .python
                    {
                        names.insert((file.text(n), n), at: 0)
                        k = n
                    }
                }
                for (n, tok) in names where !(names.count > 1 && ["err", "error", "_", "ok", "e"].contains(n)) {
                    found.append(
                        Binding(
                            kind: kind, name: n, nameToken: tok, value: value, parent: nil,
                            container: kind == .key ? containerStack.last : nil))
                }
            } else {
                if t[p].kind == .identifier {
                    name = file.text(p)
                } else if t[p].kind == .string, let s = file.plainString(p) {
                    name = s
                } else {
                    continue
                }
                if op == ":" {
                    guard isTypeColonKey(p, language: language) == false else { continue }
                    if let n = file.next(i, newlines: true), file.isPunct(n, ":") { continue }
                }
                let value = valueRange(after: i, upperBound: range.upperBound, language: language)
                found.append(
                    Binding(kind: .key, name: name, nameToken: nameTok, value: value, parent: nil, container: containerStack.last))
            }
        }
    }

    /// Whether `name :` is an object key rather than a type annotation, ternary branch or block colon.
    private func isTypeColonKey(_ p: Int, language: Language) -> Bool {
        let name = file.text(p)
        if ["else", "try", "finally", "default", "case", "except"].contains(name) { return true }
        guard let before = file.previous(p, newlines: true) else { return false }
        let bt = file.tokens[before]
        if bt.kind == .newline { return false }
        if bt.kind == .punctuation {
            let s = file.text(before)
            // Kotlin/Scala `catch (e: IOException)`: a typed parameter, not a key.
            if s == "(", let kw = file.previous(before), file.isIdentifier(kw, "catch") { return true }
            if s == "{" || s == "," || s == "(" || s == "[" || s == "-" { return false }
            return true
        }
        if bt.kind == .identifier && (language == .ruby || language == .yaml) { return false }  // render json: x
        return true
    }

    /// Top-level tokens a value may span (a bracketed group is one): no expression in real code comes near it, and
    /// without a cap each `=` of a line like `a=b=c=...` would read the rest of the line.
    static let maxValueSteps = 2048

    /// A value runs to a top-level `,` `;` or newline, or to the enclosing closer.
    private func valueRange(after op: Int, upperBound: Int, language: Language) -> Range<Int> {
        let t = file.tokens
        var i = op + 1
        while i < upperBound && (t[i].kind == .comment) { i += 1 }
        // YAML/Python block values on the next lines.
        let start = i
        var lastSignificant = op
        var steps = 0
        while i < upperBound && steps < CodeModel.maxValueSteps {
            steps += 1
            let tk = t[i]
            if tk.kind == .punctuation {
                // `if let x = y {` / `x := f() {`: a block after the value, not part of it.
                // (In Go, `T{...}` after a type name is a composite literal, so only `) {` ends the value there.)
                if file.isPunct(i, "{") && i > start && [.swift, .go, .rust, .kotlin].contains(language)
                    && ((t[i - 1].kind == .identifier && language != .go) || file.isPunct(i - 1, ")"))
                {
                    break
                }
                if tk.match > Int32(i) {
                    lastSignificant = Int(tk.match)
                    i = Int(tk.match) + 1
                    continue
                }
                if tk.match >= 0 && Int(tk.match) < i { break }  // enclosing closer
                let s = file.text(i)
                // A second `=` starts the next assignment (`a = b = c`): that one reads its own value.
                if s == "," || s == ";" || s == "=" { break }
            }
            // Go `const ( A = "..." <newline> B = "..." )`: inside the group's parentheses the lexer emits no newline,
            // so the next `name =` on a new line ends the value.
            if language == .go, tk.kind == .identifier, i > start, startsNewSpec(i) { break }
            if tk.kind == .newline {
                if i == start {
                    i += 1
                    continue
                }
                let prevText = file.text(lastSignificant)
                let continues =
                    ["+", ".", "(", "=>", "||", "??", "&&", "?", ":", "->", "\\", "await"].contains(prevText) && lastSignificant != op
                let nextTok = file.next(i)
                let nextContinues =
                    nextTok.map { n in
                        [".", "?.", "+", "||", "??", "->", "&&", ")", "]", "}", "?", ":"].contains(file.text(n))
                            && t[n].kind == .punctuation && !(file.isPunct(n, ")") || file.isPunct(n, "]") || file.isPunct(n, "}"))
                    } ?? false
                if !(continues || nextContinues) { break }
            }
            if tk.kind != .newline && tk.kind != .comment { lastSignificant = i }
            i += 1
        }
        budget.spend(steps)
        var end = i
        while end > start && (t[end - 1].kind == .newline || t[end - 1].kind == .comment) { end -= 1 }
        return start..<max(start, end)
    }

    /// A Go `name =` (or `name Type =`) that starts a line: the next spec of a `const (...)` or `var (...)` group.
    private func startsNewSpec(_ i: Int) -> Bool {
        let t = file.tokens
        let bytes = file.source.bytes
        guard i > 0, (t[i - 1].end..<t[i].start).contains(where: { bytes[$0] == 0x0A }), let n = file.next(i) else { return false }
        if file.isPunct(n, "=") { return true }
        return t[n].kind == .identifier && file.next(n).map { file.isPunct($0, "=") } == true
    }

    // MARK: functions

    private func findFunctions(in range: Range<Int>, language: Language, into found: inout [Function]) {
        let t = file.tokens
        for i in range where t[i].kind == .identifier {
            let word = file.text(i)
            var nameTok: Int? = nil
            switch word {
            case "function", "def", "func", "fn", "fun", "sub":
                if let n = file.next(i), t[n].kind == .identifier { nameTok = n }
                // Go `func (c *Client) Collect(...)`: the name follows the receiver.
                if language == .go, let open = file.next(i), file.isPunct(open, "("), t[open].match > Int32(open),
                    let n = file.next(Int(t[open].match)), t[n].kind == .identifier
                {
                    nameTok = n
                }
            default:
                // `const name = (...) => {`, `name(args) {` methods; Kotlin, Swift, Go, Rust, Ruby and Python declare
                // functions with a keyword, so there `repeat(3) {` is a call with a trailing block.
                if !CodeModel.keywordDeclaredLanguages.contains(language), let n = file.next(i), file.isPunct(n, "("), t[n].match >= 0,
                    let after = file.next(Int(t[n].match)).map({ skippingReturnType(skippingThrowsClause($0), language: language) }),
                    file.isPunct(after, "{") || file.isPunct(after, "=>") && ["javascript", "typescript"].contains(language.rawValue)
                        || file.isPunct(after, "=>") && CodeModel.arrowBodiedLanguages.contains(language)
                            && file.previous(i).map({ isReturnTypeEnd($0) }) == true,
                    !CodeModel.keywords.contains(word), let pv = file.previous(i, newlines: true),
                    t[pv].kind == .newline || file.isPunct(pv, "}") || file.isPunct(pv, ";")
                        || ["async", "public", "private", "protected", "static", "override", "suspend"].contains(file.text(pv))
                        || (t[pv].kind == .identifier || file.isPunct(pv, ">") || file.isPunct(pv, "]") || file.isPunct(pv, "?"))
                            && language != .javascript && language != .typescript
                {
                    nameTok = i
                } else if language.isJavaScriptLike, var eq = file.next(i), file.isPunct(eq, "=") || file.isPunct(eq, ":") {
                    // `const name: Type = async () => {`
                    if file.isPunct(eq, ":") {
                        var k = eq
                        while let n = file.next(k, newlines: true), t[n].kind != .newline, !file.isPunct(n, "="), k - eq < 12 { k = n }
                        guard let n = file.next(k), file.isPunct(n, "=") else { continue }
                        eq = n
                    }
                    guard var n = file.next(eq) else { continue }
                    if file.isIdentifier(n, "async"), let n2 = file.next(n) { n = n2 }
                    if file.isPunct(n, "("), t[n].match >= 0, let arrow = file.next(Int(t[n].match)), file.isPunct(arrow, "=>") {
                        nameTok = i
                    }
                }
            }
            guard let nt = nameTok, let body = functionBody(after: nt, language: language, upperBound: range.upperBound, defToken: i) else {
                continue
            }
            found.append(
                Function(
                    name: file.text(nt), nameToken: nt, body: body, decorators: decorators(before: i, language: language),
                    parameters: parameters(after: nt, body: body)))
        }
    }

    /// The token after a Java `throws A, B` clause starting at `k` (or `k` when there is none): where the method's `{` stands.
    private func skippingThrowsClause(_ k: Int) -> Int {
        guard file.isIdentifier(k, "throws") else { return k }
        var j = k
        while let n = file.next(j), n - k < 16, file.tokens[n].kind == .identifier || file.isPunct(n, ",") || file.isPunct(n, ".") { j = n }
        return file.next(j) ?? k
    }

    /// The token after a TypeScript return type (`accessToken(): Promise<string> {`), or `k` when there is none.
    private func skippingReturnType(_ k: Int, language: Language) -> Int {
        guard language == .typescript, file.isPunct(k, ":") else { return k }
        var j = k
        while let n = file.next(j), n - k < 24 {
            if file.isPunct(n, "{") || file.isPunct(n, "=>") { return n }
            if file.isPunct(n, ";") || file.isPunct(n, "=") || file.isPunct(n, ",") || file.isPunct(n, ")") { return k }
            j = file.tokens[n].match > Int32(n) && !file.isPunct(n, "{") ? Int(file.tokens[n].match) : n
        }
        return k
    }

    static let keywordDeclaredLanguages: Set<Language> = [.kotlin, .swift, .go, .rust, .ruby, .python, .php]
    /// Languages with expression-bodied methods after a return type: C# `Task<X> Pay(Body b) => Send(...);`, Dart.
    static let arrowBodiedLanguages: Set<Language> = [.csharp, .dart]

    /// The end of a return type before a method name: `Task<JsonElement>`, `string`, `int[]`, `Order?`.
    private func isReturnTypeEnd(_ k: Int) -> Bool {
        let t = file.tokens
        if t[k].kind == .identifier { return !CodeModel.keywords.contains(file.text(k)) || file.text(k) == "void" }
        return file.isPunct(k, ">") || file.isPunct(k, "]") || file.isPunct(k, "?")
    }

    /// Identifiers of the parameter list after a function's name (`(a, b = 1)`, `= async (a, b) =>`, `(ctx context.Context)`).
    private func parameters(after nameTok: Int, body: Range<Int>) -> [String] {
        var k = nameTok
        var steps = 0
        while let n = file.next(k), n < body.lowerBound, steps < 6 {
            if file.isPunct(n, "("), file.tokens[n].match > Int32(n) {
                return ((n + 1)..<Int(file.tokens[n].match)).filter { file.tokens[$0].kind == .identifier }.map { file.text($0) }
            }
            k = n
            steps += 1
        }
        return []
    }

    private func functionBody(after nameTok: Int, language: Language, upperBound: Int, defToken: Int) -> Range<Int>? {
        let t = file.tokens
        var i = nameTok + 1
        var guardCount = 0
        if language == .python || language == .ruby {
            // Python: body = lines indented deeper than the `def` line; Ruby: up to the matching `end` by indentation too.
            let defColumn = column(Int(firstTokenOfLine[defToken]))
            i = min(upperBound, Int(logicalLineEnd[min(i, t.count - 1)]))
            let start = i
            var j = i
            var end = i
            while j < upperBound {
                if t[j].kind == .newline || t[j].kind == .comment {
                    j += 1
                    continue
                }
                if column(j) <= defColumn {
                    if language == .ruby && file.isIdentifier(j, "end") { end = j + 1 }
                    break
                }
                end = j + 1
                j += 1
                guard budget.spend() else { return nil }
            }
            return start..<end
        }
        while i < upperBound && guardCount < 400 {
            // Kotlin/Scala `fun f(x: T): R = expr`: the body is the expression, up to the end of its line (or the next line).
            if file.isPunct(i, "="), language == .kotlin || language == .groovy { return expressionBody(after: i, upperBound: upperBound) }
            // C#/Dart `Task<X> Pay(Body b) =>\n    Send(...);`: the body is the expression, up to its `;`.
            if file.isPunct(i, "=>"), CodeModel.arrowBodiedLanguages.contains(language) {
                return arrowBody(after: i, upperBound: upperBound)
            }
            if file.isPunct(i, "{") && t[i].match > Int32(i) { return (i + 1)..<Int(t[i].match) }
            if file.isPunct(i, ";") { return nil }
            if t[i].match > Int32(i) { i = Int(t[i].match) }
            i += 1
            guardCount += 1
        }
        return nil
    }

    private func arrowBody(after arrow: Int, upperBound: Int) -> Range<Int> {
        let t = file.tokens
        let start = arrow + 1
        var end = start
        while end < upperBound && !file.isPunct(end, ";") {
            if t[end].match > Int32(end) { end = Int(t[end].match) }
            end += 1
        }
        return start..<min(end, upperBound)
    }

    private func expressionBody(after eq: Int, upperBound: Int) -> Range<Int> {
        let t = file.tokens
        var start = eq + 1
        while start < upperBound && (t[start].kind == .newline || t[start].kind == .comment) { start += 1 }
        var end = start
        while end < upperBound && t[end].kind != .newline {
            if t[end].match > Int32(end) { end = Int(t[end].match) }
            end += 1
        }
        return start..<end
    }

    public func column(_ i: Int) -> Int {
        let start = file.tokens[i].start
        let line = file.source.lines.line(of: start)
        return start - file.source.lines.lineStarts[line - 1]
    }

    /// For each token, the first token of its line: one forward pass, so no query scans a (minified) line backwards.
    private lazy var firstTokenOfLine: [Int32] = {
        var result = [Int32](repeating: 0, count: file.tokens.count)
        var lineStart: Int32 = 0
        for i in file.tokens.indices {
            result[i] = lineStart
            if file.tokens[i].kind == .newline { lineStart = Int32(i + 1) }
        }
        return result
    }()

    /// For each token, the newline ending its logical line (bracketed groups spanning lines are stepped over), or the
    /// token count: one backward pass, so `def f(): def g(): ...` on one line does not scan the line once per `def`.
    private lazy var logicalLineEnd: [Int32] = {
        let t = file.tokens
        var result = [Int32](repeating: Int32(t.count), count: t.count)
        for i in t.indices.reversed() {
            if t[i].kind == .newline {
                result[i] = Int32(i)
                continue
            }
            let next = (t[i].match > Int32(i) ? Int(t[i].match) : i) + 1
            result[i] = next < t.count ? result[next] : Int32(t.count)
        }
        return result
    }()

    private func decorators(before defToken: Int, language: Language) -> [String] {
        var result: [String] = []
        // Skip the rest of the declaration line (`public async`, `public Map<String, Object>`).
        var j = Int(firstTokenOfLine[defToken]) - 1
        var lines = 0
        while j >= 0 && lines < 8 {
            let tk = file.tokens[j]
            if tk.kind == .newline || tk.kind == .comment {
                if tk.kind == .newline { lines += 1 }
                j -= 1
                continue
            }
            let s = Int(firstTokenOfLine[j])
            if file.isPunct(s, "@") || (file.isPunct(s, "[") && language == .csharp)
                || (file.tokens[s].kind == .identifier && file.text(s).hasPrefix("#["))
            {
                var chain: [String] = []
                var k = s + 1
                while k <= j && chain.count < CodeModel.maxChainLength && (file.tokens[k].kind == .identifier || file.isPunct(k, ".")) {
                    if file.tokens[k].kind == .identifier { chain.append(file.text(k)) }
                    k += 1
                }
                result.append(chain.joined(separator: "."))
                j = s - 1
                continue
            }
            break
        }
        return result
    }

    // MARK: queries

    lazy var blockTreeStorage = BlockTree(file)

    /// For each token, the index (into `calls`) of the innermost call whose arguments contain it; built once, O(n).
    private lazy var innermostCallIndex: [Int32] = {
        var result = [Int32](repeating: -1, count: file.tokens.count)
        // One sweep in token order with a stack of open calls: each token is written once, however deep the nesting.
        let order = calls.indices.sorted {
            calls[$0].args.lowerBound != calls[$1].args.lowerBound
                ? calls[$0].args.lowerBound < calls[$1].args.lowerBound
                : calls[$0].args.count > calls[$1].args.count
        }
        var open: [Int] = []
        var next = 0
        for i in result.indices {
            while let top = open.last, calls[top].args.upperBound <= i { open.removeLast() }
            while next < order.count && calls[order[next]].args.lowerBound <= i {
                let k = order[next]
                next += 1
                // Ranges that are not nested (command calls cut short) leave the enclosing one where they end.
                if !calls[k].args.isEmpty && calls[k].args.upperBound > i { open.append(k) }
            }
            while let top = open.last, calls[top].args.upperBound <= i { open.removeLast() }
            if let top = open.last { result[i] = Int32(top) }
        }
        return result
    }()
    private lazy var callByNameToken: [Int: Int] = Dictionary(
        calls.enumerated().map { ($0.element.nameToken, $0.offset) }, uniquingKeysWith: { a, _ in a })

    /// The innermost call whose arguments contain token `i`.
    public func innermostCall(containing i: Int) -> Call? {
        innermostCallIndex(containing: i).map { calls[$0] }
    }

    /// Index into `calls` of the innermost call whose arguments contain token `i`.
    public func innermostCallIndex(containing i: Int) -> Int? {
        guard i >= 0, i < file.tokens.count else { return nil }
        let k = innermostCallIndex[i]
        return k >= 0 ? Int(k) : nil
    }

    /// The calls whose arguments contain token `i`, innermost first.
    public func enclosingCalls(of i: Int) -> [Call] {
        var out: [Call] = []
        var cur = innermostCall(containing: i)
        while let c = cur, out.count < 64 {
            out.append(c)
            cur = innermostCall(containing: c.firstToken)
        }
        return out
    }

    /// The call named at token `i`, if any.
    public func call(namedAt i: Int) -> Call? { callByNameToken[i].map { calls[$0] } }

    /// The innermost function whose body contains token `i`.
    public func enclosingFunction(of i: Int) -> Function? {
        var best: Function? = nil
        for f in functions where f.body.contains(i) {
            if best == nil || f.body.count < best!.body.count { best = f }
        }
        return best
    }

    /// The assignment binding of `name` that is in force at token `i` (the latest before it), or the latest in the file.
    public func assignment(named name: String, before i: Int? = nil) -> Binding? {
        guard let idx = bindingIndex.assignmentsByName[CodeModel.normalize(name)] else { return nil }
        guard let i = i else { return bindings[idx.last!] }
        // Binary search: the last assignment whose name comes before `i` (indices are in token order).
        var lo = 0, hi = idx.count - 1, found = -1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if bindings[idx[mid]].nameToken < i {
                found = mid
                lo = mid + 1
            } else {
                hi = mid - 1
            }
        }
        return found >= 0 ? bindings[idx[found]] : nil
    }

    /// The assignment of `name` in force at token `i` inside `scope` (a function body): names resolve within their function.
    public func assignment(named name: String, before i: Int, within scope: Range<Int>) -> Binding? {
        guard let b = assignment(named: name, before: i), scope.contains(b.nameToken) else { return nil }
        return b
    }

    /// The binding whose value starts at token `i` (used to walk from an object literal to its key).
    public func binding(valueStartingAt i: Int) -> Binding? { bindingIndex.byValueStart[i].map { bindings[$0] } }

    private lazy var keysByContainer: [Int: [Int]] = {
        var d: [Int: [Int]] = [:]
        for (k, b) in bindings.enumerated() where b.kind == .key { if let c = b.container { d[c, default: []].append(k) } }
        return d
    }()
    private lazy var bindingsByNameToken: [Int: [Int]] = {
        var d: [Int: [Int]] = [:]
        for (k, b) in bindings.enumerated() { d[b.nameToken, default: []].append(k) }
        return d
    }()
    private lazy var callsByFirstToken: [Int: [Int]] = {
        var d: [Int: [Int]] = [:]
        for (k, c) in calls.enumerated() { d[c.firstToken, default: []].append(k) }
        return d
    }()

    public func keys(inLiteralAt open: Int) -> [Binding] { (keysByContainer[open] ?? []).map { bindings[$0] } }

    /// Key bindings whose names sit inside a token range (keyword arguments and option keys of a call).
    public func keyBindings(in r: Range<Int>) -> [Binding] {
        r.flatMap { bindingsByNameToken[$0] ?? [] }.map { bindings[$0] }.filter { $0.kind == .key }
    }

    /// Calls chained on the same receiver: `client.post(url).json(&body)` shares its first token.
    public func calls(startingAt first: Int) -> [Call] { (callsByFirstToken[first] ?? []).map { calls[$0] } }

    /// The string a token range evaluates to when it is built from literals, `+`/`.` concatenation,
    /// interpolation and same-file constants; unknown parts become `\u{FFFC}`. Nil when nothing is literal.
    public func stringValue(_ r: Range<Int>, depth: Int = 0) -> String? {
        guard depth < 6, !r.isEmpty else { return nil }
        if let built = builtURLValue(r, depth: depth) { return built }
        var out = ""
        var anyLiteral = false
        var i = r.lowerBound
        while i < r.upperBound {
            let tk = file.tokens[i]
            switch tk.kind {
            case .string:
                let lit = file.strings[Int(tk.literal)]
                for p in lit.parts {
                    switch p {
                    case .text(let s): out += s
                    case .hole(let h):
                        out += holeValue(h, depth: depth) ?? "\u{FFFC}"
                    }
                }
                anyLiteral = true
                // Skip the hole tokens that follow the string token.
                var j = i + 1
                while j < r.upperBound && file.tokens[j].start < tk.end { j += 1 }
                i = j
                continue
            case .identifier:
                // `settings.DOLLR_BASE_URL`, `self.base` : resolve the last name of a member chain.
                var j = i
                while j + 2 < r.upperBound && (file.isPunct(j + 1, ".") || file.isPunct(j + 1, "::") || file.isPunct(j + 1, "->"))
                    && file.tokens[j + 2].kind == .identifier
                { j += 2 }
                if j + 1 < r.upperBound && file.isPunct(j + 1, "(") {  // a call: unknown, unless it formats or joins a URL
                    let end = Int(file.tokens[j + 1].match >= 0 ? file.tokens[j + 1].match : Int32(j + 1)) + 1
                    if let built = builtURLValue(i..<min(end, r.upperBound), depth: depth) {
                        out += built
                        anyLiteral = true
                    } else {
                        out += "\u{FFFC}"
                    }
                    i = end
                    continue
                }
                if let s = resolveIdentifier(j, depth: depth, member: j > i) {
                    out += s
                    anyLiteral = true
                } else {
                    out += "\u{FFFC}"
                }
                i = j + 1
                continue
            case .punctuation:
                let s = file.text(i)
                if s == "+" || s == "." || s == "..", true {} else if s == "(" || s == ")" {} else { out += "\u{FFFC}" }
            case .newline, .comment: break
            default: out += "\u{FFFC}"
            }
            i += 1
        }
        return anyLiteral ? out : nil
    }

    /// A hole naming a value: `${base}`, or a property of the object itself (`${this.baseUrl}`, `{self.base_url}`).
    private func holeValue(_ h: Range<Int>, depth: Int) -> String? {
        guard let last = h.last, file.tokens[last].kind == .identifier else { return nil }
        if h.count == 1 { return resolveIdentifier(last, depth: depth) }
        guard h.count == 3, ["this", "self"].contains(file.text(h.lowerBound)), file.isPunct(h.lowerBound + 1, ".") else { return nil }
        return resolveIdentifier(last, depth: depth, member: true)
    }

    private func resolveIdentifier(_ i: Int, depth: Int, member: Bool = false) -> String? {
        guard let b = assignment(reading: i, member: member), b.nameToken != i, !b.value.contains(i) else { return nil }
        return stringValue(b.value, depth: depth + 1)
    }

    /// The assignment a name read at token `i` refers to. A member (`self.base_url`) or a name assigned once: that
    /// assignment. A local assigned in several functions (`url = ...` in `execute` and in `status`): the latest before
    /// `i` in the function that reads it, else one outside every function that does not hold `i`; never another
    /// function's local.
    func assignment(reading i: Int, member: Bool) -> Binding? {
        let name = file.text(i)
        guard let idx = bindingIndex.assignmentsByName[CodeModel.normalize(name)] else { return nil }
        if member || idx.count == 1 { return bindings[idx.last!] }
        guard let f = enclosingFunction(of: i) else { return bindings[idx.last!] }
        if let b = assignment(named: name, before: i, within: f.body) { return b }
        for k in idx.reversed().prefix(32) {
            let b = bindings[k]
            if enclosingFunction(of: b.nameToken).map({ $0.body.contains(i) }) ?? true { return b }
        }
        return nil
    }
}
