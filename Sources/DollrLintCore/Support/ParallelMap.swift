import Foundation
import Dispatch
import Synchronization

/// The processors this process may use, read once: Foundation reads the cgroup's CPU quota at every ask, and the
/// options and the request of one run each asked.
public enum AvailableProcessors {
    public static let count = ProcessInfo.processInfo.activeProcessorCount
}

extension Array {
    /// `map` over `jobs` threads. Workers take the next index from a shared counter (files differ widely in cost, so
    /// fixed chunks would leave a core idle) and write into their own pre-sized slot, so the result keeps the input's
    /// order whatever the number of jobs.
    func parallelMap<T: Sendable>(jobs: Int, _ transform: @Sendable (Element) -> T) -> [T] where Element: Sendable {
        let workers = Swift.max(1, Swift.min(jobs, count))
        if workers == 1 { return map(transform) }
        let slots = SlotBuffer<T>(count: count)
        withoutActuallyEscaping(transform) { transform in
            takingIndices(workers: workers) { index in
                guard index < count else { return false }
                slots.store(transform(self[index]), at: index)
                return true
            }
        }
        return slots.values()
    }
}

/// Runs `work` on `workers` threads, each taking the next index from one shared counter until `work` says there is
/// nothing at the index it took (false).
func takingIndices(workers: Int, _ work: @Sendable (Int) -> Bool) {
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: Swift.max(1, workers)) { _ in
        while work(next.wrappingAdd(1, ordering: .relaxed).oldValue) {}
    }
}

/// Pre-sized storage that concurrent workers fill, each index written by exactly one worker.
private final class SlotBuffer<T>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func store(_ value: T, at index: Int) { storage[index] = value }

    func values() -> [T] { storage.map { $0! } }
}

/// Work started on a thread of its own now and waited for where its result is needed: a pre-commit hook reads git
/// and parses the spec while the rules load. Not on Dispatch's pool: git's runner feeds and drains its pipes from
/// that pool, and two long tasks holding its threads on two cores left git's stdin unwritten for a second.
/// `value()` rethrows what the work threw; it is asked from one thread (one waiter: the semaphore is signalled once).
final class BackgroundWork<T: Sendable>: @unchecked Sendable {
    private let result = Mutex<Result<T, Error>?>(nil)
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws -> T) {
        let thread = Thread { [self] in
            let outcome = Result { try work() }
            result.withLock { $0 = outcome }
            done.signal()
        }
        thread.start()
    }

    /// Waits for the work (once) and returns its result.
    func value() throws -> T {
        if let known = result.withLock({ $0 }) { return try known.get() }
        done.wait()
        return try result.withLock { $0 }!.get()
    }
}
