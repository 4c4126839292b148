import Foundation

/// How far a scan has got: what a progress line shows.
public struct ScanProgress: Sendable, Equatable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesRead: Int
    public var elapsedNanoseconds: UInt64

    public init(filesDone: Int, filesTotal: Int, bytesRead: Int, elapsedNanoseconds: UInt64) {
        self.filesDone = filesDone
        self.filesTotal = filesTotal
        self.bytesRead = bytesRead
        self.elapsedNanoseconds = elapsedNanoseconds
    }
}
