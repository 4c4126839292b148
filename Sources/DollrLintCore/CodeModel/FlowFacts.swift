/// What a call does to Dollr, decided from the path it sends (`/v1/executions/collection`, `/v1/status/payout/{id}`).
public enum DollrOperation: Hashable, Sendable {
    case token
    /// An execution: `collection`, `payout`, `transfer`, `refund`.
    case execute(String)
    /// The status of an execution, by `reference_id`.
    case status(String)
    /// The status of a payment source (invoice or order): a different model.
    case sourceStatus
    case other

    public init(path: String) {
        let parts = path.split(separator: "/").map(String.init)
        if path.hasPrefix("/v1/jwt/") {
            self = .token
        } else if parts.count >= 3, parts[1] == "executions" {
            self = .execute(parts[2])
        } else if parts.count >= 3, parts[1] == "status" {
            self = parts[2] == "source" ? .sourceStatus : .status(parts[2])
        } else {
            self = .other
        }
    }

    public var isExecute: Bool { if case .execute = self { return true } else { return false } }
    public var isExecutionStatus: Bool { if case .status = self { return true } else { return false } }
    /// A token, execute or status operation: what the flow rules follow across files.
    public var isFlowOperation: Bool { self != .other }
}

/// A stretch of a function that can run again or that runs on a condition. Offsets are bytes of the file.
public struct FlowRegion: Sendable {
    public enum Kind: Sendable, Equatable {
        /// A loop that repeats the same work (`for attempt in range(3)`, `while true`, `repeat(3)`, `loop`).
        case loop
        /// A loop over a collection (`for payout in batch`, `items.forEach`): each turn is different work, not a retry.
        case collectionLoop
        /// An error path (`catch`, `except`, `rescue`, `if err != nil`, `Err(e) =>`, `onFailure`).
        case handler
        /// A function literal handed to a call (`pRetry(async () => {...})`, `retry(3) {...}`), named by that call.
        case callback(String)
        /// A branch (`if`, `elif`, `else`, `case`, `when`).
        case branch
    }
    public let kind: Kind
    /// Where the header starts (the keyword or the callee).
    public let headerOffset: Int
    public let body: Range<Int>
    public let parent: Int?
    /// Execution statuses that lead into a branch, decided from its condition and, for `else`, its siblings.
    public var condition: StatusCondition?
    /// A loop whose every way round is a replay after 401 (token refreshed) or 429 (throttled), or a handler entered
    /// only for those: Dollr rejected the request unprocessed, so sending it again repeats no payment.
    public var replaysOnlyRejected = false
}

/// What a branch tests about a payment status.
public struct StatusCondition: Sendable {
    /// Execution statuses for which the branch runs, as far as the condition says (upper case).
    public var enteredFor: Set<String>
    /// Whether the tested value is an invoice or order (source) status rather than an execution status.
    public var isSourceStatus: Bool
    /// Whether the condition names a confirmed failure (`== "FAILED"`, `failed?`).
    public var testsFailure: Bool
    /// Whether the condition tests a status literal in upper case as Dollr writes it (`"PROCESSING"`).
    public var usesDollrSpelling: Bool
}

/// One call inside a function, with what the rules need to know about it.
public struct FlowCall: Sendable {
    public let name: String
    /// The name before the last one in the chain (`client` in `client.execute_collection`), or "".
    public let receiver: String
    /// Byte offset of the callee's last name, and the byte range of the arguments.
    public let offset: Int
    public let arguments: Range<Int>
    /// What the call does to Dollr when its own arguments say so (a `/v1/...` path).
    public let operation: DollrOperation?
    /// Names in a URL argument that may hold a Dollr path defined in another file.
    public let urlNames: [String]
    /// Identifiers among the arguments, and those of the values they were assigned (one hop, same function).
    public let argumentNames: Set<String>
    /// Whether the arguments, or a value assigned to an argument, carry a reference id.
    public let carriesReference: Bool
    /// Whether the call mints a UUID itself (`uuid.uuid4()`, `crypto.randomUUID()`).
    public let mintsUUID: Bool
    /// The variable the call's value is assigned to, or "".
    public let assignedTo: String
    /// The key the call's value is bound to (`reference_id: uuid()`), or "".
    public let keyName: String
    /// The variable holding the object literal the call sits in (`payload = {"reference_id": uuid4()}`), or "".
    public let literalOwner: String
    /// Whether an argument is a function literal or a bare name, so the call can run it (`retry(() => ...)`).
    public let passesFunction: Bool
    /// Bare names among the arguments that may be functions handed over (`retry(charge, 3)`).
    public let bareArguments: [String]
    /// Innermost region and enclosing function (indices into the file's facts).
    public let region: Int?
    public let function: Int?
    /// A log call: its arguments mention things without doing them.
    public let isLog: Bool
    /// The request is made through a client told to retry it (`Http::retry(3, 100)->post(...)`).
    public let chainedRetry: Bool
    /// An execution kind passed as the first argument (`pay.execute("collection", payload)`), lower case, or "".
    public var executionKind = ""
}

