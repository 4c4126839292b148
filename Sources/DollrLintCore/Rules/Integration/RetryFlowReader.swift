/// Follows HTTP statuses through the statements of a retry region (a retry loop, a retried function, a callback handed
/// to a retry helper): which statuses leave the region and which run it again. Branches are read in order, each taking
/// the statuses its condition holds for (`if r.ok: return`, `if status >= 500: continue`, `raise_for_status()`), so
/// `if r.ok: return` followed by a sleep retries every non-2xx, while `if r.status_code < 500: return` retries only 5xx.
struct RetryFlowReader {
    /// How a region treats an exception: a loop ends on it (unless a handler in the loop swallows it), a retried
    /// function or callback runs again on it.
    enum Kind { case loop, retriedOnThrow }

    /// A place where the status decides the path: a condition, or a call that throws on 4xx/5xx.
    struct StatusTest {
        let token: Int
        let statuses: Set<Int>
    }

    struct Outcome {
        var retried: Set<Int> = []
        var fellThrough: Set<Int> = []
        var tests: [StatusTest] = []
        /// Statuses that reached a 401 branch which refreshes the token.
        var refreshed: Set<Int> = []
    }

    let file: LexedFile
    let model: CodeModel
    let conditions: HTTPStatusConditionReader
    let kind: Kind
    let language: Language

    static let exitWords: Set<String> = ["return", "break", "raise", "throw", "exit", "abort", "fail", "panic", "bail"]
    static let retryWords: Set<String> = ["continue", "next", "retry", "redo"]
    /// Calls that throw on every status from 400 up.
    static let throwingCalls: Set<String> = [
        "raiseforstatus", "ensuresuccessstatuscode", "errorforstatus", "throw", "throwifclienterror",
        "raiseforstatus!", "throwunlessstatus",
    ]
    /// Exceptions that stop a retry helper (p-retry `AbortError`, async-retry `bail`, Go backoff `Permanent`).
    static let stopRetryWords: Set<String> = [
        "aborterror", "bail", "permanent", "nonretryableerror", "stopretry", "nonretriable",
        "nonretryable", "permanenterror", "donotretry", "unrecoverableerror",
    ]
    static let nestedScopeWords: Set<String> = [
        "for", "while", "def", "function", "func", "fn", "fun", "class", "loop", "foreach", "until",
    ]
    static let handlerWords: Set<String> = ["except", "catch", "rescue", "finally", "ensure"]
    static let branchWords: Set<String> = ["if", "elif", "elsif", "unless", "guard", "else"]

    init(file: LexedFile, model: CodeModel, kind: Kind, language: Language) {
        self.file = file
        self.model = model
        self.conditions = HTTPStatusConditionReader(file: file)
        self.kind = kind
        self.language = language
    }

    var usesIndentation: Bool { language == .python || language == .ruby }

