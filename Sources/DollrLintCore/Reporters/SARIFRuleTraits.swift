/// What GitHub code scanning reads from a SARIF rule's `properties` beyond the description: whether it is a
/// security rule, how severe (`security-severity`, 0-10, GitHub's bands: 9+ critical, 7+ high, 4+ medium), how
/// precise, and which CWE it is. By category, with the rules whose impact differs from their category named.
struct SARIFRuleTraits: Equatable {
    let security: Bool
    let securitySeverity: String
    let precision: String
    let cwe: [Int]

    /// Tags: `security` for security rules, the category, and `external/cwe/cwe-N` as GitHub displays them.
    func tags(category: RuleCategory) -> [String] {
        (security ? ["security"] : []) + [category.rawValue] + cwe.map { "external/cwe/cwe-\($0)" }
    }

    static func of(_ rule: RuleDescription) -> SARIFRuleTraits {
        if let own = byRule[rule.id] { return own }
        switch rule.category {
        // A leaked credential moves money out of the merchant's account: high.
        case .secrets: return SARIFRuleTraits(security: true, securitySeverity: "8.5", precision: "high", cwe: [200])
        // A retried execute without its stored reference_id charges a payer twice.
        case .idempotency: return SARIFRuleTraits(security: true, securitySeverity: "8.0", precision: "medium", cwe: [837])
        case .integration: return SARIFRuleTraits(security: false, securitySeverity: "5.0", precision: "medium", cwe: [])
        // Literal values checked against the spec: a wrong value is a 422 or a payment on the wrong rail.
        case .payload: return SARIFRuleTraits(security: false, securitySeverity: "6.0", precision: "very-high", cwe: [20])
        case .meta: return SARIFRuleTraits(security: false, securitySeverity: "1.0", precision: "very-high", cwe: [])
        }
    }

    private static let byRule: [RuleID: SARIFRuleTraits] = [
        .hardcodedSecret: SARIFRuleTraits(security: true, securitySeverity: "8.9", precision: "high", cwe: [798]),
        .publicEnvSecret: SARIFRuleTraits(security: true, securitySeverity: "8.9", precision: "high", cwe: [200, 522]),
        .clientBundleSecret: SARIFRuleTraits(security: true, securitySeverity: "8.9", precision: "high", cwe: [522, 798]),
        .tokenExposedToClient: SARIFRuleTraits(security: true, securitySeverity: "8.5", precision: "high", cwe: [200]),
        .tokenLogging: SARIFRuleTraits(security: true, securitySeverity: "8.0", precision: "high", cwe: [532]),
        .sensitiveDataLogging: SARIFRuleTraits(security: true, securitySeverity: "8.0", precision: "high", cwe: [532]),
        .insecureTransport: SARIFRuleTraits(security: true, securitySeverity: "8.0", precision: "high", cwe: [295, 319]),
        // A fresh reference_id on retry defeats idempotency outright.
        .newReferenceIdOnRetry: SARIFRuleTraits(security: true, securitySeverity: "8.5", precision: "medium", cwe: [837]),
        // The prompt goes to the wrong wallet or the wrong rail.
        .invalidPhone: SARIFRuleTraits(security: false, securitySeverity: "6.5", precision: "very-high", cwe: [20]),
        .invalidMethodProvider: SARIFRuleTraits(security: false, securitySeverity: "6.5", precision: "very-high", cwe: [20]),
        // Refused outright by the API: visible at the first test call.
        .schemaViolation: SARIFRuleTraits(security: false, securitySeverity: "5.0", precision: "high", cwe: [20]),
        .unknownEndpoint: SARIFRuleTraits(security: false, securitySeverity: "5.0", precision: "high", cwe: []),
    ]
}
