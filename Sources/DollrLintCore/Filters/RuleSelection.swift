import Foundation

/// Which rules run and at what severity, decided once from the configuration file, `--only` and `--disable`.
public struct RuleSelection: Sendable {
    /// The rules that report.
    public let enabled: [Rule]
    /// Secret rules turned off: they still run where another finding is printed, so the masker learns the secrets
    /// they see, but report nothing.
    public let maskingOnly: [Rule]
    /// Severities the configuration sets per rule id.
    public let severityOverrides: [String: Severity]

    /// Every id a configuration or an option may name: the rules and the suppression meta rule.
    public static func knownIDs(_ rules: [Rule]) -> Set<String> {
        Set((rules.map(\.id) + [UnusedSuppression.description.id]).map(\.rawValue))
    }

    /// Unknown ids in `only` or `disabled` are an error naming the option; the configuration's unknown ids were
    /// already warned about when it was read.
    public init(all rules: [Rule], configuration: Configuration, only: Set<String>?, disabled: Set<String>) throws {
        let known = Self.knownIDs(rules)
        for (option, ids) in [("only", only ?? []), ("disable", disabled)] {
            if let unknown = ids.sorted().first(where: { !known.contains($0) }) {
                throw ConfigError(file: "--\(option)", "unknown rule id '\(unknown)' (see 'dollr-lint rules')")
            }
        }
        let isOn = { (rule: Rule) -> Bool in
            (configuration.rules[rule.id.rawValue]?.enabled ?? true) && !disabled.contains(rule.id.rawValue)
                && (only?.contains(rule.id.rawValue) ?? true)
        }
        enabled = rules.filter(isOn)
        maskingOnly = rules.filter { !isOn($0) && $0.description.category == .secrets }
        severityOverrides = configuration.rules.compactMapValues(\.severity)
    }

    /// All rules on, at their own severities.
    public init(all rules: [Rule]) {
        enabled = rules
        maskingOnly = []
        severityOverrides = [:]
    }
}