    /// Follows the statuses in `incoming` through `body`.
    func follow(_ body: Range<Int>, _ incoming: Set<Int>, depth: Int = 0) -> Outcome {
        var out = Outcome()
        var remaining = incoming
        guard depth < 8 else {
            out.fellThrough = remaining
            return out
        }
        var i = body.lowerBound
        var chainIncoming: Set<Int> = []
        var chainFell: Set<Int> = []
        var inChain = false
        func endChain() {
            if inChain { remaining = chainIncoming.union(chainFell) }
            inChain = false
        }
        while i < body.upperBound {
            let t = file.tokens[i]
            if t.kind == .identifier {
                let w = file.text(i)
                if RetryFlowReader.branchWords.contains(w) && isStatementStart(i) {
                    let isContinuation = w == "elif" || w == "elsif" || w == "else"
                    if !isContinuation {
                        endChain()
                        chainIncoming = remaining
                        chainFell = []
                        inChain = true
                    }
                    guard let branch = branchParts(at: i, upperBound: body.upperBound) else {
                        i += 1
                        continue
                    }
                    var entering: Set<Int>
                    let tested = branch.condition.isEmpty ? nil : conditions.statuses(branch.condition)
                    if w == "else" && branch.condition.isEmpty {
                        entering = chainIncoming
                    } else if let set = tested {
                        entering = chainIncoming.intersection(
                            w == "unless" || w == "guard" ? HTTPStatusConditionReader.samples.subtracting(set) : set)
                        if let first = branch.condition.first { out.tests.append(StatusTest(token: first, statuses: entering)) }
                    } else {
                        // Not a status test: statuses may go either way; only what the body decides about them counts.
                        let sub = follow(branch.body, chainIncoming, depth: depth + 1)
                        out.retried.formUnion(sub.retried)
                        out.tests.append(contentsOf: sub.tests)
                        out.refreshed.formUnion(sub.refreshed)
                        i = max(branch.end, i + 1)
                        continue
                    }
                    chainIncoming.subtract(entering)
                    let sub = follow(branch.body, entering, depth: depth + 1)
                    out.retried.formUnion(sub.retried)
                    out.tests.append(contentsOf: sub.tests)
                    out.refreshed.formUnion(sub.refreshed)
                    if entering.contains(401), refreshesToken(branch.body) { out.refreshed.insert(401) }
                    chainFell.formUnion(sub.fellThrough)
                    i = max(branch.end, i + 1)
                    continue
                }
                endChain()
                if isStatementStart(i),
                    let arms = (w == "when" && language == .kotlin || w == "match" && language == .rust)
                        ? armsChain(at: i, upperBound: body.upperBound)
                        : (w == "switch" && !usesIndentation
                            ? switchCases(at: i, upperBound: body.upperBound)
                            : (w == "case" && language == .ruby ? rubyCaseArms(at: i) : nil))
                {
                    // Kotlin `when { cond -> ... }` / `when (status) { 429 -> ... }`, Rust `match status { X => ... }`,
                    // `switch (res.status) { case 429: ... }`.
                    var incomingArms = remaining
                    var fell: Set<Int> = []
                    var sawElse = false
                    for arm in arms.arms {
                        let entering: Set<Int>
                        if arm.isElse {
                            entering = incomingArms
                            sawElse = true
                        } else if let set = arm.statuses {
                            entering = incomingArms.intersection(set)
                            out.tests.append(StatusTest(token: arm.condition.lowerBound, statuses: entering))
                        } else {
                            let sub = follow(arm.body, incomingArms, depth: depth + 1)
                            out.retried.formUnion(sub.retried)
                            out.tests.append(contentsOf: sub.tests)
                            continue
                        }
                        incomingArms.subtract(entering)
                        let sub = follow(arm.body, entering, depth: depth + 1)
                        out.retried.formUnion(sub.retried)
                        out.tests.append(contentsOf: sub.tests)
                        out.refreshed.formUnion(sub.refreshed)
                        if entering.contains(401), refreshesToken(arm.body) { out.refreshed.insert(401) }
                        fell.formUnion(sub.fellThrough)
                    }
                    remaining = sawElse ? fell : fell.union(incomingArms)
                    i = max(arms.end, i + 1)
                    continue
                }
                if RetryFlowReader.handlerWords.contains(w) && isStatementStart(i) || (w == "catch" && isCatchChain(i)) {
                    i = max(blockEnd(after: i, upperBound: body.upperBound), i + 1)
                    continue
                }
                if RetryFlowReader.nestedScopeWords.contains(w) && isStatementStart(i) {
                    i = max(blockEnd(after: i, upperBound: body.upperBound), i + 1)
                    continue
                }
                if let outcome = terminator(at: i) {
                    // `return restTemplate.postForObject(...)`: the call throws before the return happens.
                    if let thrower = (i..<lineEnd(i)).first(where: { file.tokens[$0].kind == .identifier && isThrowingCall($0) }) {
                        let raised = remaining.filter { $0 >= 400 }
                        out.tests.append(StatusTest(token: thrower, statuses: raised))
                        apply(.raise, raised, at: thrower, &out)
                        remaining.subtract(raised)
                    }
                    // Ruby/Python postfix: `raise Error if res.status >= 400`, `return x unless res.success?`.
                    if let (modifier, condition) = postfixCondition(after: i), let set = conditions.statuses(condition) {
                        let entering = remaining.intersection(
                            modifier == "unless" ? HTTPStatusConditionReader.samples.subtracting(set) : set)
                        out.tests.append(StatusTest(token: condition.lowerBound, statuses: entering))
                        apply(outcome, entering, at: i, &out)
                        remaining.subtract(entering)
                        i = condition.upperBound
                        continue
                    }
                    apply(outcome, remaining, at: i, &out)
                    remaining = []
                    break
                }
                if isThrowingCall(i) {
                    let raised = remaining.filter { $0 >= 400 }
                    out.tests.append(StatusTest(token: i, statuses: raised))
                    apply(.raise, raised, at: i, &out)
                    remaining.subtract(raised)
                }
            } else if t.kind == .punctuation, file.isPunct(i, "=>") || file.isPunct(i, "->") && !usesIndentation {
                // A function literal inside the region runs later, not on this path.
                if let n = file.next(i), file.isPunct(n, "{"), file.tokens[n].match > Int32(n) {
                    i = Int(file.tokens[n].match) + 1
                    continue
                }
            }
            i += 1
        }
        endChain()
        out.fellThrough = remaining
        return out
    }

