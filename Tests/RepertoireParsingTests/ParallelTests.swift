import Testing
import Dispatch
@testable import RepertoireParsing

/// Counts the states the workers make (from several threads).
private final class Counter: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private var value = 0
    /// The count after this one.
    @discardableResult func add() -> Int { lock.wait(); defer { lock.signal() }; value += 1; return value }
    var count: Int { lock.wait(); defer { lock.signal() }; return value }
}

private struct WriteFailed: Error {}

@Suite struct ParallelTests {
    /// (items, workers, window): more items than the window, fewer items than workers, one of each.
    @Test(arguments: [(1000, 4, 3), (3, 8, 16), (1, 1, 1), (50, 2, 1)])
    func resultsComeInOrderEachItemOnce(items: Int, workers: Int, window: Int) {
        let made = Counter()
        var delivered: [Int] = []
        orderedParallel(Array(0..<items), workers: workers, window: window, worker: { made.add(); return 0 }) { done, item in
            // Later items take less time: they would overtake the earlier ones without the ordering.
            if item % 7 == 0 { for _ in 0..<(items - item) * 50 { done &+= 1 } }
            done += 1
            return item * 10
        } deliver: { delivered.append($0) }
        #expect(delivered == (0..<items).map { $0 * 10 })
        // Each worker made its state once, and no more workers than items were started.
        #expect(made.count == min(workers, items))
    }

    @Test func aWorkerKeepsItsStateFromItemToItem() {
        // Each worker's state is its number and the items it did so far: a state made again, or copied for each item,
        // would count 1 every time.
        let made = Counter()
        var seen: [Int: [Int]] = [:]
        orderedParallel(Array(0..<200), workers: 3, window: 8, worker: { (id: made.add(), done: 0) }) { state, _ in
            state.done += 1
            return (state.id, state.done)
        } deliver: { seen[$0.0, default: []].append($0.1) }
        for (_, counts) in seen { #expect(counts.sorted() == Array(1...counts.count)) }
        #expect(seen.values.map(\.count).reduce(0, +) == 200)
    }

    @Test func aFailedDeliveryStopsTheRun() {
        var delivered = 0
        #expect(throws: WriteFailed.self) {
            try orderedParallel(Array(0..<10_000), workers: 2, window: 4, worker: { () }) { _, item in item } deliver: { item in
                if item == 5 { throw WriteFailed() }
                delivered += 1
            }
        }
        #expect(delivered == 5)
    }

    @Test func noItemsDeliverNothing() {
        var delivered = 0
        orderedParallel([Int](), workers: 2, window: 4, worker: { () }) { _, item in item } deliver: { _ in delivered += 1 }
        #expect(delivered == 0)
    }
}
