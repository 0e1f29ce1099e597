import ArgumentParser
import RepertoireParsing

/// `--lang zh|en`: the language every input is read in; by default each text's own, from its script and phrases.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read every input in this language (\(LanguageProfile.all.map(\.code).joined(separator: ", "))). Default: each text's own, told by its script and phrases; a text in none of them is refused.",
                                            valueName: "code"))
    var lang: String?

    func validate() throws {
        if let lang, LanguageProfile.named(lang) == nil {
            throw ValidationError("--lang \(lang): no such language; known: \(LanguageProfile.all.map(\.code).joined(separator: ", "))")
        }
    }

    /// An extractor of the language given, or of each text's own.
    func extractor() -> Extractor {
        lang.flatMap(LanguageProfile.named).map { Extractor(profile: $0) } ?? Extractor()
    }
}
