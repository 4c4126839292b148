import Foundation

/// Calls to the Dollr API in one file: each call whose arguments evaluate to a `/v1/...` Dollr path,
/// the variables that hold their responses, and the object literals sent as their bodies.
public final class DollrCallIndex {
    public struct DollrCall {
        public let call: CodeModel.Call
        /// The `/v1/...` path, holes as \u{FFFC}.
        public let path: String
        /// The token of the URL argument.
        public let urlToken: Int
        /// The argument range that holds the URL.
        public let urlArgument: Range<Int>
        public var isToken: Bool { path.hasPrefix("/v1/jwt/") }
        public var isExecution: Bool { path.hasPrefix("/v1/executions/") }
        public var isRealtimeKey: Bool { path.hasPrefix("/v1/realtime-keys") }
    }

    public let calls: [DollrCall]
    /// Normalised variable name -> what it holds.
    public private(set) var holds: [String: Holding] = [:]

    public enum Holding { case tokenResponse, executionResponse, executionPayload, realtimeKeyResponse }

    public init(model: CodeModel) {
        let file = model.file
        var found: [DollrCall] = []
        for call in model.calls {
            for arg in call.arguments {
                guard let value = model.stringValue(arg), let path = DollrKnowledge.apiPath(in: value) else { continue }
                // Only a Dollr path: named host, or a Dollr resource after /v1/.
                let host = value.contains("heydollr") || value.hasPrefix("\u{FFFC}") || value.hasPrefix("/v1/")
                guard host else { continue }
                let tok = arg.first(where: { file.tokens[$0].kind == .string || file.tokens[$0].kind == .identifier }) ?? arg.lowerBound
                found.append(DollrCall(call: call, path: path, urlToken: tok, urlArgument: arg))
                break
            }
        }
        // Innermost call only: `fetch(url).then(...)` and `await fetch(url)` share their URL with outer calls.
        calls = found.filter { c in !found.contains { o in o.call.nameToken != c.call.nameToken && c.call.args.contains(o.call.nameToken) && o.urlToken == c.urlToken } }
        index(model)
    }

    private func index(_ model: CodeModel) {
        let file = model.file
        for dc in calls {
            let kind: Holding? = dc.isToken ? .tokenResponse : (dc.isExecution ? .executionResponse : (dc.isRealtimeKey ? .realtimeKeyResponse : nil))
            guard let k = kind else { continue }
            for b in model.bindings where b.kind == .assignment && b.value.contains(dc.call.nameToken) { holds[b.normalizedName] = k }
            // Destructuring `const { access_token } = await fetch(...)` is name-based already.
            if dc.isExecution {
                for arg in dc.call.arguments.dropFirst() {
                    for i in arg where file.tokens[i].kind == .identifier {
                        let name = file.text(i)
                        guard let a = model.assignment(named: name, before: dc.call.nameToken), let first = a.value.first else { continue }
                        let t = file.text(first)
                        if t == "{" || t == "[" || t == "dict" || t == "array" || t == "map" || t == "new" || t == "hashMapOf" || t == "mapOf" || t == "Map" || file.isPunct(first, "{") {
                            holds[CodeModel.normalize(name)] = .executionPayload
                        }
                    }
                }
            }
        }
        // One more hop: `data = await res.json()`, `execution = response.json()`, `body = resp.data`.
        for _ in 0..<2 {
            for b in model.bindings where b.kind == .assignment && holds[b.normalizedName] == nil {
                for i in b.value where file.tokens[i].kind == .identifier {
                    guard let h = holds[CodeModel.normalize(file.text(i))], h != .executionPayload else { continue }
                    if let n = file.next(i), file.isPunct(n, ".") || file.isPunct(n, "?.") || file.isPunct(n, "->"), let m = file.next(n),
                       ["json", "text", "data", "body", "content", "getBody", "parsed_response", "body_string", "readAll", "Body", "decode"].contains(file.text(m)) {
                        holds[b.normalizedName] = h
                    } else if let p = file.previous(i), file.isPunct(p, "(") , let c = file.previous(p), ["loads", "parse", "decode", "Unmarshal", "json_decode", "jsonDecode", "NewDecoder"].contains(file.text(c)) {
                        holds[b.normalizedName] = h
                    }
                }
            }
        }
    }

    public static func of(_ context: RuleContext) -> DollrCallIndex {
        if let v = context.memo["dollrCalls"] as? DollrCallIndex { return v }
        let v = DollrCallIndex(model: context.model)
        context.memo["dollrCalls"] = v
        return v
    }
}

