import Foundation

/// A rule that is only patterns, loaded from a JSON file in `rules/` (file name = id).
public final class PatternRule: Rule {
    public let description: RuleDescription
    let patterns: [Pattern]
    let allow: [LazyRegex]
    let include: [GlobPattern]
    let exclude: [GlobPattern]
    let languages: Set<Language>
    /// One pass finds which patterns' required literals the file holds; a pattern whose literal is absent cannot
    /// match, so its regex never runs over the file.
    let literalFilter: KeywordPrefilter
    /// Per pattern, what it requires (`RequiredLiteral`): each element lists indices in `literalFilter`, one of which
    /// must be present. Empty: the regex runs on every file the rule reads.
    let requiredLiterals: [[[Int]]]

    struct Pattern {
        let regex: LazyRegex
        let scopes: Set<Scope>
        let message: String
        /// Words that must also occur in the file (e.g. "dollr" for a TLS switch that only matters on Dollr calls).
        let requires: [String]
        let group: Int
        let minEntropy: Double?
        let languages: Set<Language>
        /// When set, the lines around the match must match it too (e.g. the call's URL is Dollr's).
        let near: LazyRegex?
        let nearLines: Int
        /// Whether `near` looks at the enclosing call first (default) or only at the lines around.
        let nearLinesOnly: Bool
        /// Reports only in code `DollrScope` takes for Dollr's (`"dollr_scope": true`): `/v1/` alone is anyone's.
        let dollrScoped: Bool
    }

    /// A rule file as written, read key by key (`JSONFields`) so each problem names its key path.
    struct Spec {
        struct PatternSpec {
            var regex: String
            var scope: [String]?
            var message: String?
            var requires: [String]?
            var ignore_case: Bool?
            var group: Int?
            var min_entropy: Double?
            var languages: [String]?
            var near: String?
            var near_lines: Int?
            var near_scope: String?
            var dollr_scope: Bool?

            init(_ f: JSONFields) throws {
                regex = try f.string("regex")
                scope = try f.optionalStrings("scope")
                message = try f.optionalString("message")
                requires = try f.optionalStrings("requires")
                ignore_case = try f.optionalBool("ignore_case")
                group = try f.optionalInt("group")
                min_entropy = try f.optionalDouble("min_entropy")
                languages = try f.optionalStrings("languages")
                near = try f.optionalString("near")
                near_lines = try f.optionalInt("near_lines")
                near_scope = try f.optionalString("near_scope")
                dollr_scope = try f.optionalBool("dollr_scope")
            }
        }
        struct ExampleSpec {
            var path: String
            var code: String
            var context: [String: String]?

            init(_ f: JSONFields) throws {
                path = try f.string("path")
                code = try f.string("code")
                context = try f.optionalStringMap("context")
            }
        }
        var id: String
        var category: String
        var severity: String
        var title: String
        var rationale: String
        var fix: String
        var help: String
        var message: String
        var keywords: [String]
        var keywords_outside_dollr_code: [String]?
        var patterns: [PatternSpec]
        var allow: [String]?
        var include: [String]?
        var exclude: [String]?
        var languages: [String]?
        var reads_gitignored_env_files: Bool?
        var triggering: [ExampleSpec]
        var non_triggering: [ExampleSpec]

        init(_ f: JSONFields) throws {
            id = try f.string("id")
            category = try f.string("category")
            severity = try f.string("severity")
            title = try f.string("title")
            rationale = try f.string("rationale")
            fix = try f.string("fix")
            help = try f.string("help")
            message = try f.string("message")
            keywords = try f.strings("keywords")
            keywords_outside_dollr_code = try f.optionalStrings("keywords_outside_dollr_code")
            patterns = try f.objects("patterns").map(PatternSpec.init)
            allow = try f.optionalStrings("allow")
            let files = try f.optionalObject("files")
            include = try files?.optionalStrings("include")
            exclude = try files?.optionalStrings("exclude")
            languages = try f.optionalStrings("languages")
            reads_gitignored_env_files = try f.optionalBool("reads_gitignored_env_files")
            let examples = try f.object("examples")
            triggering = try examples.objects("triggering").map(ExampleSpec.init)
            non_triggering = try examples.objects("non_triggering").map(ExampleSpec.init)
        }
    }

    public enum LoadError: Error, CustomStringConvertible {
        case invalid(file: String, problem: String)
        public var description: String {
            switch self {
            case .invalid(let f, let p): return "\(f): \(p)"
            }
        }
    }

