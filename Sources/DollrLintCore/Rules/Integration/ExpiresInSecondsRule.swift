/// `expires_in` of Dollr's token response is in minutes; this finds it used as seconds or milliseconds: multiplied by
/// 1000, added to a clock that counts seconds or milliseconds, given to a seconds API (`timedelta(seconds=)`,
/// `plusSeconds`, `time.Second`, `.seconds`) or to a cache TTL that takes seconds. The realtime key's `expires_in`
/// is in seconds, so values read from a realtime key response are left alone.
public final class ExpiresInSecondsRule: Rule {
    public init() {}

    static let secondsMessage =
        "Dollr's token expires_in is in minutes but is used as seconds here, so the token is thought to expire "
        + "60 times too early; convert it with * 60 (or a minutes API: timedelta(minutes=), plusMinutes, AddMinutes, .minutes)"
    static let millisecondsMessage =
        "Dollr's token expires_in is in minutes but is used as milliseconds here; convert it with * 60 * 1000 "
        + "(or a minutes API) and refresh when under 5 minutes remain"

    public let description = RuleDescription(
        id: .expiresInSeconds, category: .integration, severity: .warning,
        title: "Token expires_in (minutes) used as seconds or milliseconds",
        rationale: "The access token response gives expires_in in minutes (60 means one hour). Read as seconds, the cache drops the "
            + "token after one minute and the app fetches a new one 60 times more often than needed, which feeds rate limits; read as "
            + "milliseconds, a refresh timer fires almost at once. Realtime keys are different: their expires_in is in seconds.",
        fix: "Convert minutes explicitly: expires_in * 60 for seconds, expires_in * 60 * 1000 for milliseconds, or a minutes API "
            + "(timedelta(minutes=...), plusMinutes, AddMinutes, time.Duration(n) * time.Minute, n.minutes). Refresh when fewer "
            + "than 5 minutes remain.",
        helpURL: DocLinks.authentication,
        keywords: ["expires_in", "expiresin"],
        readsDataFiles: false,
        triggering: ExpiresInSecondsExamples.triggering, nonTriggering: ExpiresInSecondsExamples.nonTriggering)

    enum Verdict: Equatable {
        case seconds, milliseconds, correct, unknown
        case alias(String)
    }

    /// Factors that show a conversion from minutes (`* 60`, `* 60_000`, `MS_PER_MINUTE`).
    static let minuteNumbers: Set<Double> = [60, 60_000, 0.06]
    static let millisecondNumbers: Set<Double> = [1000]
    /// Calls and members whose argument is minutes, seconds or milliseconds.
    static let minuteCalls: Set<String> = [
        "plusminutes", "addminutes", "ofminutes", "fromminutes", "minutes", "frommins", "addminute",
        "subminutes", "minusminutes", "minute", "mins",
    ]
    static let secondCalls: Set<String> = [
        "plusseconds", "addseconds", "ofseconds", "fromseconds", "fromsecs", "seconds", "second", "secs",
        "addingtimeinterval", "timeintervalsincenow", "bytimeinterval", "datebyaddingtimeinterval",
    ]
    static let millisecondCalls: Set<String> = [
        "settimeout", "setinterval", "ofmillis", "frommilliseconds", "plusmillis",
        "addmilliseconds", "frommillis", "milliseconds", "millis", "pexpire", "psetex",
    ]
    /// Clocks an expiry is added to, and whether they count milliseconds.
    static let clockWords: [String: Bool] = [
        "currenttimemillis": true, "gettime": true, "unixmilli": true, "tounixtimemilliseconds": true, "toepochmilli": true,
        "now": false, "utcnow": false, "time": false, "unix": false, "epochsecond": false, "getepochsecond": false,
        "timeintervalsince1970": false, "tounixtimeseconds": false, "microtime": false, "monotonic": false, "timestamp": false,
        "current": false,
    ]
    /// Cache and store receivers whose TTL argument is in seconds (Django cache, Laravel Cache, Redis, Memcached, node-cache).
    static let cacheWords = ["cache", "redis", "memcache", "store", "apcu", "kv", "valkey"]
    static let secondKeywords: Set<String> = [
        "timeout", "ex", "ttl", "expiresin", "expire", "expires", "expiry", "expiration", "exptime",
        "seconds", "ttlseconds", "maxage", "timeintervalsincenow",
    ]
    static let millisecondKeywords: Set<String> = ["px", "ttlms", "ttlmillis", "milliseconds"]
    /// TTL arguments by position: `cache.set(k, v, ttl)`, `Cache::remember(k, ttl, fn)`, `redis.setex(k, ttl, v)`.
    static let ttlPositions: [String: Int] = [
        "set": 2, "put": 2, "add": 2, "setex": 1, "expire": 1, "remember": 1, "apcustore": 2,
        "setnx": 2, "store": 2, "write": 2, "psetex": 1, "pexpire": 1,
    ]