/// What a value expression (log arguments, a response body) refers to that is sensitive, and whether it is redacted.
public struct SensitiveReferenceFinder {
    public enum Kind: Equatable { case accessToken, clientSecret, authorizationHeader, headersObject, tokenResponse, cardData, paymentClientSecret, payerPII, executionPayload, executionResponse }
    public struct Reference { public let token: Int; public let kind: Kind; public let name: String }

    let context: RuleContext
    let model: CodeModel
    let file: LexedFile
    let calls: DollrCallIndex

    public init(_ context: RuleContext) {
        self.context = context
        self.model = context.model
        self.file = context.lexed
        self.calls = DollrCallIndex.of(context)
    }

    static let passThrough: Set<String> = ["json", "text", "data", "body", "content", "getBody", "toString", "to_s", "to_json", "toJSON", "inspect", "String", "dict", "model_dump", "__dict__"]
    static let redactingCalls = ["mask", "redact", "hash", "sha", "digest", "md5", "len", "length", "count", "strlen", "bool", "isset", "empty", "present",
                                 "obfuscate", "truncate", "last4", "fingerprint", "prefix", "suffix", "censor", "scrub", "sanitize", "anonymi", "boolean",
                                 "abbrev", "slice", "substr", "substring", "take", "preview", "short", "partial", "maskify", "star", "typeof", "isnil", "isempty", "exists"]

    /// The sensitive references in `range`, skipping keys, callees, member bases and redacted uses.
    public func references(in range: Range<Int>) -> [Reference] {
        var result: [Reference] = []
        let dollr = context.mentionsDollr
        let tokens = file.tokens
        var i = range.lowerBound
        while i < range.upperBound {
            defer { i += 1 }
            let t = tokens[i]
            var nameToken = i
            var name: String
            if t.kind == .identifier {
                name = file.text(i)
                if CodeModel.keywords.contains(name) || name == "this" || name == "self" { continue }
            } else if t.kind == .string, let s = file.plainString(i), let p = file.previous(i), file.isPunct(p, "["), let n = file.next(i), file.isPunct(n, "]") {
                name = s // data["access_token"], headers['Authorization']
            } else if t.kind == .string, let s = file.plainString(i), let p = file.previous(i), file.isPunct(p, "("), let c = file.previous(p),
                      ["get", "getString", "header", "getHeader", "optString", "fetch", "value"].contains(file.text(c)) {
                name = s
            } else { continue }
            // Walk the member chain forward: the last name decides, pass-through members refer to the base.
            var base = i
            var last = i
            var j = i
            var chainLength = 1
            while let n = file.next(j), n < range.upperBound, file.isPunct(n, ".") || file.isPunct(n, "?.") || file.isPunct(n, "->") || file.isPunct(n, "!."),
                  let m = file.next(n), m < range.upperBound, tokens[m].kind == .identifier {
                if SensitiveReferenceFinder.passThrough.contains(file.text(m)) && chainLength == 1 { j = m; last = m; continue }
                j = m; last = m; base = m; chainLength += 1
            }
            // Subscripts with a string: `x["access_token"]` is handled when the string token comes up.
            if let n = file.next(last), n < range.upperBound, file.isPunct(n, "["), let k = file.next(n), tokens[k].kind == .string { i = last; continue }
            if base != i { name = file.text(base); nameToken = base }
            let chainEnd = last
            let endsInPassThrough = last != base
            i = chainEnd
            guard !isKey(nameToken: t.kind == .string ? i : chainEnd, original: i), endsInPassThrough || !isCallee(chainEnd), !isRedacted(start: nameToken == i ? i : rewindChain(i), end: chainEnd, range: range) else { continue }
            let headName = file.text(nameToken)
            let chainBase = rewindChain(nameToken)
            let holdsName = CodeModel.normalize(file.text(chainBase == nameToken ? nameToken : chainBase))
            if chainBase == nameToken || base == nameToken && chainLength == 1 {
                if let h = calls.holds[CodeModel.normalize(headName)], chainLength == 1 {
                    switch h {
                    case .tokenResponse: result.append(Reference(token: nameToken, kind: .tokenResponse, name: headName)); continue
                    case .executionResponse: result.append(Reference(token: nameToken, kind: .executionResponse, name: headName)); continue
                    case .executionPayload: result.append(Reference(token: nameToken, kind: .executionPayload, name: headName)); continue
                    case .realtimeKeyResponse: continue
                    }
                }
            } else if calls.holds[holdsName] == .realtimeKeyResponse { continue }
            if let kind = classify(headName, chainLength: chainLength, base: chainBase, dollr: dollr, at: nameToken) {
                result.append(Reference(token: nameToken, kind: kind, name: headName))
            }
        }
        return result
    }

