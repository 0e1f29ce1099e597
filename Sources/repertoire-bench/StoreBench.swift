import Foundation
import RepertoireModel
import RepertoireStore

/// Ingest throughput, search and query latencies (p50, p99) and database size.
enum StoreBench {
    static let searches = ["决议", "安理会", "会", "维护国际和平与安全", "气候", "主席声明", "S/RES/2532(2020)", "第 2532(2020)号决议",
                           "climate", "resolution", "Security Council", "COVID-19", "humanitarian access"]

    static func run(db: String, paths: [String], searches timed: Bool = true) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        let store = try! SQLiteStore(path: db)
        let clock = ContinuousClock()
        let start = clock.now
        let report = Ingestor(store: store).ingest(paths)
        let ingest = seconds(clock.now - start)
        let mb = Double(report.bytes) / 1e6
        print(String(format: "ingest: %d documents, %.1f MB in %.2f s: %.1f MB/s, %.0f documents/s (%d refused)",
                     report.ingested.count, mb, ingest, mb / ingest, Double(report.ingested.count) / ingest, report.failures.count))
        print(String(format: "ingest stages: writing rows and full-text index %.2f s, waiting for parsing %.2f s, final index merge %.2f s",
                     report.writeSeconds, report.waitSeconds, report.mergeSeconds))
        let size = ["", "-wal"].compactMap { try? FileManager.default.attributesOfItem(atPath: db + $0)[.size] as? Int }.reduce(0, +)
        print(String(format: "database: %.1f MB (%.2f× the input)", Double(size) / 1e6, Double(size) / Double(max(1, report.bytes))))

        guard timed else { return }
        var all: [Double] = []
        for query in searches {
            var times: [Double] = []
            var hits = 0
            for _ in 0..<40 { times.append(seconds(clock.measure { hits = (try? store.search(SearchQuery(query, limit: 20)).rows.count) ?? -1 })) }
            all += times
            print(String(format: "search %@: p50 %.2f ms, p99 %.2f ms (%d results)", query, percentile(times, 50) * 1e3, percentile(times, 99) * 1e3, hits))
        }
        print(String(format: "search, all queries: p50 %.2f ms, p99 %.2f ms", percentile(all, 50) * 1e3, percentile(all, 99) * 1e3))
        let queries: [(String, PracticeQuery)] = [
            ("decisions", PracticeQuery(.decisions, limit: 100)),
            ("meetings --item 35", PracticeQuery(.meetings, item: 35, limit: 100)),
            ("meetings --from 2020-06-01 --to 2020-06-30", PracticeQuery(.meetings, from: RepertoireDate(year: 2020, month: 6, day: 1), to: RepertoireDate(year: 2020, month: 6, day: 30), limit: 100)),
            ("states --state VNM", PracticeQuery(.states, state: "VNM")),
            ("symbols --kind resolution", PracticeQuery(.symbols, kind: "resolution", limit: 100)),
        ]
        for (name, query) in queries {
            var times: [Double] = []
            var count = 0
            for _ in 0..<20 { times.append(seconds(clock.measure { count = (try? store.query(query).rows.count) ?? -1 })) }
            print(String(format: "query %@: p50 %.2f ms, p99 %.2f ms (%d rows)", name, percentile(times, 50) * 1e3, percentile(times, 99) * 1e3, count))
        }
    }

    static func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p / 100).rounded(.up)))]
    }
}
