import Foundation

/// JUnit XML for CI systems that show test results: one failed test case per finding.
public struct JUnitReporter: Reporter {
    public static let format = "junit"
    public init() {}

    static func xml(_ s: String) -> String {
        var o = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": o += "&amp;"
            case "<": o += "&lt;"
            case ">": o += "&gt;"
            case "\"": o += "&quot;"
            case "'": o += "&apos;"
            default:
                // XML 1.0 forbids most control characters.
                if u.value < 0x20 && u != "\n" && u != "\t" && u != "\r" { continue }
                o.unicodeScalars.append(u)
            }
        }
        return o
    }

    public func render(_ report: ScanReport, options: ReportOptions) -> String {
        let failures = report.findings
        let x = Self.xml
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"dollr-lint\" tests=\"\(max(1, failures.count))\" failures=\"\(failures.count)\" "
        out += "time=\"\(Double(report.summary.durationMS) / 1000)\">\n"
        out += "  <testsuite name=\"dollr-lint\" tests=\"\(max(1, failures.count))\" failures=\"\(failures.count)\" errors=\"0\">\n"
        if failures.isEmpty { out += "    <testcase classname=\"dollr-lint\" name=\"scan\"/>\n" }
        for f in failures {
            out += "    <testcase classname=\"\(x(f.path))\" name=\"\(x("\(f.rule) \(f.path):\(f.line):\(f.column)"))\">\n"
            out += "      <failure type=\"\(x(f.severity.rawValue))\" message=\"\(x(f.message))\">"
            out += "\(x("\(f.path):\(f.line):\(f.column) \(f.snippet)\n\(f.help)"))</failure>\n"
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }
}