/// A function or method and the facts about it that outlive the file's tokens.
public struct FunctionFlow: Sendable {
    public let name: String
    /// The enclosing class, struct, object or impl, or "".
    public let owner: String
    public let offset: Int
    public let body: Range<Int>
    public let parameters: [String]
    /// Re-run as a whole on failure: a retry decorator or annotation, a queue job's retries, recursion from an error path.
    public let isRetried: Bool
    /// Calls one of its parameters inside a loop or an error path: a retry helper (`withRetry(fn)`).
    public let repeatsParameter: Bool
    /// Sends a request built from its parameters inside a loop or retry: a request helper that retries what it is given.
    public let retriesRequest: Bool
    /// Its whole body returns a freshly minted UUID: a one-line mint wrapper (`def new_reference(): return str(uuid4())`).
    public let isMintWrapper: Bool
}

/// An `if`/`case` body that tests a Dollr status literal, with what the body does.
public struct FlowBranch: Sendable {
    public let region: Int
    /// Where to report: the branch keyword (`if`, `elif`, `else`, `case`, `when`) or the tested literal for arms.
    public let offset: Int
    public let body: Range<Int>
    public let condition: StatusCondition
    /// The body cancels, refunds, marks failed, raises, or answers with a failure.
    public let signalsFailure: Bool
    /// The body waits, polls, or shows pending.
    public let waits: Bool
    /// The body asks the queue to run the whole task again (`raise self.retry(...)`).
    public let retriesSelf: Bool
    public let function: Int?
}

/// A value named like a reference id that is read from an execution's response (`ref = res.json()["reference_id"]`).
public struct ReferenceFromResponse: Sendable {
    public let offset: Int
    public let function: Int?
}

/// Everything the idempotency rules need from one file, without its tokens.
public struct FileFlowFacts: Sendable {
    public let path: String
    public let language: Language
    public var functions: [FunctionFlow] = []
    public var regions: [FlowRegion] = []
    public var calls: [FlowCall] = []
    public var branches: [FlowBranch] = []
    public var referencesFromResponses: [ReferenceFromResponse] = []
    /// Module paths this file imports, requires or uses, as written.
    public var imports: [String] = []
    /// Names bound to a retry policy (`Transient = Policy.Handle<...>().WaitAndRetryAsync(...)`), normalised.
    public var retryPolicies: Set<String> = []
    /// File-level names bound to a Dollr path (`EXECUTE_URL = BASE + "/v1/executions/collection"`).
    public var pathConstants: [String: String] = [:]

    public init(path: String, language: Language) {
        self.path = path
        self.language = language
    }

    /// Minified or generated output (a bundle whose lines average hundreds of bytes): nobody edits it, its calls
    /// repeat what its sources say, and its size would make the flow facts the dearest part of a scan. No facts.
    public static func isBuildOutput(_ source: SourceFile) -> Bool {
        source.bytes.count >= minimumBuildOutputBytes && source.bytes.count / max(1, source.lines.lineCount) >= minimumBuildOutputLineBytes
    }

    static let minimumBuildOutputBytes = 20_000
    static let minimumBuildOutputLineBytes = 500

    /// Regions containing a byte offset, innermost first, from the innermost region index.
    public func regionChain(from region: Int?) -> [Int] {
        var out: [Int] = []
        var cursor = region
        while let r = cursor, out.count < 64 {
            out.append(r)
            cursor = regions[r].parent
        }
        return out
    }
}
