import Foundation

/// The progress line a long scan draws on stderr: for a person watching a terminal, never for a pipe, a log or CI.
public enum ProgressLine {
    /// Scans that end sooner draw nothing: a hook run should not flicker.
    public static let delayNanoseconds: UInt64 = 500_000_000

    /// Shown only when stderr is a terminal, `--quiet` is off, `CI` is unset (CI logs keep every redraw), and the
    /// terminal can redraw a line (`TERM=dumb` cannot).
    public static func shouldShow(stderrIsTerminal: Bool, quiet: Bool, environment: [String: String]) -> Bool {
        stderrIsTerminal && !quiet && environment["CI"] == nil && environment["TERM"] != "dumb"
    }

    /// "1,234/20,000 files  12.3 MB/s  4.2 s"
    public static func text(_ p: ScanProgress) -> String {
        let seconds = Double(p.elapsedNanoseconds) / 1e9
        let rate = seconds > 0 ? Double(p.bytesRead) / 1e6 / seconds : 0
        let files = "\(grouped(p.filesDone))/\(grouped(p.filesTotal)) files"
        return "\(files)  \(String(format: "%.1f", rate)) MB/s  \(String(format: "%.1f", seconds)) s"
    }

    /// What to write to the terminal for one update (return to the line start, clear it, draw), or nil while the
    /// scan is younger than the delay.
    public static func redraw(_ p: ScanProgress) -> String? {
        p.elapsedNanoseconds >= delayNanoseconds ? clear + text(p) : nil
    }

    /// Erases the line once the scan is done, so the report starts on a clean line.
    public static let clear = "\r\u{1B}[2K"

    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
