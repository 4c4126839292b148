/// The words the flow facts recognise, in one place. Names are compared after `CodeModel.normalize` unless noted.
enum FlowVocabulary {
    /// Calls that mint a random UUID, by last callee name.
    static let mintCalls: Set<String> = [
        "uuid4", "randomuuid", "uuidv4", "newv4", "newguid", "newstring", "newrandom", "uuidgenerate", "generateuuid",
        "genrandomuuid", "uuid1", "randomuuidstring", "orderedstuuid", "newuuid", "v4", "uuid",
    ]
    /// Mint names that are too short to stand alone: they count only on a UUID receiver or import.
    static let mintNamesNeedingUUIDContext: Set<String> = ["v4", "uuid", "new", "newstring", "newrandom"]
    /// Receivers that make `x.uuid`, `x.New()`, `x.v4()` a mint.
    static let uuidReceivers: Set<String> = ["uuid", "securerandom", "str", "uuidv4", "guid", "ramseyuuiduuid", "uuidlib", "ulid"]

    /// Loop keywords of the block tree.
    static let loopKeywords: Set<BlockKeyword> = [.for, .while, .do, .loop, .until, .repeat, .foreach]
    /// Error-path keywords.
    static let handlerKeywords: Set<BlockKeyword> = [.catch, .except, .rescue]
    /// Branch keywords.
    static let branchKeywords: Set<BlockKeyword> = [.if, .elif, .else, .case, .when, .unless, .elsif, .elseif]
    /// Calls whose function-literal argument runs once per element: a loop over a collection.
    static let collectionIterators: Set<String> = [
        "foreach", "each", "map", "flatmap", "foreachindexed", "eachwithindex", "eachslice", "mapindexed", "forall",
        "parallelforeach", "asyncforeach", "all", "allsettled", "filter", "reduce", "times",
    ]
    /// Iterables that count turns rather than items: `range(3)`, `0..3`, `1...maxRetries`, `Retrying(...)`.
    static let countingIterables: Set<String> = ["range", "xrange", "retrying", "asyncretrying", "indices", "upto", "downto", "step"]
    /// Error-path callbacks (`promise.catch(...)`, `result.onFailure {...}`).
    static let handlerCallbacks: Set<String> = [
        "catch", "onfailure", "onerror", "recover", "recoverwith", "orelse", "exceptionally",
        "handleerror",
    ]

    /// Retry helpers from libraries: their function argument runs again on failure.
    static let retryHelpers: Set<String> = [
        "retry", "pretry", "asyncretry", "withretry", "withretries", "retrying", "retryable", "retrywhen", "backoff",
        "executeasync", "executeandcapture", "executeandcaptureasync", "retrypolicy", "retryasync", "withbackoff",
        "spawn", "retrywithbackoff", "retryn", "attempt", "withexponentialbackoff", "exponentialbackoff", "retryoperation",
        "withretrypolicy", "retrycall", "retryfn", "retriable", "tryagain", "handle", "decoratesupplier", "decoratecallable",
        "executesupplier", "executecallable", "executecompletionstage", "decoratecompletionstage",
    ]
    /// Retry helpers whose name is too common to count without a retry word nearby (`handle`, `spawn`, `attempt`).
    static let weakRetryHelpers: Set<String> = [
        "spawn", "attempt", "handle", "executeasync", "executeandcapture", "executeandcaptureasync",
        "decoratesupplier", "decoratecallable", "executesupplier", "executecallable",
        "executecompletionstage", "decoratecompletionstage",
    ]
    /// Receivers that make a weak retry helper a retry (`Policy.Handle`, `Retry::spawn`, `retryPolicy.executeAsync`).
    static let retryReceiverWords = ["retry", "polly", "policy", "backoff", "resilien", "pipeline"]

    /// Decorators, annotations and job settings that re-run a whole function on failure.
    static let retryDecoratorWords: Set<String> = [
        "retry", "retryable", "retrying", "onexception", "autoretryfor", "retryon", "retrybackoff", "backoff",
    ]
    /// Calls inside a function that re-run it later (Celery `self.retry`, a job re-enqueuing itself).
    static let selfRetryCalls: Set<String> = ["retry", "retrylater", "requeue", "release"]
    /// Receivers that are the running task itself.
    static let selfNames: Set<String> = ["self", "this", "job", "task"]
    /// Class-level settings that make a job's `perform`/`handle` run again on failure.
    static let jobRetrySettings: Set<String> = ["sidekiqoptions", "retryon", "tries", "maxtries", "retries", "maxattempts", "backoff"]
    /// Job entry points re-run by their queue.
    static let jobEntryPoints: Set<String> = ["perform", "handle", "run", "execute", "process", "performnow"]

    /// Calls that only record text.
    static let logReceivers: Set<String> = [
        "console", "logger", "log", "logging", "slog", "zap", "ilogger", "tracing", "rails", "timber",
        "os",
    ]
    static let logNames: Set<String> = [
        "print", "println", "printf", "puts", "echo", "debug", "info", "warn", "warning", "error", "trace", "log", "errorf", "infof",
        "warnf", "debugf", "printstacktrace", "writeline", "logerror", "loginformation", "logwarning", "logdebug", "errorlog",
    ]

    /// Words that name a reference id (compared normalised, as substrings for the long ones).
    static let referenceWords = ["referenceid", "reference", "idempotency", "refid"]
    static let referenceExactNames: Set<String> = ["ref", "rid", "refid", "reference"]

    /// Execution statuses as Dollr spells them.
    static let executionStatuses: Set<String> = ["PENDING", "PROCESSING", "COMPLETED", "FAILED"]
    /// Statuses that mean "not settled yet".
    static let unsettledStatuses: Set<String> = ["PENDING", "PROCESSING"]
    /// Payment-source (invoice, order) statuses: a different model from executions.
    static let sourceStatuses: Set<String> = [
        "PAID", "UNPAID", "PARTIALLY_PAID", "PUBLISHED", "DRAFT", "OVERDUE", "ACTIVE", "VOID",
        "EXPIRED",
    ]
    /// Names of things whose status is a source status, not an execution status.
    static let sourceSubjects = ["invoice", "order", "source", "cart", "bill", "subscription", "checkout", "link", "basket", "booking"]

    /// Calls that give up on a payment or tell the payer it failed.
    static let failureCallWords = [
        "cancel", "refund", "markfailed", "markasfailed", "setfailed", "fail", "reject", "decline", "void",
        "abort",
    ]
    /// Failure statements.
    static let failureStatements: Set<String> = ["raise", "throw", "panic", "abort"]
    /// Words in literals of a body that say "failed".
    static let failureLiteralWords = ["fail", "declin", "cancel", "error", "unsuccessful", "rejected"]
    /// Words in a body that say "wait" or "pending".
    static let waitingWords = ["pending", "processing", "wait", "sleep", "poll", "later", "inprogress", "retryafter", "schedule", "delay"]

    /// Keys of ids that are not the payment's reference (`X-Request-Id`, `correlation_id`, `trace_id`).
    static let correlationWords = ["request", "correlation", "trace", "span", "nonce", "event", "message", "log"]

    /// Persistence calls: a reference id passed to one of these is stored.
    static let persistWords = [
        "save", "create", "insert", "update", "persist", "store", "put", "set", "add", "commit", "upsert", "write",
        "record",
    ]
}
