import Foundation

/// One file to scan: its bytes (read once), a line table, the language, and for markup files the embedded code regions.
public final class SourceFile {
    /// Path relative to the scan root, with `/` separators.
    public let path: String
    public let bytes: [UInt8]
    public let language: Language
    public let lines: LineTable
    /// True for a `.env*` file that git ignores: only rules that opt in read it.
    public let isGitIgnored: Bool
    /// Code regions: the whole file for code, `<script>` blocks and code fences for markup.
    public private(set) var regions: [Region] = []
    /// Lower-cased copy for keyword checks, made lazily.
    public private(set) lazy var lowercasedBytes: [UInt8] = ByteSearch.lowercased(bytes)

    public struct Region: Sendable {
        public let language: Language
        public let range: Range<Int>
        /// For a Markdown fence: the info string (```bash cURL -> "bash cURL").
        public let info: String
    }

    public init(path: String, bytes: [UInt8], isGitIgnored: Bool = false, language: Language? = nil) {
        self.path = path
        self.bytes = bytes
        self.isGitIgnored = isGitIgnored
        let firstLineEnd = bytes.prefix(200).firstIndex(of: 0x0A) ?? min(bytes.count, 200)
        let firstLine = String(decoding: bytes[0..<firstLineEnd], as: UTF8.self)
        self.language = language ?? Language.detect(path: path, firstLine: Substring(firstLine))
        self.lines = bytes.withUnsafeBufferPointer { LineTable(bytes: $0) }
        self.regions = MarkupRegionFinder.regions(of: self.language, bytes: bytes)
    }

    public var fileName: String { path.fileNameComponent }

    /// The text of a byte range, decoded lossily (invalid UTF-8 never crashes).
    public func text(_ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, bytes.count)), hi = max(lo, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    public func lineText(_ line: Int) -> String { text(lines.range(ofLine: line)) }

    /// Last computed column, so many findings on one long (minified) line cost O(line), not O(line x findings).
    private var columnCursor: (line: Int, offset: Int, column: Int) = (0, 0, 1)

    /// 1-based line and column (column counted in Unicode scalars of the line).
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let offset = max(0, min(offset, bytes.count))
        let line = lines.line(of: offset)
        var from = lines.lineStarts[line - 1]
        var column = 1
        if columnCursor.line == line && columnCursor.offset <= offset {
            from = columnCursor.offset
            column = columnCursor.column
        }
        var i = from
        while i < offset {
            // Count scalar starts: every byte that is not a UTF-8 continuation byte.
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        columnCursor = (line, offset, column)
        return (line, column)
    }

    /// The text of a line for a snippet: the whole line, or for a very long line a window around `offset`.
    public func snippetText(line: Int, around offset: Int, window: Int = 160) -> (text: String, start: Int) {
        let r = lines.range(ofLine: line)
        guard r.count > window * 2 + 40 else { return (text(r), r.lowerBound) }
        var lo = max(r.lowerBound, offset - window), hi = min(r.upperBound, offset + window)
        while lo > r.lowerBound && bytes[lo] & 0xC0 == 0x80 { lo -= 1 }
        while hi < r.upperBound && bytes[hi] & 0xC0 == 0x80 { hi += 1 }
        return (text(lo..<hi), lo)
    }

    /// ASCII case-insensitive substring test over the bytes.
    public func containsKeyword(_ keyword: String) -> Bool {
        let needle = Array(keyword.lowercased().utf8)
        return ByteSearch.contains(lowercasedBytes, needle)
    }
}