    enum Terminator { case exit, retry, raise, stop }

    /// Clients that throw on every status from 400 up: axios, RestTemplate, `raise_for_status()`, `EnsureSuccessStatusCode()`.
    static let restTemplateMethods: Set<String> = ["postforobject", "postforentity", "getforobject", "getforentity", "exchange"]

    func isThrowingCall(_ i: Int) -> Bool {
        let w = CodeModel.normalize(file.text(i))
        guard let n = file.next(i) else { return false }
        let isMember = file.previous(i).map { file.isPunct($0, ".") || file.isPunct($0, "->") || file.isPunct($0, "?.") } ?? false
        if file.isPunct(n, "("), isMember, RetryFlowReader.throwingCalls.contains(w) || RetryFlowReader.restTemplateMethods.contains(w) {
            return true
        }
        // `axios.post(...)`, `axios(...)`: axios rejects every non-2xx unless told otherwise.
        return w == "axios" && !isMember && (file.isPunct(n, "(") || file.isPunct(n, "."))
    }

    func apply(_ outcome: Terminator, _ statuses: Set<Int>, at i: Int, _ out: inout Outcome) {
        switch outcome {
        case .retry: out.retried.formUnion(statuses)
        case .exit, .stop: break
        case .raise:
            if let passed = handlerOutcome(i, statuses) {
                out.retried.formUnion(passed)
            } else if kind == .retriedOnThrow {
                out.retried.formUnion(statuses)
            }
        }
    }

    func terminator(at i: Int) -> Terminator? {
        let w = file.text(i)
        guard isStatementStart(i) || w == "raise" || w == "throw" else { return nil }
        if RetryFlowReader.retryWords.contains(w) {
            // `next` is Ruby's continue only; elsewhere it is a name.
            if w == "next" && language != .ruby { return nil }
            if w == "retry" && language != .ruby { return nil }
            return .retry
        }
        guard RetryFlowReader.exitWords.contains(w) else { return nil }
        let statementEnd = lineEnd(i)
        let words = (i..<statementEnd).map { CodeModel.normalize(file.text($0)) }
        if words.contains(where: RetryFlowReader.stopRetryWords.contains) { return .stop }
        if w == "raise" || w == "throw" || w == "panic" || w == "fail" { return .raise }
        if w == "return" && language == .go && kind == .retriedOnThrow {
            // A Go retry callback retries on a non-nil error: `return err`, `return fmt.Errorf(...)`.
            if let n = file.next(i),
                !file.isIdentifier(n, "nil") && (words.contains("err") || words.contains("errorf") || words.contains("new"))
            {
                return .raise
            }
        }
        return .exit
    }

