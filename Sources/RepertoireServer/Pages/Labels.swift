import Foundation
import Hummingbird
import RepertoireModel

/// The pages' words in Chinese and English: `?lang=zh|en`, else whichever of the two Accept-Language names first,
/// else (a browser asking for neither, such as French) English, the Repertoire's drafting language; Chinese when
/// no Accept-Language is sent.
struct Labels: Sendable {
    let lang: String
    private let words: [String: String]

    subscript(_ key: String) -> String { words[key] ?? key }

    /// A stored code as the page's words (`rule37` → `规则第 37 条` / `Rule 37`); any other value as it is.
    /// Only a text that could be a code is looked up: ASCII and no longer than the longest (hashing every cell, a
    /// quoted line of Chinese among them, was a tenth of a record's page).
    func value(_ text: String) -> String {
        guard text.utf8.count <= Self.longestCode, text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        return Self.values[text]?[lang] ?? text
    }

    static let longestCode = Catalogue.values.keys.map(\.utf8.count).max() ?? 0

    /// The codes the database stores and the pages show, in both languages: roles, kinds, venues, severities and
    /// the checks' kinds of finding.
    /// The codes as words: `Catalogue.values`.
    static var values: [String: [String: String]] { Catalogue.values }

    static func of(_ request: Request) -> Labels {
        if let lang = request.uri.queryParameters["lang"], let labels = all[String(lang)] { return labels }
        guard let header = request.headers[.acceptLanguage]?.lowercased(), !header.isEmpty else { return all["zh"]! }
        // The languages in the order given (`fr-FR,fr;q=0.9,zh;q=0.8` → fr, fr, zh), the first of ours wins.
        for tag in header.split(separator: ",") {
            let code = tag.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            let primary = code.split(separator: "-").first.map(String.init) ?? code
            if let labels = all[primary] { return labels }
        }
        return all["en"]!
    }

    static let all: [String: Labels] = Catalogue.labels.reduce(into: [:]) { all, entry in
        all[entry.key] = Labels(lang: entry.key, words: entry.value)
    }
}
