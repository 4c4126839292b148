enum DollrPaths {
    static let token = "/v1/jwt/client/obtain/token"
    static let collection = "/v1/executions/collection"

    static func status(_ operation: String, _ referenceID: String) -> String {
        "/v1/status/\(operation)/\(referenceID)"
    }
}