    /// Whether a statement starts at token `i`.
    func isStatementStart(_ i: Int) -> Bool {
        guard let p = file.previous(i, newlines: true) else { return true }
        if file.tokens[p].kind == .newline || file.isPunct(p, ";") || file.isPunct(p, "{") || file.isPunct(p, "}") || file.isPunct(p, ":") {
            return true
        }
        // `if (res.status < 500) return res.json();`: the statement after a brace-less condition.
        if file.isPunct(p, ")"), file.tokens[p].match >= 0, let keyword = file.previous(Int(file.tokens[p].match)),
            file.isIdentifier(keyword, "if") || file.isIdentifier(keyword, "while") || file.isIdentifier(keyword, "for")
        {
            return true
        }
        // The body of a Kotlin `when` arm (`429 -> return null`) or a Rust `match` arm.
        if language == .kotlin && file.isPunct(p, "->") || language == .rust && file.isPunct(p, "=>") { return true }
        // `} else if`, `else if`, Ruby `then`.
        return file.isIdentifier(p, "else") || file.isIdentifier(p, "then") || file.isIdentifier(p, "do")
    }

    func isCatchChain(_ i: Int) -> Bool {
        file.previous(i).map { file.isPunct($0, "}") || file.isPunct($0, ".") } ?? false
    }

    func lineEnd(_ i: Int) -> Int {
        var k = i
        while k < file.tokens.count, file.tokens[k].kind != .newline, !file.isPunct(k, ";") {
            if file.tokens[k].match > Int32(k) { k = Int(file.tokens[k].match) }
            k += 1
        }
        return k
    }

    /// `raise X if cond` / `return y unless cond`: the modifier and its condition.
    func postfixCondition(after i: Int) -> (String, Range<Int>)? {
        guard language == .ruby || language == .python || language == .php else { return nil }
        let end = lineEnd(i)
        var k = i + 1
        while k < end {
            if file.isIdentifier(k, "if") || file.isIdentifier(k, "unless") { return (file.text(k), (k + 1)..<end) }
            if file.tokens[k].match > Int32(k) { k = Int(file.tokens[k].match) }
            k += 1
        }
        return nil
    }

    struct Branch {
        let condition: Range<Int>
        let body: Range<Int>
        let end: Int
    }

