/// Links into the Dollr documentation that rules cite.
public enum DocLinks {
    public static let base = "https://docs.heydollr.app"
    public static let authentication = base + "/authentication"
    public static let environments = base + "/reference/environments"
    public static let conventions = base + "/api-conventions"
    public static let nextjs = base + "/guides/collect-with-nextjs"
    public static let validation422 = base + "/knowledge-base/validation-422"
    public static let markets = base + "/reference/payments-by-market"
    public static let executions = base + "/api/executions"
    public static let aiContext = base + "/reference/ai-context"
    public static let errorHandling = base + "/guides/error-handling"
    public static let statusPatterns = base + "/guides/payment-status-patterns"
}
