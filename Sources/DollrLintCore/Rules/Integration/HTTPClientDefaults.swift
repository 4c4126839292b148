/// What each HTTP library does when no timeout is set, as documented by the library. `missing-timeout` reads this
/// table: a library with a bounded default (OkHttp 10 s, .NET HttpClient 100 s, URLSession 60 s, Laravel Http 30 s,
/// Faraday and Net::HTTP 60 s, ky 10 s, httpx 5 s, reqwest's blocking client 30 s) is fine as it comes; the ones below
/// wait forever (or, for aiohttp, five minutes) unless told otherwise.
struct HTTPClientDefault: Sendable {
    /// The library as users know it.
    let library: String
    /// How to set a timeout with it, for the message.
    let fix: String
}

enum HTTPClientDefaults {
    static let requests = HTTPClientDefault(library: "requests", fix: "pass timeout=(5, 30) on every call")
    static let requestsSession = HTTPClientDefault(
        library: "requests.Session",
        fix: "pass timeout= on every call, or mount an adapter that sets one")
    static let httpxNone = HTTPClientDefault(library: "httpx with timeout=None", fix: "keep httpx's default or set timeout=30")
    static let aiohttp = HTTPClientDefault(
        library: "aiohttp.ClientSession (5 minutes by default)",
        fix: "pass timeout=aiohttp.ClientTimeout(total=30)")
    static let urllib = HTTPClientDefault(library: "urllib's urlopen", fix: "pass timeout=30")
    static let fetch = HTTPClientDefault(library: "fetch", fix: "pass signal: AbortSignal.timeout(30_000)")
    static let axios = HTTPClientDefault(library: "axios (timeout 0 = none)", fix: "set timeout: 30_000 on the instance or the call")
    static let got = HTTPClientDefault(library: "got", fix: "set timeout: { request: 30_000 }")
    static let kyDisabled = HTTPClientDefault(library: "ky with timeout: false", fix: "keep ky's 10 s default or set a timeout")
    static let guzzle = HTTPClientDefault(library: "Guzzle (timeout 0 = none)", fix: "set 'timeout' => 30 on the client or the request")
    static let curl = HTTPClientDefault(library: "cURL", fix: "set CURLOPT_TIMEOUT (and CURLOPT_CONNECTTIMEOUT)")
    static let goDefaultClient = HTTPClientDefault(
        library: "Go's http.DefaultClient",
        fix: "use an http.Client{Timeout: 30 * time.Second} "
            + "or a request context with a deadline")
    static let goClient = HTTPClientDefault(library: "an http.Client without Timeout", fix: "set Timeout: 30 * time.Second")
    static let javaHttpClient = HTTPClientDefault(
        library: "java.net.http.HttpClient",
        fix: "set .connectTimeout(...) on the client "
            + "and .timeout(...) on each HttpRequest")
    static let restTemplate = HTTPClientDefault(
        library: "RestTemplate",
        fix: "build it with RestTemplateBuilder "
            + ".connectTimeout(...).readTimeout(...) or a request factory with timeouts")
    static let dotnetInfinite = HTTPClientDefault(
        library: "HttpClient with an infinite Timeout", fix: "keep the 100 s default or set a finite Timeout")
    static let reqwest = HTTPClientDefault(
        library: "reqwest's async Client", fix: "build it with Client::builder().timeout(Duration::from_secs(30))")
    static let typhoeus = HTTPClientDefault(library: "Typhoeus", fix: "pass timeout: 30")

    /// Python `requests` methods that send.
    static let requestsMethods: Set<String> = ["get", "post", "put", "patch", "delete", "request", "head", "options"]
    /// Go package functions that use `http.DefaultClient`.
    static let goDefaultClientFunctions: Set<String> = ["Get", "Post", "PostForm", "Head"]
}
