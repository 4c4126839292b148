import Foundation

/// Whether a file's data is Dollr's: the one decision every rule about Dollr's tokens, secrets, payloads and payer
/// data asks before it reports. Card numbers, e-mails and other providers' tokens in code that never touches Dollr
/// are another tool's business. The reason is shown with each finding when `DOLLR_LINT_DEBUG` is set.
///
/// A file is Dollr's when its path names Dollr, its code names Dollr (an identifier, the `heydollr` host, a
/// `DOLLR_*` setting), it calls a Dollr endpoint by its exact path, a comment or prose names Dollr, or it uses a
/// module of the project that names Dollr (an import, or a type declared in a file beside it).
public struct DollrScope: Sendable {
    /// Why the file is Dollr's, in words; nil when it is not.
    public let reason: String?

    /// The file's scope, decided once (`RuleContext.dollrScope`).
    static func decide(_ context: RuleContext) -> DollrScope {
        DollrScope(reason: reason(context))
    }

    /// Why a call to a `/v1/` path is a Dollr call, or nil: its URL (`url`) names Dollr's host, it is made on a Dollr
    /// client, or the file is Dollr's. Stripe and Razorpay also version their paths `/v1/`.
    public static func dollrCallReason(_ call: CodeModel.Call, url: String?, context: RuleContext) -> String? {
        if let u = url, u.hasIgnoringASCIICase("dollr") { return "the URL names Dollr's host" }
        if let client = call.callee.dropLast().first(where: { $0.hasIgnoringASCIICase("dollr") }) { return "it is called on `\(client)`" }
        return context.dollrScope.reason
    }

    private static func reason(_ context: RuleContext) -> String? {
        let source = context.source
        if source.path.hasIgnoringASCIICase("dollr") { return "the path \(source.path) names Dollr" }
        let file = context.lexed
        if source.containsKeyword("dollr") || source.containsKeyword("/v1/jwt/client") {
            for (i, t) in file.tokens.enumerated() where t.kind == .identifier || t.kind == .string {
                let text = t.kind == .string ? (file.plainString(i) ?? file.text(i)) : file.text(i)
                guard text.hasIgnoringASCIICase("dollr") || text.has("/v1/jwt/client") else { continue }
                return "\(shown(text)) at line \(file.line(i)) names Dollr"
            }
            return "a comment or prose names Dollr"
        }
        if let call = exactDollrCall(context) { return "it calls \(call)" }
        if let module = DollrModuleFinder(context).firstModuleNamingDollr() { return "it uses \(module), which names Dollr" }
        return nil
    }

    /// The first call whose path is a Dollr operation's literally (holes only where the operation takes a parameter):
    /// `/v1/executions/collection` is Dollr's, `/v1/orders/{hole}` could be anyone's.
    private static func exactDollrCall(_ context: RuleContext) -> String? {
        let knowledge = context.knowledge
        for dc in context.dollrCalls.calls {
            let segs = dc.path.split(separator: "/").map(String.init)
            let exact = knowledge.endpoints.first { ep in
                ep.segments.count == segs.count && zip(ep.segments, segs).allSatisfy { template, seg in template.map { $0 == seg } ?? true }
            }
            if let ep = exact { return ep.template }
        }
        return nil
    }

    /// A name as shown in a reason: short, and never a secret's value (only names and hosts contain "dollr").
    private static func shown(_ text: String) -> String {
        let trimmed = text.count > 60 ? String(text.prefix(57)) + "..." : text
        return "`" + trimmed.replacingOccurrences(of: "\n", with: " ") + "`"
    }
}

/// The project's modules a file uses that it can name without a build: relative imports (JavaScript, TypeScript,
/// Python, Ruby), package imports under the file's own source root (Kotlin, Java), and types declared in a file of
/// the same name beside it (Swift, C#, Kotlin, Java). Only a bounded number of small files is read, once each.
struct DollrModuleFinder {
    let context: RuleContext
    static let maxCandidates = 12

    init(_ context: RuleContext) { self.context = context }

    func firstModuleNamingDollr() -> String? {
        let project = context.project
        for path in candidatePaths().prefix(DollrModuleFinder.maxCandidates) where path != context.source.path {
            guard let bytes = project.contents(path) else { continue }
            if ByteSearch.contains(ByteSearch.lowercased(bytes), Array("dollr".utf8)) { return path }
        }
        return nil
    }

