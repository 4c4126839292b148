import Foundation
import os

final class DollrAPI {
    private let log = Logger(subsystem: "com.example.shop", category: "dollr")

    func send(_ path: String, token: String) async throws -> Data {
        var request = URLRequest(url: URL(string: "https://api.heydollr.app\(path)")!)
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        // ruleid: token-logging
        print("Dollr token: \(token)")
        // ruleid: token-logging
        NSLog("Authorization: %@", request.value(forHTTPHeaderField: "Authorization") ?? "")
        // ruleid: token-logging
        print(request.allHTTPHeaderFields ?? [:])
        // ok: token-logging
        log.info("token refreshed")
        // ok: token-logging
        print("Dollr token set: \(!token.isEmpty)")
        // ok: token-logging
        log.debug("token \(token, privacy: .private)")
        let (data, _) = try await URLSession.shared.data(for: request)
        return data
    }
}
