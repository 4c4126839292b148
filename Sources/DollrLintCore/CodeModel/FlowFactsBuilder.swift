/// Builds a file's flow facts from its code model, block tree and Dollr calls, in one pass over each of them.
/// The facts are small values with byte offsets; the tokens are not kept.
struct FlowFactsBuilder {
    let model: CodeModel
    let file: LexedFile
    let blocks: BlockTree
    let dollr: DollrCallIndex
    let language: Language
    /// For each token, the innermost function (index into `model.functions`), -1 for file level.
    private var functionOfToken: [Int32]
    /// For each token, the innermost flow region, -1 for none.
    private var regionOfToken: [Int32]
    /// For each token, the innermost binding whose value holds it, -1 for none.
    private var bindingOfToken: [Int32]
    private var facts: FileFlowFacts
    /// First body tokens of the functions, so a function's own braces are not taken for a callback.
    private let functionBodyStarts: Set<Int>
    /// Token ranges of the regions, parallel to `facts.regions`.
    private var regionTokens: [Range<Int>] = []
    /// First header token of the regions, parallel to `facts.regions`.
    private var regionHeaders: [Int] = []
    /// Ruby `begin ... rescue ... retry` regions: loops that run again only by `retry`.
    private var retrySpans: Set<Int> = []
    /// Names of HTTP clients set up to retry every request, POST included (normalised).
    private var retryingClients: Set<String> = []
    /// Guard clauses that leave on some statuses (`if status == "PROCESSING" { continue }`, `return if pending?`):
    /// the statements after them in the same block never see those statuses.
    private var exitingGuards: [ExitingGuard] = []

    struct ExitingGuard {
        let token: Int
        let parent: Int?
        let statuses: Set<String>
    }

    static func build(model: CodeModel, dollr: DollrCallIndex) -> FileFlowFacts {
        var builder = FlowFactsBuilder(model: model, dollr: dollr)
        builder.run()
        return builder.facts
    }

    private init(model: CodeModel, dollr: DollrCallIndex) {
        self.model = model
        self.file = model.file
        self.blocks = model.blocks
        self.dollr = dollr
        self.language = model.file.source.language
        let count = model.file.tokens.count
        functionOfToken = [Int32](repeating: -1, count: count)
        regionOfToken = [Int32](repeating: -1, count: count)
        bindingOfToken = [Int32](repeating: -1, count: count)
        facts = FileFlowFacts(path: model.file.source.path, language: model.file.source.language)
        functionBodyStarts = Set(model.functions.map { $0.body.lowerBound })
    }

    private func offset(_ token: Int) -> Int { file.tokens[token].start }

    private func byteRange(_ tokens: Range<Int>) -> Range<Int> {
        guard !tokens.isEmpty else {
            let at = tokens.lowerBound < file.tokens.count ? file.tokens[tokens.lowerBound].start : file.source.bytes.count
            return at..<at
        }
        return file.tokens[tokens.lowerBound].start..<file.tokens[tokens.upperBound - 1].end
    }

    private mutating func run() {
        indexFunctions()
        indexBindings()
        buildRegions()
        findRetryingClients()
        buildCalls()
        buildFunctions()
        buildBranches()
        buildReferencesFromResponses()
        buildImportsAndConstants()
    }

    // MARK: token maps

    private mutating func indexFunctions() {
        let order = model.functions.indices.sorted { model.functions[$0].body.count > model.functions[$1].body.count }
        for k in order {
            for i in model.functions[k].body where i < functionOfToken.count { functionOfToken[i] = Int32(k) }
        }
    }

    private mutating func indexBindings() {
        let order = model.bindings.indices.sorted { model.bindings[$0].value.count > model.bindings[$1].value.count }
        for k in order {
            for i in model.bindings[k].value where i < bindingOfToken.count { bindingOfToken[i] = Int32(k) }
        }
    }

    private func functionIndex(_ token: Int) -> Int? {
        functionOfToken[token] >= 0 ? Int(functionOfToken[token]) : nil
    }

    private func functionBody(_ token: Int) -> Range<Int> {
        functionIndex(token).map { model.functions[$0].body } ?? 0..<file.tokens.count
    }

    // MARK: regions

    /// Region candidates from the block tree and from `case`/arrow arms, sorted outermost first, then parents linked.
    private mutating func buildRegions() {
        var candidates: [(tokens: Range<Int>, header: Int, kind: FlowRegion.Kind, block: Int?)] = []
        var following: [Int: Int] = [:]
        for (k, block) in blocks.blocks.enumerated() { if let p = block.previous { following[p] = k } }
        for (k, block) in blocks.blocks.enumerated() {
            if let kind = classify(block) { candidates.append((block.body, block.header.lowerBound, kind, k)) }
            if let span = rubyRetrySpan(k, following: following) { candidates.append((span, block.header.lowerBound, .loop, nil)) }
            if isArmContainer(block) { candidates += arms(in: block).map { ($0.body, $0.label, .branch, nil) } }
        }
        candidates.sort { ($0.tokens.lowerBound, -$0.tokens.count) < ($1.tokens.lowerBound, -$1.tokens.count) }
        var stack: [Int] = []
        var regionOfBlock: [Int: Int] = [:]
        for c in candidates {
            while let top = stack.last, !regionTokens[top].contains(c.tokens.lowerBound) { stack.removeLast() }
            let index = facts.regions.count
            facts.regions.append(
                FlowRegion(
                    kind: c.kind, headerOffset: offset(min(c.header, file.tokens.count - 1)),
                    body: byteRange(c.tokens), parent: stack.last, condition: nil))
            regionTokens.append(c.tokens)
            regionHeaders.append(c.header)
            if c.block == nil && c.kind == .loop { retrySpans.insert(index) }
            if let b = c.block { regionOfBlock[b] = index }
            stack.append(index)
            for i in c.tokens { regionOfToken[i] = Int32(index) }
        }
        findExitingGuards()
        // Conditions: from each branch's header, and for `else` from the branches before it.
        for (k, block) in blocks.blocks.enumerated() {
            guard let r = regionOfBlock[k], facts.regions[r].kind == .branch else { continue }
            facts.regions[r].condition = condition(of: block, regionOfBlock: regionOfBlock)
        }
        for (index, c) in candidates.enumerated() where c.block == nil {
            facts.regions[index].condition = statusCondition(in: c.header..<c.tokens.lowerBound)
        }
        for r in facts.regions.indices where facts.regions[r].kind == .handler {
            facts.regions[r].replaysOnlyRejected = namesRejection(regionHeaders[r]..<regionTokens[r].lowerBound)
        }
        for r in facts.regions.indices where facts.regions[r].kind == .loop {
            facts.regions[r].replaysOnlyRejected = replaysOnlyRejected(loop: r)
        }
    }

    // MARK: replays after 401 and 429

    /// Whether every way round a loop is a replay after 401 or 429: each `continue`/`retry` of the loop sits under a
    /// test for one of them, no handler in it swallows other errors, and its body ends by leaving (`return`, `throw`),
    /// unless it is Ruby's `begin ... rescue ... retry`, which runs again only by `retry`.
    private func replaysOnlyRejected(loop r: Int) -> Bool {
        let t = file.tokens
        let body = regionTokens[r]
        var replays = false
        for i in body where t[i].kind == .identifier && FlowFactsBuilder.repeatWords.contains(file.text(i)) {
            guard innermostLoop(region(i)) == r else { continue }
            guard underRejectionTest(i, loop: r) else { return false }
            replays = true
        }
        guard replays else { return false }
        for h in facts.regions.indices where facts.regions[h].kind == .handler && body.contains(regionTokens[h].lowerBound) {
            guard innermostLoop(h) == r, !facts.regions[h].replaysOnlyRejected else { continue }
            let leaves = regionTokens[h].contains { t[$0].kind == .identifier && FlowFactsBuilder.leavingWords.contains(file.text($0)) }
            if !leaves { return false }
        }
        return retrySpans.contains(r) || lastStatementLeaves(body)
    }

