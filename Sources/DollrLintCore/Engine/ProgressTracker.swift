import Foundation
import Dispatch

/// Counts files as the parallel loop finishes them and passes the count on at most once per interval. Calls happen
/// under the lock, so the callback sees them one at a time and in order.
final class ProgressTracker: @unchecked Sendable {
    private let lock = NSLock()
    private let callback: @Sendable (ScanProgress) -> Void
    private let interval: UInt64
    private let clock: @Sendable () -> UInt64
    private let started: UInt64
    private var lastCall: UInt64
    private var state: ScanProgress

    init(
        filesTotal: Int, interval: UInt64, clock: @escaping @Sendable () -> UInt64 = { DispatchTime.now().uptimeNanoseconds },
        callback: @escaping @Sendable (ScanProgress) -> Void
    ) {
        self.callback = callback
        self.interval = interval
        self.clock = clock
        started = clock()
        lastCall = started
        state = ScanProgress(filesDone: 0, filesTotal: filesTotal, bytesRead: 0, elapsedNanoseconds: 0)
    }

    func fileDone(bytes: Int) {
        lock.lock()
        defer { lock.unlock() }
        state.filesDone += 1
        state.bytesRead += bytes
        let now = clock()
        guard now - lastCall >= interval else { return }
        lastCall = now
        state.elapsedNanoseconds = now - started
        callback(state)
    }
}
