import Foundation
import Synchronization

/// One problem, shaped like an item of Dollr's HTTP 422 `detail` array, plus the dollr-lint rule that reports it.
public struct ValidationProblem: Hashable, Sendable {
    public enum LocPart: Hashable, Sendable, CustomStringConvertible {
        case key(String), index(Int)
        public var description: String {
            switch self {
            case .key(let k): return k
            case .index(let i): return String(i)
            }
        }
    }
    public var loc: [LocPart]
    public var msg: String
    public var type: String
    public var rule: RuleID
}

/// What one validation has seen: the `$ref`s entered at the current value (a schema that refers back to itself
/// there adds nothing and would never end), and each `$ref`'s problems at each location, so a schema shared by many
/// branches (`allOf` chains, diamonds) is checked once per value and the work stays linear in spec and payload size.
struct SchemaWalk {
    struct Place: Hashable {
        let ref: String
        let field: String?
        let loc: [ValidationProblem.LocPart]
    }
    var activeRefs: Set<String> = []
    var memo: [Place: [ValidationProblem]] = [:]
    /// Schema visits, for tests that bound the work.
    var visits = 0
}

/// Validates request bodies, query and path parameters against the OpenAPI spec (the JSON Schema subset
/// OpenAPI uses) and Dollr's own semantics: E.164 phones, ISO 4217 currencies, UUID v4 reference ids,
/// method/provider pairs by market, source_kind vs source_type.
public final class PayloadValidator {
    let knowledge: DollrKnowledge
    var spec: JSONValue { knowledge.spec }

    public init(knowledge: DollrKnowledge) { self.knowledge = knowledge }

    /// Validates one request: the body (nil when none was sent), query and path parameters.
    public func validate(endpoint: DollrKnowledge.Endpoint, body: JSONValue?, query: [String: String], path: String? = nil)
        -> [ValidationProblem]
    {
        var walk = SchemaWalk()
        return validate(endpoint: endpoint, body: body, query: query, path: path, walk: &walk)
    }

