import Foundation

/// A code sample a rule must (or must not) fire on. `↓` marks each place a finding must land.
public struct RuleExample: Sendable {
    public var path: String
    public var code: String
    /// Other files of the little project (package.json, .gitignore, ...), path -> contents.
    public var context: [String: String]
    private let declaration: Declaration

    /// Where an example was declared: a Swift source line, or a place in a rule file. Kept raw and named only when a
    /// test fails, since every start builds every rule's examples.
    private enum Declaration: Sendable {
        case swift(file: StaticString, line: UInt)
        case named(String)
    }

    /// Where the example was declared, for failure messages.
    public var origin: String {
        switch declaration {
        case .swift(let file, let line): return "\(String(describing: file).split(separator: "/").last ?? ""):\(line)"
        case .named(let origin): return origin
        }
    }

    public init(_ path: String, _ code: String, context: [String: String] = [:], file: StaticString = #file, line: UInt = #line) {
        self.path = path
        self.code = code
        self.context = context
        declaration = .swift(file: file, line: line)
    }

    public init(path: String, code: String, context: [String: String], origin: String) {
        self.path = path
        self.code = code
        self.context = context
        declaration = .named(origin)
    }

    public static let marker: Character = "↓"
}

/// Everything a rule says about itself: the catalogue, `rules`, `explain` and the example tests read it.
public struct RuleDescription: Sendable {
    public var id: RuleID
    public var category: RuleCategory
    public var severity: Severity
    public var title: String
    /// Why it matters.
    public var rationale: String
    /// How to fix it (and to rotate a leaked secret where that applies).
    public var fix: String
    public var helpURL: String
    /// Prefilter: the rule runs on a file only when one of these (ASCII case-insensitive) occurs in it. Empty: always.
    public var keywords: [String]
    /// In a whole-project scan, a file that is not Dollr code (see `DollrReach`) runs the rule only when one of these
    /// occurs in it: Dollr's own values that give it away wherever it sits (a JWT Dollr issued, a method id). Empty: the
    /// rule runs only in Dollr code.
    public var keywordsOutsideDollrCode: [String]
    /// Whether the rule reads `.env*` files that git ignores (they still ship in a bundle).
    public var readsGitIgnoredEnvFiles: Bool
    /// False for rules about code (logging, flows): JSON documents and lockfiles hold no calls, and a 2 MB
    /// package-lock.json that lists a Dollr SDK is not worth lexing for them (`Language.isDataFile`).
    public var readsDataFiles: Bool
    public var triggeringExamples: [RuleExample]
    public var nonTriggeringExamples: [RuleExample]
    /// "swift" for rule types, the JSON file for data rules.
    public var source: String

    public init(
        id: RuleID, category: RuleCategory, severity: Severity, title: String, rationale: String, fix: String, helpURL: String,
        keywords: [String], keywordsOutsideDollrCode: [String] = [], readsGitIgnoredEnvFiles: Bool = false, readsDataFiles: Bool = true,
        triggering: [RuleExample], nonTriggering: [RuleExample],
        source: String = "swift"
    ) {
        self.id = id
        self.category = category
        self.severity = severity
        self.title = title
        self.rationale = rationale
        self.fix = fix
        self.helpURL = helpURL
        self.keywords = keywords
        self.keywordsOutsideDollrCode = keywordsOutsideDollrCode
        self.readsGitIgnoredEnvFiles = readsGitIgnoredEnvFiles
        self.readsDataFiles = readsDataFiles
        self.triggeringExamples = triggering
        self.nonTriggeringExamples = nonTriggering
        self.source = source
    }
}

/// One check. Data rules (`rules/*.json`) and Swift rules sit behind this one protocol in one catalogue.
public protocol Rule: AnyObject, Sendable {
    var description: RuleDescription { get }
    func check(_ context: RuleContext)
    /// The rule as a project rule, when it is one. Requirements, not `is` tests: the first `is` or `as?` of each rule
    /// type searches the binary's conformance tables, a millisecond of every start (found in pre-commit profiles).
    var asProjectRule: ProjectRule? { get }
    var asOutsideDollrCodeGate: OutsideDollrCodeGate? { get }
}

public extension Rule {
    var id: RuleID { description.id }
    var asProjectRule: ProjectRule? { nil }
    var asOutsideDollrCodeGate: OutsideDollrCodeGate? { nil }
}