    /// The condition and body of the branch starting at `i` (`if`, `elif`, `else if`, `unless`, `guard ... else`).
    func branchParts(at i: Int, upperBound: Int) -> Branch? {
        var start = i + 1
        if file.isIdentifier(i, "else"), let n = file.next(i), file.isIdentifier(n, "if") { start = n + 1 }
        let isElse = file.isIdentifier(i, "else") && start == i + 1
        if usesIndentation {
            let end = lineEnd(i)
            var condEnd = end
            if language == .python {
                // The condition ends at the colon that opens the body.
                var k = start
                while k < end {
                    if file.isPunct(k, ":") {
                        condEnd = k
                        break
                    }
                    if file.tokens[k].match > Int32(k) { k = Int(file.tokens[k].match) }
                    k += 1
                }
                if condEnd < end, let n = file.next(condEnd), n < end {
                    // `if x: return y` on one line.
                    return Branch(condition: isElse ? start..<start : start..<condEnd, body: n..<end, end: end)
                }
            } else if let then = (start..<end).first(where: { file.isIdentifier($0, "then") }) {
                condEnd = then
            }
            let body = indentedBody(after: i, lineEnd: end, upperBound: upperBound)
            return Branch(condition: isElse ? start..<start : start..<condEnd, body: body, end: body.upperBound)
        }
        // Braces: `if (cond) {`, `if cond {`, `guard cond else {`, or a single statement after `if (cond)`.
        var k = start
        var condEnd = start
        if let open = file.next(i, newlines: false), !isElse, file.isPunct(open, "("), file.tokens[open].match > Int32(open) {
            let close = Int(file.tokens[open].match)
            let inner = (open + 1)..<close
            k = close + 1
            condEnd = close
            // The body may start on the next line (Allman braces, or a single statement under the condition).
            guard let after = file.next(close) else { return nil }
            if file.isPunct(after, "{"), file.tokens[after].match > Int32(after) {
                let closeBrace = Int(file.tokens[after].match)
                return Branch(condition: inner, body: (after + 1)..<closeBrace, end: closeBrace + 1)
            }
            let end = lineEnd(after)
            return Branch(condition: inner, body: after..<end, end: end)
        }
        var steps = 0
        while k < upperBound && steps < 200 {
            if file.isPunct(k, "{") && file.tokens[k].match > Int32(k) {
                // `guard cond else {`: the condition ends before `else`.
                if let p = file.previous(k), file.isIdentifier(p, "else"), file.isIdentifier(i, "guard") {
                    condEnd = p
                } else {
                    condEnd = k
                }
                let close = Int(file.tokens[k].match)
                return Branch(condition: isElse ? start..<start : start..<condEnd, body: (k + 1)..<close, end: close + 1)
            }
            if file.tokens[k].match > Int32(k) { k = Int(file.tokens[k].match) }
            k += 1
            steps += 1
        }
        return nil
    }

    struct Arm {
        let condition: Range<Int>
        /// The statuses the arm takes, nil when it does not test a status.
        let statuses: Set<Int>?
        let isElse: Bool
        let body: Range<Int>
    }

    /// The subject tokens of a `when`/`match`/`switch` at `i` (parentheses and newlines left out) and its block's braces.
    private func subjectAndBlock(at i: Int, upperBound: Int) -> (subject: [Int], open: Int, close: Int)? {
        var k = i + 1
        var steps = 0
        while k < upperBound, !file.isPunct(k, "{"), steps < 40 {
            if file.tokens[k].match > Int32(k) { k = Int(file.tokens[k].match) }
            k += 1
            steps += 1
        }
        guard k < upperBound, file.isPunct(k, "{"), file.tokens[k].match > Int32(k) else { return nil }
        let subject = ((i + 1)..<k).filter { !file.isPunct($0, "(") && !file.isPunct($0, ")") && file.tokens[$0].kind != .newline }
        return (subject, k, Int(file.tokens[k].match))
    }

    /// The arms of a Kotlin `when` or a Rust `match` at `i`: each condition (or value of the subject) and its body.
    func armsChain(at i: Int, upperBound: Int) -> (arms: [Arm], end: Int)? {
        guard let (subject, k, close) = subjectAndBlock(at: i, upperBound: upperBound) else { return nil }
        let onStatus = !subject.isEmpty && conditions.mentionsStatus(subject)
        var arms: [Arm] = []
        var e = k + 1
        while e < close {
            if file.tokens[e].kind == .newline || file.tokens[e].kind == .comment || file.isPunct(e, ",") || file.isPunct(e, ";") {
                e += 1
                continue
            }
            // The arrow that ends the condition.
            var a = e
            while a < close, !file.isPunct(a, "->"), !file.isPunct(a, "=>") {
                if file.tokens[a].match > Int32(a) { a = Int(file.tokens[a].match) }
                a += 1
            }
            guard a < close, let start = file.next(a), start < close else { break }
            let condition = e..<a
            let isElse = condition.count == 1 && (file.isIdentifier(e, "else") || file.isIdentifier(e, "_"))
            let body: Range<Int>
            if file.isPunct(start, "{"), file.tokens[start].match > Int32(start) {
                body = (start + 1)..<Int(file.tokens[start].match)
                e = Int(file.tokens[start].match) + 1
            } else {
                var end = start
                while end < close, file.tokens[end].kind != .newline, !file.isPunct(end, ";"), !file.isPunct(end, ",") {
                    if file.tokens[end].match > Int32(end) { end = Int(file.tokens[end].match) }
                    end += 1
                }
                body = start..<end
                e = end
            }
            let statuses = isElse ? nil : (subject.isEmpty ? conditions.statuses(condition) : (onStatus ? armValues(condition) : nil))
            arms.append(Arm(condition: condition, statuses: statuses, isElse: isElse, body: body))
        }
        return (arms, close + 1)
    }

