import Foundation
import Hummingbird
import RepertoireStore

/// One error envelope for every failure (`{"ok": false, "error": …, "status": …}`), and the server's limits:
/// GET and HEAD only (the server never writes), a bounded request body, and a bounded time per request (the
/// store interrupts a query past its limit, answered 503).
struct LimitsMiddleware<Context: RequestContext>: RouterMiddleware {
    let timeout: Duration
    let maxRequestBytes: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Envelope.error(.methodNotAllowed, "the server is read-only: only GET and HEAD are answered")
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxRequestBytes {
            return Envelope.error(.contentTooLarge, "request body of \(length) bytes is over the limit of \(maxRequestBytes)")
        }
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            return Self.error(request, error.status, error.body ?? (error.status == .notFound ? "no such page or endpoint: \(request.uri.path)" : error.status.reasonPhrase))
        } catch let error as APIError {
            return Self.error(request, error.status, error.message)
        } catch where SQLiteStore.isTimeout(error) {
            return Self.error(request, .serviceUnavailable, "the request took longer than the server's limit of \(timeout)")
        } catch {
            context.logger.error("\(request.uri.path): \(error)")
            return Self.error(request, .internalServerError, "internal error")
        }
    }

    /// The error envelope; for a browser asking for a page (HTML accepted, neither the API nor a `.json` or `.csv`
    /// twin), the same message as a page with the same status.
    static func error(_ request: Request, _ status: HTTPResponse.Status, _ message: String) -> Response {
        let path = request.uri.path
        let wantsPage = !path.hasPrefix("/api") && !path.hasSuffix(".json") && !path.hasSuffix(".csv")
            && (request.headers[.accept] ?? "").contains("text/html")
        guard wantsPage else { return Envelope.error(status, message) }
        let labels = Labels.of(request)
        var page = Page(title: "\(status.code) · \(labels["error_\(status.code)"])")
        page.add(heading: nil, html: "<p>\(Page.escape(message))</p><p><a href=\"/?lang=\(labels.lang)\">\(labels["home"])</a></p>")
        var response = page.render(request, labels: labels)
        response.status = status
        return response
    }
}

/// A request the API cannot answer as asked.
struct APIError: Error {
    let status: HTTPResponse.Status
    let message: String
    static func badRequest(_ message: String) -> APIError { APIError(status: .badRequest, message: message) }
    static func notFound(_ message: String) -> APIError { APIError(status: .notFound, message: message) }
}