    static let repeatWords: Set<String> = ["continue", "retry", "redo"]
    static let leavingWords: Set<String> = ["return", "throw", "raise", "panic", "break"]
    /// Words of a condition or caught type naming a rejection Dollr did not process: 401 or 429.
    static let rejectionWords = ["unauthori", "toomanyrequests", "ratelimit", "throttl"]
    /// Words naming an outcome that may have been processed: a timeout, a 5xx, a dropped connection.
    static let ambiguousWords = ["timeout", "servererror", "internalserver", "unavailable", "badgateway", "connection", "network"]

    /// Whether a condition or a caught type names 401 or 429, and nothing that may have been processed.
    private func namesRejection(_ range: Range<Int>) -> Bool {
        var rejected = false
        for k in range where k < file.tokens.count {
            let tk = file.tokens[k]
            if tk.kind == .number, let v = Int(file.text(k)) {
                if v == 401 || v == 429 { rejected = true } else if v >= 500 || v == 408 { return false }
            } else if tk.kind == .identifier {
                let n = CodeModel.normalize(file.text(k))
                if FlowFactsBuilder.rejectionWords.contains(where: { n.has($0) }) {
                    rejected = true
                } else if FlowFactsBuilder.ambiguousWords.contains(where: { n.has($0) }) {
                    return false
                }
            }
        }
        return rejected
    }

    /// The innermost loop (counting or over a collection) around a region, or nil.
    private func innermostLoop(_ region: Int?) -> Int? {
        facts.regionChain(from: region).first { facts.regions[$0].kind == .loop || facts.regions[$0].kind == .collectionLoop }
    }

    /// Whether a `continue` sits under a 401/429 test: a branch or handler between it and the loop, or its own line
    /// (`if (res.status === 401) continue;`, Ruby's `retry if res.status == 429`).
    private func underRejectionTest(_ i: Int, loop: Int) -> Bool {
        for r in facts.regionChain(from: region(i)) where r != loop {
            if regionTokens[loop].contains(regionTokens[r].lowerBound) == false { break }
            if namesRejection(regionHeaders[r]..<regionTokens[r].lowerBound) { return true }
        }
        var start = i
        while start > 0 && file.tokens[start - 1].kind != .newline { start -= 1 }
        var end = i
        while end < file.tokens.count && file.tokens[end].kind != .newline { end += 1 }
        let line = start..<end
        return line.contains { file.isIdentifier($0, "if") } && namesRejection(line)
    }

    /// Whether the last statement of a body leaves it (`return ...`, `throw ...`, `raise`, `panic(...)`).
    private func lastStatementLeaves(_ body: Range<Int>) -> Bool {
        let t = file.tokens
        guard var k = body.last(where: { t[$0].kind != .newline && t[$0].kind != .comment && !file.isPunct($0, ";") }) else {
            return false
        }
        while k > body.lowerBound {
            if t[k].match >= 0 && Int(t[k].match) < k { k = Int(t[k].match) }
            let p = k - 1
            if p < body.lowerBound || t[p].kind == .newline || file.isPunct(p, ";") || file.isPunct(p, "{") || file.isPunct(p, "}") {
                break
            }
            k = p
        }
        return t[k].kind == .identifier && ["return", "throw", "raise", "panic"].contains(file.text(k))
    }

    /// Ruby `begin ... rescue ... retry ... end` (or a `def` with `rescue`): the begin body and its rescues run again,
    /// a loop in all but name.
    private func rubyRetrySpan(_ k: Int, following: [Int: Int]) -> Range<Int>? {
        let block = blocks.blocks[k]
        guard language == .ruby, block.keyword == .begin || block.keyword == .def else { return nil }
        var end = block.body.upperBound
        var retries = false
        var cursor = following[k]
        while let n = cursor {
            let part = blocks.blocks[n]
            if part.keyword == .rescue && part.body.contains(where: { file.isIdentifier($0, "retry") }) { retries = true }
            end = part.body.upperBound
            cursor = following[n]
        }
        return retries ? block.body.lowerBound..<end : nil
    }

    private func classify(_ block: BlockTree.Block) -> FlowRegion.Kind? {
        let keyword = block.keyword
        let header = block.header
        // A function's own body, and a `switch`/`when` body (its arms are the branches), are no region.
        if functionBodyStarts.contains(block.body.lowerBound) || isArmContainer(block) { return nil }
        if FlowVocabulary.loopKeywords.contains(keyword) {
            return iteratesCollection(header) ? .collectionLoop : .loop
        }
        if FlowVocabulary.handlerKeywords.contains(keyword) { return .handler }
        if FlowVocabulary.branchKeywords.contains(keyword) {
            // Go `if err != nil {` is an error path; so is Rust `Err(e) => {`.
            if isErrorTest(header) { return .handler }
            return .branch
        }
        if keyword == .none || keyword == .then {
            if header.contains(where: { file.isIdentifier($0, "Err") }) { return .handler }
            if let callee = callee(openingBlockAt: header) {
                let name = CodeModel.normalize(callee)
                if FlowVocabulary.collectionIterators.contains(name) {
                    return name == "times" ? .loop : .collectionLoop
                }
                if FlowVocabulary.handlerCallbacks.contains(name) { return .handler }
                return .callback(callee)
            }
        }
        return nil
    }

    /// `for p in payouts`, `for (const p of batch)`, `foreach ($items as $i)`, `for (Payout p : payouts)`,
    /// `for _, p := range payouts`: a loop over a collection. Counting loops (`range(3)`, `0..<3`, `Retrying(...)`) are not.
    private func iteratesCollection(_ header: Range<Int>) -> Bool {
        var iterable: Int?
        for i in header {
            if file.isIdentifier(i, "in") || file.isIdentifier(i, "of") || file.isIdentifier(i, "range") {
                iterable = file.next(i)
                break
            }
            if file.isIdentifier(i, "as") || (file.isPunct(i, ":") && language != .python) {
                // PHP `foreach ($items as $i)`: the iterable comes first; Java `for (X x : xs)` after the colon.
                if file.isIdentifier(i, "as") {
                    iterable = (header.lowerBound..<i).first { file.tokens[$0].kind == .identifier && file.text($0).hasPrefix("$") }
                } else {
                    iterable = file.next(i)
                }
                break
            }
        }
        guard let start = iterable, start < header.upperBound else { return false }
        if file.tokens[start].kind == .number { return false }
        // `range 3` (Go 1.22), `0 until n`, `1..maxRetries`.
        if let n = file.next(start), n < header.upperBound, ["..", "...", "..<"].contains(where: { file.isPunct(n, $0) }) { return false }
        guard file.tokens[start].kind == .identifier else { return true }
        var k = start
        while k < header.upperBound {
            let counting =
                file.tokens[k].kind == .identifier
                && FlowVocabulary.countingIterables.contains(CodeModel.normalize(file.text(k)))
            if counting { return false }
            if file.isPunct(k, ")") || file.isPunct(k, ":") { break }
            k += 1
        }
        return true
    }

