import Vapor

struct DollrConfig {
    // ok: hardcoded-secret
    static let baseURL = Environment.get("DOLLR_BASE_URL") ?? "https://api.heydollr.app"
    // ok: hardcoded-secret
    static let clientID = Environment.get("DOLLR_CLIENT_ID") ?? ""
    // ruleid: hardcoded-secret
    static let clientSecret = Environment.get("DOLLR_CLIENT_SECRET") ?? "5boGipqvcwdsReqkd58YrmzmYFjOLhz6YZHOCl"
    // ok: hardcoded-secret
    static let exampleSecret = "YOUR_CLIENT_SECRET"
}
