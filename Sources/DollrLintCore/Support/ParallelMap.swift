import Dispatch
import Synchronization

extension Array {
    /// `map` over `jobs` threads. Workers take the next index from a shared counter (files differ widely in cost, so
    /// fixed chunks would leave a core idle) and write into their own pre-sized slot, so the result keeps the input's
    /// order whatever the number of jobs.
    func parallelMap<T: Sendable>(jobs: Int, _ transform: @Sendable (Element) -> T) -> [T] where Element: Sendable {
        let workers = Swift.max(1, Swift.min(jobs, count))
        if workers == 1 { return map(transform) }
        let slots = SlotBuffer<T>(count: count)
        let next = Atomic<Int>(0)
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    if index >= count { return }
                    slots.store(transform(self[index]), at: index)
                }
            }
        }
        return slots.values()
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
