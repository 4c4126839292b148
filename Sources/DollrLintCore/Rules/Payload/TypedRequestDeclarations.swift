/// Request types declared with JSON field names — Go structs with `json:"..."` tags, C# records and classes with
/// `[JsonPropertyName("...")]`, Kotlin `@SerialName("...")`, Java `@JsonProperty("...")` — checked against the
/// request schema whose fields they are: a field declared `int64 session_id` where the spec says string is a 422
/// waiting to happen, wherever the type is used.
enum TypedRequestDeclarations {
    struct Field {
        let json: String
        let jsonType: String
        let token: Int
    }

    static func problems(_ context: RuleContext, validator: PayloadValidator) -> [CodePayloads.Problem] {
        let lang = context.source.language
        guard [.go, .csharp, .kotlin, .java].contains(lang), context.mentionsDollrInCode else { return [] }
        let file = context.lexed
        var groups: [Int: [Field]] = [:]
        for (i, t) in file.tokens.enumerated() where t.kind == .string {
            guard let (json, typeToken) = declaredField(i, file: file, language: lang),
                let jsonType = jsonType(of: file.text(typeToken), language: lang)
            else { continue }
            // Group by the type's body: start outside the attribute's own parentheses.
            let container = enclosingOpen(min(i, typeToken), file: file, skipping: lang == .go ? 0 : 1)
            groups[container, default: []].append(Field(json: json, jsonType: jsonType, token: typeToken))
        }
        var out: [CodePayloads.Problem] = []
        let typed = groups.sorted(by: { $0.key < $1.key }).filter { $0.value.count >= 2 }
        // Read from the spec only for a file that declares a request type.
        let schemas = typed.isEmpty ? [] : requestSchemas(context.knowledge, validator: validator)
        for (_, fields) in typed {
            let names = Set(fields.map { $0.json })
            // The request schemas this type could be: every field known, every required field declared.
            let candidates = schemas.filter { names.isSubset(of: $0.properties.keys) && $0.required.isSubset(of: names) }
            guard !candidates.isEmpty else { continue }
            for f in fields {
                let allowed = candidates.map { $0.properties[f.json] ?? [] }
                guard allowed.allSatisfy({ !$0.isEmpty && !$0.contains(f.jsonType) && !($0.contains("number") && f.jsonType == "integer") })
                else { continue }
                let want = allowed[0].filter { $0 != "null" }.sorted().joined(separator: " or ")
                out.append(
                    .init(
                        rule: .schemaViolation, offset: file.tokens[f.token].start,
                        message:
                            "\(f.json) is declared as \(file.text(f.token)) but the request takes a JSON \(want) (see api-conventions "
                            + "Resource ID types)"
                    ))
            }
        }
        return out
    }

    /// For a JSON-name string token, the token of the field's declared type.
    static func declaredField(_ i: Int, file: LexedFile, language: Language) -> (String, Int)? {
        guard let s = file.literal(i)?.text() else { return nil }
        switch language {
        case .go:
            // Field Type `json:"name,omitempty"`
            guard s.hasPrefix("json:\""), let end = s.dropFirst(6).firstIndex(where: { $0 == "\"" || $0 == "," }) else { return nil }
            let name = String(s.dropFirst(6)[..<end])
            guard !name.isEmpty, name != "-", let typeTok = file.previous(i), file.tokens[typeTok].kind == .identifier else { return nil }
            return (name, typeTok)
        default:
            // [JsonPropertyName("name")] Type Name / @SerialName("name") val x: Type / @JsonProperty("name") Type name
            guard let open = file.previous(i), file.isPunct(open, "("), let attr = file.previous(open),
                ["JsonPropertyName", "SerialName", "JsonProperty", "SerializedName", "Json"].contains(file.text(attr)),
                let close = file.next(i), file.isPunct(close, ")")
            else { return nil }
            var k = close + 1
            if file.isPunct(k, "]") { k += 1 }
            // Skip modifiers; take the type (C#/Java: before the name; Kotlin: after `name:`).
            var idents: [Int] = []
            while k < file.tokens.count, idents.count < 6,
                !file.isPunct(k, ",") && !file.isPunct(k, ")") && !file.isPunct(k, ";") && !file.isPunct(k, "{") && !file.isPunct(k, "=")
                    && file.tokens[k].kind != .newline || idents.isEmpty && file.tokens[k].kind == .newline
            {
                if file.tokens[k].kind == .identifier
                    && ![
                        "public", "private", "protected", "internal", "val", "var", "final", "required", "readonly", "init", "get", "set",
                        "static",
                    ].contains(file.text(k))
                {
                    idents.append(k)
                }
                k += 1
            }
            guard !idents.isEmpty else { return nil }
            let typeTok = language == .kotlin ? idents.last! : idents.first!
            return (s, typeTok)
        }
    }

    static func jsonType(of type: String, language: Language) -> String? {
        let t = type.trimmingCharacters(in: CharacterSet(charactersIn: "?*"))
        switch t {
        case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "long", "Long", "Int", "Int32",
            "Int64", "Integer", "short", "Short", "UInt64":
            return "integer"
        case "float32", "float64", "double", "Double", "float", "Float", "decimal", "Decimal", "BigDecimal": return "number"
        case "string", "String": return "string"
        case "bool", "Bool", "Boolean", "boolean": return "boolean"
        default: return nil
        }
    }

    /// The bracket that opens the type body around token `i`, passing over `skipping` enclosing openers first
    /// (the attribute's own parentheses).
    static func enclosingOpen(_ i: Int, file: LexedFile, skipping: Int) -> Int {
        var depth = 0
        var toSkip = skipping
        var k = i - 1
        while k >= 0 {
            if file.isPunct(k, "}") || file.isPunct(k, ")") {
                depth += 1
            } else if file.isPunct(k, "{") || file.isPunct(k, "(") {
                if depth > 0 { depth -= 1 } else if toSkip > 0 { toSkip -= 1 } else { return k }
            }
            k -= 1
        }
        return -1
    }

    struct RequestSchema {
        let properties: [String: Set<String>]
        let required: Set<String>
    }

    /// The request body schemas of the spec: property name -> allowed JSON types.
    static func requestSchemas(_ knowledge: DollrKnowledge, validator: PayloadValidator) -> [RequestSchema] {
        knowledge.endpoints.compactMap { ep -> RequestSchema? in
            guard let body = ep.requestBody else { return nil }
            let s = validator.resolve(body)
            var props: [String: Set<String>] = [:]
            for (k, v) in s["properties"]?.objectMembers ?? [] { props[k] = validator.jsonTypes(v) }
            return RequestSchema(properties: props, required: Set((s["required"]?.arrayValue ?? []).compactMap { $0.stringValue }))
        }
    }
}

import Foundation