    private var directory: String { (context.source.path as NSString).deletingLastPathComponent }

    private func candidatePaths() -> [String] {
        let file = context.lexed
        let language = context.source.language
        var out: [String] = []
        var seen = Set<String>()
        func add(_ paths: [String]) {
            for p in paths where seen.insert(p).inserted && context.project.exists(p) { out.append(p) }
        }
        let tokens = file.tokens
        let root = language == .kotlin || language == .java ? sourceRoot() : nil
        for i in tokens.indices where out.count < DollrModuleFinder.maxCandidates {
            let t = tokens[i]
            switch language {
            case .javascript, .typescript, .vue, .svelte:
                // `from './dollr'`, `require('../lib/pay')`, `import('./x')`
                guard t.kind == .string, let s = file.plainString(i), s.hasPrefix("./") || s.hasPrefix("../"),
                    let p = file.previous(i), file.isIdentifier(p, "from") || file.isPunct(p, "(") || file.isIdentifier(p, "import")
                else { continue }
                let base = Self.join(directory, s)
                add(["", ".ts", ".tsx", ".js", ".jsx", ".mjs", "/index.ts", "/index.js"].map { base + $0 })
            case .python:
                // `from .payments import collect`, `from shop.payments import collect`
                guard t.kind == .identifier, file.text(i) == "from", let m = file.next(i) else { continue }
                var module = ""
                var k = m
                while k < tokens.count, file.isPunct(k, ".") || tokens[k].kind == .identifier, file.text(k) != "import" {
                    module += file.text(k)
                    k += 1
                }
                let relative = module.hasPrefix(".")
                let parts = module.split(separator: ".").map(String.init)
                guard !parts.isEmpty else { continue }
                let base = relative ? Self.join(directory, parts.joined(separator: "/")) : parts.joined(separator: "/")
                add([base + ".py", base + "/__init__.py"])
            case .ruby:
                guard t.kind == .string, let s = file.plainString(i), let p = file.previous(i) else { continue }
                let opener = file.isPunct(p, "(") ? file.previous(p) : p
                guard let o = opener, file.isIdentifier(o, "require_relative") else { continue }
                add([Self.join(directory, s.hasSuffix(".rb") ? s : s + ".rb")])
            case .kotlin, .java:
                guard t.kind == .identifier, file.text(i) == "import", let root else { continue }
                var parts: [String] = []
                var k = i + 1
                while k < tokens.count, tokens[k].kind == .identifier || file.isPunct(k, ".") {
                    if tokens[k].kind == .identifier { parts.append(file.text(k)) }
                    k += 1
                }
                guard parts.count >= 2 else { continue }
                let base = Self.join(root, parts.joined(separator: "/"))
                add([base + ".kt", base + ".java"])
            default:
                break
            }
        }
        // Types of the same module declared beside the file (`private let api: MarketAPI`).
        if [.swift, .csharp, .kotlin, .java].contains(language) {
            let ext = (context.source.path as NSString).pathExtension
            for i in tokens.indices where out.count < DollrModuleFinder.maxCandidates && tokens[i].kind == .identifier {
                let name = file.text(i)
                guard name.count > 2, name.first?.isUppercase == true, let p = file.previous(i), file.isPunct(p, ":") else { continue }
                add([Self.join(directory, name + "." + ext)])
            }
        }
        return out
    }

    /// The directory a Kotlin or Java file's package path starts from (`app/src/main/java` for `package lr.shop.ui`).
    private func sourceRoot() -> String? {
        let file = context.lexed
        let isPackage = { (k: Int) in file.tokens[k].kind == .identifier && file.text(k) == "package" }
        guard let i = file.tokens.indices.first(where: isPackage) else { return directory }
        var parts: [String] = []
        var k = i + 1
        while k < file.tokens.count, file.tokens[k].kind == .identifier || file.isPunct(k, ".") {
            if file.tokens[k].kind == .identifier { parts.append(file.text(k)) }
            k += 1
        }
        let suffix = parts.joined(separator: "/")
        if directory == suffix { return "" }
        guard directory.hasSuffix("/" + suffix) else { return nil }
        return String(directory.dropLast(suffix.count + 1))
    }

    /// `dir` joined with a relative path, `.` and `..` resolved; paths stay relative to the scan root.
    static func join(_ dir: String, _ relative: String) -> String {
        var parts = dir.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() } } else { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }
}
