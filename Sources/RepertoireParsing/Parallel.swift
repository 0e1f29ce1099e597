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

/// Runs `work` over `items` on `workers` threads of their own and hands each result to `deliver`, on the calling
/// thread, in the items' order, as soon as it and those before it are done.
///
/// - Each worker takes the next item when it is free: no batch waits for its slowest item.
/// - Each worker makes its own state once (`worker`, on its thread) and keeps it from item to item: a state need
///   not be safe to share between threads.
/// - At most `window` results are made ahead of `deliver` (memory stays bounded whatever the number of items).
/// - If `deliver` throws, the workers stop after their current item and the error is thrown.
public func orderedParallel<T: Sendable, W, R: Sendable>(
    _ items: [T], workers: Int, window: Int, worker: @escaping @Sendable () -> W,
    _ work: @escaping @Sendable (inout W, T) -> R, deliver: (R) throws -> Void
) rethrows {
    guard !items.isEmpty else { return }
    let ring = Ring<R>(window: max(window, 1))
    let group = DispatchGroup()
    let count = items.count
    for k in 0..<max(1, min(workers, count)) {
        // A serial queue of its own runs on a thread of its own, even while the calling thread waits below.
        DispatchQueue(label: "repertoire.worker.\(k)").async(group: group) {
            var state = worker()
            while let i = ring.take(below: count) {
                ring.put(work(&state, items[i]), at: i)
            }
        }
    }
    defer {
        ring.stop()
        group.wait()
        ring.release()
    }
    for i in 0..<count { try deliver(ring.get(i)) }
}

/// The slots between the workers and the caller: a result is put in slot `i % window` and taken from it in order.
private final class Ring<R>: @unchecked Sendable {
    let window: Int
    private let slots: UnsafeMutablePointer<R?>
    private let filled: [DispatchSemaphore]
    /// One permit for each free slot: a worker takes one before its item, the caller gives it back after delivery.
    private let permits: DispatchSemaphore
    private let lock = DispatchSemaphore(value: 1)
    private var next = 0, stopped = false

    init(window: Int) {
        self.window = window
        slots = .allocate(capacity: window)
        slots.initialize(repeating: nil, count: window)
        filled = (0..<window).map { _ in DispatchSemaphore(value: 0) }
        permits = DispatchSemaphore(value: window)
    }

    /// The next item's index, once its slot is free; nil when none is left or the run stopped.
    func take(below count: Int) -> Int? {
        permits.wait()
        lock.wait(); defer { lock.signal() }
        guard !stopped, next < count else { permits.signal(); return nil }
        next += 1
        return next - 1
    }

    /// Item `i`'s slot is free: the worker that took `i` holds a permit, and the permits given out are at most
    /// `window` more than the results delivered, all those before `i - window + 1` (delivery is in order).
    func put(_ result: R, at i: Int) {
        slots[i % window] = result
        filled[i % window].signal()
    }

    func get(_ i: Int) -> R {
        filled[i % window].wait()
        let result = slots[i % window].take()!
        permits.signal()
        return result
    }

    /// No item is taken after this; workers waiting for a permit are woken to find it out.
    func stop() {
        lock.wait(); stopped = true; lock.signal()
        for _ in 0..<window { permits.signal() }
    }

    func release() {
        slots.deinitialize(count: window)
        slots.deallocate()
    }
}
