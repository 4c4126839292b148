import Foundation
import Synchronization

/// A regular expression compiled on first use, once per process. The bundled data rules are loaded at every start,
/// a hook's included, and most runs never use most of their patterns; the rules a user gives are compiled (and so
/// checked) at load time instead (`init(compiled:)`).
public final class LazyRegex: Sendable {
    public let pattern: String
    private let options: NSRegularExpression.Options
    private let cache: Mutex<NSRegularExpression?>

    /// A pattern known to compile (the bundled rules' patterns are compiled by their tests).
    public init(pattern: String, options: NSRegularExpression.Options) {
        self.pattern = pattern
        self.options = options
        cache = Mutex(nil)
    }

    public init(compiled: NSRegularExpression) {
        pattern = compiled.pattern
        options = compiled.options
        cache = Mutex(compiled)
    }

    /// Compiled now when `compilingNow` (a rule file being checked: a broken pattern throws here), else on first use.
    public convenience init(pattern: String, options: NSRegularExpression.Options, compilingNow: Bool) throws {
        if compilingNow {
            self.init(compiled: try NSRegularExpression(pattern: pattern, options: options))
        } else {
            self.init(pattern: pattern, options: options)
        }
    }

    public var regex: NSRegularExpression {
        cache.withLock { cached in
            if let cached { return cached }
            // A bundled pattern that fails to compile is a build defect the rule tests catch, not an input error.
            let compiled = try! NSRegularExpression(pattern: pattern, options: options)
            cached = compiled
            return compiled
        }
    }
}