    /// Parses and validates a rule file; every problem names the file and the key. `compiling: false` (the bundled
    /// rules, whose tests compile every pattern) leaves each regex to be compiled where it first runs, so a start
    /// does not pay for patterns no file needs.
    public init(json: [UInt8], file: String, compiling: Bool = true) throws {
        let document: JSONValue
        // The strict parser: JSONDecoder kept one of two repeated keys silently.
        do { document = try JSONParser.parse(json, maxDepth: 32) } catch {
            throw LoadError.invalid(file: file, problem: "invalid JSON: \(error)")
        }
        let spec: Spec
        do { spec = try Spec(JSONFields(document)) } catch let problem as JSONFields.Problem {
            throw LoadError.invalid(file: file, problem: problem.description)
        }
        let expectedID = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        guard spec.id == expectedID else {
            throw LoadError.invalid(file: file, problem: "id '\(spec.id)' must equal the file name '\(expectedID)'")
        }
        guard let category = RuleCategory(rawValue: spec.category) else {
            throw LoadError.invalid(
                file: file, problem: "category: expected secrets, idempotency, integration or payload, got '\(spec.category)'")
        }
        guard let severity = Severity(rawValue: spec.severity) else {
            throw LoadError.invalid(file: file, problem: "severity: expected error, warning or note, got '\(spec.severity)'")
        }
        guard !spec.patterns.isEmpty else { throw LoadError.invalid(file: file, problem: "patterns: at least one pattern is required") }
        var patterns: [Pattern] = []
        for (k, p) in spec.patterns.enumerated() {
            let options: NSRegularExpression.Options = p.ignore_case == true ? [.caseInsensitive] : []
            let regex: LazyRegex
            let group = p.group ?? 0
            do { regex = try LazyRegex(pattern: p.regex, options: options, compilingNow: compiling) } catch {
                throw LoadError.invalid(file: file, problem: "patterns[\(k)].regex: not a valid regular expression: \(p.regex)")
            }
            if compiling {
                let compiled = regex.regex
                if PatternRule.matchesEmpty(compiled) {
                    throw LoadError.invalid(
                        file: file, problem: "patterns[\(k)].regex: matches the empty string, so it would match everywhere: \(p.regex)")
                }
                guard group <= compiled.numberOfCaptureGroups else {
                    throw LoadError.invalid(
                        file: file, problem: "patterns[\(k)].group: the regex has only \(compiled.numberOfCaptureGroups) groups")
                }
            }
            var scopes: Set<Scope> = []
            for s in p.scope ?? ["code", "string"] {
                guard let sc = Scope(rawValue: s) else {
                    throw LoadError.invalid(file: file, problem: "patterns[\(k)].scope: expected code, string, comment or text, got '\(s)'")
                }
                scopes.insert(sc)
            }
            var near: LazyRegex? = nil
            if let n = p.near {
                do { near = try LazyRegex(pattern: n, options: [.caseInsensitive], compilingNow: compiling) } catch {
                    throw LoadError.invalid(file: file, problem: "patterns[\(k)].near: not a valid regular expression: \(n)")
                }
            }
            patterns.append(
                Pattern(
                    regex: regex, scopes: scopes, message: p.message ?? spec.message, requires: (p.requires ?? []).map { $0.lowercased() },
                    group: group, minEntropy: p.min_entropy,
                    languages: try PatternRule.languages(p.languages, file: file, key: "patterns[\(k)].languages"),
                    near: near, nearLines: max(0, min(p.near_lines ?? 2, 50)),
                    nearLinesOnly: try PatternRule.nearScope(p.near_scope, file: file, key: "patterns[\(k)].near_scope"),
                    dollrScoped: p.dollr_scope ?? false))
        }
        do {
            allow = try (spec.allow ?? []).map { try LazyRegex(pattern: $0, options: [.caseInsensitive], compilingNow: compiling) }
        } catch {
            throw LoadError.invalid(file: file, problem: "allow: not a valid regular expression")
        }
        self.patterns = patterns
        var literals: [String] = []
        var literalIDs: [String: Int] = [:]
        requiredLiterals = spec.patterns.map { p in
            // ICU folds the Kelvin sign to k and the long s to s: a case-insensitive literal with those letters is no test.
            let caseInsensitive = p.ignore_case == true || p.regex.has("(?i")
            return RequiredLiteral.requirements(of: p.regex).compactMap { alternatives -> [Int]? in
                if caseInsensitive && alternatives.contains(where: { $0.contains(UInt8(ascii: "k")) || $0.contains(UInt8(ascii: "s")) }) {
                    return nil
                }
                return alternatives.map { literal in
                    let text = String(decoding: literal, as: UTF8.self)
                    if let id = literalIDs[text] { return id }
                    literals.append(text)
                    literalIDs[text] = literals.count - 1
                    return literals.count - 1
                }
            }
        }
        literalFilter = KeywordPrefilter(keywords: literals)
        include = (spec.include ?? []).map { GlobPattern($0) }
        exclude = (spec.exclude ?? []).map { GlobPattern($0) }
        languages = try PatternRule.languages(spec.languages, file: file, key: "languages")
        func examples(_ list: [Spec.ExampleSpec], _ kind: String) -> [RuleExample] {
            list.enumerated().map {
                RuleExample(
                    path: $0.element.path, code: $0.element.code, context: $0.element.context ?? [:],
                    origin: "\(file) examples.\(kind)[\($0.offset)]")
            }
        }
        description = RuleDescription(
            id: RuleID(spec.id), category: category, severity: severity, title: spec.title, rationale: spec.rationale, fix: spec.fix,
            helpURL: spec.help, keywords: spec.keywords, keywordsOutsideDollrCode: spec.keywords_outside_dollr_code ?? [],
            readsGitIgnoredEnvFiles: spec.reads_gitignored_env_files ?? false,
            triggering: examples(spec.triggering, "triggering"),
            nonTriggering: examples(spec.non_triggering, "non_triggering"),
            source: file)
    }

