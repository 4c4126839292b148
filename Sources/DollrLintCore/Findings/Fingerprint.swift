/// Stable fingerprints: FNV-1a over the rule, the path and the masked, whitespace-normalised line,
/// plus the occurrence count of that same line, so unrelated line moves do not change them.
public enum Fingerprint {
    public static func fnv1a(_ s: String, seed: UInt64 = 0xcbf29ce484222325) -> UInt64 {
        var h = seed
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100000001b3
        }
        return h
    }

    public static func make(rule: String, path: String, normalizedContext: String, occurrence: Int) -> String {
        let a = fnv1a("\(rule)\u{0}\(path)\u{0}\(normalizedContext)\u{0}\(occurrence)")
        let b = fnv1a("\(occurrence)\u{0}\(normalizedContext)\u{0}\(path)\u{0}\(rule)", seed: 0x84222325cbf29ce4)
        return String(a, radix: 16).leftPad(16) + String(b, radix: 16).leftPad(16)
    }

    public static func normalize(_ line: String) -> String {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// Fingerprints a file's findings, given in report order: the nth finding of a rule on the same normalised line
    /// gets occurrence n, so identical lines in one file stay apart.
    public static func assign(to findings: inout [Finding]) {
        var occurrences: [String: Int] = [:]
        for i in findings.indices {
            let context = normalize(findings[i].snippet)
            let key = findings[i].rule.rawValue + "\u{0}" + context
            let n = occurrences[key, default: 0]
            occurrences[key] = n + 1
            findings[i].fingerprint = make(
                rule: findings[i].rule.rawValue, path: findings[i].path, normalizedContext: context, occurrence: n)
        }
    }
}

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }

}