    public func check(_ context: RuleContext) {
        guard context.mentionsDollrInCode, !context.isBuildOutput else { return }
        let file = context.lexed
        let reader = ExpressionReader(file: file)
        let calls = context.dollrCalls
        var aliases: Set<String> = ["expiresin"]
        var realtimeAliases: Set<String> = []
        var pending = ["expiresin"]
        var judged = Set<Int>()
        var rounds = 0
        while !pending.isEmpty && rounds < 8 {
            rounds += 1
            let wanted = Set(pending)
            pending = []
            for i in file.tokens.indices where !judged.contains(i) && isReference(i, file: file, reader: reader, names: wanted) {
                judged.insert(i)
                // Each reference looks at its function and the file's Dollr calls.
                guard context.budget.spend(calls.calls.count + 16) else { return }
                let read = reader.fieldRead(at: i)
                let fromRealtime =
                    realtimeAliases.contains(reader.word(i)) || isRealtime(read.start, token: i, context: context, calls: calls)
                let extent = reader.unitKeepingExtent(read)
                switch judge(extent, context: context, reader: reader) {
                case .seconds where !fromRealtime:
                    context.report(token: read.start, message: ExpiresInSecondsRule.secondsMessage)
                case .milliseconds where !fromRealtime:
                    context.report(token: read.start, message: ExpiresInSecondsRule.millisecondsMessage)
                case .alias(let name):
                    if fromRealtime { realtimeAliases.insert(name) }
                    if aliases.insert(name).inserted { pending.append(name) }
                default:
                    break
                }
            }
        }
    }

    /// A read of the value: a name or a string key in `names`, not a declaration, a parameter or an object key.
    func isReference(_ i: Int, file: LexedFile, reader: ExpressionReader, names: Set<String>) -> Bool {
        let kind = file.tokens[i].kind
        guard kind == .identifier || kind == .string else { return false }
        let word = reader.word(i)
        // A bean getter reads the field too: `tokenResponse.getExpiresIn()`.
        let isGetter =
            kind == .identifier && word.hasPrefix("get") && names.contains(String(word.dropFirst(3)))
            && file.next(i).map { file.isPunct($0, "(") && file.tokens[$0].match == Int32($0 + 1) } == true
        guard names.contains(word) || isGetter else { return false }
        if let n = file.next(i) {
            let s = file.text(n)
            if [":", "=", ":=", "=>", "+=", "-=", "*=", "?:"].contains(s) && file.tokens[n].kind == .punctuation { return false }
        }
        if kind == .string {
            // Only a key that is read: `data["expires_in"]`, `json.get("expires_in")`.
            guard let p = file.previous(i), file.isPunct(p, "[") || file.isPunct(p, "(") else { return false }
        }
        if let p = file.previous(i),
            [
                "let", "var", "val", "const", "def", "func", "fun", "function", "public", "private", "int", "long", "Int",
                "protected", "readonly", "final",
            ].contains(file.text(p))
        {
            return false
        }
        return true
    }

    /// Whether the value comes from a realtime key response (seconds) rather than the token response.
    func isRealtime(_ start: Int, token: Int, context: RuleContext, calls: DollrCallIndex) -> Bool {
        let file = context.lexed
        if start != token, file.tokens[start].kind == .identifier {
            let base = file.text(start)
            if calls.holding(base, at: start) == .realtimeKeyResponse { return true }
            if calls.holding(base, at: start) == .tokenResponse { return false }
            if base.hasIgnoringASCIICase("realtime") { return true }
        }
        guard context.source.containsKeyword("realtime") else { return false }
        // Decided by the function that reads it: one that asks for a realtime key and not for a token.
        guard let function = context.model.enclosingFunction(of: token) else { return true }
        if function.name.hasIgnoringASCIICase("realtime") { return true }
        let inside = calls.calls.filter { function.body.contains($0.call.nameToken) }
        if inside.contains(where: { $0.isToken }) { return false }
        if inside.contains(where: { $0.isRealtimeKey }) { return true }
        return function.body.contains { file.tokens[$0].kind == .identifier && file.text($0).hasIgnoringASCIICase("realtime") }
    }

