import Foundation
import Glibc

/// Why a file could not be read, in words for a one-line error or a warning.
public enum FileReadProblem: Error, Equatable, CustomStringConvertible {
    case cannotOpen(String)
    /// A FIFO, socket or device: reading it could block forever or never end.
    case notRegular(FileKind)
    case tooLarge(size: Int, limit: Int)
    /// A stream (standard input) that went past the limit while being read.
    case streamTooLarge(limit: Int)

    public var description: String {
        switch self {
        case .cannotOpen(let why): return why
        case .notRegular(let kind): return "is a \(kind.rawValue), not a regular file"
        case .tooLarge(let size, let limit): return "is \(FileReadProblem.bytes(size)); the limit is \(FileReadProblem.bytes(limit))"
        case .streamTooLarge(let limit): return "is larger than the limit of \(FileReadProblem.bytes(limit)); stopped reading there"
        }
    }

    static func bytes(_ n: Int) -> String {
        n >= 1_000_000 ? "\(n / 1_000_000) MB (\(n) bytes)" : "\(n) bytes"
    }
}

/// What a directory entry is, by its mode; anything but `regular` and `directory` is never opened for reading.
public enum FileKind: String, Sendable {
    case regular = "regular file", directory, symlink = "symbolic link", fifo = "FIFO", socket, device

    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symlink
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        default: self = .device
        }
    }
}

public enum FileReader {
    /// Largest spec or other option file read whole.
    public static let optionFileLimit = 200_000_000

    /// Reads a whole regular file; nil when it cannot be read, is not a regular file or exceeds `limit`.
    static func readSmallFile(_ path: String, limit: Int) -> [UInt8]? { try? readRegularFile(path, limit: limit).get() }

    /// Reads a file that an option or the project names (`--config`, `--spec`, a rule file): any problem is a
    /// `ConfigError` naming the file and saying what is wrong, never a hang on a FIFO.
    public static func readOptionFile(_ path: String, limit: Int, what: String) throws -> [UInt8] {
        switch readRegularFile(path, limit: limit) {
        case .success(let bytes): return bytes
        case .failure(let problem): throw ConfigError(file: path, "cannot read the \(what): \(problem)")
        }
    }

    /// The one way files are read: stat before open, so a FIFO or a device is never opened; O_NONBLOCK and fstat after
    /// open, so a file swapped for a FIFO in between cannot block either; then read(2) with the limit applied while reading.
    public static func readRegularFile(_ path: String, limit: Int) -> Result<[UInt8], FileReadProblem> {
        readRegularFile(pathBytes: Array(path.utf8), limit: limit)
    }

    /// The same for a path given as raw bytes (names that are not valid UTF-8). `listedRegular`: the directory listing
    /// already said regular file (the walker's files), so the stat before open, a second path lookup per file, is
    /// skipped; O_NONBLOCK and the fstat after open still refuse a FIFO put there since (a device node needs root).
    public static func readRegularFile(pathBytes: [UInt8], limit: Int, listedRegular: Bool = false) -> Result<
        [UInt8], FileReadProblem
    > {
        let cPath = pathBytes.map { CChar(bitPattern: $0) } + [0]
        var st = stat()
        if !listedRegular {
            guard stat(cPath, &st) == 0 else { return .failure(.cannotOpen(String(cString: strerror(errno)))) }
            if FileKind(mode: st.st_mode) != .regular { return .failure(.notRegular(FileKind(mode: st.st_mode))) }
            if Int(st.st_size) > limit { return .failure(.tooLarge(size: Int(st.st_size), limit: limit)) }
        }
        let fd = open(cPath, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .failure(.cannotOpen(String(cString: strerror(errno)))) }
        defer { close(fd) }
        guard fstat(fd, &st) == 0 else { return .failure(.cannotOpen(String(cString: strerror(errno)))) }
        if FileKind(mode: st.st_mode) != .regular { return .failure(.notRegular(FileKind(mode: st.st_mode))) }
        if Int(st.st_size) > limit { return .failure(.tooLarge(size: Int(st.st_size), limit: limit)) }
        return readAll(fd: fd, sizeHint: Int(st.st_size), limit: limit, endsAtSizeHint: true)
    }

    /// Reads to the end, never holding more than `limit` + 1 bytes: a file that grows, or a pipe, cannot exhaust memory.
    /// The first `sizeHint` + 1 bytes are read into memory not zeroed first (that fill was a memset of every byte a
    /// scan reads). A short read is not taken for the end: FUSE and proc files return less than asked before it.
    /// `endsAtSizeHint`: the hint is a regular file's size (fstat), so having read that much is its end (at that
    /// moment) without one more read(2) to see end-of-file; a size of 0 (proc files) still reads to the end.
    public static func readAll(fd: Int32, sizeHint: Int, limit: Int, endsAtSizeHint: Bool = false) -> Result<[UInt8], FileReadProblem> {
        let first = min(max(sizeHint, 4096), limit) + 1
        var total = 0
        var ended = false
        var failure: FileReadProblem?
        var buffer = [UInt8](unsafeUninitializedCapacity: first) { memory, count in
            while total < first, let base = memory.baseAddress {
                let n = Glibc.read(fd, base + total, first - total)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = .cannotOpen(String(cString: strerror(errno)))
                    break
                }
                if n == 0 {
                    ended = true
                    break
                }
                total += n
                if endsAtSizeHint && sizeHint > 0 && total == sizeHint {
                    ended = true
                    break
                }
            }
            count = total
        }
        if let failure { return .failure(failure) }
        // Past the first buffer (a pipe, a file that grew): grown a chunk at a time.
        while !ended {
            if total == buffer.count {
                if total > limit { return .failure(.streamTooLarge(limit: limit)) }
                buffer.append(contentsOf: [UInt8](repeating: 0, count: min(buffer.count, limit + 1 - buffer.count)))
            }
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + total, $0.count - total) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.cannotOpen(String(cString: strerror(errno))))
            }
            if n == 0 { break }
            total += n
        }
        if total > limit { return .failure(.streamTooLarge(limit: limit)) }
        buffer.removeSubrange(total...)
        return .success(buffer)
    }
}
