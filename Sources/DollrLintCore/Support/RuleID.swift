/// A rule's id. The contract's ids are constants here, so Swift code that names a rule is checked by the compiler;
/// data rules (`rules/*.json`, `--rules`) bring their own ids, and tests may write one as a string literal.
public struct RuleID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public init(from decoder: Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
    public static func < (a: RuleID, b: RuleID) -> Bool { a.rawValue < b.rawValue }

    // Secrets exposure
    public static let publicEnvSecret = RuleID("public-env-secret")
    public static let clientBundleSecret = RuleID("client-bundle-secret")
    public static let hardcodedSecret = RuleID("hardcoded-secret")
    public static let tokenExposedToClient = RuleID("token-exposed-to-client")
    public static let tokenLogging = RuleID("token-logging")
    public static let sensitiveDataLogging = RuleID("sensitive-data-logging")
    public static let insecureTransport = RuleID("insecure-transport")
    // Idempotency
    public static let referenceIdAfterExecute = RuleID("reference-id-after-execute")
    public static let newReferenceIdOnRetry = RuleID("new-reference-id-on-retry")
    public static let retryWithoutStatusCheck = RuleID("retry-without-status-check")
    public static let processingTreatedAsFailure = RuleID("processing-treated-as-failure")
    // Integration
    public static let statusPollWithoutBackoff = RuleID("status-poll-without-backoff")
    public static let expiresInSeconds = RuleID("expires-in-seconds")
    public static let tokenPerRequest = RuleID("token-per-request")
    public static let sourceKindMismatch = RuleID("source-kind-mismatch")
    public static let missingTimeout = RuleID("missing-timeout")
    public static let retryOnClientError = RuleID("retry-on-client-error")
    public static let unknownEndpoint = RuleID("unknown-endpoint")
    // Payload
    public static let invalidPhone = RuleID("invalid-phone")
    public static let invalidCurrency = RuleID("invalid-currency")
    public static let invalidReferenceId = RuleID("invalid-reference-id")
    public static let invalidMethodProvider = RuleID("invalid-method-provider")
    public static let schemaViolation = RuleID("schema-violation")
    // Meta
    public static let unusedSuppression = RuleID("unused-suppression")

    /// Every id the contract fixes, in its order: the project may add rules but not rename these.
    public static let contract: [RuleID] = [
        .publicEnvSecret, .clientBundleSecret, .hardcodedSecret, .tokenExposedToClient, .tokenLogging, .sensitiveDataLogging,
        .insecureTransport, .referenceIdAfterExecute, .newReferenceIdOnRetry, .retryWithoutStatusCheck,
        .processingTreatedAsFailure, .statusPollWithoutBackoff, .expiresInSeconds, .tokenPerRequest, .sourceKindMismatch,
        .missingTimeout, .retryOnClientError, .unknownEndpoint, .invalidPhone, .invalidCurrency, .invalidReferenceId,
        .invalidMethodProvider, .schemaViolation,
    ]
}
