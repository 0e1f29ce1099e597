/// Everything language-specific the parser keys on. The parser holds no phrase of its own:
/// Chinese is one profile, English will be a second one, not a second parser.
public struct LanguageProfile: Sendable {
    /// ISO 639-1 code written to `source.language`.
    public var code: String

    // MARK: Page layout
    /// A line of at least this many underscores opens a page's footnote block.
    public var footnoteSeparatorMinimum = 5
    /// A line starting with this is a hyperlink of the page's link list.
    public var linkPrefix = "https://undocs.org/"

    // MARK: Numbers and dates
    public var yearMarker: String, monthMarker: String, dayMarker: String
    /// Numerals for counts written in words (`四项决议`).
    public var numerals: [String: Int]
    /// Words after a number that make it a quantity or a date, never a footnote marker.
    public var numberUnits: [String]

    // MARK: Lists
    public var listSeparators: [String]
    /// Conjunctions before a list's last element, strongest first (`以及` before `和`).
    public var finalConjunctions: [String]
    /// Endings of a person's or office's title (`秘书长`, `主席`): a briefer list splits only after one.
    public var titleEndings: [String]
    /// Pairs of brackets inside which a list is never split (`《…》`).
    public var quoteBrackets: [(String, String)]

    // MARK: Structure
    /// `表 1`: the word that opens a table.
    public var tableWord: String
    /// A caption opening a videoconference table (表 2) rather than a meetings table (表 1).
    public var videoconferenceCaption: String
    /// The text of the tables' column headers, repeated after page breaks; spaces are ignored.
    public var tableHeaders: [String]

    // MARK: An item's overview
    public var meetingsCount: [String]
    public var videoconferencesCount: [String]
    public var resolutionsCount: [String]
    public var presidentialStatementsCount: [String]
    public var thematicSubItemsIntro: [String]
    public var regionalSubItemsIntro: [String]
    public var subItemSeparators: [String]

    // MARK: Events
    /// The verb that says a meeting or videoconference was held.
    public var held: [String]
    public var videoconference: String
    public var sentenceEnd: [String]
    /// `(prefix, suffix)` around the state at whose initiative a meeting was held.
    public var initiative: [(String, String)]
    /// Words before and after the list of briefers.
    public var briefersIntro: [String]
    public var briefersEnd: [String]
    /// A footnote giving the record: `见 S/PV.8699。`
    public var recordFootnotePrefix: [String]
    public var conceptNote: [String]
    /// A paragraph opening with a year and this (`2020 年，`) begins the closing summary of decisions.
    public var summaryOpening: String
    /// `(prefix, suffix)` around a theme or sub-item quoted in an event paragraph.
    public var themeQuotes: [(String, String)]
    /// Words that may stand before an event paragraph's opening date (`在 3 月 12 日举行的会议上`).
    public var eventDatePrefixes: [String]

    // MARK: Decisions
    public var resolutionPrefix: String
    /// Before a General Assembly resolution's session and number (`大会第 74/270 号决议`).
    public var assemblyResolutionPrefix: [String]
    public var resolutionSuffix: [String]
    public var resolutionChainWords: [String]
    public var adoption: [String]
    public var unanimously: [String]
    public var presidentialStatement: [String]
    public var chapterVII: [String]
    /// `以 13 票赞成、0 票反对、2 票弃权`: the words after each of the three numbers.
    public var voteWords: [String]

    // MARK: Tables
    public var recordPrefix: String
    public var continuationJoiner: [String]
    /// `94 个会员国 a`: a count of Member States with a note letter.
    public var memberStatesCount: String
    public var draftResolution: [String]
    public var submittedBy: [String]
    public var letter: [String]
    /// Words that mark a list as the speakers column (`安理会全体成员`, `所有其他受邀请者`).
    public var speakerWords: [String]

    // MARK: Written the Latin way (defaults: the Chinese way)
    /// The script the language is written in: the first test of language detection.
    public var script: Script = .han
    /// Phrases a text of this language is sure to hold somewhere (`安理会`, `Security Council`): with the script, they
    /// tell the profile; a text with none of them is not read as this language.
    public var detectionPhrases: [String] = []
    /// Month names, January first, for dates written day, month, year (`9 January 2020`); empty where dates carry
    /// markers (`2020 年 1 月 9 日`).
    public var monthNames: [String] = []
    /// Words after which a full stop does not end the sentence (`Ms.`, `para.`).
    public var abbreviations: [String] = []
    /// Articles that stand before some states' names (`the Niger`): taken off where the rest is a known name.
    public var articles: [String] = []
    /// Where a briefer's title stands: at the end (`长者会主席`) or at the start (`Chair of The Elders`). At the start,
    /// a list splits only before an article and a title word (`, the Director of…`), never inside `Europe, Central Asia
    /// and the Americas`.
    public var titlesLead = false
    /// Words that open a personal name in a list of briefers (`Ms.`), where no article stands.
    public var honorifics: [String] = []
    /// Whether white space at a line's end closes a table cell (Chinese lines end in it only where a cell does; English
    /// lines always do, and cells are told by what opens them and by gaps of two spaces).
    public var cellsCloseAtLineEnd = true
    /// What opens a table cell at a line's start where line ends say nothing (`Letter dated`, `Draft resolution`,
    /// `All Council members`): compared with case.
    public var cellOpeners: [String] = []
    /// The longest name read as the state at whose initiative a meeting was held, in characters.
    public var initiativeMaxLength = 16
    /// Marks that end a clause (`，`, `,`): an initiative's name never holds one, and a presidential statement's
    /// footnote marker stands before the first.
    public var clauseSeparators: [String] = ["，"]
    /// Words before the year in the closing summary's opening (`In 2020,`); after it, `summaryOpening`.
    public var summaryPrefix: [String] = []
    /// Whether a decision's date follows its mention (`a presidential statement issued on 9 January`) rather than
    /// standing before it (`1 月 9 日…发表的主席声明`).
    public var decisionDateFollows = false
    /// Words in a table's header that make it the videoconference table (`视频会议`, `Videoconference`).
    public var videoconferenceHeaderWords: [String] = []
    /// Marks after a caption's label (`视频会议：`, `Meetings:`): a line holding one before any row is the caption.
    public var captionMarks: [String] = ["："]
    /// `by 13 votes to 2, with 0 abstentions`: the words between the votes in favour and those against (`votes to`),
    /// and after the abstentions. When set, `voteWords` are not used.
    public var votesTo: (votes: String, abstentions: String)? = nil
    /// Words saying that the state at whose initiative a meeting was held held the presidency that month.
    public var presidency: [String] = []
    /// Words that carry no name of their own (`of`, `the`): a mention of a briefer never ends on one.
    public var functionWords: [String] = []
    /// `unanimously` may also follow what it qualifies (`adopted unanimously`).
    public var unanimouslyAfter: [String] = []

