import Hummingbird
import HummingbirdCore
import NIOCore
import NIOHTTPTypes

/// Closes a connection whose client has not sent a whole request head within `timeout`: from the moment it
/// connects, and again after each answer while no other request is under way. The idle timeout alone does not do
/// it, since every byte read counts as activity: a client trickling a header byte at a time held a connection
/// (and its memory) as long as it liked.
final class RequestHeadTimeoutHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    let timeout: TimeAmount
    private var deadline: Scheduled<Void>?
    /// Requests whose head was read and whose answer is not yet written to its end.
    private var underWay = 0

    init(timeout: TimeAmount) { self.timeout = timeout }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { arm(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        arm(context)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) {
            underWay += 1
            deadline?.cancel()
            deadline = nil
        }
        context.fireChannelRead(data)
    }

    /// A request the parser could not read is answered (400, with the error envelope) and its connection closed by
    /// the handler that reads requests, which runs when the machine gives it time: the head timeout must not close
    /// the connection first and leave the client with no answer at all (it did on a loaded machine).
    func errorCaught(context: ChannelHandlerContext, error: Error) {
        underWay += 1
        deadline?.cancel()
        deadline = nil
        context.fireErrorCaught(error)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            underWay = max(0, underWay - 1)
            if underWay == 0 { arm(context) }
        }
        context.write(data, promise: promise)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
    }

    private func arm(_ context: ChannelHandlerContext) {
        deadline?.cancel()
        let channel = context.channel
        deadline = context.eventLoop.scheduleTask(in: timeout) { channel.close(promise: nil) }
    }
}

/// `X-Content-Type-Options: nosniff` and a content security policy on every answer, errors included: a browser
/// neither guesses a type (an error that echoes the request is JSON, never HTML) nor runs a script, loads from
/// elsewhere or frames a page. The pages need only their own inline style and SVG.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var policy: String {
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.contentSecurityPolicy] = Self.policy
        return response
    }
}

/// Before the HTTP parser: a request line holding raw UTF-8 (`GET /search?q=安理会`, as some clients send it) has
/// those bytes percent-encoded, so that it is read as the same request written properly, never refused; and the
/// parser's own answer to a request it cannot read (an empty 400) is given the error envelope like every other
/// error. Installed first in the pipeline by `RawRequestHandler.Installer`.
final class RawRequestHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// Whether the bytes read are in a request line, and how many line ends in a row were read after it (two: the
    /// head is over, and the next byte opens another request line; the server reads no bodies, only GET and HEAD).
    private var inRequestLine = true
    private var lineEnds = 0

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        let bytes = buffer.readableBytesView
        guard bytes.contains(where: { $0 >= 0x80 }) || !inRequestLine else {
            advance(bytes)
            context.fireChannelRead(data)
            return
        }
        var out = context.channel.allocator.buffer(capacity: buffer.readableBytes + 64)
        let hex = Array("0123456789ABCDEF".utf8)
        for b in bytes {
            if inRequestLine && b >= 0x80 {
                out.writeBytes([UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 15)]])
            } else {
                out.writeInteger(b)
            }
            advance(CollectionOfOne(b))
        }
        context.fireChannelRead(wrapInboundOut(out))
    }

    private func advance<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        for b in bytes {
            switch b {
            case UInt8(ascii: "\n"):
                if inRequestLine { inRequestLine = false; lineEnds = 1 } else { lineEnds += 1 }
                if lineEnds == 2 { inRequestLine = true; lineEnds = 0 }
            case UInt8(ascii: "\r"): break
            default: lineEnds = 0
            }
        }
    }

    static let bareBadRequest = Array("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n".utf8)

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let buffer = unwrapOutboundIn(data)
        guard buffer.readableBytes == Self.bareBadRequest.count, buffer.readableBytesView.elementsEqual(Self.bareBadRequest) else {
            context.write(data, promise: promise)
            return
        }
        let body = #"{"ok": false, "error": "the request could not be read as HTTP/1.1", "status": 400}"#
        let text = "HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n"
            + "X-Content-Type-Options: nosniff\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body
        context.write(wrapOutboundOut(context.channel.allocator.buffer(string: text)), promise: promise)
    }

    /// Put in the pipeline after the HTTP handlers (where Hummingbird adds its own), it moves the raw handler to
    /// the front, before the parser, and leaves.
    final class Installer: ChannelInboundHandler, RemovableChannelHandler {
        typealias InboundIn = HTTPRequestPart
        func handlerAdded(context: ChannelHandlerContext) {
            try? context.pipeline.syncOperations.addHandler(RawRequestHandler(), position: .first)
            context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
        }
    }
}
