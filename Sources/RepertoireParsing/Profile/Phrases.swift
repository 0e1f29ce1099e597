/// A profile's phrases as UTF-8 bytes, made once per extractor, for the byte-level matchers.
struct Phrases: Sendable {
    let sentenceEnd, held, briefersIntro, recordFootnotePrefix, conceptNote, adoption, unanimously,
        presidentialStatement, chapterVII, voteWords, resolutionSuffix, resolutionChainWords,
        meetingsCount, videoconferencesCount, resolutionsCount, presidentialStatementsCount,
        thematicSubItemsIntro, regionalSubItemsIntro, subItemSeparators, continuationJoiner,
        draftResolution, submittedBy, letter, speakerWords, listJoiners, eventDatePrefixes, abbreviations, articles,
        clauseSeparators, summaryPrefix, unanimouslyAfter, cellOpeners, videoconferenceHeaderWords, captionMarks: [[UInt8]]
    let videoconference, summaryOpening, resolutionPrefix, recordPrefix, memberStatesCount: [UInt8]
    let initiative, themeQuotes: [([UInt8], [UInt8])]

    init(_ p: LanguageProfile) {
        func b(_ list: [String]) -> [[UInt8]] { list.map { Array($0.utf8) } }
        sentenceEnd = b(p.sentenceEnd); held = b(p.held); briefersIntro = b(p.briefersIntro)
        recordFootnotePrefix = b(p.recordFootnotePrefix); conceptNote = b(p.conceptNote); adoption = b(p.adoption)
        unanimously = b(p.unanimously); presidentialStatement = b(p.presidentialStatement); chapterVII = b(p.chapterVII)
        voteWords = b(p.voteWords); resolutionSuffix = b(p.resolutionSuffix); resolutionChainWords = b(p.resolutionChainWords)
        meetingsCount = b(p.meetingsCount); videoconferencesCount = b(p.videoconferencesCount)
        resolutionsCount = b(p.resolutionsCount); presidentialStatementsCount = b(p.presidentialStatementsCount)
        thematicSubItemsIntro = b(p.thematicSubItemsIntro); regionalSubItemsIntro = b(p.regionalSubItemsIntro)
        subItemSeparators = b(p.subItemSeparators); continuationJoiner = b(p.continuationJoiner)
        draftResolution = b(p.draftResolution); submittedBy = b(p.submittedBy); letter = b(p.letter)
        speakerWords = b(p.speakerWords); listJoiners = b(p.listSeparators + p.finalConjunctions)
        eventDatePrefixes = b(p.eventDatePrefixes)
        abbreviations = b(p.abbreviations); articles = b(p.articles); clauseSeparators = b(p.clauseSeparators)
        summaryPrefix = b(p.summaryPrefix); unanimouslyAfter = b(p.unanimouslyAfter); cellOpeners = b(p.cellOpeners)
        videoconferenceHeaderWords = b(p.videoconferenceHeaderWords); captionMarks = b(p.captionMarks)
        videoconference = Array(p.videoconference.utf8); summaryOpening = Array(p.summaryOpening.utf8)
        resolutionPrefix = Array(p.resolutionPrefix.utf8); recordPrefix = Array(p.recordPrefix.utf8)
        memberStatesCount = Array(p.memberStatesCount.utf8)
        initiative = p.initiative.map { (Array($0.0.utf8), Array($0.1.utf8)) }
        themeQuotes = p.themeQuotes.map { (Array($0.0.utf8), Array($0.1.utf8)) }
    }
}