    public init(code: String, yearMarker: String, monthMarker: String, dayMarker: String,
                numerals: [String: Int], numberUnits: [String], listSeparators: [String],
                finalConjunctions: [String], titleEndings: [String], quoteBrackets: [(String, String)],
                tableWord: String, videoconferenceCaption: String, tableHeaders: [String],
                meetingsCount: [String], videoconferencesCount: [String], resolutionsCount: [String],
                presidentialStatementsCount: [String], thematicSubItemsIntro: [String],
                regionalSubItemsIntro: [String], subItemSeparators: [String], held: [String],
                videoconference: String, sentenceEnd: [String], initiative: [(String, String)],
                briefersIntro: [String], briefersEnd: [String], recordFootnotePrefix: [String],
                conceptNote: [String], summaryOpening: String, themeQuotes: [(String, String)],
                resolutionPrefix: String, resolutionSuffix: [String], resolutionChainWords: [String],
                adoption: [String], unanimously: [String], presidentialStatement: [String],
                chapterVII: [String], voteWords: [String], recordPrefix: String,
                continuationJoiner: [String], memberStatesCount: String, draftResolution: [String],
                submittedBy: [String], letter: [String], speakerWords: [String], eventDatePrefixes: [String] = [],
                assemblyResolutionPrefix: [String] = []) {
        self.code = code; self.yearMarker = yearMarker; self.monthMarker = monthMarker; self.dayMarker = dayMarker
        self.numerals = numerals; self.numberUnits = numberUnits; self.listSeparators = listSeparators
        self.finalConjunctions = finalConjunctions; self.titleEndings = titleEndings; self.quoteBrackets = quoteBrackets
        self.tableWord = tableWord; self.videoconferenceCaption = videoconferenceCaption; self.tableHeaders = tableHeaders
        self.meetingsCount = meetingsCount; self.videoconferencesCount = videoconferencesCount
        self.resolutionsCount = resolutionsCount; self.presidentialStatementsCount = presidentialStatementsCount
        self.thematicSubItemsIntro = thematicSubItemsIntro; self.regionalSubItemsIntro = regionalSubItemsIntro
        self.subItemSeparators = subItemSeparators; self.held = held; self.videoconference = videoconference
        self.sentenceEnd = sentenceEnd; self.initiative = initiative; self.briefersIntro = briefersIntro
        self.briefersEnd = briefersEnd; self.recordFootnotePrefix = recordFootnotePrefix; self.conceptNote = conceptNote
        self.summaryOpening = summaryOpening; self.themeQuotes = themeQuotes; self.resolutionPrefix = resolutionPrefix
        self.resolutionSuffix = resolutionSuffix; self.resolutionChainWords = resolutionChainWords
        self.adoption = adoption; self.unanimously = unanimously; self.presidentialStatement = presidentialStatement
        self.chapterVII = chapterVII; self.voteWords = voteWords; self.recordPrefix = recordPrefix
        self.continuationJoiner = continuationJoiner; self.memberStatesCount = memberStatesCount
        self.draftResolution = draftResolution; self.submittedBy = submittedBy; self.letter = letter
        self.speakerWords = speakerWords; self.eventDatePrefixes = eventDatePrefixes
        self.assemblyResolutionPrefix = assemblyResolutionPrefix
    }
}

extension LanguageProfile {
    /// The profiles known, by document language code (`zh`).
    public static let all: [LanguageProfile] = [.chinese, .english]

    /// The profile of a document language code (`zh`, `en`); Chinese for an unknown code (a stored document's).
    public static func profile(for code: String) -> LanguageProfile {
        all.first { $0.code == code } ?? .chinese
    }

    /// The profile of a code a user gave, or nil.
    public static func named(_ code: String) -> LanguageProfile? {
        all.first { $0.code == code.lowercased() }
    }

    public enum Script: Sendable { case han, latin }
}
