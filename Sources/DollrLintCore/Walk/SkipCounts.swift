import Foundation

/// Skipped files by reason, for the summary: nothing is skipped silently.
public struct SkipCounts: Codable, Sendable, Equatable {
    public var binary = 0, tooLarge = 0, unreadable = 0, ignored = 0, symlink = 0, invalidUTF8 = 0
    /// Entries that are not regular files, by kind: never opened for reading (a FIFO would block the scan).
    public var fifo = 0, socket = 0, device = 0
    /// Files whose analysis ran out of the per-file work budget.
    public var tooComplex = 0
    enum CodingKeys: String, CodingKey {
        case binary, ignored, symlink, unreadable, fifo, socket, device
        case tooLarge = "too_large", invalidUTF8 = "invalid_utf8", tooComplex = "too_complex"
    }
    public mutating func add(_ o: SkipCounts) {
        binary += o.binary
        tooLarge += o.tooLarge
        unreadable += o.unreadable
        ignored += o.ignored
        symlink += o.symlink
        invalidUTF8 += o.invalidUTF8
        fifo += o.fifo
        socket += o.socket
        device += o.device
        tooComplex += o.tooComplex
    }

    /// Counts one skipped entry that is not a regular file.
    public mutating func count(_ kind: FileKind) {
        switch kind {
        case .fifo: fifo += 1
        case .socket: socket += 1
        case .device: device += 1
        case .symlink: symlink += 1
        case .regular, .directory: unreadable += 1
        }
    }

    /// FIFOs, sockets and devices together, for the one-line text summary.
    public var special: Int { fifo + socket + device }
}