/// Substring search over bytes: the one implementation behind every byte-level `contains` of the project.
enum ByteSearch {
    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        firstIndex(hay, needle, from: 0) != nil
    }

    static func firstIndex(_ hay: [UInt8], _ needle: [UInt8], from: Int) -> Int? {
        hay.withUnsafeBufferPointer { h in needle.withUnsafeBufferPointer { firstIndex(h, $0, in: from..<h.count) } }
    }

    /// First offset of `needle` inside `range` of `hay`: memchr (vectorised) to each occurrence of its first byte,
    /// memcmp for the rest (a byte loop here was a few percent of the analysis of a bundle).
    static func firstIndex(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Int? {
        guard let first = needle.first else { return range.lowerBound }
        guard range.count >= needle.count, let base = hay.baseAddress, let rest = needle.baseAddress.map({ $0 + 1 }) else { return nil }
        var i = range.lowerBound
        let last = range.upperBound - needle.count
        while i <= last {
            guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return nil }
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if needle.count == 1 || memcmp(base + at + 1, rest, needle.count - 1) == 0 { return at }
            i = at + 1
        }
        return nil
    }

    /// An ASCII upper case letter lowered; every other byte as it is.
    @inline(__always)
    static func lowercased(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    /// `bytes` with ASCII upper case letters lowered, eight bytes at a time (a byte map was a few percent of the
    /// analysis of a bundle).
    static func lowercased(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: source.count) { target, count in
                let n = source.count
                var i = 0
                if let from = source.baseAddress, let to = target.baseAddress {
                    let raw = UnsafeRawPointer(from)
                    let out = UnsafeMutableRawPointer(to)
                    while i + 8 <= n {
                        let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                        // Per byte, with the top bit clear: adding 0x80 - 0x41 sets it from 'A' up, 0x80 - 0x5B from
                        // past 'Z'; bytes with the top bit set (UTF-8) are never letters here.
                        let low = x & 0x7F7F_7F7F_7F7F_7F7F
                        let fromA = low &+ 0x3F3F_3F3F_3F3F_3F3F
                        let pastZ = low &+ 0x2525_2525_2525_2525
                        let upper = fromA & ~pastZ & ~x & 0x8080_8080_8080_8080
                        out.storeBytes(of: x | upper >> 2, toByteOffset: i, as: UInt64.self)
                        i += 8
                    }
                }
                while i < n {
                    target[i] = lowercased(source[i])
                    i += 1
                }
                count = n
            }
        }
    }
}

/// Finds the code inside markup: `<script>` blocks of HTML/Vue/Svelte, fenced code blocks of Markdown/MDX.
enum MarkupRegionFinder {
    static func regions(of language: Language, bytes: [UInt8]) -> [SourceFile.Region] {
        switch language {
        case .markdown: return fences(bytes)
        case .html, .vue, .svelte: return scripts(bytes, defaultLanguage: .javascript)
        case .xml: return [SourceFile.Region(language: .xml, range: 0..<bytes.count, info: "")]
        default: return [SourceFile.Region(language: language, range: 0..<bytes.count, info: "")]
        }
    }

    private static func fences(_ bytes: [UInt8]) -> [SourceFile.Region] {
        var result: [SourceFile.Region] = []
        var lineStart = 0
        var open: (start: Int, indent: Int, fence: [UInt8], lang: Language?, info: String)? = nil
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var i = lineStart
            while i < lineEnd && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
            let indent = i - lineStart
            var run = 0
            let marker = i < lineEnd ? bytes[i] : 0
            if marker == 0x60 || marker == 0x7E { while i + run < lineEnd && bytes[i + run] == marker { run += 1 } }
            if run >= 3 {
                if let o = open {
                    if marker == o.fence[0] && run >= o.fence.count {
                        if let lang = o.lang, o.start <= lineStart {
                            result.append(.init(language: lang, range: o.start..<lineStart, info: o.info))
                        }
                        open = nil
                    }
                } else {
                    let info = String(decoding: bytes[(i + run)..<lineEnd], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                    open = (min(lineEnd + 1, bytes.count), indent, Array(repeating: marker, count: run), Language.fromFenceInfo(info), info)
                }
            }
            lineStart = lineEnd + 1
        }
        return result
    }

    private static func scripts(_ bytes: [UInt8], defaultLanguage: Language) -> [SourceFile.Region] {
        var result: [SourceFile.Region] = []
        let lower = ByteSearch.lowercased(bytes)
        let openTag = Array("<script".utf8), closeTag = Array("</script".utf8)
        var from = 0
        while let start = ByteSearch.firstIndex(lower, openTag, from: from) {
            guard let tagEnd = lower[start...].firstIndex(of: 0x3E) else { break }
            let attrs = String(decoding: lower[start..<tagEnd], as: UTF8.self)
            let lang: Language =
                attrs.has("lang=\"ts\"") || attrs.has("lang='ts'") || attrs.has("typescript") ? .typescript : defaultLanguage
            let bodyStart = tagEnd + 1
            let bodyEnd = ByteSearch.firstIndex(lower, closeTag, from: bodyStart) ?? bytes.count
            if !attrs.has("application/ld+json") && !attrs.has("src=") || bodyEnd > bodyStart {
                result.append(.init(language: lang, range: bodyStart..<bodyEnd, info: ""))
            }
            from = bodyEnd + 1
            if from >= bytes.count { break }
        }
        return result
    }
}
