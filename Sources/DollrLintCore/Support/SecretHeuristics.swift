import Foundation

/// Shape tests shared by the secret rules and the masker.
public enum SecretHeuristics {
    /// Words of a value split at separators, case changes and letter/digit changes (`sk_test_ABC` -> sk, test, abc).
    /// Case and digit changes split short values only: long random strings would yield chance words.
    static func words(_ v: String) -> [String] {
        v.utf8.allSatisfy({ $0 < 0x80 }) ? asciiWords(Array(v.utf8)) : unicodeWords(v)
    }

    /// `words` over bytes: every string literal of a Dollr file of 16 characters or more asks, and Character
    /// properties made it a quarter of the secret rules' time.
    private static func asciiWords(_ bytes: [UInt8]) -> [String] {
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        let splitsCase = bytes.count < 24
        var result: [String] = []
        var start: Int? = nil
        func flush(_ end: Int) {
            if let s = start, end > s {
                result.append(String(decoding: bytes[s..<end].map { isLetter($0) ? $0 | 0x20 : $0 }, as: UTF8.self))
            }
        }
        for (i, b) in bytes.enumerated() {
            guard isLetter(b) || isDigit(b) else {
                flush(i)
                start = nil
                continue
            }
            if start != nil, splitsCase {
                let p = bytes[i - 1]
                let lowerToUpper = p >= 0x61 && p <= 0x7A && b >= 0x41 && b <= 0x5A
                if lowerToUpper || isLetter(p) != isLetter(b) {
                    flush(i)
                    start = i
                }
            }
            if start == nil { start = i }
        }
        flush(bytes.count)
        return result
    }

    private static func unicodeWords(_ v: String) -> [String] {
        let splitsCase = v.count < 24
        var result: [String] = []
        var cur = ""
        var prev: Character? = nil
        for ch in v {
            let boundary: Bool
            if !(ch.isLetter || ch.isNumber) {
                if !cur.isEmpty { result.append(cur.lowercased()) }
                cur = ""
                prev = nil
                continue
            }
            if let p = prev, splitsCase {
                boundary = (p.isLowercase && ch.isUppercase) || (p.isLetter != ch.isLetter)
            } else {
                boundary = false
            }
            if boundary && !cur.isEmpty {
                result.append(cur.lowercased())
                cur = ""
            }
            cur.append(ch)
            prev = ch
        }
        if !cur.isEmpty { result.append(cur.lowercased()) }
        return result
    }

    /// Shannon entropy in bits per character.
    public static func entropy(_ s: String) -> Double {
        var counts: [UInt8: Int] = [:]
        let u = Array(s.utf8)
        guard !u.isEmpty else { return 0 }
        for b in u { counts[b, default: 0] += 1 }
        var h = 0.0
        for (_, c) in counts {
            let p = Double(c) / Double(u.count)
            h -= p * log2(p)
        }
        return h
    }

    /// A random-looking credential: long enough, mixed character classes, high entropy, not a word list or a path.
    public static func looksRandom(_ s: String, minLength: Int = 20) -> Bool {
        guard s.utf8.count >= minLength else { return false }
        var upper = 0, lower = 0, digit = 0
        for b in s.utf8 {
            if b >= 65 && b <= 90 { upper += 1 } else if b >= 97 && b <= 122 { lower += 1 } else if b >= 48 && b <= 57 { digit += 1 }
        }
        // Paths and URLs (`/v1/predictions/mmo-provider-info`) are words, not randomness.
        if s.has("/") { return s.split(separator: "/").contains { looksRandom(String($0), minLength: minLength) } }
        let classes = (upper > 0 ? 1 : 0) + (lower > 0 ? 1 : 0) + (digit > 0 ? 1 : 0)
        if classes < 2 { return false }
        // Identifiers such as SOME_LONG_CONSTANT_NAME or camelCaseFunctionNames are not secrets.
        if digit == 0 && (s.has("_") || s.has("-")) { return false }
        if digit == 0 && upper > 0 && lower > 0 && upper * 6 < lower && !s.has("/") && !s.has("+") { return false }
        return entropy(s) >= 3.5
    }

    /// Markers that make a value a stand-in wherever they occur.
    private static let placeholderMarkers = [
        "xxx", "changeme", "change_me", "change-me", "example", "placeholder", "dummy", "secret_here",
        "redacted", "replace", "insert", "<", ">", "${", "{{", "%s", "...", "…", "****", "lorem", "client-secret",
        "client_secret", "clientsecret", "my-secret", "mysecret", "not-a-real", "notreal", "123456", "000000",
    ]
    /// Short words that only count as whole words: a random string may contain "foo" by chance.
    private static let placeholderWords: Set<String> = [
        "your", "fake", "test", "testing", "mock", "sample", "demo", "foo", "bar", "baz", "here",
        "todo", "invalid", "default", "secret", "token", "dev", "local", "dummy", "stub", "fixture", "none", "null", "tbd",
    ]

    /// Values that stand for a secret without being one: `YOUR_CLIENT_SECRET`, `<secret>`, `${DOLLR_CLIENT_SECRET}`, `changeme`, `xxxx`.
    public static func isPlaceholder(_ value: String) -> Bool {
        // Foundation's trimming only when an end could be a space (it was a fifth of this function's time).
        let ends = [value.utf8.first, value.utf8.last].compactMap { $0 }
        let v = ends.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 >= 0x80 }) ? value.trimmingCharacters(in: .whitespaces) : value
        if v.isEmpty { return true }
        let lower = v.lowercased()
        for w in placeholderMarkers where lower.has(w) { return true }
        if lower.hasPrefix("$") || lower.hasPrefix("%") || lower.hasPrefix("env:") || lower.hasPrefix("vault:") { return true }
        for w in words(v) where placeholderWords.contains(w) { return true }
        // One repeated character (`aaaaaaaa`, `00000000`).
        if Set(lower.utf8).count <= 2 { return true }
        // Sequences like abcdef123456 / 1234567890.
        if lower.has("abcdef") || lower.has("12345678") || lower.has("qwerty") { return true }
        return false
    }
}
