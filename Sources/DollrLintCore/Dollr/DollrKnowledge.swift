import Foundation
import Synchronization

/// One table of what Dollr is: endpoints from the OpenAPI spec, and the reference data
/// (currencies, countries, calling codes, the method/provider/market matrix).
public final class DollrKnowledge: @unchecked Sendable {
    public struct Endpoint: Sendable {
        public let method: String
        public let template: String
        /// Path segments; nil stands for a `{parameter}`.
        public let segments: [String?]
        public let operationId: String
        public let requestBody: JSONValue?
        public let parameters: [Parameter]
        public var display: String { "\(method) \(template)" }
    }

    public struct Parameter: Sendable {
        public let name: String
        public let location: String
        public let required: Bool
        public let schema: JSONValue?
    }

    public struct CallingCode: Sendable {
        public let code: String
        public let countries: [String]
        public let lengths: Set<Int>
        public let minLength: Int
        public let maxLength: Int
    }

    public struct PaymentMethod: Sendable {
        public let method: String
        public let provider: String
        public let countryCode: String?
        public let callingCode: String?
        public let currencies: [String]
        public let operations: [String]
    }

    public let spec: JSONValue
    public let specName: String
    public let endpoints: [Endpoint]
    public let currencies: Set<String>
    public let countries: Set<String>
    public let callingCodes: [String: CallingCode]
    public let methods: [String: PaymentMethod]
    public let providers: Set<String>
    /// First path segments after /v1 that Dollr uses (jwt, executions, status, ...).
    public let resources: Set<String>
    /// Schema keywords the validator does not understand, found in the spec (warned about once).
    public private(set) var unsupportedKeywords: Set<String> = []
    /// The JSON Schema keywords the payload validator understands; the others are listed as ignored.
    static let supportedSchemaKeywords: Set<String> = [
        "$ref", "type", "enum", "const", "properties", "required", "additionalProperties", "items", "anyOf", "oneOf", "allOf",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern", "format",
        "minItems", "maxItems", "title", "description", "default", "examples", "example", "nullable", "readOnly", "writeOnly",
        "deprecated", "discriminator", "$defs", "definitions", "externalDocs", "xml", "contentMediaType", "uniqueItems",
    ]
    /// One warning per run for what the spec uses and the validator ignores.
    public var warnings: [String] {
        unsupportedKeywords.isEmpty
            ? [] : ["\(specName): schema keywords ignored by the validator: \(unsupportedKeywords.sorted().joined(separator: ", "))"]
    }

    /// The knowledge compiled into the binary, optionally with another spec.
    public static func load(specOverride: (name: String, bytes: [UInt8])? = nil) throws -> DollrKnowledge {
        func bundled(_ name: String) throws -> JSONValue {
            guard let text = BundledResources.files[name] else {
                throw ConfigError(file: name, "bundled resource is missing from the build")
            }
            do { return try JSONParser.parse(text) } catch { throw ConfigError(file: name, "invalid JSON: \(error)") }
        }
        let spec: JSONValue
        let specName: String
        if let o = specOverride {
            do { spec = try JSONParser.parse(o.bytes) } catch {
                throw ConfigError(file: o.name, "not a valid OpenAPI JSON document: \(error)")
            }
            specName = o.name
        } else {
            spec = try bundled("rules/openapi/dollr-v1.json")
            specName = "rules/openapi/dollr-v1.json"
        }
        return try DollrKnowledge(
            spec: spec, specName: specName, currencies: try bundled("rules/data/iso4217.json"),
            countries: try bundled("rules/data/iso3166.json"), callingCodes: try bundled("rules/data/e164.json"),
            markets: try bundled("rules/data/markets.json"))
    }

    private static let sharedCache = Mutex<DollrKnowledge?>(nil)
    /// The bundled knowledge, parsed once per process.
    public static func shared() throws -> DollrKnowledge {
        try sharedCache.withLock { cached in
            if let knowledge = cached { return knowledge }
            let knowledge = try load()
            cached = knowledge
            return knowledge
        }
    }