    /// The cases of a `switch (res.status) { case 422: ... }` at `i` (JavaScript, Java, C#, PHP, Go, Swift, Dart): stacked
    /// labels share the body that follows them, and a `break` ends the switch, not the loop around it. Nil unless the
    /// subject is a status.
    func switchCases(at i: Int, upperBound: Int) -> (arms: [Arm], end: Int)? {
        guard let (subject, k, close) = subjectAndBlock(at: i, upperBound: upperBound) else { return nil }
        guard !subject.isEmpty, conditions.mentionsStatus(subject) else { return nil }
        // The labels at the top level of the switch body: `case ...:` / `default:` (or Java's `case ... ->`).
        var labels: [(keyword: Int, colon: Int)] = []
        var e = k + 1
        while e < close {
            if (file.isIdentifier(e, "case") || file.isIdentifier(e, "default")) && isStatementStart(e) {
                var c = e + 1
                while c < close, !file.isPunct(c, ":"), !file.isPunct(c, "->") {
                    if file.tokens[c].match > Int32(c) { c = Int(file.tokens[c].match) }
                    c += 1
                }
                guard c < close else { return nil }
                labels.append((e, c))
                e = c + 1
                continue
            }
            if file.tokens[e].match > Int32(e) { e = Int(file.tokens[e].match) }
            e += 1
        }
        var arms: [Arm] = []
        var pending: [Range<Int>] = []
        var pendingElse = false
        for (n, label) in labels.enumerated() {
            let bodyEnd = n + 1 < labels.count ? labels[n + 1].keyword : close
            var body = (label.colon + 1)..<bodyEnd
            if file.isIdentifier(label.keyword, "default") { pendingElse = true } else { pending.append((label.keyword + 1)..<label.colon) }
            // Stacked labels (`case 200: case 201: return ...`) share the next body.
            guard body.contains(where: { file.tokens[$0].kind != .newline && file.tokens[$0].kind != .comment }) else { continue }
            // A `break` ends the switch: what follows it in the case never runs.
            var b = body.lowerBound
            while b < body.upperBound {
                if file.isIdentifier(b, "break") && isStatementStart(b) {
                    body = body.lowerBound..<b
                    break
                }
                if file.tokens[b].match > Int32(b) { b = Int(file.tokens[b].match) }
                b += 1
            }
            if pendingElse {
                arms.append(Arm(condition: label.keyword..<label.colon, statuses: nil, isElse: true, body: body))
            } else {
                var set: Set<Int>? = []
                for values in pending { set = set.flatMap { s in armValues(values).map { s.union($0) } } }
                let condition = (pending.first?.lowerBound ?? label.keyword)..<label.colon
                arms.append(Arm(condition: condition, statuses: set, isElse: false, body: body))
            }
            pending = []
            pendingElse = false
        }
        return (arms, close + 1)
    }

