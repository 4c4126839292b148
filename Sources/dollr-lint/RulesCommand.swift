import Foundation
import DollrLintCore

enum RulesCommand {
    static func list(_ args: [String]) throws -> Int32 {
        let p = try ParsedArguments(args, valueOptions: ["format", "rules"], flagOptions: [])
        guard p.positionals.isEmpty else { throw UsageError(message: "rules takes no arguments") }
        var rules = try RuleCatalog.builtIn()
        if let dir = p.value("rules") { rules += try RuleCatalog.dataRules(directory: dir) }
        let all = RuleCatalog.descriptions(rules)
        switch p.value("format") ?? "text" {
        case "text":
            let w = all.map { $0.id.rawValue.count }.max() ?? 10
            for d in all {
                print(
                    [
                        d.id.rawValue.padding(toLength: w, withPad: " ", startingAt: 0),
                        d.category.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0),
                        d.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0), d.title,
                    ].joined(separator: "  ")
                )
            }
        case "json":
            let items = all.map { d in
                "  {\"id\": \(JSONWriter.quote(d.id.rawValue)), \"category\": \(JSONWriter.quote(d.category.rawValue)), "
                    + "\"severity\": \(JSONWriter.quote(d.severity.rawValue)), \"title\": \(JSONWriter.quote(d.title)), "
                    + "\"help\": \(JSONWriter.quote(d.helpURL))}"
            }
            print("[\n" + items.joined(separator: ",\n") + "\n]")
        case let f: throw UsageError(message: "--format: expected text or json, got '\(f)'")
        }
        return 0
    }

    static func explain(_ args: [String]) throws -> Int32 {
        let p = try ParsedArguments(args, valueOptions: ["rules"], flagOptions: [])
        guard p.positionals.count == 1 else { throw UsageError(message: "explain takes exactly one RULE_ID") }
        var rules = try RuleCatalog.builtIn()
        if let dir = p.value("rules") { rules += try RuleCatalog.dataRules(directory: dir) }
        let all = RuleCatalog.descriptions(rules)
        let id = p.positionals[0]
        guard let d = all.first(where: { $0.id.rawValue == id }) else {
            let near = all.map { $0.id.rawValue }.sorted { EditDistance.distance($0, id) < EditDistance.distance($1, id) }.prefix(3)
            throw UsageError(message: "unknown rule '\(id)'; did you mean \(near.joined(separator: ", "))?")
        }
        print(RuleExplanation.text(d))
        return 0
    }
}
