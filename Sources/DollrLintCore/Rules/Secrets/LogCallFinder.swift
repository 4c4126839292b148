/// Finds calls that write to logs or standard output, across the languages' logging idioms.
public enum LogCallFinder {
    static let verbs: Set<String> = [
        "log", "info", "debug", "warn", "warning", "error", "trace", "fatal", "critical", "exception", "notice", "verbose",
        "print", "println", "printf", "puts", "dump", "table", "dir", "d", "i", "w", "e", "v", "wtf", "infof", "debugf",
        "warnf", "errorf", "fatalf", "tracef", "printfln", "fprintf", "fprintln", "fprint", "loginformation", "logdebug",
        "logwarning", "logerror", "logtrace", "logcritical", "writeline", "write", "infow", "debugw", "warnw", "errorw",
        "logf", "success", "emergency", "alert", "severe", "fine", "finer", "finest", "add", "capturemessage", "logger", "p", "pp",
    ]
    static let standalone: Set<String> = [
        "print", "println", "printf", "puts", "p", "pp", "print_r", "var_dump", "var_export", "error_log", "dump", "dd",
        "echo", "debugprint", "nslog", "os_log", "eprintln", "eprint", "dbg", "printerr", "console", "syslog", "logger", "log", "debuglog",
        "logd", "logi", "logw", "loge", "say", "warn", "die",
    ]
    static let rustMacros: Set<String> = [
        "info", "debug", "warn", "error", "trace", "println", "eprintln", "print", "eprint", "dbg", "log", "event",
    ]
    /// Words of a receiver's name that make it a logger (`logger`, `Rails.logger`, `_log`, `WC_Stripe_Logger`, `appLog`):
    /// whole words only, so `catalogue`, `dialog`, `blog` or `login` are not loggers.
    static let loggerWords: Set<String> = [
        "log", "logs", "logger", "loggers", "logging", "console", "tracing", "timber", "winston", "pino", "bunyan", "sentry", "slf4j",
        "debug",
        "syslog", "nslog", "oslog", "logcat", "logrus", "zap", "zerolog", "slog", "glog", "klog", "log4j", "log4net", "log15", "serilog",
        "nlog",
    ]

    public static func isLogCall(_ call: CodeModel.Call, in file: LexedFile) -> Bool {
        let chain = call.callee
        guard let last = chain.last?.lowercased() else { return false }
        let isMacro = file.next(call.nameToken).map { file.isPunct($0, "!") } ?? false
        if chain.count == 1 {
            if isMacro { return rustMacros.contains(last) }
            // PHP's echo writes the HTTP response, not a log.
            if last == "echo" && file.language(ofToken: call.nameToken) == .php { return false }
            return standalone.contains(last)
        }
        // `tracing::info!`, `log::warn!`
        if isMacro { return rustMacros.contains(last) }
        let first = chain[0].lowercased()
        if first == "fmt" { return last.hasPrefix("print") || last.hasPrefix("fprint") }
        if first == "system" && chain.count >= 3 { return (chain[1] == "out" || chain[1] == "err") && last.hasPrefix("print") }
        if first == "console" && chain.count == 2 { return verbs.contains(last) || last == "writeline" || last == "write" }
        if first == "json" || first == "response" || first == "res" || first == "http" || first == "w" || first == "file" || first == "f" {
            return false
        }
        guard verbs.contains(last) else { return false }
        for part in chain.dropLast() {
            let p = part.lowercased()
            if p.hasSuffix("logger") || p.hasSuffix("logging") || words(of: part).contains(where: { loggerWords.contains($0) }) {
                return true
            }
            if p == "stdout" || p == "stderr" || p == "out" && chain.count > 2 { return true }
        }
        return false
    }
}

extension LogCallFinder {
    /// The lower-case words of a name: `WC_Stripe_Logger` -> wc, stripe, logger; `appLogger` -> app, logger; `$log` -> log.
    static func words(of name: String) -> [String] {
        var out: [String] = []
        var current = ""
        var previousLower = false
        for ch in name {
            guard ch.isLetter || ch.isNumber else {
                if !current.isEmpty { out.append(current) }
                current = ""
                previousLower = false
                continue
            }
            if ch.isUppercase && previousLower && !current.isEmpty {
                out.append(current)
                current = ""
            }
            current += ch.lowercased()
            previousLower = ch.isLowercase || ch.isNumber
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}

/// Shared by token-logging and sensitive-data-logging: each log call and the sensitive references in its arguments.
enum LoggedReferences {
    /// Minified bundles are left out, as by the payload and flow rules: their log calls repeat their sources' (where
    /// they are reported, with names a reader knows), and reading every call of a megabyte line is most of a scan.
    static func find(_ context: RuleContext) -> [(call: CodeModel.Call, refs: [SensitiveReferenceFinder.Reference])] {
        guard !context.isBuildOutput else { return [] }
        let finder = SensitiveReferenceFinder(context)
        var out: [(call: CodeModel.Call, refs: [SensitiveReferenceFinder.Reference])] = []
        let logCalls = context.model.calls.filter { LogCallFinder.isLogCall($0, in: context.lexed) }
        let nested = nestedArguments(logCalls)
        for (k, call) in logCalls.enumerated() {
            // A log call nested in another's arguments reads its own: each token is read once, by its innermost log call.
            let refs = finder.references(in: call.args, skipping: nested[k])
            if !refs.isEmpty { out.append((call, refs)) }
            if context.budget.exhausted { break }
        }
        return out
    }

    /// For each call, the argument ranges of the calls directly nested in its arguments, in token order.
    static func nestedArguments(_ calls: [CodeModel.Call]) -> [[Range<Int>]] {
        var children = [[Range<Int>]](repeating: [], count: calls.count)
        let order = calls.indices.sorted {
            calls[$0].args.lowerBound != calls[$1].args.lowerBound
                ? calls[$0].args.lowerBound < calls[$1].args.lowerBound
                : calls[$0].args.count > calls[$1].args.count
        }
        var open: [Int] = []
        for k in order where !calls[k].args.isEmpty {
            let r = calls[k].args
            while let top = open.last, calls[top].args.upperBound <= r.lowerBound { open.removeLast() }
            if let parent = open.last, calls[parent].args.upperBound >= r.upperBound { children[parent].append(r) }
            open.append(k)
        }
        return children
    }
}