    /// The branches of a Ruby `case res.status` at `i`: each `when 422, 409` (or `when 500..599 then ...`) and `else`,
    /// as the block tree cuts them. Nil unless the subject is a status.
    func rubyCaseArms(at i: Int) -> (arms: [Arm], end: Int)? {
        let blocks = model.blocks.blocks
        guard let c = blocks.firstIndex(where: { $0.keyword == .case && $0.header.lowerBound == i }) else { return nil }
        let subject = blocks[c].header.filter { $0 != i && file.tokens[$0].kind != .newline }
        guard !subject.isEmpty, conditions.mentionsStatus(subject) else { return nil }
        var arms: [Arm] = []
        var current = c
        var end = blocks[c].body.upperBound
        var k = c + 1
        while k < blocks.count, blocks[k].header.lowerBound <= end + 2 {
            defer { k += 1 }
            guard blocks[k].previous == current, [.when, .else].contains(blocks[k].keyword) else { continue }
            let header = blocks[k].header
            var body = blocks[k].body
            if let first = body.first, file.isIdentifier(first, "then") { body = (first + 1)..<body.upperBound }
            let condition = (header.lowerBound + 1)..<header.upperBound
            if blocks[k].keyword == .else {
                arms.append(Arm(condition: condition, statuses: nil, isElse: true, body: body))
            } else {
                arms.append(Arm(condition: condition, statuses: armValues(condition), isElse: false, body: body))
            }
            current = k
            end = blocks[k].body.upperBound
        }
        guard !arms.isEmpty else { return nil }
        // The `end` that closes the case.
        return (arms, end + 1)
    }

    /// The statuses an arm of a `when (status)` / `match status` takes: `429`, `HttpStatusCode.TooManyRequests, 503`,
    /// `in 500..599`, `500..=599`, `s if s.is_server_error()`.
    func armValues(_ condition: Range<Int>) -> Set<Int>? {
        if let guardWord = condition.first(where: { file.isIdentifier($0, "if") }) {
            return conditions.statuses((guardWord + 1)..<condition.upperBound)
        }
        var result = Set<Int>()
        var part: [Int] = []
        func take() -> Bool {
            defer { part = [] }
            // A relational pattern (`case >= 500:`) is not a value.
            if let first = part.first, file.tokens[first].kind == .punctuation, [">", ">=", "<", "<="].contains(file.text(first)) {
                return false
            }
            let numbers = part.compactMap { k -> Int? in
                file.tokens[k].kind == .number ? Int(file.text(k).replacingOccurrences(of: "_", with: "")) : nil
            }
            if numbers.count == 2, part.contains(where: { file.isPunct($0, "..") || file.isPunct($0, "..=") || file.isPunct($0, "...") }) {
                result.formUnion(HTTPStatusConditionReader.samples.filter { $0 >= numbers[0] && $0 <= numbers[1] })
                return true
            }
            if numbers.count == 2, part.contains(where: { file.isPunct($0, "..<") }) {
                result.formUnion(HTTPStatusConditionReader.samples.filter { $0 >= numbers[0] && $0 < numbers[1] })
                return true
            }
            guard let code = conditions.codeValue(part.filter { !file.isIdentifier($0, "in") }) else { return false }
            result.insert(code)
            return true
        }
        for k in condition where file.tokens[k].kind != .newline && file.tokens[k].kind != .comment {
            if file.isPunct(k, ",") || file.isPunct(k, "|") {
                guard take() else { return nil }
            } else {
                part.append(k)
            }
        }
        guard take() else { return nil }
        return result
    }

    /// Lines after `lineEnd` indented deeper than the line of token `i` (Python and Ruby bodies).
    func indentedBody(after i: Int, lineEnd: Int, upperBound: Int) -> Range<Int> {
        let column = model.column(lineFirstToken(i))
        var k = lineEnd
        var end = lineEnd
        while k < upperBound {
            let t = file.tokens[k]
            if t.kind == .newline || t.kind == .comment {
                k += 1
                continue
            }
            if model.column(k) <= column { break }
            end = k + 1
            if t.match > Int32(k) { k = Int(t.match) }
            k += 1
            end = max(end, k)
        }
        return lineEnd..<min(end, upperBound)
    }

    func lineFirstToken(_ i: Int) -> Int {
        var k = i
        while k > 0 && file.tokens[k - 1].kind != .newline { k -= 1 }
        return k
    }