    /// Text on which a pattern that can match nothing shows it: an empty match in the empty string, at a word boundary,
    /// a line start or end, or between symbols.
    private static let emptyMatchProbes = ["", "a", " ", "\n", "a b\nc-d_e.f", "0", "\"x\"", "=", "{}"]

    static func matchesEmpty(_ regex: NSRegularExpression) -> Bool {
        emptyMatchProbes.contains { probe in
            regex.matches(in: probe, range: NSRange(location: 0, length: (probe as NSString).length)).contains { $0.range.length == 0 }
        }
    }

    /// Findings one pattern rule may make in one file: past this the rest are the same problem again (or a runaway
    /// user pattern), and the report stays readable.
    static let maxFindingsPerFile = 200
    /// Matches one pattern may produce in one file, most of them possibly out of scope (comments, other languages).
    static let maxMatchesPerFile = 4096

    private static func nearScope(_ s: String?, file: String, key: String) throws -> Bool {
        switch s {
        case nil, "call": return false
        case "lines": return true
        case let other?: throw LoadError.invalid(file: file, problem: "\(key): expected \"call\" or \"lines\", got \"\(other)\"")
        }
    }

    private static func languages(_ names: [String]?, file: String, key: String) throws -> Set<Language> {
        var set: Set<Language> = []
        for n in names ?? [] {
            guard let l = Language(rawValue: n) else { throw LoadError.invalid(file: file, problem: "\(key): unknown language '\(n)'") }
            set.insert(l)
        }
        return set
    }

