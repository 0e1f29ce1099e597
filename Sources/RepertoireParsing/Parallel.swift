import Dispatch

/// Result slots written from several threads, each slot by one thread only.
private final class Slots<R>: @unchecked Sendable {
    var results: [R?]
    init(_ n: Int) { results = Array(repeating: nil, count: n) }
}

/// Maps `items` on all cores, keeping their order.
public func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    guard items.count > 1 else { return items.map(transform) }
    let slots = Slots<R>(items.count)
    slots.results.withUnsafeMutableBufferPointer { buffer in
        nonisolated(unsafe) let base = buffer
        DispatchQueue.concurrentPerform(iterations: items.count) { i in base[i] = transform(items[i]) }
    }
    return slots.results.map { $0! }
}
