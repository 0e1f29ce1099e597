import Hummingbird
import RepertoireModel
import RepertoireStore

/// `/api/openapi.json`: OpenAPI 3.1, written from the endpoints the controller registers.
enum OpenAPI {
    static func response(_ endpoints: [APIController.Endpoint]) -> Response {
        Envelope.json { w in document(endpoints, &w) }
    }

    static func document(_ endpoints: [APIController.Endpoint], _ w: inout JSONWriter) {
        w.object { o in
            o.field("openapi", "3.1.0")
            o.field("info", Info())
            o.field("paths", Paths(endpoints: endpoints))
            o.field("components", Components())
        }
    }

    /// `Row`: the values of every answer's rows, each column with its one type (`ColumnType`), text otherwise.
    struct Components: JSONWritable {
        func write(to w: inout JSONWriter) {
            w.object { o in
                o.field("schemas", Schemas())
            }
        }
    }

    struct Schemas: JSONWritable {
        func write(to w: inout JSONWriter) {
            w.object { o in
                o.field("Row", RowSchema())
                o.field("List", Raw(json: """
                    {"type": "object", "required": ["ok", "columns", "rows", "next", "next_url"], "properties": {"ok": {"type": "boolean"}, \
                    "columns": {"type": "array", "items": {"type": "string"}}, "rows": {"type": "array", "items": {"$ref": "#/components/schemas/Row"}}, \
                    "next": {"type": ["string", "null"]}, "next_url": {"type": ["string", "null"]}, "count": {"type": "integer"}, \
                    "order": {"type": "string", "enum": ["relevance", "document"]}}}
                    """))
                o.field("Sections", Raw(json: """
                    {"type": "object", "required": ["ok"], "properties": {"ok": {"type": "boolean"}}, "additionalProperties": {"anyOf": [\
                    {"type": "array", "items": {"$ref": "#/components/schemas/Row"}}, {"$ref": "#/components/schemas/Row"}, {"type": "null"}]}}
                    """))
                o.field("Error", Raw(json: """
                    {"type": "object", "required": ["ok", "error", "status"], "properties": {"ok": {"type": "boolean"}, "error": {"type": "string"}, "status": {"type": "integer"}}}
                    """))
            }
        }
    }

    struct RowSchema: JSONWritable {
        func write(to w: inout JSONWriter) {
            w.object { o in
                o.field("type", "object")
                o.field("properties", Properties())
                o.field("additionalProperties", Raw(json: #"{"type": ["string", "null"]}"#))
            }
        }
    }

    struct Properties: JSONWritable {
        func write(to w: inout JSONWriter) {
            w.object { o in
                for (name, type) in ColumnType.byName.sorted(by: { $0.key < $1.key }) {
                    o.field(named: name, Raw(json: type == .array
                        ? #"{"type": ["array", "null"], "items": {"type": ["string", "integer"]}}"#
                        : #"{"type": ["\#(type.schemaType)", "null"]}"#))
                }
            }
        }
    }

    /// A piece of JSON written as it is.
    struct Raw: JSONWritable {
        let json: String
        func write(to w: inout JSONWriter) { w.raw(json) }
    }

    struct Info: JSONWritable {
        func write(to w: inout JSONWriter) {
            w.object { o in
                o.field("title", "repertoire: the practice of the Security Council")
                o.field("version", "1")
                o.field("description", "Read-only. Lists answer {ok, columns, rows, next, next_url}; _size (1–1000, default 50), _next (opaque), _format=csv. Errors answer {ok: false, error, status}.")
            }
        }
    }

    struct Paths: JSONWritable {
        let endpoints: [APIController.Endpoint]
        func write(to w: inout JSONWriter) {
            w.object { o in
                for e in endpoints { o.field(named: "/api" + e.path, Operation(endpoint: e)) }
                o.field("/api/openapi.json", Operation(endpoint: nil))
            }
        }
    }

    struct Operation: JSONWritable {
        let endpoint: APIController.Endpoint?
        func write(to w: inout JSONWriter) {
            w.object { o in
                o.field("get", Get(endpoint: endpoint))
            }
        }
    }

    struct Get: JSONWritable {
        let endpoint: APIController.Endpoint?
        func write(to w: inout JSONWriter) {
            w.object { o in
                o.field("summary", endpoint?.summary ?? "This document.")
                var parameters = endpoint?.filters ?? []
                if endpoint?.list == true {
                    parameters += [APIController.Filter(name: "_size", type: "integer", description: "Rows per page, 1 to 1000 (default 50)."),
                                   APIController.Filter(name: "_next", type: "string", description: "The token of the next page, from a previous answer."),
                                   APIController.Filter(name: "_format", type: "string", description: "json (default) or csv.")]
                }
                o.field("parameters", parameters.map(Parameter.init))
                if let example = endpoint?.example { o.field("x-example", example) }
                o.field("responses", Responses(shape: endpoint.map { $0.path == "/stats" ? nil : $0.list ? "List" : "Sections" } ?? nil))
            }
        }
    }

    struct Parameter: JSONWritable {
        let filter: APIController.Filter
        func write(to w: inout JSONWriter) {
            w.object { o in
                o.field("name", filter.name)
                o.field("in", filter.in)
                o.field("required", filter.in == "path" || filter.name == "q")
                o.field("description", filter.description)
                o.field("schema", Schema(type: filter.type))
            }
        }
    }

    struct Schema: JSONWritable {
        let type: String
        func write(to w: inout JSONWriter) { w.object { o in o.field("type", type) } }
    }

    struct Responses: JSONWritable {
        /// The answer's schema in `components`, if it has one.
        let shape: String?
        func write(to w: inout JSONWriter) {
            w.object { o in
                o.field("200", Description(text: "The answer ({ok: true, …}, or CSV with _format=csv).", schema: shape))
                o.field("400", Description(text: "A bad argument: the error envelope.", schema: "Error"))
                o.field("404", Description(text: "Nothing by that key: the error envelope.", schema: "Error"))
            }
        }
    }

    struct Description: JSONWritable {
        let text: String
        var schema: String? = nil
        func write(to w: inout JSONWriter) {
            w.object { o in
                o.field("description", text)
                if let schema {
                    o.field("content", Raw(json: ##"{"application/json": {"schema": {"$ref": "#/components/schemas/\##(schema)"}}}"##))
                }
            }
        }
    }
}