    public func check(_ context: RuleContext) {
        let source = context.source
        if !include.isEmpty && !include.contains(where: { $0.matches(source.path) }) { return }
        if exclude.contains(where: { $0.matches(source.path) }) { return }
        let present = literalFilter.present(in: source.bytes)
        let candidates = patterns.indices.filter { k in requiredLiterals[k].allSatisfy { $0.contains(where: present.contains) } }
        guard !candidates.isEmpty else { return }
        let text = context.utf16Text
        let ns = text.string as NSString
        var reported = 0
        for pattern in candidates.map({ patterns[$0] }) {
            // Required words count in code and strings, not in comments ("nothing here talks to Dollr").
            if !pattern.requires.isEmpty && !pattern.requires.contains(where: { context.codeMentions($0) }) { continue }
            for m in PatternRule.matches(of: pattern.regex.regex, in: text.string, length: ns.length, budget: context.budget) {
                if reported >= PatternRule.maxFindingsPerFile { return }
                let r = m.range(at: pattern.group)
                guard r.location != NSNotFound, m.range.length > 0 else { continue }
                let start = text.byteOffset(utf16: r.location), end = text.byteOffset(utf16: r.location + r.length)
                let lang = context.lexed.language(ofToken: context.tokenIndex(at: start))
                if !languages.isEmpty && !languages.contains(lang) { continue }
                if !pattern.languages.isEmpty && !pattern.languages.contains(lang) { continue }
                guard pattern.scopes.contains(context.lexed.scope(at: start)) else { continue }
                let matched = ns.substring(with: m.range)
                if allow.contains(where: {
                    $0.regex.firstMatch(in: matched, range: NSRange(location: 0, length: (matched as NSString).length)) != nil
                }) {
                    continue
                }
                if let min = pattern.minEntropy, SecretHeuristics.entropy(ns.substring(with: r)) < min { continue }
                if let near = pattern.near {
                    // The enclosing call (its URL sits beside its options), else the lines around the match; comments left out.
                    let line = source.lines.line(of: start)
                    var lo = source.lines.range(ofLine: max(1, line - pattern.nearLines)).lowerBound
                    var hi = source.lines.range(ofLine: min(source.lines.lineCount, line + pattern.nearLines)).upperBound
                    if !pattern.nearLinesOnly, let call = context.model.innermostCall(containing: context.tokenIndex(at: start)) {
                        lo = context.lexed.tokens[call.firstToken].start
                        hi = context.lexed.tokens[max(call.args.upperBound - 1, call.nameToken)].end
                    }
                    guard context.budget.spend(hi - lo) else { return }
                    var around = [UInt8]()
                    for b in lo..<hi where context.lexed.scope(at: b) != .comment { around.append(source.bytes[b]) }
                    let text = String(decoding: around, as: UTF8.self)
                    if near.regex.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) == nil { continue }
                }
                let scope = pattern.dollrScoped ? context.dollrScope.reason : nil
                if pattern.dollrScoped && scope == nil { continue }
                context.report(
                    at: start, end: end, message: pattern.message, secrets: pattern.minEntropy != nil ? [start..<end] : [], scope: scope)
                reported += 1
            }
        }
    }

    /// The matches of a regex, time-boxed: this Foundation's NSRegularExpression has no timeout, but with
    /// `.reportProgress` it calls back during a long search, and the search stops once the file's budget is used up.
    /// Matches past the findings cap are not collected, so a pattern matching everywhere costs no memory either.
    static func matches(of regex: NSRegularExpression, in text: String, length: Int, budget: WorkBudget) -> [NSTextCheckingResult] {
        var found: [NSTextCheckingResult] = []
        regex.enumerateMatches(in: text, options: [.reportProgress], range: NSRange(location: 0, length: length)) { match, _, stop in
            if let m = match { found.append(m) }
            if budget.outOfTime() || found.count >= maxMatchesPerFile { stop.pointee = true }
        }
        return found
    }
}

extension RuleContext {
    /// Index of the token at or before a byte offset.
    func tokenIndex(at offset: Int) -> Int {
        let tokens = lexed.tokens
        var lo = 0, hi = tokens.count - 1, best = 0
        while lo <= hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start <= offset {
                best = mid
                lo = mid + 1
            } else {
                hi = mid - 1
            }
        }
        return best
    }
}

/// NSRegularExpression speaks UTF-16; findings speak UTF-8 bytes. One map converts between them.
final class UTF16Text {
    let string: String
    private let utf16ToByte: [Int32]?

    init(_ bytes: [UInt8]) {
        string = String(decoding: bytes, as: UTF8.self)
        if !bytes.contains(where: { $0 >= 0x80 }) {
            utf16ToByte = nil
            return
        }
        var map: [Int32] = []
        map.reserveCapacity(bytes.count + 1)
        var byte = 0
        for scalar in string.unicodeScalars {
            let u8 = String(scalar).utf8.count
            let u16 = scalar.utf16.count
            // Replacement characters stand for one invalid byte each.
            let consumed =
                scalar == "\u{FFFD}"
                    && !(byte + 2 < bytes.count && bytes[byte] == 0xEF && bytes[byte + 1] == 0xBF && bytes[byte + 2] == 0xBD) ? 1 : u8
            for _ in 0..<u16 { map.append(Int32(byte)) }
            byte += consumed
        }
        map.append(Int32(byte))
        utf16ToByte = map
    }

    func byteOffset(utf16 i: Int) -> Int {
        guard let m = utf16ToByte else { return i }
        return Int(m[min(i, m.count - 1)])
    }
}