    private func classify(_ name: String, chainLength: Int, base: Int, dollr: Bool, at token: Int) -> Kind? {
        if SecretNames.isAuthorizationHeader(name) { return .authorizationHeader }
        if SecretNames.isPaymentClientSecret(name) {
            let n = CodeModel.normalize(name)
            if n.contains("stripe") || n.contains("intent") { return .paymentClientSecret }
            // A bare client_secret: Dollr's when this file requests tokens, Stripe's in a card flow.
            if context.source.containsKeyword("jwt/client/obtain") || context.source.containsKeyword("client_id") || context.source.containsKeyword("clientid") { return .clientSecret }
            return .paymentClientSecret
        }
        if SecretNames.isClientSecret(name, dollrContext: dollr) { return .clientSecret }
        if SecretNames.isAccessToken(name, dollrContext: dollr) {
            // `token` on another object (`user.token`, `req.token`) is not the Dollr token.
            if chainLength > 1 && CodeModel.normalize(name) == "token" { return nil }
            if SecretNames.genericTokenNames.contains(CodeModel.normalize(name)) && !isLinkedToDollr(name, at: token) { return nil }
            return .accessToken
        }
        if SecretNames.isHeadersObject(name) {
            guard context.source.containsKeyword("authorization") || context.source.containsKeyword("bearer") else { return nil }
            if chainLength > 1 {
                let b = CodeModel.normalize(file.text(base))
                guard ["config", "options", "opts", "init", "requestoptions", "requestconfig", "reqconfig", "fetchoptions", "defaults", "session"].contains(b) else { return nil }
            }
            return .headersObject
        }
        if SecretNames.isCardData(name) { return .cardData }
        if SecretNames.isPayerPII(name) { return .payerPII }
        return nil
    }

    /// A generic `token` is Dollr's when it is assigned from something Dollr (a Dollr call, `getDollrToken()`,
    /// `data.access_token`), or, with no assignment in the file, when the code itself is about Dollr.
    func isLinkedToDollr(_ name: String, at token: Int) -> Bool {
        guard let a = model.assignment(named: name, before: token) ?? model.assignment(named: name) else { return context.mentionsDollrInCode }
        for k in a.value {
            let t = file.tokens[k]
            guard t.kind == .identifier || t.kind == .string else { continue }
            let text = file.text(k).lowercased()
            if text.contains("dollr") || text.contains("access_token") || text.contains("accesstoken") || text.contains("/v1/jwt/") { return true }
            if t.kind == .identifier, let h = calls.holds[CodeModel.normalize(file.text(k))], h == .tokenResponse { return true }
        }
        return false
    }

    private func rewindChain(_ i: Int) -> Int {
        var k = i
        while let p = file.previous(k), file.isPunct(p, ".") || file.isPunct(p, "?.") || file.isPunct(p, "->"), let q = file.previous(p), file.tokens[q].kind == .identifier { k = q }
        return k
    }

    private func isKey(nameToken: Int, original: Int) -> Bool {
        guard let n = file.next(nameToken) else { return false }
        if file.isPunct(n, ":") || file.isPunct(n, "=>") {
            // `{ key: value }`, `key: value` arguments, but not the `cond ? a : b` branch.
            if let p = file.previous(original), file.isPunct(p, "?") { return false }
            return true
        }
        if file.isPunct(n, "=") , let p = file.previous(original), file.isPunct(p, "(") || file.isPunct(p, ",") { return true }
        return false
    }

    private func isCallee(_ i: Int) -> Bool {
        guard let n = file.next(i) else { return false }
        return file.isPunct(n, "(") || (file.isPunct(n, "!") && file.next(n).map { file.isPunct($0, "(") } == true)
    }

    private func isRedacted(start: Int, end: Int, range: Range<Int>) -> Bool {
        if let n = file.next(end), n < range.upperBound {
            let s = file.text(n)
            if ["?", "==", "!=", "===", "!==", "is", "&&", "||", "??"].contains(s) && !(s == "??" || s == "||") { return true }
            if s == "[" , let k = file.next(n), file.isPunct(k, ":") || file.isPunct(k, "..") || file.tokens[k].kind == .number { return true }
            if s == "." || s == "?." , let m = file.next(n) {
                let name = file.text(m).lowercased()
                if ["length", "count", "size", "isempty", "isnotempty", "nil?", "present?", "blank?", "empty?"].contains(name) { return true }
            }
        }
        if let p = file.previous(start) {
            let s = file.text(p)
            if s == "!" || s == "!!" || s == "typeof" || s == "not" || s == "len" { return true }
        }
        for call in model.calls where call.args.contains(start) && range.contains(call.nameToken) {
            let name = call.name.lowercased()
            if SensitiveReferenceFinder.redactingCalls.contains(where: { name.contains($0) }) { return true }
        }
        return false
    }
}