    private func isErrorTest(_ header: Range<Int>) -> Bool {
        guard language == .go || language == .rust else { return false }
        return header.contains { file.isIdentifier($0, "err") }
            && header.contains { file.isIdentifier($0, "nil") || file.isIdentifier($0, "Err") }
    }

    /// The call a block is the function-literal argument of: `retry(async () => {`, `repeat(3) {`, `withRetry {`,
    /// `3.times do`, `with_retries(max: 3) do |attempt|`. Object literals (`fetch(url, {`) are not function literals.
    private func callee(openingBlockAt header: Range<Int>) -> String? {
        let anchor = header.first { file.isIdentifier($0, "do") } ?? header.upperBound
        guard let before = file.previous(anchor), before >= header.lowerBound || anchor == header.upperBound else { return nil }
        let literalStart =
            ["=>", "->", ")", "|"].contains(where: { file.isPunct(before, $0) })
            || (file.tokens[before].kind == .identifier && !CodeModel.keywords.contains(file.text(before))
                && file.text(before) != "return")
        guard literalStart else { return nil }
        if file.tokens[before].kind == .identifier && ![.kotlin, .swift, .groovy, .ruby].contains(language) { return nil }
        if anchor < file.tokens.count, let call = model.innermostCall(containing: anchor) { return call.name }
        // A trailing block: `name(args) {`, `name {`, `x.name do`.
        if file.isPunct(before, ")"), file.tokens[before].match >= 0, let name = file.previous(Int(file.tokens[before].match)),
            file.tokens[name].kind == .identifier
        {
            return file.text(name)
        }
        // `withRetry {` (Kotlin, Swift, Groovy); in Go, Rust or C# `Type {` is a struct literal.
        if file.tokens[before].kind == .identifier, !BlockTree.keywords.contains(file.text(before)),
            [.kotlin, .swift, .groovy, .ruby].contains(language)
        {
            return file.text(before)
        }
        return nil
    }

    private func isArmContainer(_ block: BlockTree.Block) -> Bool {
        guard let first = block.header.first(where: { file.tokens[$0].kind == .identifier }) else { return false }
        let word = file.text(first)
        return word == "switch" || word == "match" || word == "select" || (word == "when" && language == .kotlin)
            || block.header.contains { file.isIdentifier($0, "switch") || file.isIdentifier($0, "match") }
    }