    public init(
        spec: JSONValue, specName: String, currencies currencyData: JSONValue, countries countryData: JSONValue,
        callingCodes callingCodeData: JSONValue, markets: JSONValue
    ) throws {
        self.spec = spec
        self.specName = specName
        guard case .object = spec, let paths = spec["paths"]?.objectMembers else {
            throw ConfigError(file: specName, "paths: expected an object of API paths (is this an OpenAPI document?)")
        }
        var eps: [Endpoint] = []
        var resources: Set<String> = []
        for (template, item) in paths {
            guard let ops = item.objectMembers else { throw ConfigError(file: specName, "paths.\(template): expected an object") }
            let segs: [String?] = template.split(separator: "/").map { $0.hasPrefix("{") ? nil : String($0) }
            if segs.count > 1, let r = segs[1] { resources.insert(r) }
            let shared = item["parameters"]?.arrayValue ?? []
            for (method, op) in ops where ["get", "post", "put", "patch", "delete"].contains(method.lowercased()) {
                var params: [Parameter] = []
                for p in shared + (op["parameters"]?.arrayValue ?? []) {
                    let p = DollrKnowledge.resolveRef(p, in: spec) ?? p
                    guard let name = p["name"]?.stringValue, let loc = p["in"]?.stringValue else { continue }
                    params.append(Parameter(name: name, location: loc, required: p["required"] == .bool(true), schema: p["schema"]))
                }
                var body: JSONValue? = nil
                if let content = op["requestBody"]?["content"] {
                    body = content["application/json"]?["schema"] ?? content.objectMembers?.first?.value["schema"]
                }
                eps.append(
                    Endpoint(
                        method: method.uppercased(), template: template, segments: segs,
                        operationId: op["operationId"]?.stringValue ?? "\(method) \(template)", requestBody: body, parameters: params))
            }
        }
        endpoints = eps.sorted { $0.template == $1.template ? $0.method < $1.method : $0.template < $1.template }
        var unsupported = Set<String>()
        for schema in (spec["components"]?["schemas"]?.objectMembers ?? []).map({ $0.value }) + eps.compactMap({ $0.requestBody })
            + eps.flatMap({ $0.parameters.compactMap { $0.schema } })
        {
            DollrKnowledge.collectUnsupported(schema, into: &unsupported, depth: 0)
        }
        unsupportedKeywords = unsupported
        self.resources = resources
        self.currencies = Set((currencyData["codes"]?.arrayValue ?? []).compactMap { $0.stringValue })
        if let obj = countryData["codes"]?.objectMembers {
            self.countries = Set(obj.map { $0.key })
        } else {
            self.countries = Set((countryData["codes"]?.arrayValue ?? []).compactMap { $0.stringValue })
        }
        var cc: [String: CallingCode] = [:]
        for entry in callingCodeData["calling_codes"]?.arrayValue ?? [] {
            guard let code = entry["code"]?.stringValue else { continue }
            let lengths = Set((entry["national_number_lengths"]?.arrayValue ?? []).compactMap { $0.doubleValue.map { Int($0) } })
            let minL = entry["min_length"]?.doubleValue.map { Int($0) } ?? lengths.min() ?? 4
            let maxL = entry["max_length"]?.doubleValue.map { Int($0) } ?? lengths.max() ?? (15 - code.count)
            cc[code] = CallingCode(
                code: code, countries: (entry["countries"]?.arrayValue ?? []).compactMap { $0.stringValue }, lengths: lengths,
                minLength: minL, maxLength: maxL)
        }
        callingCodes = cc
        var ms: [String: PaymentMethod] = [:]
        for m in markets["methods"]?.arrayValue ?? [] {
            guard let method = m["method"]?.stringValue, let provider = m["provider"]?.stringValue else { continue }
            ms[method] = PaymentMethod(
                method: method, provider: provider, countryCode: m["country_code"]?.stringValue,
                callingCode: m["calling_code"]?.stringValue,
                currencies: (m["currencies"]?.arrayValue ?? []).compactMap { $0.stringValue },
                operations: (m["operations"]?.arrayValue ?? []).compactMap { $0.stringValue })
        }
        methods = ms
        providers = Set((markets["providers"]?.arrayValue ?? []).compactMap { $0.stringValue }).union(ms.values.map { $0.provider })
    }

