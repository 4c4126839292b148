import Foundation

/// The work one file may cost: a step allowance linear in its size and a CPU-time allowance. Every loop that could
/// grow faster than the input spends steps here and stops early once the budget is exhausted; the engine then drops
/// the file's partial results and counts it as `too_complex`, so a hostile file never stalls a scan.
/// One budget belongs to one file on one thread (not shared).
public final class WorkBudget {
    /// Steps allowed per input byte, plus a floor for tiny files.
    public static let stepsPerByte = 64
    public static let minimumSteps = 2_000_000
    /// CPU seconds allowed: a floor plus a share per 100 KB (thread CPU time, so a loaded machine does not trip it).
    public static let baseSeconds = 0.5
    public static let secondsPer100KB = 0.5

    public let stepLimit: Int
    private let cpuLimitNanos: UInt64
    private let startNanos: UInt64
    public private(set) var steps = 0
    public private(set) var exhausted = false
    /// Steps left before the next clock reading (reading the clock per step would cost more than the step).
    private var untilClockCheck = WorkBudget.clockInterval
    private static let clockInterval = 8192

    /// The default budget for a file of `byteCount` bytes.
    public convenience init(byteCount: Int) {
        self.init(
            stepLimit: max(WorkBudget.minimumSteps, byteCount * WorkBudget.stepsPerByte),
            cpuSeconds: WorkBudget.baseSeconds + WorkBudget.secondsPer100KB * Double(byteCount) / 100_000)
    }

    public init(stepLimit: Int, cpuSeconds: Double) {
        self.stepLimit = stepLimit
        self.cpuLimitNanos = UInt64(max(0, cpuSeconds) * 1e9)
        self.startNanos = WorkBudget.threadCPUNanos()
    }

    /// A budget that never runs out (models built outside a scan, e.g. in unit tests).
    public static func unlimited() -> WorkBudget { WorkBudget(stepLimit: Int.max, cpuSeconds: 1e9) }

    /// Spends `n` steps; false once the budget is exhausted (callers stop their loop).
    @discardableResult
    public func spend(_ n: Int = 1) -> Bool {
        if exhausted { return false }
        steps &+= n
        if steps > stepLimit {
            exhausted = true
            return false
        }
        untilClockCheck -= n
        if untilClockCheck <= 0 {
            untilClockCheck = WorkBudget.clockInterval
            if WorkBudget.threadCPUNanos() &- startNanos > cpuLimitNanos {
                exhausted = true
                return false
            }
        }
        return true
    }

    /// Whether the CPU allowance is used up, for callbacks that cannot count steps (a regex's progress): frequent,
    /// so the clock (a system call) is read on every few-thousandth call only.
    public func outOfTime() -> Bool {
        if exhausted { return true }
        untilClockCheck -= 1
        if untilClockCheck > 0 { return false }
        untilClockCheck = WorkBudget.clockInterval
        if WorkBudget.threadCPUNanos() &- startNanos > cpuLimitNanos { exhausted = true }
        return exhausted
    }

    static func threadCPUNanos() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}

/// What analysing one file cost, in deterministic units: the budget's steps, the tokens, and the call arguments the
/// model holds (its largest part). The shape test compares these across input sizes; no clock is involved.
public struct AnalysisWork: Sendable {
    public let steps: Int
    public let tokens: Int
    public let callArguments: Int
    /// Whether the default budget for this file would have run out (the scan would skip it as too complex).
    public let exceedsDefaultBudget: Bool
}