    /// Arms of a `switch`/`match`/`when` body: `case X:` labels up to the next label, or `X ->` / `X =>` lines.
    private func arms(in block: BlockTree.Block) -> [(label: Int, body: Range<Int>)] {
        var starts: [(label: Int, bodyStart: Int)] = []
        var i = block.body.lowerBound
        var lineStart = i
        while i < block.body.upperBound {
            let tk = file.tokens[i]
            if tk.kind == .newline {
                lineStart = i + 1
                i += 1
                continue
            }
            if file.isIdentifier(i, "case") || file.isIdentifier(i, "default") {
                var colon = i
                while colon < block.body.upperBound && !file.isPunct(colon, ":") && file.tokens[colon].kind != .newline { colon += 1 }
                starts.append((i, min(colon + 1, block.body.upperBound)))
                i = colon + 1
                continue
            }
            if file.isPunct(i, "->") || file.isPunct(i, "=>") {
                starts.append((lineStart, i + 1))
            }
            if tk.match > Int32(i) { i = Int(tk.match) }
            i += 1
        }
        var result: [(Int, Range<Int>)] = []
        // `case "PENDING":` with an empty body falls through: its label joins the next arm's.
        var fallThroughLabel: Int?
        for (n, s) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1].label : block.body.upperBound
            guard end > s.bodyStart else { continue }
            let body = s.bodyStart..<end
            if body.allSatisfy({ file.tokens[$0].kind == .newline || file.tokens[$0].kind == .comment }) {
                fallThroughLabel = fallThroughLabel ?? s.label
                continue
            }
            result.append((fallThroughLabel ?? s.label, body))
            fallThroughLabel = nil
        }
        return result
    }

    // MARK: conditions

    private func condition(of block: BlockTree.Block, regionOfBlock: [Int: Int]) -> StatusCondition? {
        let bareElse =
            block.keyword == .else
            && !block.header.contains(where: { file.isIdentifier($0, "if") || file.isIdentifier($0, "guard") })
        var own = bareElse ? nil : statusCondition(in: block.header)
        if own != nil, own?.isSourceStatus == false, block.previous == nil {
            // `if status in ("PENDING", "PROCESSING"): return` before `if status != "COMPLETED":` leaves only FAILED.
            for g in exitingGuards where g.token < block.header.lowerBound && g.parent == block.parent {
                own?.enteredFor.subtract(g.statuses)
            }
        }
        guard block.previous != nil, own?.isSourceStatus != true else { return own }
        // A branch after others of its chain runs only for the statuses they do not take:
        // `elif status != "COMPLETED"` after `if status in ("PENDING", "PROCESSING")`, or a bare `else`.
        var covered = Set<String>()
        var tested = false
        var dollrSpelling = false
        var source = false
        var cursor = block.previous
        while let p = cursor,
            let condition = regionOfBlock[p].flatMap({ facts.regions[$0].condition }) ?? statusCondition(in: blocks.blocks[p].header)
        {
            tested = true
            source = source || condition.isSourceStatus
            if !condition.isSourceStatus { covered.formUnion(condition.enteredFor) }
            dollrSpelling = dollrSpelling || condition.usesDollrSpelling
            cursor = blocks.blocks[p].previous
        }
        if var own {
            own.enteredFor.subtract(covered)
            return own
        }
        guard tested else { return nil }
        let entered = FlowVocabulary.executionStatuses.subtracting(covered)
        return StatusCondition(
            enteredFor: entered, isSourceStatus: source, testsFailure: entered == ["FAILED"],
            usesDollrSpelling: dollrSpelling)
    }

    /// One pass over the `if`s: a braced or indented `if` with no `else` whose body leaves (`return`, `continue`,
    /// `break`, `raise`, `throw`, `next`), a braceless `if (...) continue;`, and Ruby's `next if ...`/`return if ...`.
    private mutating func findExitingGuards() {
        let t = file.tokens
        let exits: Set<String> = ["return", "continue", "break", "raise", "throw", "next"]
        let continued = Set(blocks.blocks.compactMap { $0.previous })
        for (k, block) in blocks.blocks.enumerated() where block.keyword == .if && !continued.contains(k) {
            guard let condition = statusCondition(in: block.header), !condition.isSourceStatus else { continue }
            let leaves = block.body.contains { i in
                t[i].kind == .identifier && exits.contains(file.text(i)) && blocks.innermostBlock(i) == k
            }
            if leaves {
                exitingGuards.append(ExitingGuard(token: block.header.lowerBound, parent: block.parent, statuses: condition.enteredFor))
            }
        }
        for i in t.indices where t[i].kind == .identifier && file.isIdentifier(i, "if") {
            var conditionRange: Range<Int>?
            if let open = file.next(i), file.isPunct(open, "("), t[open].match > Int32(open),
                let after = file.next(Int(t[open].match)), t[after].kind == .identifier, exits.contains(file.text(after))
            {
                // `if (s === "PROCESSING") continue;`
                conditionRange = (open + 1)..<Int(t[open].match)
            } else if language == .ruby, let before = file.previous(i), t[before].kind == .identifier, exits.contains(file.text(before)) {
                // `next if status == "PROCESSING"`
                var end = i + 1
                while end < t.count && t[end].kind != .newline { end += 1 }
                conditionRange = (i + 1)..<end
            }
            guard let range = conditionRange, let condition = statusCondition(in: range), !condition.isSourceStatus else { continue }
            exitingGuards.append(ExitingGuard(token: i, parent: blocks.innermostBlock(i), statuses: condition.enteredFor))
        }
    }

    /// The statuses a condition lets through: `== "PROCESSING"`, `in ("FAILED", "PENDING")`, `!= "COMPLETED"`,
    /// `Status.PROCESSING`, `case .processing`. Nil when it tests no status.
    func statusCondition(in range: Range<Int>) -> StatusCondition? {
        var positive = Set<String>()
        var negative = Set<String>()
        var source = false
        var dollrSpelling = false
        var failureWord = false
        for i in range {
            let tk = file.tokens[i]
            var word: String?
            if tk.kind == .string, let s = file.plainString(i) {
                word = s
            } else if tk.kind == .identifier {
                let name = file.text(i)
                let n = CodeModel.normalize(name)
                if n.has("failed") || n == "failure" { failureWord = true }
                // Enum members: `Status.PROCESSING`, `.processing`, `ExecutionStatus::Processing`.
                if let p = file.previous(i), file.isPunct(p, ".") || file.isPunct(p, "::") { word = name }
            }
            guard let w = word else { continue }
            let upper = w.uppercased()
            if FlowVocabulary.sourceStatuses.contains(upper) && tk.kind == .string { source = true }
            guard FlowVocabulary.executionStatuses.contains(upper) else { continue }
            if w == upper && tk.kind == .string { dollrSpelling = true }
            if isSourceSubject(subjectNames(of: i, in: range)) { source = true }
            if isNegated(i, in: range) { negative.insert(upper) } else { positive.insert(upper) }
        }
        guard !positive.isEmpty || !negative.isEmpty else { return nil }
        var entered = positive.isEmpty ? FlowVocabulary.executionStatuses.subtracting(negative) : positive
        // Swift `guard status == "COMPLETED" else {`: the block runs when the condition is false.
        if range.contains(where: { file.isIdentifier($0, "guard") }) { entered = FlowVocabulary.executionStatuses.subtracting(entered) }
        let testsFailure = entered == ["FAILED"] || positive.contains("FAILED") || failureWord
        return StatusCondition(
            enteredFor: entered, isSourceStatus: source, testsFailure: testsFailure,
            usesDollrSpelling: dollrSpelling)
    }

    /// An invoice's or order's own status (`invoice.status`, `order["status"]`), not one mirroring an execution
    /// (`order.payment_status`, `execution.status`).
    private func isSourceSubject(_ names: [String]) -> Bool {
        let executionWords = ["payment", "execution", "collection", "payout", "transfer", "refund", "dollr", "charge"]
        guard !names.contains(where: { n in executionWords.contains { n.has($0) } }) else { return false }
        return names.contains { n in FlowVocabulary.sourceSubjects.contains { n.has($0) } }
    }

    /// The names of the operand a status literal is compared with: `order.status` in `order.status == "PENDING"`,
    /// `status` in `"A" === status` or `status in ("A", "B")`.
    private func subjectNames(of i: Int, in range: Range<Int>) -> [String] {
        let comparisons: Set<String> = ["==", "===", "!=", "!==", "<>", "in", "is", "eq", "ne", "equals", "Equals", "equalsIgnoreCase"]
        var k = i
        while let p = file.previous(k), p >= range.lowerBound,
            file.isPunct(p, ",") || file.tokens[p].kind == .string || file.isPunct(p, "(") || file.isPunct(p, "[")
        {
            k = p
        }
        if let p = file.previous(k), p >= range.lowerBound, comparisons.contains(file.text(p)) {
            var names: [String] = []
            var j = file.previous(p)
            if let q = j, file.isPunct(q, ".") || file.isIdentifier(q, "not") { j = file.previous(q) }
            while let q = j, q >= range.lowerBound {
                if file.tokens[q].kind == .identifier {
                    names.append(CodeModel.normalize(file.text(q)))
                } else if (file.isPunct(q, ")") || file.isPunct(q, "]")) && file.tokens[q].match >= 0 {
                    j = file.previous(Int(file.tokens[q].match))
                    continue
                } else if !(file.isPunct(q, ".") || file.isPunct(q, "?.") || file.isPunct(q, "->") || file.isPunct(q, "::")) {
                    break
                }
                j = file.previous(q)
            }
            return names
        }
        if let n = file.next(i), n < range.upperBound, comparisons.contains(file.text(n)) {
            var names: [String] = []
            var j = file.next(n)
            while let q = j, q < range.upperBound {
                if file.tokens[q].kind == .identifier {
                    names.append(CodeModel.normalize(file.text(q)))
                } else if !(file.isPunct(q, ".") || file.isPunct(q, "?.") || file.isPunct(q, "->") || file.isPunct(q, "::")) {
                    break
                }
                j = file.next(q)
            }
            return names
        }
        return []
    }

    /// `x != "A"`, `"A" !== x`, `x not in ("A", "B")`, `!x.equals("A")`, `x.status != .a`.
    private func isNegated(_ i: Int, in range: Range<Int>) -> Bool {
        let negations: Set<String> = ["!=", "!==", "<>"]
        var k = i
        // Step out of a list `("A", "B")` to the operator before it.
        while let p = file.previous(k), p >= range.lowerBound,
            [",", "(", "[", ".", "::"].contains(where: { file.isPunct(p, $0) }) || file.tokens[p].kind == .string
                || (file.tokens[p].kind == .identifier && p == i - 2)
        {
            if file.isPunct(p, "(") || file.isPunct(p, "[") {
                k = p
                break
            }
            k = p
        }
        if let p = file.previous(k), p >= range.lowerBound {
            if negations.contains(file.text(p)) { return true }
            if file.isIdentifier(p, "in"), let q = file.previous(p), file.isIdentifier(q, "not") { return true }
            if file.isIdentifier(p, "equals") || file.isIdentifier(p, "equalsIgnoreCase") || file.isIdentifier(p, "Equals") {
                // `!status.equals("X")`
                var j = p
                while let q = file.previous(j), q >= range.lowerBound, !["(", "&&", "||"].contains(where: { file.isPunct(q, $0) }) {
                    j = q
                }
                return file.isPunct(j, "!")
            }
        }
        if let n = file.next(i), n < range.upperBound, negations.contains(file.text(n)) { return true }
        // `!"FAILED".equals(status)`
        if let dot = file.next(i), file.isPunct(dot, "."), let m = file.next(dot), FlowFactsBuilder.equalityMethods.contains(file.text(m)),
            let p = file.previous(i), p >= range.lowerBound, file.isPunct(p, "!")
        {
            return true
        }
        return false
    }

    static let equalityMethods: Set<String> = ["equals", "equalsIgnoreCase", "Equals"]

    // MARK: calls

    private mutating func buildCalls() {
        var operationByName: [Int: DollrOperation] = [:]
        for dc in dollr.calls { operationByName[dc.call.nameToken] = DollrOperation(path: dc.path) }
        // A declaration `fun pay(sessionId: String)` reads like a call of itself; it is not one.
        let declarations = Set(model.functions.map { $0.nameToken })
        for call in model.calls where !declarations.contains(call.nameToken) && !isHashKey(call) {
            facts.calls.append(flowCall(call, operation: operationByName[call.nameToken] ?? relativeOperation(call)))
        }
        // `SecureRandom.uuid` and `Str::uuid` without parentheses are calls too.
        for i in file.tokens.indices where file.tokens[i].kind == .identifier && file.isIdentifier(i, "uuid") {
            guard let dot = file.previous(i), file.isPunct(dot, ".") || file.isPunct(dot, "::"), let receiver = file.previous(dot),
                FlowVocabulary.uuidReceivers.contains(CodeModel.normalize(file.text(receiver))),
                !(file.next(i).map { file.isPunct($0, "(") } ?? false)
            else { continue }
            facts.calls.append(bareMint(at: i, receiver: file.text(receiver)))
        }
        facts.calls.sort { $0.offset < $1.offset }
    }

    /// A path relative to a client's base URL (`http.post("v1/executions/collection")` with Ktor's `defaultRequest`,
    /// C#'s `BaseAddress`): no leading slash, so never a route of the merchant's own server.
    private func relativeOperation(_ call: CodeModel.Call) -> DollrOperation? {
        for argument in call.arguments.prefix(2) where argument.count <= 3 {
            guard let first = argument.first, let lit = file.literal(first), lit.text().hasPrefix("v1/") else { continue }
            return DollrKnowledge.apiPath(in: "/" + lit.text()).map { DollrOperation(path: $0) }
        }
        return nil
    }

    /// Ruby `status: result["status"]` reads like a command call `status :...`; it is a hash key.
    private func isHashKey(_ call: CodeModel.Call) -> Bool {
        guard language == .ruby || language == .python, let n = file.next(call.nameToken) else { return false }
        return file.isPunct(n, ":")
    }

    private func bareMint(at i: Int, receiver: String) -> FlowCall {
        let (assigned, key, owner) = bindingContext(of: i, chainStart: i - 2)
        return FlowCall(
            name: "uuid", receiver: receiver, offset: offset(i), arguments: offset(i)..<offset(i), operation: nil,
            urlNames: [], argumentNames: [], carriesReference: false, mintsUUID: true, assignedTo: assigned, keyName: key,
            literalOwner: owner, passesFunction: false, bareArguments: [], region: region(i), function: functionIndex(i),
            isLog: false, chainedRetry: false)
    }

    private func region(_ token: Int) -> Int? { regionOfToken[token] >= 0 ? Int(regionOfToken[token]) : nil }

    private func flowCall(_ call: CodeModel.Call, operation: DollrOperation?) -> FlowCall {
        let receiver = call.callee.count >= 2 ? call.callee[call.callee.count - 2] : ""
        let scope = functionBody(call.nameToken)
        var names = Set<String>()
        var carries = false
        var bare: [String] = []
        var passesFunction = false
        for argument in call.arguments {
            if argument.count == 1, file.tokens[argument.lowerBound].kind == .identifier { bare.append(file.text(argument.lowerBound)) }
            if isFunctionLiteral(argument) { passesFunction = true }
        }
        // A trailing block (`retry(3) { ... }`, `retry do ... end`) is a function argument too.
        if let close = file.next(call.args.upperBound), file.isPunct(close, "{") || file.isIdentifier(close, "do") { passesFunction = true }
        for k in call.args where k < file.tokens.count {
            let tk = file.tokens[k]
            if tk.kind == .identifier {
                let n = CodeModel.normalize(file.text(k))
                names.insert(n)
                if FlowFactsBuilder.namesReference(n) { carries = true }
                // One hop: `body = {...reference_id...}; post(url, json=body)`.
                if let b = model.assignment(named: file.text(k), before: call.nameToken, within: scope), b.value.count < 400 {
                    for v in b.value where file.tokens[v].kind == .identifier || file.tokens[v].kind == .string {
                        let text = file.tokens[v].kind == .string ? (file.plainString(v) ?? "") : file.text(v)
                        let vn = CodeModel.normalize(text)
                        if file.tokens[v].kind == .identifier { names.insert(vn) }
                        if FlowFactsBuilder.namesReference(vn) { carries = true }
                    }
                }
            } else if tk.kind == .string, let s = file.plainString(k), FlowFactsBuilder.namesReference(CodeModel.normalize(s)) {
                carries = true
            }
        }
        let (assigned, key, owner) = bindingContext(of: call.nameToken, chainStart: call.firstToken)
        // `Http::retry(3, 100)->post(...)`, `$this->http()->retry(...)->post(...)`: the client retries this request.
        let chainedRetry =
            retryingClients.contains(CodeModel.normalize(receiver))
            || model.calls(startingAt: call.firstToken).contains { c in
                c.nameToken < call.nameToken && FlowFactsBuilder.chainedRetryNames.contains(CodeModel.normalize(c.name))
            }
        let normalizedName = CodeModel.normalize(call.name)
        let normalizedReceiver = CodeModel.normalize(receiver)
        let isLog =
            FlowVocabulary.logReceivers.contains(normalizedReceiver)
            || (FlowVocabulary.logNames.contains(normalizedName) && (receiver.isEmpty || normalizedReceiver.has("log")))
        return FlowCall(
            name: call.name, receiver: receiver, offset: offset(call.nameToken), arguments: byteRange(call.args),
            operation: operation, urlNames: operation == nil ? urlNames(call) : [], argumentNames: names,
            carriesReference: carries,
            mintsUUID: isMint(call), assignedTo: assigned, keyName: key, literalOwner: owner, passesFunction: passesFunction,
            bareArguments: bare, region: region(call.nameToken), function: functionIndex(call.nameToken), isLog: isLog,
            chainedRetry: chainedRetry, executionKind: operation == nil ? executionKind(call) : "")
    }

    static let executionKinds: Set<String> = ["collection", "payout", "transfer", "refund"]

    /// `pay.execute("collection", payload)`: a lone string literal first argument that names an execution kind.
    private func executionKind(_ call: CodeModel.Call) -> String {
        guard let first = call.arguments.first, first.count == 1, file.tokens[first.lowerBound].kind == .string,
            let value = model.stringValue(first)?.lowercased(), FlowFactsBuilder.executionKinds.contains(value)
        else { return "" }
        return value
    }

    static let chainedRetryNames: Set<String> = ["retry", "retries", "withretry", "retrying", "withretries"]

    /// Clients that retry POSTs by themselves: `axiosRetry(http, { retryCondition })` (by default axios-retry leaves
    /// POST alone), and Faraday's `f.request :retry, methods: [..., :post]` or `retry_if:` (the default is
    /// idempotent methods only) in the block that builds `@http = Faraday.new(...) do |f|`.
    private mutating func findRetryingClients() {
        for call in model.calls {
            let name = CodeModel.normalize(call.name)
            let words = Set(call.args.filter { file.tokens[$0].kind == .identifier }.map { CodeModel.normalize(file.text($0)) })
            if name == "axiosretry", words.contains("retrycondition"), let first = call.arguments.first, first.count == 1 {
                retryingClients.insert(CodeModel.normalize(file.text(first.lowerBound)))
            } else if language == .ruby, name == "request", words.contains("retry"), words.contains("post") || words.contains("retryif"),
                let builder = blocks.enclosing(call.nameToken).first(where: { $0.header.contains { file.isIdentifier($0, "do") } }),
                let k = builder.header.first(where: { bindingOfToken[$0] >= 0 })
            {
                let binding = model.bindings[Int(bindingOfToken[k])]
                if binding.kind == .assignment { retryingClients.insert(binding.normalizedName) }
            }
        }
    }

    static func namesReference(_ normalized: String) -> Bool {
        FlowVocabulary.referenceExactNames.contains(normalized) || FlowVocabulary.referenceWords.contains { normalized.has($0) }
    }

    /// Literals that mark the payment failed when assigned to a status.
    static let failedStatusWords: Set<String> = ["failed", "failure", "cancelled", "canceled"]

    static let functionLiteralWords: Set<String> = ["function", "async", "lambda", "fn", "func", "proc", "move"]

    private func isFunctionLiteral(_ argument: Range<Int>) -> Bool {
        guard let first = argument.first else { return false }
        if file.tokens[first].kind == .identifier, FlowFactsBuilder.functionLiteralWords.contains(file.text(first)) { return true }
        if file.isPunct(first, "|") || file.isPunct(first, "{") { return true }
        return argument.contains { file.isPunct($0, "=>") || file.isPunct($0, "->") }
    }

    /// Names in the first arguments that may hold a Dollr path defined elsewhere (`EXECUTE_URL`, `paths.collect`).
    private func urlNames(_ call: CodeModel.Call) -> [String] {
        var result: [String] = []
        // The call itself may name a path: `DollrRoutes.Status(op, ref)`, `status_path(ref)`.
        if call.callee.count >= 2 || FlowFactsBuilder.isPathLike(call.name) { result.append(qualifiedName(call.nameToken)) }
        for argument in call.arguments.prefix(4) where argument.count <= 8 {
            for k in argument where file.tokens[k].kind == .identifier {
                if let n = file.next(k), file.isPunct(n, ".") || file.isPunct(n, "::") || file.isPunct(n, "->") { continue }
                let qualified = file.previous(k).map { file.isPunct($0, ".") || file.isPunct($0, "::") || file.isPunct($0, "->") } ?? false
                if qualified || FlowFactsBuilder.isPathLike(file.text(k)) { result.append(qualifiedName(k)) }
            }
        }
        return Array(result.prefix(8))
    }

    /// `DollrRoutes.Collection` -> "DollrRoutes.Collection"; `COLLECT_PATH` -> "COLLECT_PATH"; `self.paths.collect` -> "paths.collect".
    private func qualifiedName(_ k: Int) -> String {
        guard let sep = file.previous(k), file.isPunct(sep, ".") || file.isPunct(sep, "::") || file.isPunct(sep, "->"),
            let owner = file.previous(sep), file.tokens[owner].kind == .identifier
        else { return file.text(k) }
        return file.text(owner) + "." + file.text(k)
    }

    /// A name that reads like a path constant: `EXECUTE_URL`, `collectionPath`, `endpoints`, `STATUS_ROUTE`.
    static func isPathLike(_ name: String) -> Bool {
        let n = CodeModel.normalize(name)
        if ["path", "url", "endpoint", "route", "uri"].contains(where: { n.has($0) }) { return true }
        // An ASCII name is read over its bytes: every identifier of every call's arguments asks.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            return name.utf8.filter({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }).count >= 3
                && !name.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A })
        }
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 3 && name == name.uppercased()
    }

    private func isMint(_ call: CodeModel.Call) -> Bool {
        let name = CodeModel.normalize(call.name)
        guard FlowVocabulary.mintCalls.contains(name) else { return false }
        let receiver = call.callee.count >= 2 ? CodeModel.normalize(call.callee[call.callee.count - 2]) : ""
        if name == "uuid" {
            // `UUID()` (Swift), `uuid()`, `Str::uuid()`; `uuid.UUID(s)` parses instead.
            return call.args.isEmpty && (receiver.isEmpty || FlowVocabulary.uuidReceivers.contains(receiver))
        }
        if FlowVocabulary.mintNamesNeedingUUIDContext.contains(name) {
            return FlowVocabulary.uuidReceivers.contains(receiver) || (receiver.isEmpty && file.source.containsKeyword("uuid"))
        }
        return true
    }

    /// The assignment, key and literal owner that a token's value is bound to.
    private func bindingContext(of token: Int, chainStart: Int) -> (assigned: String, key: String, owner: String) {
        guard bindingOfToken[token] >= 0 else { return ("", positionalKey(before: chainStart), "") }
        let b = model.bindings[Int(bindingOfToken[token])]
        switch b.kind {
        case .assignment, .update: return (b.name, "", "")
        case .key:
            var owner = ""
            var parent = b.parent
            var steps = 0
            while let p = parent, steps < 8 {
                let pb = model.bindings[p]
                if pb.kind == .assignment {
                    owner = pb.name
                    break
                }
                parent = pb.parent
                steps += 1
            }
            return ("", b.name, owner)
        }
    }

    /// The key of a value passed positionally after its name or to a setter: `Map.of("reference_id", uuid)`,
    /// `"reference_id" to uuid` (Kotlin), `.referenceId(uuid)`, `setReferenceId(uuid)`, through wrappers like `str(...)`.
    private func positionalKey(before chainStart: Int) -> String {
        var k = chainStart
        for _ in 0..<4 {
            guard let p = file.previous(k) else { return "" }
            if file.isPunct(p, "("), let name = file.previous(p), file.tokens[name].kind == .identifier {
                let n = CodeModel.normalize(file.text(name))
                if FlowFactsBuilder.namesReference(n) { return file.text(name) }
                if FlowFactsBuilder.conversions.contains(n) {
                    k = name
                    continue
                }
                return ""
            }
            if file.isPunct(p, ",") || file.isIdentifier(p, "to"), let q = file.previous(p), let key = file.plainString(q),
                FlowFactsBuilder.namesReference(CodeModel.normalize(key))
            {
                return key
            }
            return ""
        }
        return ""
    }

    // MARK: functions

    private mutating func buildFunctions() {
        let retriedClasses = retriedJobClasses()
        var callsByFunction: [Int: [FlowCall]] = [:]
        for c in facts.calls { if let f = c.function { callsByFunction[f, default: []].append(c) } }
        for (k, f) in model.functions.enumerated() {
            let owner = ownerName(of: f)
            let calls = callsByFunction[k] ?? []
            let params = Set(f.parameters.map { CodeModel.normalize($0) })
            let repeated = calls.filter { c in isRepeated(c, within: k) }
            let repeatsParameter =
                repeated.contains { c in
                    params.contains(CodeModel.normalize(c.name))
                        || (params.contains(CodeModel.normalize(c.receiver))
                            && ["call", "invoke", "apply", "get", "run", "callasync", "execute"].contains(CodeModel.normalize(c.name)))
                } || (language == .ruby && hasRepeatedYield(in: f.body, function: k))
            let decorated = decoratorWords(of: f).contains { w in FlowVocabulary.retryDecoratorWords.contains(w) || w.has("retry") }
            let selfRetry = calls.contains { FlowFactsBuilder.retriesItself($0) }
            // Recursion from an error path: the function runs itself again.
            let recursive = calls.contains { c in c.name == f.name && c.region.map { isInHandler($0) } == true }
            let jobRetried = retriedClasses.contains(owner) && FlowVocabulary.jobEntryPoints.contains(CodeModel.normalize(f.name))
            let hasStatus = calls.contains { $0.operation?.isExecutionStatus == true }
            let retriesRequest =
                !hasStatus
                && (repeated + (decorated ? calls : [])).contains { c in
                    c.operation == nil && !c.isLog && !c.argumentNames.isDisjoint(with: params.subtracting(["self", "this"]))
                        && FlowFactsBuilder.requestNames.contains(CodeModel.normalize(c.name))
                }
            let mintWrapper =
                !calls.isEmpty && calls.count <= 4 && calls.contains { $0.mintsUUID } && f.body.count <= 24
                && calls.allSatisfy { $0.mintsUUID || FlowFactsBuilder.conversions.contains(CodeModel.normalize($0.name)) }
            facts.functions.append(
                FunctionFlow(
                    name: f.name, owner: owner, offset: offset(f.nameToken), body: byteRange(f.body),
                    parameters: f.parameters, isRetried: decorated || selfRetry || recursive || jobRetried,
                    repeatsParameter: repeatsParameter, retriesRequest: retriesRequest,
                    isMintWrapper: mintWrapper))
        }
        addExpressionMintWrappers()
    }

    static let requestNames: Set<String> = [
        "post", "request", "fetch", "send", "do", "exchange", "postasync", "sendasync", "urlopen",
        "curlexec", "execute", "perform", "postjson", "postforobject", "postforentity", "call", "axios",
    ]
    static let conversions: Set<String> = [
        "str", "string", "tostring", "uuidstring", "hex", "strval", "tos", "lowercase", "tolowercase",
        "lower",
    ]

    /// Celery's `self.retry(...)`, a job's `this.release()`: the task asks its queue to run it again.
    static func retriesItself(_ c: FlowCall) -> Bool {
        FlowVocabulary.selfRetryCalls.contains(CodeModel.normalize(c.name))
            && FlowVocabulary.selfNames.contains(CodeModel.normalize(c.receiver))
    }

    /// `const newRef = () => crypto.randomUUID()`, `fun newRef() = UUID.randomUUID().toString()`: one-expression mint wrappers.
    private mutating func addExpressionMintWrappers() {
        for b in model.bindings where b.kind == .assignment && b.value.count <= 16 && b.value.contains(where: { file.isPunct($0, "=>") }) {
            let mints = facts.calls.filter { $0.mintsUUID && byteRange(b.value).contains($0.offset) }
            guard !mints.isEmpty else { continue }
            facts.functions.append(
                FunctionFlow(
                    name: b.name, owner: "", offset: offset(b.nameToken), body: byteRange(b.value),
                    parameters: [], isRetried: false, repeatsParameter: false, retriesRequest: false,
                    isMintWrapper: true))
        }
    }

    /// Whether a call runs again inside its function: in a counting loop or an error path of that function.
    private func isRepeated(_ call: FlowCall, within function: Int) -> Bool {
        for r in facts.regionChain(from: call.region) {
            let body = facts.regions[r].body
            guard body.lowerBound >= byteRange(model.functions[function].body).lowerBound else { break }
            switch facts.regions[r].kind {
            case .loop, .handler: if !facts.regions[r].replaysOnlyRejected { return true }
            case .collectionLoop: return false
            case .callback(let name) where FlowVocabulary.retryHelpers.contains(CodeModel.normalize(name)): return true
            default: continue
            }
        }
        return false
    }

    private func isInHandler(_ region: Int) -> Bool {
        facts.regionChain(from: region).contains { facts.regions[$0].kind == .handler }
    }

    private func hasRepeatedYield(in body: Range<Int>, function: Int) -> Bool {
        body.contains { i in
            let calledBlock = file.isIdentifier(i, "call") && file.previous(i).map { file.isPunct($0, ".") } == true
            guard file.isIdentifier(i, "yield") || calledBlock else { return false }
            return facts.regionChain(from: region(i)).contains { facts.regions[$0].kind == .loop || facts.regions[$0].kind == .handler }
        }
    }

    /// The class, struct, object, module or impl around a function, or the Go receiver type.
    private func ownerName(of f: CodeModel.Function) -> String {
        if language == .go, let p = file.previous(f.nameToken), file.isPunct(p, ")"), file.tokens[p].match >= 0 {
            let receiver = (Int(file.tokens[p].match)..<p).last { file.tokens[$0].kind == .identifier }
            return receiver.map { file.text($0) } ?? ""
        }
        for block in blocks.enclosing(f.nameToken) {
            if let name = declaredTypeName(block.header) { return name }
        }
        return ""
    }

    private func declaredTypeName(_ header: Range<Int>) -> String? {
        let declarations: Set<String> = ["class", "struct", "object", "module", "impl", "interface", "extension", "enum", "trait"]
        for i in header where file.tokens[i].kind == .identifier && declarations.contains(file.text(i)) {
            if let n = file.next(i), file.tokens[n].kind == .identifier { return file.text(n) }
        }
        return nil
    }

    /// Classes whose entry point a queue re-runs on failure: Sidekiq jobs, `retry_on`, Laravel `$tries`, BullMQ-like `attempts`.
    private func retriedJobClasses() -> Set<String> {
        var result = Set<String>()
        for block in blocks.blocks {
            guard let name = declaredTypeName(block.header) else { continue }
            let span = block.header.lowerBound..<block.body.upperBound
            var retried = false
            for i in span where file.tokens[i].kind == .identifier {
                let n = CodeModel.normalize(file.text(i))
                if n == "sidekiq", let sep = file.next(i), file.isPunct(sep, "::"), let kind = file.next(sep),
                    ["Job", "Worker"].contains(file.text(kind))
                {
                    retried = true
                }
                if FlowVocabulary.jobRetrySettings.contains(n) && n != "sidekiqoptions" {
                    // `$tries = 3`, `retry_on Timeout`, `maxAttempts = 5`: more than one attempt.
                    if let v = (i..<min(i + 4, span.upperBound)).first(where: { file.tokens[$0].kind == .number }) {
                        retried = retried || Int(file.text(v)).map { $0 > 1 } ?? true
                    } else if n == "retryon" {
                        retried = true
                    }
                }
                if n == "sidekiqoptions",
                    let v = (i..<min(i + 6, span.upperBound)).first(where: { k in
                        file.isIdentifier(k, "false") || file.tokens[k].kind == .number
                    }),
                    file.isIdentifier(v, "false") || file.text(v) == "0"
                {
                    result.remove(name)
                    retried = false
                    break
                }
            }
            if retried { result.insert(name) }
        }
        return result
    }

    /// Words of the decorators and annotations of a function, with their arguments (`@shared_task(autoretry_for=...)`),
    /// and of its declaration line (`@Retryable public void pay(`).
    private func decoratorWords(of f: CodeModel.Function) -> [String] {
        var words = f.decorators.flatMap { $0.split(separator: ".").map { CodeModel.normalize(String($0)) } }
        var lineStart = lineStartToken(f.nameToken)
        words += identifierWords(lineStart..<f.nameToken)
        for _ in 0..<8 {
            guard lineStart > 0, var last = file.previous(lineStart) else { break }
            // A decorator spread over lines: `@retry(\n  stop=...,\n)` starts where its parenthesis opens.
            if file.isPunct(last, ")"), file.tokens[last].match >= 0 { last = Int(file.tokens[last].match) }
            let start = lineStartToken(last)
            let first = file.tokens[start]
            let attribute = first.kind == .identifier && file.text(start).hasPrefix("#[")
            guard file.isPunct(start, "@") || file.isPunct(start, "[") || attribute else { break }
            words += identifierWords(start..<(lineStart))
            lineStart = start
        }
        return words
    }

    private func lineStartToken(_ i: Int) -> Int {
        var k = i
        while k > 0 && file.tokens[k - 1].kind != .newline { k -= 1 }
        return k
    }

    private func identifierWords(_ range: Range<Int>) -> [String] {
        range.filter { file.tokens[$0].kind == .identifier }.map { CodeModel.normalize(file.text($0)) }
    }

    // MARK: branches

    private mutating func buildBranches() {
        for (r, region) in facts.regions.enumerated() {
            guard region.kind == .branch, let condition = region.condition else { continue }
            let tokens = regionTokens[r]
            let calls = facts.calls.filter { region.body.contains($0.offset) && !$0.isLog }
            var strong = calls.contains { c in
                let n = CodeModel.normalize(c.name)
                return FlowVocabulary.failureCallWords.contains { n.hasPrefix($0) || n.has("mark" + $0) || n.hasSuffix($0) }
            }
            var weak = false
            var waits = false
            for i in tokens where !isInsideLogCall(i) {
                let tk = file.tokens[i]
                if tk.kind == .identifier {
                    let n = CodeModel.normalize(file.text(i))
                    if FlowVocabulary.failureStatements.contains(n) { weak = true }
                    // `await db.orders.update(...)` waits for nothing the payer does.
                    if n != "await", FlowVocabulary.waitingWords.contains(where: { n.has($0) }) { waits = true }
                } else if tk.kind == .string, let s = file.plainString(i)?.lowercased() {
                    if FlowVocabulary.waitingWords.contains(where: { s.has($0) }) { waits = true }
                    if FlowVocabulary.failureLiteralWords.contains(where: { s.has($0) }) {
                        // `status = "FAILED"`, `update(status: "failed")`: marking the payment failed is strong.
                        if FlowFactsBuilder.failedStatusWords.contains(s), isStatusAssignment(i) { strong = true } else { weak = true }
                    }
                } else if tk.kind == .number, let v = Int(file.text(i)), (400...599).contains(v),
                    model.innermostCall(containing: i) != nil
                {
                    weak = true
                }
            }
            // `raise self.retry(countdown=...)`: the queue runs the task again later; what that means depends on what it does.
            let retriesSelf = calls.contains { FlowFactsBuilder.retriesItself($0) }
            let failure = strong || (weak && !waits && !retriesSelf)
            let at = facts.regions[r].headerOffset
            let function = functionIndex(tokens.lowerBound < file.tokens.count ? tokens.lowerBound : 0)
            facts.branches.append(
                FlowBranch(
                    region: r, offset: at, body: region.body, condition: condition, signalsFailure: failure,
                    waits: waits || retriesSelf, retriesSelf: retriesSelf, function: function))
        }
    }

    private func isInsideLogCall(_ i: Int) -> Bool {
        guard let call = model.innermostCall(containing: i) else { return false }
        let receiver = call.callee.count >= 2 ? CodeModel.normalize(call.callee[call.callee.count - 2]) : ""
        let name = CodeModel.normalize(call.name)
        return FlowVocabulary.logReceivers.contains(receiver)
            || (FlowVocabulary.logNames.contains(name) && (receiver.isEmpty || receiver.has("log")))
    }

    /// `status = "failed"`, `{status: "FAILED"}`, `update(status="failed")`, `->update(['status' => 'failed'])`.
    private func isStatusAssignment(_ i: Int) -> Bool {
        guard bindingOfToken[i] >= 0 else { return false }
        let b = model.bindings[Int(bindingOfToken[i])]
        let n = b.normalizedName
        return n.has("status") || n.has("state") || n.hasSuffix("failed")
    }

    // MARK: references read from responses

    private mutating func buildReferencesFromResponses() {
        for b in model.bindings where b.kind != .update && FlowFactsBuilder.namesReference(b.normalizedName) {
            let fromResponse = b.value.contains { k in
                file.tokens[k].kind == .identifier && dollr.holding(file.text(k), at: k) == .executionResponse
            }
            if fromResponse {
                let read = ReferenceFromResponse(offset: offset(b.nameToken), function: functionIndex(b.nameToken))
                facts.referencesFromResponses.append(read)
            }
        }
    }

    // MARK: imports and constants

    private mutating func buildImportsAndConstants() {
        let t = file.tokens
        let importWords: Set<String> = [
            "import", "from", "require", "require_relative", "use", "using", "include", "require_once",
            "include_once",
        ]
        for i in t.indices where t[i].kind == .identifier && importWords.contains(file.text(i)) {
            let atStatementStart = file.previous(i, newlines: true).map { p in
                t[p].kind == .newline || [";", "=", "(", "}"].contains(where: { file.isPunct(p, $0) })
            }
            guard atStatementStart ?? true else { continue }
            var parts: [String] = []
            var k = i + 1
            while k < t.count && t[k].kind != .newline && !file.isPunct(k, ";") && k - i < 24 {
                if t[k].kind == .string, let s = file.plainString(k) {
                    facts.imports.append(s)
                    parts = []
                    break
                }
                if t[k].kind == .identifier {
                    let w = file.text(k)
                    if w == "import" || w == "as" || w == "from" { break }
                    parts.append(w)
                } else if !(file.isPunct(k, ".") || file.isPunct(k, "\\") || file.isPunct(k, "::") || file.isPunct(k, "(")) {
                    break
                }
                k += 1
            }
            if !parts.isEmpty { facts.imports.append(parts.joined(separator: "/")) }
        }
        // `Transient = Policy.Handle<...>().WaitAndRetryAsync(3, ...)`: a name that holds a retry policy.
        for b in model.bindings
        where b.kind == .assignment
            && b.value.contains(where: { k in
                t[k].kind == .identifier && CodeModel.normalize(file.text(k)).has("retry")
            })
        {
            facts.retryPolicies.insert(b.normalizedName)
        }
        for b in model.bindings where b.kind == .assignment && b.value.count <= 24 {
            guard let path = dollrPath(in: b.value) else { continue }
            addPathConstant(b.name, path: path, at: b.nameToken)
        }
        // Functions that only build a path: `static string Status(...) => $"v1/status/{op}/{ref}"`,
        // `def status_path(ref): return f"..."`.
        for i in t.indices where t[i].kind == .string && file.tokenBytesContain(i, FlowFactsBuilder.v1) {
            guard let p = file.previous(i), file.isPunct(p, "=>") || file.isIdentifier(p, "return"),
                let path = dollrPath(in: i..<(i + 1))
            else { continue }
            var nameToken: Int?
            if file.isPunct(p, "=>"), let close = file.previous(p), file.isPunct(close, ")"), t[close].match >= 0 {
                nameToken = file.previous(Int(t[close].match))
            }
            if file.isIdentifier(p, "return"), let f = functionIndex(i), model.functions[f].body.count <= 30 {
                nameToken = model.functions[f].nameToken
            }
            if let n = nameToken, t[n].kind == .identifier { addPathConstant(file.text(n), path: path, at: n) }
        }
    }

    /// The Dollr path a short expression evaluates to (`"/v1/..."`, `"v1/..."`, `BASE + "/v1/..."`).
    private func dollrPath(in range: Range<Int>) -> String? {
        let t = file.tokens
        guard range.contains(where: { t[$0].kind == .string && file.tokenBytesContain($0, FlowFactsBuilder.v1) }),
            let value = model.stringValue(range)
        else { return nil }
        if let path = DollrKnowledge.apiPath(in: value) { return path }
        return value.hasPrefix("v1/") ? DollrKnowledge.apiPath(in: "/" + value) : nil
    }

    /// Records a path constant by its name and, inside a class or object, by `Owner.name` too.
    private mutating func addPathConstant(_ name: String, path: String, at token: Int) {
        facts.pathConstants[name] = path
        let owners = blocks.enclosing(token).compactMap { declaredTypeName($0.header) }
        if let owner = owners.first {
            facts.pathConstants[owner + "." + name] = path
        }
    }

    static let v1 = Array("v1/".utf8)
}

extension CodeModel {
    /// The flow facts of the file, for the idempotency rules and the project index.
    public func flowFacts(dollr: DollrCallIndex) -> FileFlowFacts { FlowFactsBuilder.build(model: self, dollr: dollr) }
}
