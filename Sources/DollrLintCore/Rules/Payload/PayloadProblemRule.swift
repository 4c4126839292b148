/// One payload rule: it reports the problems of its id that `CodePayloads` finds in request literals.
/// The seven payload and endpoint rules share the validator and differ only in what they report; each one's
/// description (id, examples) is in its own file beside this one.
public final class PayloadProblemRule: Rule {
    public let description: RuleDescription
    public init(_ description: RuleDescription) { self.description = description }

    public func check(_ context: RuleContext) {
        // A minified bundle repeats the payloads its sources hold, and those are where a fix goes.
        guard !context.isBuildOutput else { return }
        for p in context.payloadProblems where p.rule == description.id {
            context.report(at: p.offset, end: Self.endOfItem(at: p.offset, in: context.source.bytes), message: p.message, scope: p.scope)
        }
    }

    /// The end of the key or value a problem points at (a quoted string or a name), so its finding has a region.
    static func endOfItem(at offset: Int, in bytes: [UInt8]) -> Int {
        guard offset < bytes.count else { return offset }
        let quote = bytes[offset]
        var i = offset + 1
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") || quote == UInt8(ascii: "`") {
            while i < bytes.count && bytes[i] != quote && bytes[i] != UInt8(ascii: "\n") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
            return min(i + 1, bytes.count)
        }
        func isNameByte(_ b: UInt8) -> Bool {
            b == UInt8(ascii: "_") || b == UInt8(ascii: "$") || b >= 0x80
                || (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z"))
                || (b >= 0x30 && b <= 0x39)
        }
        while i < bytes.count && isNameByte(bytes[i]) { i += 1 }
        return i
    }

    /// `v1/` rather than `/v1/`: relative paths (`@POST("v1/...")`, `Path.Combine(base, "v1/...")`) are Dollr paths too;
    /// `dollr`: a call on the project's Dollr client (`client.create_party(phone: "...")`) shows neither path nor method.
    static let keywords = ["v1/", "method", "provider", "dollr"]
    /// Dollr's own mobile-money method ids and aggregator: a payload naming them is Dollr's wherever it sits.
    static let dollrValueKeywords = ["mtn_momo_", "orange_money_", "airtel_rwa", "pawapay"]

    public static func all() -> [Rule] {
        [invalidPhone, invalidCurrency, invalidReferenceID, invalidMethodProvider, schemaViolation, sourceKindMismatch, unknownEndpoint]
            .map(PayloadProblemRule.init)
    }
}