    /// Schema keywords the validator ignores (vendor `x-` extensions aside), so the user is warned once.
    static func collectUnsupported(_ schema: JSONValue, into set: inout Set<String>, depth: Int) {
        guard depth < 64, let members = schema.objectMembers else { return }
        for (k, v) in members {
            if k == "properties" || k == "$defs" || k == "definitions" {
                for (_, s) in v.objectMembers ?? [] { collectUnsupported(s, into: &set, depth: depth + 1) }
                continue
            }
            if !k.hasPrefix("x-") && !DollrKnowledge.supportedSchemaKeywords.contains(k) { set.insert(k) }
            if ["items", "additionalProperties", "not"].contains(k) { collectUnsupported(v, into: &set, depth: depth + 1) }
            if ["anyOf", "oneOf", "allOf"].contains(k) {
                for s in v.arrayValue ?? [] { collectUnsupported(s, into: &set, depth: depth + 1) }
            }
        }
    }

    /// Follows a local `$ref` (`#/components/schemas/X`).
    public static func resolveRef(_ v: JSONValue, in spec: JSONValue) -> JSONValue? {
        guard let ref = v["$ref"]?.stringValue, ref.hasPrefix("#/") else { return nil }
        var cur: JSONValue? = spec
        for part in ref.dropFirst(2).split(separator: "/") {
            // JSON Pointer escapes are rare: most parts are looked up as they are, without Foundation's replacing.
            let key =
                part.has("~") ? part.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~") : String(part)
            cur = cur?[key]
        }
        return cur
    }

    // MARK: paths

    /// The `/v1/...` path inside a URL or path string (holes as \u{FFFC}), without query or fragment.
    public static func apiPath(in value: String) -> String? {
        let u = Array(value.utf8), needle = Array("/v1/".utf8)
        guard let start = ByteSearch.firstIndex(u, needle, from: 0) else { return nil }
        var path = String(decoding: u[start...], as: UTF8.self)
        if let q = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<q]) }
        while path.hasSuffix("/") && path.count > 4 { path.removeLast() }
        return path
    }

    /// Endpoints whose template matches `path`; a hole or parameter matches any one segment.
    public func endpoints(matching path: String) -> [Endpoint] {
        let segs = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        return endpoints.filter { ep in
            guard ep.segments.count == segs.count else { return false }
            for (a, b) in zip(ep.segments, segs) {
                if b.has("\u{FFFC}") || b.hasPrefix(":") || b.hasPrefix("{") { continue }
                if let a = a, a != b { return false }
            }
            return true
        }
    }

    public func endpoint(method: String, path: String) -> Endpoint? {
        endpoints(matching: path).first { $0.method == method.uppercased() }
    }

    /// Whether a path is meant for Dollr: it names a Dollr resource (or a near miss of one).
    public func looksLikeDollrPath(_ path: String) -> Bool {
        let segs = path.split(separator: "/").map(String.init)
        guard segs.count >= 2, segs[0] == "v1" else { return false }
        let first = segs[1]
        if resources.contains(first) { return true }
        return resources.contains { EditDistance.distance(first, $0) <= 2 && first.count >= 4 }
    }

    /// Known endpoints closest to `path` (by edit distance on the template), best first.
    public func nearestEndpoints(to path: String, method: String? = nil, limit: Int = 3) -> [String] {
        let scored = endpoints.map { ep -> (Int, String) in
            let d = EditDistance.distance(ep.template, path) + (method != nil && method!.uppercased() != ep.method ? 2 : 0)
            return (d, ep.display)
        }
        return scored.sorted { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(limit).map { $0.1 }
    }
}

public enum EditDistance {
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev = Array(0...y.count), cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }
}
