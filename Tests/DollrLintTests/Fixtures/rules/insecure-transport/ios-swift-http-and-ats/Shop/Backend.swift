import Foundation

enum Backend {
    // ruleid: insecure-transport
    static let dollrStatus = URL(string: "http://api.heydollr.app/v1/status/collection/")!
    // ok: insecure-transport
    static let dollr = URL(string: "https://api.heydollr.app")!
    // ok: insecure-transport
    static let devServer = URL(string: "http://localhost:8080/api")!
}
