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
            return Envelope.error(error.status, error.body ?? (error.status == .notFound ? "no such page or endpoint: \(request.uri.path)" : error.status.reasonPhrase))
        } catch let error as APIError {
            return Envelope.error(error.status, error.message)
        } catch where SQLiteStore.isTimeout(error) {
            return Envelope.error(.serviceUnavailable, "the request took longer than the server's limit of \(timeout)")
        } catch {
            context.logger.error("\(request.uri.path): \(error)")
            return Envelope.error(.internalServerError, "internal error")
        }
    }
}

/// A request the API cannot answer as asked.
struct APIError: Error {
    let status: HTTPResponse.Status
    let message: String
    static func badRequest(_ message: String) -> APIError { APIError(status: .badRequest, message: message) }
    static func notFound(_ message: String) -> APIError { APIError(status: .notFound, message: message) }
}