    /// The end of the block a keyword opens (`for ... {`, `def f():`, `catch (e) {`), for skipping it.
    func blockEnd(after i: Int, upperBound: Int) -> Int {
        if usesIndentation {
            let end = lineEnd(i)
            return indentedBody(after: i, lineEnd: end, upperBound: upperBound).upperBound
        }
        var k = i + 1
        var steps = 0
        while k < upperBound && steps < 200 {
            if file.isPunct(k, "{") && file.tokens[k].match > Int32(k) { return Int(file.tokens[k].match) + 1 }
            if file.isPunct(k, ";") { return k + 1 }
            if file.tokens[k].match > Int32(k) { k = Int(file.tokens[k].match) }
            k += 1
            steps += 1
        }
        return k
    }

    /// What a handler around `i` (inside the region) does with an exception thrown there for `statuses`: nil when no
    /// handler catches it, else the statuses it sends round again (a loop's handler that neither returns nor rethrows).
    func handlerOutcome(_ i: Int, _ statuses: Set<Int>) -> Set<Int>? {
        for block in model.blocks.enclosing(i) where [.try, .begin, .do].contains(block.keyword) {
            guard
                let handler = model.blocks.blocks.first(where: { b in
                    b.header.lowerBound >= block.body.upperBound && b.header.lowerBound <= block.body.upperBound + 4
                        && RetryFlowReader.handlerWords.contains(b.keyword.rawValue)
                })
            else { continue }
            guard RetryFlowReader.catchesHTTPErrors(file: file, header: handler.header) else { return nil }
            let inner = follow(handler.body, statuses, depth: 6)
            return kind == .loop ? inner.retried.union(inner.fellThrough) : inner.retried
        }
        return nil
    }

    /// Exception types that HTTP error statuses arrive as (and catch-alls).
    static let httpErrorTypes: Set<String> = [
        "httperror", "httpstatuserror", "requestexception", "requestsexceptionshttperror", "clienterror", "clientresponseerror",
        "httpclienterrorexception", "restclientexception", "restclientresponseexception", "webclientresponseexception",
        "httprequestexception",
        "exception", "error", "standarderror", "throwable", "runtimeexception", "feignexception", "httpexception", "axioserror",
        "responseerror", "faradayerror", "faradayclienterror", "guzzleexception", "requestexceptioninterface", "clientexception",
    ]

    /// Whether a handler header catches HTTP errors: no type at all, a catch-all, or an HTTP error type.
    static func catchesHTTPErrors(file: LexedFile, header: Range<Int>) -> Bool {
        let ignored: Set<String> = ["except", "catch", "rescue", "as", "e", "err", "error", "ex", "exc", "var", "let", "val", "when", "on"]
        // Qualified names as one word each: `requests.exceptions.RequestException`, `Faraday::Error`.
        var names: [(whole: String, last: String)] = []
        for k in header where file.tokens[k].kind == .identifier {
            let w = CodeModel.normalize(file.text(k))
            if let p = file.previous(k), file.isPunct(p, ".") || file.isPunct(p, "::") || file.isPunct(p, "\\"), let last = names.popLast()
            {
                names.append((last.whole + w, w))
            } else {
                names.append((w, w))
            }
        }
        let types = names.filter { !ignored.contains($0.whole) }
        if types.isEmpty { return true }
        return types.contains { httpErrorTypes.contains($0.whole) || httpErrorTypes.contains($0.last) }
    }

    /// A 401 branch that refreshes the token (once, or per attempt) before going round again.
    func refreshesToken(_ body: Range<Int>) -> Bool {
        body.contains { k in
            guard file.tokens[k].kind == .identifier else { return false }
            let w = CodeModel.normalize(file.text(k))
            return [
                "refresh", "reauth", "renew", "invalidate", "authenticate", "login", "obtaintoken", "gettoken", "fetchtoken", "newtoken",
                "cleartoken", "resettoken", "forgettoken", "expiretoken",
            ].contains { w.has($0) }
        }
    }
}
