import Foundation
import Hummingbird
import NIOCore
import RepertoireStore

/// The data package as a download: `/data/datapackage.json` and each table's `/data/TABLE.csv`, as
/// `repertoire export --format datapackage` writes them. A CSV is read and sent a page of rows at a time.
struct DataController {
    let store: SQLiteStore

    var routes: RouteCollection<BasicRequestContext> {
        let routes = RouteCollection(context: BasicRequestContext.self)
        routes.get("datapackage.json") { _, _ in
            let json = try store.currentDataPackageDescriptor()
            var headers = HTTPFields()
            headers[.contentType] = "application/json; charset=utf-8"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: json)))
        }
        routes.get(":file") { _, context in
            let file = context.parameters.get("file") ?? ""
            let table = file.hasSuffix(".csv") ? String(file.dropLast(4)) : ""
            guard SQLiteStore.dataPackageTables.contains(table) else {
                throw APIError.notFound("no table \(file): the data package has \(SQLiteStore.dataPackageTables.map { $0 + ".csv" }.joined(separator: ", "))")
            }
            let first = try store.dataPackageCSV(table: table, after: nil, limit: 5_000)
            var headers = HTTPFields()
            headers[.contentType] = "text/csv; charset=utf-8; header=present"
            headers[.contentDisposition] = "attachment; filename=\"\(table).csv\""
            let store = self.store
            return Response(status: .ok, headers: headers, body: ResponseBody { writer in
                var page = first
                try await writer.write(ByteBuffer(string: page.text))
                while let after = page.last {
                    page = try store.dataPackageCSV(table: table, after: after, limit: 5_000)
                    try await writer.write(ByteBuffer(string: page.text))
                }
                try await writer.finish(nil)
            })
        }
        return routes
    }
}