/// A rule that reads a file that is not Dollr code (`keywordsOutsideDollrCode`) and can tell from its bytes alone,
/// more precisely than a keyword, whether it could report there: the engine asks before the file is lexed, so a
/// repository full of `ExecutionContext` or unrelated JWTs costs one more pass over those files, not an analysis.
public protocol OutsideDollrCodeGate: Rule {
    /// False only when the rule cannot (or should not) report in this file outside Dollr code.
    func mayReportOutsideDollrCode(_ file: InMemoryFile) -> Bool
    /// The same question of the file's tokens, asked after lexing and before any code model is built: a word the
    /// bytes hold only in comments and prose is not code.
    func mayReportOutsideDollrCode(_ lexed: LexedFile) -> Bool
}

public extension OutsideDollrCodeGate {
    var asOutsideDollrCodeGate: OutsideDollrCodeGate? { self }
    func mayReportOutsideDollrCode(_ lexed: LexedFile) -> Bool { true }
}

/// What a rule sees of one file, and where it reports.
public final class RuleContext {
    public let source: SourceFile
    public let lexed: LexedFile
    public let project: ProjectContext
    public let knowledge: DollrKnowledge
    public private(set) var findings: [Finding] = []
    /// Every secret byte range any rule reported in this file: the Findings stage masks their values in all findings.
    public private(set) var secretRanges: [Range<Int>] = []
    private var currentRule: RuleDescription?
    /// False while a rule runs only so the masker learns its secrets (it was turned off): its findings are dropped.
    private var keepsFindings = true
    /// The file's work budget: rules spend it in loops that could grow faster than the input.
    public let budget: WorkBudget

    public init(source: SourceFile, lexed: LexedFile, project: ProjectContext, knowledge: DollrKnowledge, budget: WorkBudget = .unlimited())
    {
        self.source = source
        self.lexed = lexed
        self.project = project
        self.knowledge = knowledge
        self.budget = budget
    }

    // Facts several rules ask about one file, computed on first use and typed (as SwiftLint's
    // SwiftLintFile+Cache): a rule cannot read another's cache as the wrong type.
    public private(set) lazy var model = CodeModel(lexed, budget: budget)
    /// The Dollr calls of the file, found by URL.
    public private(set) lazy var dollrCalls = DollrCallIndex(model: model)
    /// Whether the file ships to browsers or devices.
    private(set) lazy var isClientCode = ClientCodeClassifier.classify(self)
    /// The Dollr secret literals of the file, shared by hardcoded-secret and client-bundle-secret.
    private(set) lazy var secretLiterals = HardcodedSecretRule.collectSecretLiterals(self)
    /// Each log call with the sensitive references in its arguments, shared by the two logging rules.
    private(set) lazy var loggedReferences = LoggedReferences.find(self)
    /// The payload problems of the Dollr requests in the file, shared by the payload rules.
    private(set) lazy var payloadProblems = CodePayloads.findProblems(self)
    /// Whether the file is Dollr's, and why: every rule about Dollr's data asks it.
    public private(set) lazy var dollrScope = DollrScope.decide(self)
    /// Where the file sets query parameters in statements of their own.
    private(set) lazy var queryBuilders = QueryBuilders.find(self)
    /// Minified or generated output: the integration rules leave it alone (its calls repeat its sources), the
    /// secrets rules do not (a secret in a bundle has shipped).
    public private(set) lazy var isBuildOutput = FileFlowFacts.isBuildOutput(source)
    /// The file as a String with a UTF-16 -> UTF-8 offset map, for regex rules.
    private(set) lazy var utf16Text = UTF16Text(source.bytes)
    private var codeMentionsByWord: [String: Bool] = [:]

    func begin(_ rule: RuleDescription, keepingFindings: Bool = true) {
        currentRule = rule
        keepsFindings = keepingFindings
    }

    /// Lines shown on each side of a finding in reports that carry context.
    static let contextRadius = 2

    /// Reports at a byte offset; `secrets` are byte ranges masked in the snippet; `scope` says why the code is Dollr's.
    public func report(
        at offset: Int, end: Int? = nil, message: String, secrets: [Range<Int>] = [], severity: Severity? = nil,
        scope: String? = nil
    ) {
        guard let rule = currentRule else { return }
        secretRanges += secrets
        guard keepsFindings else { return }
        findings.append(
            RuleContext.makeFinding(
                rule: rule, source: source, at: offset, end: end, message: message, secrets: secrets,
                severity: severity, scope: scope))
    }