    func validate(
        endpoint: DollrKnowledge.Endpoint, body: JSONValue?, query: [String: String], path: String?,
        walk: inout SchemaWalk
    ) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        // Path parameters: `/v1/invoices/publish/{id}` with the value from the concrete path.
        if let path = path {
            let segs = path.split(separator: "/").map(String.init)
            let templateSegs = endpoint.template.split(separator: "/").map(String.init)
            // Placeholders in a path (`YOUR_REFERENCE_ID`, `<id>`, `{id}`, `:id`, `$REF`) are not values.
            for (t, v) in zip(templateSegs, segs)
            where t.hasPrefix("{") && !v.has("\u{FFFC}") && !v.hasPrefix(":") && !v.hasPrefix("{") && !v.hasPrefix("<")
                && !v.hasPrefix("$")
                && !(v.uppercased() == v && v.contains(where: { $0.isLetter }) && !v.contains(where: { $0.isNumber }))
                && !SecretHeuristics.isPlaceholder(v)
            {
                let name = String(t.dropFirst().dropLast())
                guard let p = endpoint.parameters.first(where: { $0.location == "path" && $0.name == name }), let schema = p.schema else {
                    continue
                }
                validate(
                    coerce(v, to: schema), schema: schema, loc: [.key("path"), .key(name)], field: name, into: &problems, depth: 0,
                    walk: &walk)
            }
        }
        validateQuery(endpoint: endpoint, query: query, into: &problems, walk: &walk)
        if let schema = endpoint.requestBody {
            if let body = body {
                validate(body, schema: schema, loc: [.key("body")], field: nil, into: &problems, depth: 0, walk: &walk)
                checkMethodProvider(body, schema: resolve(schema), loc: [.key("body")], into: &problems)
            } else if resolve(schema)["required"] != nil || endpoint.method == "POST" {
                problems.append(
                    .init(
                        loc: [.key("body")], msg: "Field required: this endpoint takes a JSON body", type: "missing", rule: .schemaViolation
                    ))
            }
        }
        return problems
    }

    private func validateQuery(
        endpoint: DollrKnowledge.Endpoint, query: [String: String], into problems: inout [ValidationProblem],
        walk: inout SchemaWalk
    ) {
        let queryParams = endpoint.parameters.filter { $0.location == "query" }
        var misnamed: [String: (use: String, rule: RuleID)] = [:]
        if let op = operation(endpoint), let m = op["x-dollr-misnamed-parameters"]?.objectMembers {
            for (wrong, v) in m {
                misnamed[wrong] = (v["use"]?.stringValue ?? "", v["rule"]?.stringValue.map { RuleID($0) } ?? .schemaViolation)
            }
        }
        // The live spec has no extension: source_kind/source_type are still each other's wrong name.
        let names = Set(queryParams.map { $0.name })
        if names.contains("source_type") && misnamed["source_kind"] == nil {
            misnamed["source_kind"] = ("source_type", .sourceKindMismatch)
        }
        if names.contains("source_kind") && misnamed["source_type"] == nil {
            misnamed["source_type"] = ("source_kind", .sourceKindMismatch)
        }
        var excused: Set<String> = []
        for (wrong, fix) in misnamed where query[wrong] != nil && query[fix.use] == nil && !names.contains(wrong) {
            problems.append(
                .init(
                    loc: [.key("query"), .key(wrong)],
                    msg: "\(wrong) is not a parameter of \(endpoint.display); use \(fix.use) (same values: INVOICE or ORDER)",
                    type: "extra_forbidden", rule: fix.rule))
            excused.insert(fix.use)
        }
        for p in queryParams {
            guard let raw = query[p.name] else {
                if p.required && !excused.contains(p.name) {
                    problems.append(
                        .init(
                            loc: [.key("query"), .key(p.name)], msg: "Field required: add the query parameter \(p.name)", type: "missing",
                            rule: .schemaViolation))
                }
                continue
            }
            guard let schema = p.schema else { continue }
            validate(
                coerce(raw, to: schema), schema: schema, loc: [.key("query"), .key(p.name)], field: p.name, into: &problems, depth: 0,
                walk: &walk)
        }
        // Predictions and fees take payment_method/provider as query parameters: the pair must agree there too.
        let asObject = JSONValue.object(query.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.string($0.value)) })
        let methodKey = query["payment_method"] != nil ? "payment_method" : "method"
        let pair = PayloadValidator.methodProviderProblems(
            asObject, methodKey: methodKey, providerKey: "provider", countryKey: "country_code",
            phoneKey: query["phone"] != nil ? "phone" : nil,
            loc: [.key("query")], knowledge: knowledge, existing: problems, validator: self)
        PayloadValidator.merge(pair, into: &problems)
    }

    func operation(_ e: DollrKnowledge.Endpoint) -> JSONValue? { spec["paths"]?[e.template]?[e.method.lowercased()] }

    /// Query and path values arrive as strings: coerce to the schema's type first, as FastAPI does.
    func coerce(_ raw: String, to schema: JSONValue) -> JSONValue {
        let types = schemaTypes(resolve(schema))
        if types.contains("integer"), let i = Int64(raw) { return .integer(i) }
        if types.contains("number"), let d = Double(raw) { return .number(d) }
        if types.contains("boolean") {
            if raw == "true" { return .bool(true) }
            if raw == "false" { return .bool(false) }
        }
        return .string(raw)
    }

    /// JSON types a schema allows (through `$ref`, `anyOf`, `oneOf`, `allOf`).
    func jsonTypes(_ s: JSONValue) -> Set<String> { schemaTypes(resolve(s)) }

    private func schemaTypes(_ s: JSONValue) -> Set<String> {
        var seen: Set<String> = []
        return schemaTypes(s, seen: &seen)
    }

    /// Each `$ref` is followed once: a recursive schema (`anyOf: [{$ref: Loop}]`) ends, a shared one is not re-walked.
    private func schemaTypes(_ s: JSONValue, seen: inout Set<String>) -> Set<String> {
        var out: Set<String> = []
        if let t = s["type"]?.stringValue { out.insert(t) }
        if let ts = s["type"]?.arrayValue { out.formUnion(ts.compactMap { $0.stringValue }) }
        for key in ["anyOf", "oneOf", "allOf"] {
            for b in s[key]?.arrayValue ?? [] {
                if let r = b["$ref"]?.stringValue, !seen.insert(r).inserted { continue }
                out.formUnion(schemaTypes(resolve(b), seen: &seen))
            }
        }
        return out
    }

    /// Follows `$ref`s (cycle-safe: at most 32 hops).
    func resolve(_ schema: JSONValue) -> JSONValue {
        var s = schema
        var hops = 0
        while let r = DollrKnowledge.resolveRef(s, in: spec), hops < 32 {
            // Sibling keywords of a $ref (title, x-dollr-rule) stay with the property; the target supplies the rest.
            if case .object(var members) = r, case .object(let siblings) = s {
                for (k, v) in siblings where k != "$ref" && !members.contains(where: { $0.key == k }) { members.append((k, v)) }
                s = .object(members)
            } else {
                s = r
            }
            hops += 1
        }
        return s
    }

    // MARK: schema

    private func validate(
        _ value: JSONValue, schema raw: JSONValue, loc: [ValidationProblem.LocPart], field: String?,
        into problems: inout [ValidationProblem], depth: Int, walk: inout SchemaWalk
    ) {
        walk.visits += 1
        guard let ref = raw["$ref"]?.stringValue else {
            validateResolved(value, schema: raw, loc: loc, field: field, into: &problems, depth: depth, walk: &walk)
            return
        }
        // Back at a schema already being checked against this very value: it adds nothing, and would never end.
        guard !walk.activeRefs.contains(ref) else { return }
        let key = SchemaWalk.Place(ref: ref, field: field, loc: loc)
        if let known = walk.memo[key] {
            problems += known
            return
        }
        walk.activeRefs.insert(ref)
        var found: [ValidationProblem] = []
        validateResolved(value, schema: raw, loc: loc, field: field, into: &found, depth: depth, walk: &walk)
        walk.activeRefs.remove(ref)
        // Two branches reaching one schema report its problems once, or a doubling allOf chain would double them.
        var seen: Set<ValidationProblem> = []
        found = found.filter { seen.insert($0).inserted }
        walk.memo[key] = found
        problems += found
    }

    /// Descends into a member or an item of the value: a schema met again there checks different data.
    private func validateChild(
        _ value: JSONValue, schema: JSONValue, loc: [ValidationProblem.LocPart], field: String?,
        into problems: inout [ValidationProblem], depth: Int, walk: inout SchemaWalk
    ) {
        let outer = walk.activeRefs
        walk.activeRefs = []
        validate(value, schema: schema, loc: loc, field: field, into: &problems, depth: depth, walk: &walk)
        walk.activeRefs = outer
    }

    private func validateResolved(
        _ value: JSONValue, schema raw: JSONValue, loc: [ValidationProblem.LocPart], field: String?,
        into problems: inout [ValidationProblem], depth: Int, walk: inout SchemaWalk
    ) {
        if case .unknown = value { return }
        if case .typed(let known) = value {
            // Only the type can be judged.
            let schema = resolve(raw)
            let allowed = schemaTypes(schema)
            let ok =
                allowed.isEmpty || allowed.contains(known) || (known == "integer" && allowed.contains("number"))
                || (known == "number" && allowed.contains("integer"))
            if !ok, let want = allowed.filter({ $0 != "null" }).sorted().first {
                problems.append(
                    .init(
                        loc: loc, msg: "\(field.map { "\($0) " } ?? "")must be a JSON \(want), but the code converts it to a \(known)",
                        type: want == "string" ? "string_type" : "\(want)_type", rule: .schemaViolation))
            }
            return
        }
        // A string built from unknown parts: its type is known, its content is not judged.
        let partlyUnknown: Bool = {
            if case .string(let s) = value { return s.has("\u{FFFC}") }
            return false
        }()
        guard depth < 64 else { return }
        let schema = resolve(raw)
        guard case .object = schema else { return }
        let rule = ruleFor(schema, field: field)

        for key in ["anyOf", "oneOf"] {
            guard let branches = schema[key]?.arrayValue, !branches.isEmpty else { continue }
            var best: [ValidationProblem]? = nil
            for b in branches {
                var p: [ValidationProblem] = []
                // Carry the property's extensions into its branches.
                validate(value, schema: merge(b, with: schema), loc: loc, field: field, into: &p, depth: depth + 1, walk: &walk)
                if p.isEmpty {
                    best = []
                    break
                }
                // Prefer the branch whose type matches: its message is the useful one.
                if best == nil || (p.contains { $0.type.hasSuffix("_type") } == false && best!.contains { $0.type.hasSuffix("_type") }) {
                    best = p
                }
            }
            if let b = best { problems.append(contentsOf: b) }
            return
        }
        if let all = schema["allOf"]?.arrayValue {
            for b in all {
                validate(value, schema: merge(b, with: schema), loc: loc, field: field, into: &problems, depth: depth + 1, walk: &walk)
            }
        }
        // Type.
        let types =
            schema["type"].map { t -> [String] in t.stringValue.map { [$0] } ?? (t.arrayValue ?? []).compactMap { $0.stringValue } } ?? []
        if !types.isEmpty && !types.contains(where: { matchesType(value, $0) }) {
            let want = types.filter { $0 != "null" }.first ?? types[0]
            problems.append(
                .init(
                    loc: loc, msg: typeMessage(want, value, field: field),
                    type: want == "integer"
                        ? "int_type"
                        : (want == "number"
                            ? "float_type"
                            : (want == "boolean"
                                ? "bool_type" : (want == "object" ? "dict_type" : (want == "array" ? "list_type" : "\(want)_type")))),
                    rule: .schemaViolation))
            return
        }
        if case .null = value { return }
        if partlyUnknown { return }
        if let c = schema["const"], c != value {
            problems.append(.init(loc: loc, msg: "Input should be \(display(c))", type: "literal_error", rule: rule))
        }
        if let e = schema["enum"]?.arrayValue {
            if !e.contains(value) {
                let options = e.map { display($0) }.joined(separator: ", ")
                problems.append(.init(loc: loc, msg: enumMessage(value, options: options, field: field), type: "enum", rule: rule))
                return
            }
            if let hidden = schema["x-dollr-not-public"]?.arrayValue, hidden.contains(value) {
                problems.append(
                    .init(
                        loc: loc, msg: "\(display(value)) appears in the API enum but is not publicly supported; use INVOICE or ORDER",
                        type: "enum", rule: .schemaViolation))
                return
            }
        }
        switch value {
        case .string(let s): validateString(s, schema: schema, loc: loc, field: field, rule: rule, into: &problems)
        case .integer, .number: validateNumber(value.doubleValue ?? 0, schema: schema, loc: loc, rule: rule, into: &problems)
        case .array(let items):
            if let min = schema["minItems"]?.doubleValue, Double(items.count) < min {
                problems.append(
                    .init(loc: loc, msg: "List should have at least \(Int(min)) item\(min == 1 ? "" : "s")", type: "too_short", rule: rule))
            }
            if let max = schema["maxItems"]?.doubleValue, Double(items.count) > max {
                problems.append(.init(loc: loc, msg: "List should have at most \(Int(max)) items", type: "too_long", rule: rule))
            }
            if let itemSchema = schema["items"] {
                for (i, item) in items.enumerated() {
                    validateChild(
                        item, schema: itemSchema, loc: loc + [.index(i)], field: field, into: &problems, depth: depth + 1,
                        walk: &walk)
                    checkMethodProvider(item, schema: resolve(itemSchema), loc: loc + [.index(i)], into: &problems)
                }
            }
        case .object(let members):
            validateObject(members, schema: schema, loc: loc, into: &problems, depth: depth, walk: &walk)
        default: break
        }
    }

    /// A branch with the parent's `x-dollr` extensions; a `$ref` branch stays a `$ref` (its siblings carry them) so
    /// the walk knows which schema it enters.
    private func merge(_ branch: JSONValue, with parent: JSONValue) -> JSONValue {
        let b = branch["$ref"] != nil ? branch : resolve(branch)
        guard case .object(var members) = b, case .object(let p) = parent else { return b }
        for (k, v) in p where k.hasPrefix("x-dollr") && !members.contains(where: { $0.key == k }) { members.append((k, v)) }
        return .object(members)
    }

    private func validateObject(
        _ members: [(key: String, value: JSONValue)], schema: JSONValue, loc: [ValidationProblem.LocPart],
        into problems: inout [ValidationProblem], depth: Int, walk: inout SchemaWalk
    ) {
        let props = schema["properties"]?.objectMembers ?? []
        let propNames = Set(props.map { $0.key })
        let present = Set(members.map { $0.key })
        var misnamed: [String: (use: String, rule: RuleID)] = [:]
        for (wrong, v) in schema["x-dollr-misnamed-fields"]?.objectMembers ?? [] {
            misnamed[wrong] = (v["use"]?.stringValue ?? "", v["rule"]?.stringValue.map { RuleID($0) } ?? .schemaViolation)
        }
        if propNames.contains("source_type") && !propNames.contains("source_kind") && misnamed["source_kind"] == nil {
            misnamed["source_kind"] = ("source_type", .sourceKindMismatch)
        }
        if propNames.contains("source_kind") && !propNames.contains("source_type") && misnamed["source_type"] == nil {
            misnamed["source_type"] = ("source_kind", .sourceKindMismatch)
        }
        var excusedMissing: Set<String> = []
        var excusedExtra: Set<String> = []
        for (wrong, fix) in misnamed where present.contains(wrong) && !propNames.contains(wrong) {
            problems.append(
                .init(
                    loc: loc + [.key(wrong)],
                    msg:
                        "\(wrong) is not a field of this request; rename it to \(fix.use) ("
                        + (fix.use == "source_kind"
                            ? "checkouts/create takes source_kind" : "sessions, status, links and predictions take source_type")
                        + ")",
                    type: "extra_forbidden", rule: fix.rule))
            excusedExtra.insert(wrong)
            if !present.contains(fix.use) { excusedMissing.insert(fix.use) }
        }
        for req in (schema["required"]?.arrayValue ?? []).compactMap({ $0.stringValue })
        where !present.contains(req) && !excusedMissing.contains(req) {
            problems.append(.init(loc: loc + [.key(req)], msg: "Field required: add \(req)", type: "missing", rule: .schemaViolation))
        }
        let additional = schema["additionalProperties"]
        for (key, value) in members {
            if let p = props.first(where: { $0.key == key }) {
                validateChild(value, schema: p.value, loc: loc + [.key(key)], field: key, into: &problems, depth: depth + 1, walk: &walk)
            } else if excusedExtra.contains(key) {
                continue
            } else if additional == .bool(false) {
                let near = propNames.min { EditDistance.distance($0, key) < EditDistance.distance($1, key) }
                let hint = near.map { EditDistance.distance($0, key) <= 3 ? "; did you mean \($0)?" : "" } ?? ""
                problems.append(
                    .init(
                        loc: loc + [.key(key)],
                        msg: "Extra inputs are not permitted: \(key) is not a field of this request (the spec is the authority)\(hint)",
                        type: "extra_forbidden", rule: .schemaViolation))
            } else if let a = additional, case .object = a {
                validateChild(value, schema: a, loc: loc + [.key(key)], field: key, into: &problems, depth: depth + 1, walk: &walk)
            }
        }
    }

    private func matchesType(_ v: JSONValue, _ t: String) -> Bool {
        switch (t, v) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object), ("integer", .integer),
            ("number", .integer), ("number", .number):
            return true
        case ("integer", .number(let d)): return d.rounded() == d && abs(d) < 9.0e15
        default: return false
        }
    }

    private func display(_ v: JSONValue) -> String {
        switch v {
        case .string(let s): return "'\(s)'"
        case .integer(let i): return String(i)
        case .number(let d): return String(d)
        case .bool(let b): return String(b)
        case .null: return "null"
        default: return v.typeName
        }
    }

    private func typeMessage(_ want: String, _ value: JSONValue, field: String?) -> String {
        let name = field.map { "\($0) " } ?? ""
        switch (want, value) {
        case ("integer", .string(let s)) where Int64(s) != nil:
            return "\(name)must be a JSON integer, not a string: \(s) (see api-conventions Resource ID types)"
        case ("string", .integer(let i)):
            return "\(name)must be a JSON string, not a number: \"\(i)\" (see api-conventions Resource ID types)"
        case ("number", .string(let s)) where Double(s) != nil: return "\(name)must be a JSON number, not a string: \(s)"
        default:
            return
                "\(name)must be "
                + (want == "integer" ? "an integer" : (want == "object" ? "an object" : (want == "array" ? "an array" : "a \(want)")))
                + ", got \(value.typeName)"
        }
    }

    private func enumMessage(_ value: JSONValue, options: String, field: String?) -> String {
        if case .string(let s) = value, let hit = ["'\(s.uppercased())'"].first(where: { options.has($0) }), s != s.uppercased() {
            return "\(field ?? "value") must be one of \(options); enum values are upper case: \(hit)"
        }
        return "\(field ?? "value") must be one of \(options), got \(display(value))"
    }

    private func validateNumber(
        _ d: Double, schema: JSONValue, loc: [ValidationProblem.LocPart], rule: RuleID, into problems: inout [ValidationProblem]
    ) {
        if let m = schema["minimum"]?.doubleValue, d < m {
            problems.append(
                .init(loc: loc, msg: "Input should be greater than or equal to \(fmt(m))", type: "greater_than_equal", rule: rule))
        }
        if let m = schema["maximum"]?.doubleValue, d > m {
            problems.append(.init(loc: loc, msg: "Input should be less than or equal to \(fmt(m))", type: "less_than_equal", rule: rule))
        }
        if let m = schema["exclusiveMinimum"]?.doubleValue, d <= m,
            !problems.contains(where: { $0.loc == loc && $0.type == "greater_than_equal" })
        {
            problems.append(
                .init(loc: loc, msg: "Input should be greater than \(fmt(m)) (amounts are positive)", type: "greater_than", rule: rule))
        }
        if let m = schema["exclusiveMaximum"]?.doubleValue, d >= m {
            problems.append(.init(loc: loc, msg: "Input should be less than \(fmt(m))", type: "less_than", rule: rule))
        }
        // OpenAPI 3.0 boolean forms.
        if schema["exclusiveMinimum"] == .bool(true), let m = schema["minimum"]?.doubleValue, d == m {
            problems.append(.init(loc: loc, msg: "Input should be greater than \(fmt(m))", type: "greater_than", rule: rule))
        }
        if schema["exclusiveMaximum"] == .bool(true), let m = schema["maximum"]?.doubleValue, d == m {
            problems.append(.init(loc: loc, msg: "Input should be less than \(fmt(m))", type: "less_than", rule: rule))
        }
    }

    private func fmt(_ d: Double) -> String { d.rounded() == d && abs(d) < 1e15 ? String(Int64(d)) : String(d) }

    // MARK: formats and Dollr semantics

    /// The rule a value's own constraints report under: the spec's x-dollr-rule, the semantic format's rule, or schema-violation.
    func ruleFor(_ schema: JSONValue, field: String?) -> RuleID {
        if let r = schema["x-dollr-rule"]?.stringValue { return RuleID(r) }
        switch semanticFormat(schema, field: field) {
        case "e164": return .invalidPhone
        case "iso4217": return .invalidCurrency
        case "uuid4": return .invalidReferenceId
        default: break
        }
        if let f = field, ["method", "provider", "payment_method", "gateway_provider"].contains(f) { return .invalidMethodProvider }
        return .schemaViolation
    }

    /// `x-dollr-format`, or for a live spec without it, the field's name.
    func semanticFormat(_ schema: JSONValue, field: String?) -> String? {
        if let f = schema["x-dollr-format"]?.stringValue { return f }
        guard let name = field?.lowercased() else { return nil }
        if ["phone", "party_phone", "phone_number", "msisdn", "payer_phone", "insensitive_account_number", "mobile_number"].contains(name) {
            return "e164"
        }
        if name == "currency" || name.hasSuffix("_currency") { return "iso4217" }
        if name == "reference_id", schema["format"]?.stringValue == "uuid" { return "uuid4" }
        if name == "country_code" { return "iso3166-alpha2" }
        return nil
    }

    private func validateString(
        _ s: String, schema: JSONValue, loc: [ValidationProblem.LocPart], field: String?, rule: RuleID,
        into problems: inout [ValidationProblem]
    ) {
        // The semantic check has the better message; the schema's own pattern would only repeat it.
        if let f = semanticFormat(schema, field: field), let p = semanticProblem(s, format: f, field: field ?? "value") {
            problems.append(.init(loc: loc, msg: p.msg, type: p.type, rule: rule == .schemaViolation ? p.rule : rule))
            return
        }
        let count = s.count
        if let m = schema["minLength"]?.doubleValue, Double(count) < m {
            problems.append(
                .init(
                    loc: loc, msg: "String should have at least \(Int(m)) character\(m == 1 ? "" : "s")", type: "string_too_short",
                    rule: rule))
            return
        }
        if let m = schema["maxLength"]?.doubleValue, Double(count) > m {
            problems.append(.init(loc: loc, msg: "String should have at most \(Int(m)) characters", type: "string_too_long", rule: rule))
            return
        }
        if let p = schema["pattern"]?.stringValue, let re = PayloadValidator.regex(p),
            re.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) == nil
        {
            problems.append(
                .init(loc: loc, msg: "\(field ?? "value") should match pattern '\(p)'", type: "string_pattern_mismatch", rule: rule))
            return
        }
        if let f = schema["format"]?.stringValue, let m = formatProblem(s, format: f) {
            problems.append(.init(loc: loc, msg: m, type: "\(f)_parsing", rule: rule))
        }
    }

    /// Spec patterns compiled once per process: a payload check meets the same few patterns again and again.
    private static let regexCache = Mutex<[String: NSRegularExpression?]>([:])
    static func regex(_ p: String) -> NSRegularExpression? {
        regexCache.withLock { cache in
            if let cached = cache[p] { return cached }
            let compiled = try? NSRegularExpression(pattern: p)
            cache[p] = compiled
            return compiled
        }
    }

    static let uuidPattern = try! NSRegularExpression(
        pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")

    private func formatProblem(_ s: String, format: String) -> String? {
        let r = NSRange(location: 0, length: (s as NSString).length)
        switch format {
        case "uuid": return PayloadValidator.uuidPattern.firstMatch(in: s, range: r) == nil ? "Input should be a valid UUID" : nil
        case "date-time": return !ISO8601Timestamp.isValid(s) ? "Input should be an ISO 8601 timestamp such as 2025-06-01T14:30:00Z" : nil
        case "date":
            return s.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil
                ? "Input should be a date such as 2025-06-01" : nil
        case "email":
            return s.range(of: #"^[^@\s]+@[^@\s]+\.[^@\s]+$"#, options: .regularExpression) == nil
                ? "Input should be a valid e-mail address" : nil
        case "uri", "url":
            return URL(string: s)?.scheme == nil || !(s.hasPrefix("http://") || s.hasPrefix("https://"))
                ? "Input should be an absolute URL (https://...)" : nil
        default: return nil
        }
    }

    /// Dollr's own value rules, with a message that says the fix.
    func semanticProblem(_ s: String, format: String, field: String) -> (msg: String, type: String, rule: RuleID)? {
        switch format {
        case "e164": return phoneProblem(s, field: field).map { ($0, "value_error", .invalidPhone) }
        case "iso4217":
            if s.count == 3 && knowledge.currencies.contains(s) { return nil }
            if knowledge.currencies.contains(s.uppercased()) {
                return ("\(field) must be an ISO 4217 code in upper case: \(s.uppercased())", "value_error", .invalidCurrency)
            }
            return ("\(field) must be an ISO 4217 currency code such as USD or LRD; '\(s)' is not one", "value_error", .invalidCurrency)
        case "uuid4":
            let r = NSRange(location: 0, length: (s as NSString).length)
            guard PayloadValidator.uuidPattern.firstMatch(in: s, range: r) != nil else {
                return (
                    "\(field) must be a version-4 UUID (xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx): "
                        + "generate it with crypto.randomUUID() / uuid.uuid4() and store it before the call",
                    "uuid_parsing", .invalidReferenceId
                )
            }
            let chars = Array(s)
            if chars[14] != "4" {
                return (
                    "\(field) must be a version-4 UUID; this one is version \(chars[14]): "
                        + "use uuid4()/randomUUID(), not uuid1() or a time-based id",
                    "uuid_version", .invalidReferenceId
                )
            }
            if !"89abAB".contains(chars[19]) {
                return (
                    "\(field) must be an RFC 4122 version-4 UUID: its variant digit (position 20) must be 8, 9, a or b", "uuid_version",
                    .invalidReferenceId
                )
            }
            return nil
        case "iso3166-alpha2":
            if knowledge.countries.contains(s) { return nil }
            if knowledge.countries.contains(s.uppercased()) {
                return ("\(field) must be an ISO 3166-1 alpha-2 code in upper case: \(s.uppercased())", "value_error", .schemaViolation)
            }
            return (
                "\(field) must be an ISO 3166-1 alpha-2 country code such as LR or RW; '\(s)' is not one", "value_error", .schemaViolation
            )
        default: return nil
        }
    }

    /// E.164 digits without '+', a real calling code and a plausible national length.
    func phoneProblem(_ s: String, field: String) -> String? {
        let digits = s.filter { $0.isASCII && $0.isNumber }
        if s.hasPrefix("+") {
            let fixed = String(s.dropFirst()).filter { $0.isNumber }
            return "\(field) must be E.164 digits without '+': \(fixed)"
        }
        if digits.count != s.count {
            // Say what the value was: `'unknown'` has no digits to suggest (the report masks credential shapes).
            let shown = s.count > 40 ? String(s.prefix(37)) + "..." : s
            if digits.isEmpty { return "\(field) must be E.164 digits (e.g. 231771234567), not '\(shown)'" }
            return "\(field) must be E.164 digits only, no spaces or punctuation: '\(shown)' is \(digits)"
        }
        if s.hasPrefix("00") { return "\(field) must be E.164 digits without the 00 prefix: \(String(s.dropFirst(2)))" }
        if s.hasPrefix("0") {
            return "\(field) looks like a local number; write it with the country calling code and no leading 0 (e.g. 231771234567)"
        }
        guard s.count <= 15 else { return "\(field) has \(s.count) digits; an E.164 number has at most 15" }
        guard let cc = callingCode(of: s) else {
            return "\(field) does not start with a country calling code (e.g. 231 Liberia, 250 Rwanda)"
        }
        let national = s.count - cc.code.count
        let ok = cc.lengths.isEmpty ? (national >= cc.minLength && national <= cc.maxLength) : cc.lengths.contains(national)
        if !ok {
            let expected =
                cc.lengths.isEmpty ? "\(cc.minLength)-\(cc.maxLength)" : cc.lengths.sorted().map(String.init).joined(separator: " or ")
            return
                "\(field) has \(national) digits after calling code \(cc.code) (\(cc.countries.joined(separator: "/"))); "
                + "expected \(expected)"
        }
        return nil
    }

    func callingCode(of digits: String) -> DollrKnowledge.CallingCode? {
        for n in [3, 2, 1] where digits.count > n {
            if let c = knowledge.callingCodes[String(digits.prefix(n))] { return c }
        }
        return nil
    }

    // MARK: method / provider / market

    /// Checks method/provider pairs and the method's market against country_code and the phone's country.
    func checkMethodProvider(
        _ value: JSONValue, schema: JSONValue, loc: [ValidationProblem.LocPart], into problems: inout [ValidationProblem]
    ) {
        guard case .object = value else { return }
        let spec = schema["x-dollr-method-provider"]
        let methodKey = spec?["method"]?.stringValue ?? (value["method"] != nil ? "method" : "payment_method")
        let providerKey = spec?["provider"]?.stringValue ?? (value["provider"] != nil ? "provider" : "gateway_provider")
        let countryKey = spec?["country_code"]?.stringValue ?? "country_code"
        let phoneKey =
            spec?["phone"]?.stringValue ?? ["insensitive_account_number", "phone", "party_phone", "msisdn"].first { value[$0] != nil }
        let pairProblems = PayloadValidator.methodProviderProblems(
            value, methodKey: methodKey, providerKey: providerKey, countryKey: countryKey, phoneKey: phoneKey,
            loc: loc, knowledge: knowledge, existing: problems, validator: self)
        PayloadValidator.merge(pairProblems, into: &problems)
    }

    /// The pair message says the fix; it replaces a bare enum complaint about the same field.
    static func merge(_ pairProblems: [ValidationProblem], into problems: inout [ValidationProblem]) {
        for p in pairProblems { problems.removeAll { $0.loc == p.loc && $0.type == "enum" } }
        problems.append(contentsOf: pairProblems)
    }

    static func methodProviderProblems(
        _ value: JSONValue, methodKey: String, providerKey: String, countryKey: String, phoneKey: String?, loc: [ValidationProblem.LocPart],
        knowledge: DollrKnowledge, existing: [ValidationProblem], validator: PayloadValidator
    ) -> [ValidationProblem] {
        var out: [ValidationProblem] = []
        guard let method = value[methodKey]?.stringValue, let info = knowledge.methods[method] else { return out }
        if existing.contains(where: { $0.loc == loc + [.key(methodKey)] || $0.loc == loc + [.key(providerKey)] && $0.type != "enum" }) {
            return out
        }
        if let provider = value[providerKey]?.stringValue, provider != info.provider {
            let known =
                knowledge.providers.contains(provider)
                ? "" : " (\(provider) is not a provider: providers are \(knowledge.providers.sorted().joined(separator: ", ")))"
            // Replace an enum complaint about the same field with the pair message, which says the fix.
            out.append(
                .init(
                    loc: loc + [.key(providerKey)],
                    msg: "provider for \(method) is \(info.provider) (payments-by-market matrix), not \(provider)\(known)",
                    type: "value_error", rule: .invalidMethodProvider))
        }
        if let country = value[countryKey]?.stringValue, let market = info.countryCode, country.uppercased() != market,
            knowledge.countries.contains(country.uppercased())
        {
            out.append(
                .init(
                    loc: loc + [.key(countryKey)],
                    msg:
                        "\(method) is a \(market) method; country_code \(country) contradicts it "
                        + "(use \(market), or the \(country) method from the payments-by-market matrix)",
                    type: "value_error", rule: .invalidMethodProvider))
        }
        if let pk = phoneKey, let phone = value[pk]?.stringValue, let expected = info.callingCode,
            validator.phoneProblem(phone, field: pk) == nil,
            let cc = validator.callingCode(of: phone), cc.code != expected
        {
            out.append(
                .init(
                    loc: loc + [.key(pk)],
                    msg:
                        "\(method) serves +\(expected) numbers; \(phone) is a +\(cc.code) (\(cc.countries.joined(separator: "/"))) number: "
                        + "pick the method of the payer's market",
                    type: "value_error", rule: .invalidMethodProvider))
        }
        return out
    }
}

/// RFC 3339 timestamps with or without fractional seconds. Formatters are made per call: they are not Sendable,
/// and date-time fields are rare in a payload.
enum ISO8601Timestamp {
    static func isValid(_ text: String) -> Bool {
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return ISO8601DateFormatter().date(from: text) != nil || fractional.date(from: text) != nil
    }
}
