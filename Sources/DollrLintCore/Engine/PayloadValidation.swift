import Foundation

/// `dollr-lint validate`: one payload file against one endpoint, reported like Dollr's own 422 body.
public struct PayloadValidation {
    public let endpoint: String
    public let problems: [ValidationProblem]
    public var valid: Bool { problems.isEmpty }

    /// Payloads larger than this are refused with a clear error: Dollr request bodies are small.
    public static let maxPayloadBytes = 50_000_000

    /// Parses "METHOD /v1/path", finds the operation, parses the payload and validates it.
    /// Throws `ConfigError` (exit 2) for an unusable payload, endpoint or spec.
    public static func run(payload: [UInt8], payloadName: String, endpoint: String, query: [String: String], knowledge: DollrKnowledge)
        throws -> PayloadValidation
    {
        let parts = endpoint.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, ["GET", "POST", "PUT", "PATCH", "DELETE"].contains(parts[0].uppercased()), parts[1].hasPrefix("/") else {
            throw ConfigError(
                file: "", "--endpoint: expected \"METHOD /v1/path\" such as \"POST /v1/executions/collection\", got \"\(endpoint)\"")
        }
        let method = parts[0].uppercased()
        var rawPath = String(parts[1])
        var query = query
        if let q = rawPath.firstIndex(of: "?") {
            for pair in rawPath[rawPath.index(after: q)...].split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1)
                query[String(kv[0])] = kv.count > 1 ? (String(kv[1]).removingPercentEncoding ?? String(kv[1])) : ""
            }
            rawPath = String(rawPath[..<q])
        }
        guard let ep = knowledge.endpoint(method: method, path: rawPath) else {
            let near = knowledge.nearestEndpoints(to: rawPath, method: method)
            throw ConfigError(file: knowledge.specName, "unknown endpoint \(method) \(rawPath); closest: \(near.joined(separator: ", "))")
        }
        guard payload.count <= maxPayloadBytes else {
            throw ConfigError(
                file: payloadName,
                "payload is \(payload.count / 1_000_000) MB; refusing anything over \(maxPayloadBytes / 1_000_000) MB (Dollr request "
                    + "bodies are a few KB)"
            )
        }
        var body: JSONValue? = nil
        let blank = payload.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        if !blank {
            do { body = try JSONParser.parse(payload) } catch { throw ConfigError(file: payloadName, "invalid JSON: \(error)") }
        }
        // A body-less operation (GET, publish): the file holds its query parameters.
        if ep.requestBody == nil, let members = body?.objectMembers {
            for (k, v) in members where query[k] == nil { query[k] = v.queryText ?? "" }
            body = nil
        }
        var problems = PayloadValidator(knowledge: knowledge).validate(endpoint: ep, body: body, query: query, path: rawPath)
        // A credential pasted into the wrong field is echoed by "must be one of ..., got '...'": mask it there too.
        let credentials = credentialValues(body, key: nil) + query.flatMap { credentialValues(.string($0.value), key: $0.key) }
        let masker = SecretValueMasker(values: credentials)
        for i in problems.indices { problems[i].msg = masker.mask(problems[i].msg) }
        return PayloadValidation(endpoint: "\(method) \(rawPath)", problems: problems)
    }

    /// String values of a payload that may be credentials: under a secret's name, or random-looking (UUIDs aside).
    static func credentialValues(_ value: JSONValue?, key: String?) -> [[UInt8]] {
        switch value {
        case .string(let s)?:
            let named =
                key.map {
                    SecretNames.isClientSecret($0, dollrContext: true) || SecretNames.isAccessToken($0, dollrContext: true)
                        || SecretNames.isAuthorizationHeader($0)
                } ?? false
            let shaped = (SecretHeuristics.looksRandom(s, minLength: 12) || HardcodedSecretRule.isSecretLike(s)) && !isUUID(s)
            return named || shaped ? [Array(s.utf8)] : []
        case .array(let items)?: return items.flatMap { credentialValues($0, key: key) }
        case .object(let members)?: return members.flatMap { credentialValues($0.value, key: $0.key) }
        default: return []
        }
    }

    /// 8-4-4-4-12 hex digits: a reference id, never a secret.
    static func isUUID(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        guard bytes.count == 36 else { return false }
        return bytes.enumerated().allSatisfy { i, b in
            [8, 13, 18, 23].contains(i) ? b == 0x2D : (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x66)
        }
    }

    public func json() -> String {
        let detail = problems.map { p -> String in
            let loc = p.loc.map { part -> String in
                switch part {
                case .key(let k): return JSONWriter.quote(k)
                case .index(let i): return String(i)
                }
            }.joined(separator: ", ")
            return
                "    {\"loc\": [\(loc)], \"msg\": \(JSONWriter.quote(p.msg)), \"type\": \(JSONWriter.quote(p.type)), \"rule\": "
                + "\(JSONWriter.quote(p.rule.rawValue))}"
        }
        return "{\n  \"valid\": \(valid),\n  \"endpoint\": \(JSONWriter.quote(endpoint)),\n  \"detail\": ["
            + (detail.isEmpty ? "]" : "\n" + detail.joined(separator: ",\n") + "\n  ]") + "\n}\n"
    }

    public func text() -> String {
        if valid { return "valid: \(endpoint)\n" }
        var out = "invalid: \(endpoint) (\(problems.count) problem\(problems.count == 1 ? "" : "s"))\n"
        for p in problems { out += "  \(p.loc.map { $0.description }.joined(separator: ".")): \(p.msg) [\(p.rule)]\n" }
        return out
    }
}
