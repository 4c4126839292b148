import Foundation

/// The meta rule the Filters stage reports for suppression comments; described here, with the catalogue, so `rules`
/// and `explain` list it like any other rule.
public enum UnusedSuppression {
    public static let description = RuleDescription(
        id: .unusedSuppression, category: .meta, severity: .note, title: "Suppression comment without a reason or that suppresses nothing",
        rationale:
            "Suppressions that silence nothing hide nothing today but will hide a real finding tomorrow; a reason tells reviewers why "
            + "the finding is acceptable.",
        fix: "Remove the comment, or name the rule it is for and add `-- reason`.",
        helpURL: "https://docs.heydollr.app/reference/ai-context",
        keywords: ["dollr-lint:"], triggering: [], nonTriggering: [])
}
