import Foundation

/// Every rule, Swift and data, in one catalogue. Adding a rule here adds its examples to the test suite.
public enum RuleCatalog {
    /// Rules that need more than patterns.
    public static func swiftRules() -> [Rule] {
        [
            PublicEnvSecretRule(), ClientBundleSecretRule(), HardcodedSecretRule(), TokenExposedToClientRule(),
            TokenLoggingRule(), SensitiveDataLoggingRule(),
            ExpiresInSecondsRule(), RetryOnClientErrorRule(), MissingTimeoutRule(), StatusPollWithoutBackoffRule(), TokenPerRequestRule(),
            ReferenceIdAfterExecuteRule(), NewReferenceIdOnRetryRule(), RetryWithoutStatusCheckRule(), ProcessingTreatedAsFailureRule(),
        ] + PayloadProblemRule.all()
    }

    /// Bundled data rules: every `rules/*.json` compiled into the binary.
    public static func bundledDataRules() throws -> [Rule] {
        try BundledResources.files.keys.sorted().filter { $0.hasPrefix("rules/") && $0.split(separator: "/").count == 2 }.map { name in
            try PatternRule(json: Array(BundledResources.files[name]!.utf8), file: name, compiling: false)
        }
    }

    /// User rule files (`--rules DIR`), same format as the bundled ones.
    public static func dataRules(directory: String) throws -> [Rule] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw ConfigError(file: directory, "--rules: not a directory")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return try names.sorted().filter { $0.hasSuffix(".json") }.map { name in
            let path = directory + "/" + name
            let bytes = try FileReader.readOptionFile(path, limit: 5_000_000, what: "rule file")
            do { return try PatternRule(json: bytes, file: path) } catch let e as PatternRule.LoadError {
                throw ConfigError(file: "", e.description)
            }
        }
    }

    /// The built-in catalogue, sorted by id; ids are unique.
    public static func builtIn() throws -> [Rule] {
        let all = swiftRules() + (try bundledDataRules())
        return all.sorted { $0.id < $1.id }
    }

    /// Descriptions of every rule including the meta rule for suppressions, for `rules` and `explain`.
    public static func descriptions(_ rules: [Rule]) -> [RuleDescription] {
        (rules.map { $0.description } + [UnusedSuppression.description]).sorted { $0.id < $1.id }
    }
}