    /// A located, masked finding with its context lines; shared with the project rules, which report after the tokens are gone.
    static func makeFinding(
        rule: RuleDescription, source: SourceFile, at offset: Int, end: Int?, message: String, secrets: [Range<Int>],
        severity: Severity?, scope: String? = nil
    ) -> Finding {
        let (line, column) = source.location(of: offset)
        let (endLine, endColumn) = source.location(of: max(offset, end ?? offset))
        let (raw, lineStart) = source.snippetText(line: line, around: offset)
        let local = secrets.map { ($0.lowerBound - lineStart)..<($0.upperBound - lineStart) }
        let masked = SecretMasker.maskLine(raw, ranges: local)
        let trimmed = masked.trimmingCharacters(in: .whitespaces)
        var finding = Finding(
            rule: rule.id, category: rule.category, severity: severity ?? rule.severity, path: source.path,
            line: line, column: column, endLine: endLine, endColumn: endColumn,
            message: SecretMasker.maskShapes(message), snippet: trimmed, fingerprint: "", help: rule.helpURL)
        // The caret goes under the finding within the (trimmed, possibly windowed) snippet.
        let before = source.bytes[lineStart..<max(lineStart, min(offset, source.bytes.count))].filter { $0 & 0xC0 != 0x80 }.count
        finding.snippetTrim = column - 1 - before + masked.prefix(while: { $0 == " " || $0 == "\t" }).count
        finding.dollrScope = scope.map { SecretMasker.maskShapes($0) } ?? ""
        if !secrets.isEmpty {
            finding.secretDigest = SHA256.hash(
                secrets.flatMap { source.bytes[max(0, $0.lowerBound)..<min(source.bytes.count, $0.upperBound)] })
        }
        let contextLines = max(1, line - Self.contextRadius)...min(source.lines.lineCount, line + Self.contextRadius)
        finding.contextStartLine = contextLines.lowerBound
        finding.context = contextLines.map { n in
            n == line ? masked : SecretMasker.maskLine(source.snippetText(line: n, around: source.lines.range(ofLine: n).lowerBound).text)
        }
        return finding
    }

    public func report(token i: Int, message: String, secrets: [Range<Int>] = [], severity: Severity? = nil, scope: String? = nil) {
        report(at: lexed.tokens[i].start, end: lexed.tokens[i].end, message: message, secrets: secrets, severity: severity, scope: scope)
    }

    /// Does the code itself (path, identifiers, strings; not comments) mention Dollr?
    public private(set) lazy var mentionsDollrInCode: Bool = {
        var v = source.path.hasIgnoringASCIICase("dollr")
        if !v && mentionsDollr {
            for (i, t) in lexed.tokens.enumerated() where t.kind == .identifier || t.kind == .string {
                if lexed.text(i).hasIgnoringASCIICase("dollr") || lexed.text(i).has("/v1/jwt/client") {
                    v = true
                    break
                }
            }
        }
        return v
    }()

    /// Whether a word occurs (ASCII case-insensitively) in an identifier or string of the file, not only in comments.
    public func codeMentions(_ word: String) -> Bool {
        if let v = codeMentionsByWord[word] { return v }
        var v = false
        if source.containsKeyword(word) {
            let needle = Array(word.lowercased().utf8)
            for (i, t) in lexed.tokens.enumerated() where (t.kind == .identifier || t.kind == .string) && t.end - t.start >= needle.count {
                // A string standing alone as a statement is a docstring: prose, like a comment.
                if t.kind == .string, lexed.previous(i, newlines: true).map({ lexed.tokens[$0].kind == .newline }) ?? true,
                    lexed.next(i, newlines: true).map({ lexed.tokens[$0].kind == .newline }) ?? true
                {
                    continue
                }
                if ByteSearch.contains(Array(source.lowercasedBytes[t.start..<t.end]), needle) {
                    v = true
                    break
                }
            }
        }
        codeMentionsByWord[word] = v
        return v
    }

    /// Does the code name Dollr, or call a Dollr endpoint by its full path through a client named otherwise
    /// (`pay.http.get(base + "/v1/predictions/mmo-provider-info")`, `h.Pay.Do("POST", "/v1/payment-accounts/create")`)?
    /// A path the spec has, with its resource and action written out, is Dollr's whatever the host or client is called.
    public private(set) lazy var callsDollrInCode: Bool = {
        if mentionsDollrInCode { return true }
        guard source.containsKeyword("/v1/") else { return false }
        return dollrCalls.calls.contains { c in
            let segments = c.path.split(separator: "/")
            guard segments.count >= 3, !segments[1].has("\u{FFFC}"), !segments[2].has("\u{FFFC}") else { return false }
            return !knowledge.endpoints(matching: c.path).isEmpty
        }
    }()

    /// Does the file mention Dollr at all (name, host or an API path)?
    public private(set) lazy var mentionsDollr = source.containsKeyword("dollr") || source.containsKeyword("/v1/jwt/client")
}
