/// Links into the Dollr documentation that rules cite.
public enum DocLinks {
    public static let base = "https://docs.heydollr.app"
    public static let authentication = base + "/authentication"
    public static let environments = base + "/reference/environments"
    public static let conventions = base + "/api-conventions"
    public static let errorHandling = base + "/guides/error-handling"
    public static let nextjs = base + "/guides/collect-with-nextjs"
    public static let card = base + "/guides/collect-with-card"
    public static let credentials401 = base + "/knowledge-base/invalid-credentials-401"
    public static let duplicateReference = base + "/knowledge-base/duplicate-reference-id"
    public static let processing = base + "/knowledge-base/payment-processing-status"
    public static let rateLimit = base + "/knowledge-base/rate-limit-429"
    public static let validation422 = base + "/knowledge-base/validation-422"
    public static let markets = base + "/reference/payments-by-market"
    public static let executions = base + "/api/executions"
    public static let status = base + "/api/status"
    public static let aiContext = base + "/reference/ai-context"
}