    func judge(_ extent: (start: Int, end: Int), context: RuleContext, reader: ExpressionReader) -> Verdict {
        let file = context.lexed
        let (s, e) = extent
        let factor = factors(s, e, reader: reader)
        if factor != .unknown { return factor }
        if let n = file.next(e), file.isPunct(n, "/") || file.isPunct(n, "*") { return .unknown }
        // `n.minutes`, `n.seconds`, `n.toDuration(DurationUnit.SECONDS)`
        if let dot = file.next(e), file.isPunct(dot, "."), let m = file.next(dot), file.tokens[m].kind == .identifier {
            let w = reader.word(m)
            if ExpiresInSecondsRule.minuteCalls.contains(w) { return .correct }
            if ExpiresInSecondsRule.secondCalls.contains(w) { return .seconds }
            if w == "toduration", let open = file.next(m), file.isPunct(open, "("), file.tokens[open].match > Int32(open) {
                let unit = (open..<Int(file.tokens[open].match)).map { reader.word($0) }
                if unit.contains("minutes") { return .correct }
                if unit.contains("seconds") { return .seconds }
                if unit.contains("milliseconds") { return .milliseconds }
            }
        }
        if let clock = clockBeside(s, e, context: context, reader: reader) { return clock }
        if let call = callArgument(s, e, context: context, reader: reader) { return call }
        // `ttl_seconds = data["expires_in"]`: the name says the unit. Otherwise the name carries the minutes on.
        if let b = context.model.binding(valueStartingAt: s), b.value.upperBound == e + 1 {
            let name = b.normalizedName
            if name.has("second") || name.hasSuffix("secs") || name.hasSuffix("sec") { return .seconds }
            if name.has("millis") || name.hasSuffix("ms") { return .milliseconds }
            if name.has("minute") || name.hasSuffix("mins") { return .correct }
            return .alias(name)
        }
        return .unknown
    }

    /// `x * 1000`, `60 * x`, `time.Duration(x) * time.Second`: the factors multiplied with the value.
    func factors(_ s: Int, _ e: Int, reader: ExpressionReader) -> Verdict {
        let file = reader.file
        var words: [String] = []
        var numbers: [Double] = []
        func take(_ r: ClosedRange<Int>) {
            for k in r {
                if let v = reader.number(k) {
                    numbers.append(v)
                } else if file.tokens[k].kind == .identifier {
                    words.append(reader.word(k))
                }
            }
        }
        var k = e
        var steps = 0
        while steps < 6, let op = file.next(k), file.isPunct(op, "*"), let f = file.next(op) {
            let end = file.tokens[f].match > Int32(f) ? Int(file.tokens[f].match) : factorEnd(f, reader: reader)
            take(f...end)
            k = end
            steps += 1
        }
        k = s
        steps = 0
        while steps < 6, let op = file.previous(k), file.isPunct(op, "*"), let f = file.previous(op) {
            let start = reader.matchedOpener(f) ?? reader.chainStart(f)
            take(start...f)
            k = start
            steps += 1
        }
        if words.isEmpty && numbers.isEmpty { return .unknown }
        if numbers.contains(where: ExpiresInSecondsRule.minuteNumbers.contains)
            || words.contains(where: { $0.has("minute") || $0 == "min" })
        {
            return .correct
        }
        if numbers.contains(where: ExpiresInSecondsRule.millisecondNumbers.contains) || words.contains(where: { $0.has("millisecond") }) {
            return .milliseconds
        }
        if words.contains(where: { $0 == "second" || $0 == "seconds" }) { return .seconds }
        return .correct
    }

    func factorEnd(_ f: Int, reader: ExpressionReader) -> Int {
        var end = f
        var steps = 0
        while steps < 8, let dot = reader.file.next(end), reader.file.isPunct(dot, ".") || reader.file.isPunct(dot, "::"),
            let m = reader.file.next(dot), reader.file.tokens[m].kind == .identifier
        {
            end = m
            steps += 1
        }
        return end
    }

