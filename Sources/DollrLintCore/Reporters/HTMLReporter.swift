import Foundation

/// One self-contained HTML file for an audit: totals by category and severity, every finding with its masked
/// context lines, the rule's explanation and fix, and filters that work from a file (no server, no network: the
/// page's Content-Security-Policy lets only its own inline style and script run, and loads nothing).
public struct HTMLReporter: Reporter {
    public static let format = "html"
    public init() {}

    public func render(_ report: ScanReport, options: ReportOptions) -> String {
        let e = HTMLText.escape
        let totals = ReportTotals(report)
        let nonce = Self.nonce()
        let rules = Dictionary(options.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let generated = ISO8601DateFormatter().string(from: Date())
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-\(nonce)'; \
            script-src 'nonce-\(nonce)'; base-uri 'none'; form-action 'none'">
            <meta name="referrer" content="no-referrer">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>dollr-lint report: \(e(report.root))</title>
            <style nonce="\(nonce)">\(Self.css)</style>
            </head>
            <body>
            <header>
            <h1>dollr-lint audit report</h1>
            <p class="meta">Scanned <code>\(e(report.root))</code> with dollr-lint \(e(options.toolVersion)) on \(e(generated)).
            Secrets are masked in every snippet.</p>
            <p class="headline">\(e(totals.headline))</p>
            \(summaryNotes(report, totals))
            </header>

            """
        out += totalsTable(totals)
        guard totals.findings > 0 else { return out + "<p class=\"clean\">No findings.</p>\n</body>\n</html>\n" }
        out += filters(totals)
        out += "<main>\n"
        let byPath = Dictionary(grouping: report.findings, by: { $0.path })
        for path in byPath.keys.sorted() {
            let findings = byPath[path]!
            let count = ReportTotals.plural(findings.count, "finding")
            out += "<section class=\"file\">\n<h2><code>\(e(path))</code> <span class=\"count\">\(count)</span></h2>\n"
            for f in findings { out += finding(f, rule: rules[f.rule]) }
            out += "</section>\n"
        }
        out += "</main>\n<script nonce=\"\(nonce)\">\(Self.script)</script>\n</body>\n</html>\n"
        return out
    }

    private func summaryNotes(_ report: ScanReport, _ totals: ReportTotals) -> String {
        var notes: [String] = []
        if !totals.skipped.isEmpty { notes.append("Skipped: \(totals.skipped.joined(separator: ", ")).") }
        if report.summary.suppressed > 0 { notes.append("\(report.summary.suppressed) suppressed in the code.") }
        if report.summary.baselined > 0 { notes.append("\(report.summary.baselined) in the baseline.") }
        return notes.isEmpty ? "" : "<p class=\"meta\">\(HTMLText.escape(notes.joined(separator: " ")))</p>"
    }

    private func totalsTable(_ totals: ReportTotals) -> String {
        var out = "<section id=\"totals\">\n<h2>Totals</h2>\n<table>\n<thead><tr><th>category</th>"
        out += ReportTotals.severities.map { "<th class=\"\($0.rawValue)\">\($0.rawValue)</th>" }.joined()
        out += "<th>total</th></tr></thead>\n<tbody>\n"
        for c in ReportTotals.categories {
            let counts = ReportTotals.severities.map { "<td>\(totals.byCategory[c, default: [:]][$0, default: 0])</td>" }.joined()
            out += "<tr><th>\(c.rawValue)</th>\(counts)<td>\(totals.count(c))</td></tr>\n"
        }
        out += "</tbody>\n<tfoot><tr><th>total</th>" + ReportTotals.severities.map { "<td>\(totals.count($0))</td>" }.joined()
        return out + "<td>\(totals.findings)</td></tr></tfoot>\n</table>\n</section>\n"
    }

    /// Hidden until the script runs: without it every finding shows and no control pretends to work.
    private func filters(_ totals: ReportTotals) -> String {
        func box(_ kind: String, _ value: String, _ count: Int) -> String {
            "<label><input type=\"checkbox\" data-filter=\"\(kind)\" value=\"\(value)\" checked> \(value) (\(count))</label>"
        }
        var out = "<section id=\"filters\" hidden>\n<h2>Filters</h2>\n<fieldset><legend>category</legend>"
        out += totals.presentCategories.map { box("category", $0.rawValue, totals.count($0)) }.joined(separator: " ")
        out += "</fieldset>\n<fieldset><legend>severity</legend>"
        let severities = ReportTotals.severities.filter { totals.count($0) > 0 }
        out += severities.map { box("severity", $0.rawValue, totals.count($0)) }.joined(separator: " ")
        out += "</fieldset>\n<p>Showing <span id=\"shown-count\">\(totals.findings)</span> of \(totals.findings) findings.</p>\n"
        out += "</section>\n"
        return out
    }

    private func finding(_ f: Finding, rule: RuleDescription?) -> String {
        let e = HTMLText.escape
        let severity = f.severity.rawValue
        var out = "<article class=\"finding \(severity)\" data-category=\"\(f.category.rawValue)\" data-severity=\"\(severity)\">\n"
        out += "<h3><span class=\"badge \(f.severity.rawValue)\">\(f.severity.rawValue)</span> <code>\(e(f.rule.rawValue))</code> "
        out += "<span class=\"where\">line \(f.line), column \(f.column)</span></h3>\n<p class=\"message\">\(e(f.message))</p>\n"
        let lines = f.context.isEmpty ? [f.snippet] : f.context
        let first = f.context.isEmpty ? f.line : f.contextStartLine
        out += "<pre class=\"context\"><code>"
        for (i, text) in lines.enumerated() {
            let number = first + i
            let row = "<span class=\"ln\">\(number)</span>\(e(text))"
            out += number == f.line ? "<mark>\(row)</mark>\n" : row + "\n"
        }
        out += "</code></pre>\n<details><summary>Why it matters and how to fix it</summary>\n"
        if let d = rule {
            out += "<p><strong>\(e(d.title)).</strong> \(e(d.rationale))</p>\n<p><strong>Fix:</strong> \(e(d.fix))</p>\n"
        }
        if let url = HTMLText.safeLink(f.help) {
            out += "<p><a href=\"\(e(url))\" rel=\"noopener noreferrer\">Dollr documentation</a></p>\n"
        } else if !f.help.isEmpty {
            out += "<p>Documentation: \(e(f.help))</p>\n"
        }
        out += "<p class=\"suppress\">Suppress one occurrence: <code>// dollr-lint:ignore \(e(f.rule.rawValue)) -- reason</code></p>\n"
        return out + "</details>\n</article>\n"
    }

    /// Lets only this page's own style and script run; random per report so that nothing in the scanned files can
    /// know it in advance.
    static func nonce() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString()
    }

    static let css = """
        :root{color-scheme:light dark;--err:#c62828;--warn:#b26a00;--note:#1565c0;--line:#8884}
        [hidden]{display:none !important}
        body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1rem 1.5rem}
        h1{margin:.2rem 0}h2{margin:1.4rem 0 .5rem;font-size:1.15rem}h3{margin:0 0 .3rem;font-size:1rem}
        .meta{color:#777;margin:.2rem 0}.headline{font-weight:600;font-size:1.1rem}
        table{border-collapse:collapse}th,td{border:1px solid var(--line);padding:.25rem .7rem;text-align:right}
        th:first-child{text-align:left}tfoot{font-weight:600}
        fieldset{display:inline-block;border:1px solid var(--line);margin:0 1rem .5rem 0}label{margin-right:.6rem}
        .file{border-top:2px solid var(--line);margin-top:1rem}.count{color:#777;font-weight:400;font-size:.9rem}
        .finding{border-left:4px solid var(--line);padding:.4rem .8rem;margin:.8rem 0}
        .finding.error{border-color:var(--err)}.finding.warning{border-color:var(--warn)}.finding.note{border-color:var(--note)}
        .badge{color:#fff;border-radius:3px;padding:0 .4rem;font-size:.8rem;text-transform:uppercase}
        .badge.error{background:var(--err)}.badge.warning{background:var(--warn)}.badge.note{background:var(--note)}
        .where{color:#777;font-weight:400;font-size:.9rem}.message{margin:.2rem 0 .4rem}
        pre.context{background:#8881;padding:.4rem 0;overflow-x:auto;margin:.3rem 0}
        pre.context code{display:block;font:13px/1.4 ui-monospace,monospace}
        pre.context mark{display:inline-block;min-width:100%;background:#fd04;color:inherit}
        .ln{display:inline-block;width:4.5em;padding-right:.8em;text-align:right;color:#888;user-select:none}
        details{margin:.3rem 0}summary{cursor:pointer;color:#555}.suppress{color:#777;font-size:.9rem}
        """

    static let script = """
        "use strict";
        (function () {
          var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));
          var findings = Array.prototype.slice.call(document.querySelectorAll("article.finding"));
          var files = Array.prototype.slice.call(document.querySelectorAll("section.file"));
          var shown = document.getElementById("shown-count");
          function apply() {
            var on = {category: {}, severity: {}};
            boxes.forEach(function (box) {
              if (box.checked) { on[box.getAttribute("data-filter")][box.value] = true; }
            });
            var count = 0;
            findings.forEach(function (f) {
              var visible = on.category[f.getAttribute("data-category")] === true && on.severity[f.getAttribute("data-severity")] === true;
              f.hidden = !visible;
              if (visible) { count += 1; }
            });
            files.forEach(function (file) { file.hidden = file.querySelector("article.finding:not([hidden])") === null; });
            shown.textContent = String(count);
          }
          // "#category=secrets,payload&severity=error" preselects filters, so a link can point at a part of the report.
          var wanted = {};
          location.hash.replace(/^#/, "").split("&").forEach(function (part) {
            var pair = part.split("=");
            if (pair.length === 2 && pair[1] !== "") { wanted[pair[0]] = pair[1].split(","); }
          });
          boxes.forEach(function (box) {
            var only = wanted[box.getAttribute("data-filter")];
            if (only) { box.checked = only.indexOf(box.value) >= 0; }
            box.addEventListener("change", apply);
          });
          document.getElementById("filters").hidden = false;
          apply();
          document.body.setAttribute("data-filters-ready", "true");
        })();
        """
}
