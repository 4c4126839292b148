import Foundation

/// Decodes a JWT (without verifying it) so its claims can say what it is: a Dollr token, a Supabase anon key, the jwt.io sample.
public enum JWTInspector {
    public enum Verdict: Equatable { case notJWT, dollr, other, unknown }

    public static func claims(_ s: String) -> JSONValue? {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, s.hasPrefix("eyJ"), parts[1].count >= 4,
            let header = decode(String(parts[0])), (try? JSONParser.parse(header))?["alg"] != nil,
            let payload = decode(String(parts[1])), let json = try? JSONParser.parse(payload, maxDepth: 16)
        else { return nil }
        return json
    }

    static func decode(_ part: String) -> [UInt8]? {
        // base64url to base64, byte by byte.
        var b = String(decoding: part.utf8.map { $0 == 0x2D ? 0x2B : ($0 == 0x5F ? 0x2F : $0) }, as: UTF8.self)
        while b.count % 4 != 0 { b += "=" }
        return Data(base64Encoded: b).map { Array($0) }
    }

    /// The JWT-shaped runs of `bytes`: `eyJ` where a run of base64url characters and dots starts, to its end.
    static func candidates(in bytes: [UInt8]) -> [String] {
        func isRunByte(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D || b == 0x2E
        }
        var result: [String] = []
        var from = 0
        let start: [UInt8] = Array("eyJ".utf8)
        while let i = ByteSearch.firstIndex(bytes, start, from: from) {
            var end = i + 3
            while end < bytes.count && isRunByte(bytes[end]) { end += 1 }
            if i == 0 || !isRunByte(bytes[i - 1]) || bytes[i - 1] == 0x2E {
                // Header, payload and signature: a sentence's full stop after the token is not a fourth part.
                let parts = bytes[i..<end].split(separator: 0x2E, maxSplits: 3, omittingEmptySubsequences: false).prefix(3)
                result.append(parts.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "."))
            }
            from = end
        }
        return result
    }

    public static func verdict(_ s: String) -> Verdict {
        guard let c = claims(s) else { return .notJWT }
        let iss = (c["iss"]?.stringValue ?? "").lowercased()
        let aud = (c["aud"]?.stringValue ?? "").lowercased()
        if iss.has("dollr") || aud.has("dollr") { return .dollr }
        if c["sub"]?.stringValue == "1234567890" || c["name"]?.stringValue == "John Doe" { return .other }
        if let role = c["role"]?.stringValue, role == "anon" || role == "service_role" || role == "authenticated" { return .other }
        for vendor in ["supabase", "firebase", "google", "auth0", "okta", "cognito", "microsoft", "apple", "clerk"]
        where iss.has(vendor) { return .other }
        return .unknown
    }
}