    /// `time.time() + x`, `Date.now() + x`, `x + time()`: added to a clock, so read in that clock's unit.
    func clockBeside(_ s: Int, _ e: Int, context: RuleContext, reader: ExpressionReader) -> Verdict? {
        let file = context.lexed
        var span: [Int] = []
        if let p = file.previous(s), file.isPunct(p, "+") {
            let start = reader.statementStart(p, limit: 16)
            span.append(contentsOf: start..<p)
        }
        if let n = file.next(e), file.isPunct(n, "+") {
            var k = n
            var steps = 0
            while steps < 12, let m = file.next(k), file.tokens[m].kind != .newline, !file.isPunct(m, ";"), !file.isPunct(m, ",") {
                span.append(m)
                if file.tokens[m].match > Int32(m) { k = Int(file.tokens[m].match) } else { k = m }
                steps += 1
            }
        }
        let isJS = context.source.language.isJavaScriptLike || file.language(ofToken: s).isJavaScriptLike
        for k in span where file.tokens[k].kind == .identifier {
            let w = reader.word(k)
            guard let ms = ExpiresInSecondsRule.clockWords[w] else { continue }
            // `time` counts only as a call (`time.time()`, PHP `time()`), `now` only as a clock (`Date.now()`, `time.Now()`).
            if w == "time", !(file.next(k).map { file.isPunct($0, "(") } ?? false) { continue }
            // `current` only as Rails' `Time.current` (seconds when an Integer is added).
            if w == "current", !(file.previous(k).flatMap { file.previous($0) }.map { file.isIdentifier($0, "Time") } ?? false) {
                continue
            }
            return ms || (w == "now" && isJS) ? .milliseconds : .seconds
        }
        return nil
    }

    /// The value given to a call: a seconds or minutes API, a timer, or a cache TTL.
    func callArgument(_ s: Int, _ e: Int, context: RuleContext, reader: ExpressionReader) -> Verdict? {
        let model = context.model
        let file = context.lexed
        guard let call = model.innermostCall(containing: s) else { return nil }
        let name = CodeModel.normalize(call.name)
        let whole = s..<(e + 1)
        var keyword = ""
        var position: Int? = call.arguments.firstIndex(of: whole)
        if position == nil {
            guard let key = model.keyBindings(in: call.args).first(where: { $0.value == whole }) else { return nil }
            keyword = key.normalizedName
            position = call.arguments.firstIndex { $0.contains(key.nameToken) }
        }
        if name == "timedelta" || name == "duration" && !keyword.isEmpty {
            if keyword == "minutes" { return .correct }
            if keyword == "seconds" { return .seconds }
            if keyword == "milliseconds" { return .milliseconds }
            return nil
        }
        if ExpiresInSecondsRule.minuteCalls.contains(name) || ExpiresInSecondsRule.minuteCalls.contains(keyword) { return .correct }
        if ExpiresInSecondsRule.secondCalls.contains(name) || ExpiresInSecondsRule.secondCalls.contains(keyword) { return .seconds }
        // Timers take the delay after the callback: `setTimeout(refresh, ms)`.
        if ExpiresInSecondsRule.millisecondCalls.contains(name) && (position ?? 0) >= (name.hasPrefix("set") ? 1 : 0) {
            return .milliseconds
        }
        if name == "sleep" {
            let receiver = call.callee.dropLast().last.map(CodeModel.normalize) ?? ""
            return receiver == "thread" || receiver == "systemclock" ? .milliseconds : .seconds
        }
        // Cache TTLs in seconds: by keyword (`timeout=`, `ex=`, `expires_in:`, `{ ttl }`), by `"EX"` before it, or by position.
        let chain = call.callee.map { $0.lowercased() }.joined(separator: ".")
        let isCache = ExpiresInSecondsRule.cacheWords.contains { chain.has($0) } || ["setex", "psetex", "expire", "pexpire"].contains(name)
        guard isCache else { return nil }
        if !keyword.isEmpty {
            if ExpiresInSecondsRule.secondKeywords.contains(keyword) { return .seconds }
            if ExpiresInSecondsRule.millisecondKeywords.contains(keyword) { return .milliseconds }
            return nil
        }
        guard let p = position else { return nil }
        if p > 0, let flag = file.plainString(call.arguments[p - 1].lowerBound)?.uppercased(), call.arguments[p - 1].count == 1 {
            if flag == "EX" { return .seconds }
            if flag == "PX" { return .milliseconds }
        }
        if let expected = ExpiresInSecondsRule.ttlPositions[name], expected == p {
            return ["psetex", "pexpire"].contains(name) ? .milliseconds : .seconds
        }
        return nil
    }
}
