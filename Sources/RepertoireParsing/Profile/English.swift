extension LanguageProfile {
    /// The English Repertoire (Repertoire of the Practice of the Security Council), the edition the others are
    /// translated from.
    public static let english: LanguageProfile = {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                      "November", "December"]
        var p = LanguageProfile(
            code: "en",
            yearMarker: "", monthMarker: "", dayMarker: "",
            numerals: [
                "no": 0, "none": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
                "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                "ninety": 90,
            ],
            numberUnits: months + ["per cent", "%", "years", "year", "days", "day", "months", "weeks", "hours",
                                   "a.m.", "p.m.", "million", "billion", "meetings", "Member States", "members",
                                   "votes", "(", "/", "-"],
            listSeparators: [",", ";"],
            finalConjunctions: ["and", "as well as"],
            titleEndings: ["Secretary-General", "Under-Secretary-General", "Director", "Director-General", "President",
                           "Vice-President", "Chair", "Chairperson", "Chairman", "Chief", "Envoy", "Coordinator",
                           "Founder", "Co-Founder", "Commissioner", "Secretary", "Ambassador", "Head", "Representative",
                           "Adviser", "Advisor", "Administrator", "Executive", "Prosecutor", "Judge", "Minister",
                           "Officer", "Observer", "Member", "Activist", "Expert", "Rapporteur", "Registrar",
                           "Spokesperson", "Deputy", "Assistant", "Commander", "Governor", "Professor", "Researcher",
                           "Fellow", "Lecturer", "Manager", "Officer-in-Charge", "Mediator", "Facilitator", "Leader",
                           "Analyst", "Counsellor", "Delegate", "Mayor", "Premier", "Consultant", "Convenor",
                           "Programme", "Force", "Ombudsperson", "Monitor", "Emissary", "Patron", "Trustee",
                           "Board", "Panel", "Group", "Inspector", "Auditor", "Controller", "Rector"],
            quoteBrackets: [("(", ")"), ("“", "”")],
            tableWord: "Table",
            videoconferenceCaption: "Videoconferences:",
            tableHeaders: [
                "Meeting record and date Sub-item Other documents Rule 37 invitations Rule 39 and other invitations Speakers Decision and vote (for-against-abstaining)",
                "Videoconference date Videoconference record Title Decision and vote (for-against-abstaining) and record of written procedure",
            ],
            meetingsCount: ["meetings", "meeting", "open meetings", "private meetings"],
            videoconferencesCount: ["videoconferences", "videoconference", "open videoconferences", "closed videoconferences"],
            resolutionsCount: ["resolutions", "resolution"],
            presidentialStatementsCount: ["presidential statements", "presidential statement"],
            thematicSubItemsIntro: ["thematic sub-items were:", "thematic sub-items are:", "thematic sub-item was:"],
            regionalSubItemsIntro: ["region-specific sub-items were:", "regional sub-items were:", "region-specific sub-item was:",
                                    "regional sub-item was:", "region-specific sub-items are:"],
            subItemSeparators: [";"],
            held: ["held"],
            videoconference: "videoconference",
            sentenceEnd: [". ", ".”"],
            initiative: [("at the initiative of ", ", which held the presidency"), ("at the initiative of ", ","),
                         ("on the initiative of ", ","), ("at the initiative of ", " ")],
            briefersIntro: ["heard briefings by ", "heard a briefing by ", "were briefed by ", "was briefed by "],
            briefersEnd: [". ", " on the ", " regarding ", ", who "],
            recordFootnotePrefix: ["See "],
            conceptNote: ["concept note"],
            summaryOpening: ",",
            themeQuotes: [("sub-item entitled “", "”"), ("on the theme “", "”"), ("theme “", "”"), ("entitled “", "”"),
                          ("focused on ", ". "), (" on the ", ". ")],
            resolutionPrefix: "resolution",
            resolutionSuffix: [],
            resolutionChainWords: [",", "and", "resolutions", "resolution"],
            adoption: ["adopted", "adopting"],
            unanimously: ["unanimously"],
            presidentialStatement: ["presidential statement"],
            chapterVII: ["under Chapter VII", "Chapter VII of the Charter"],
            voteWords: [],
            recordPrefix: "S/PV.",
            continuationJoiner: ["and"],
            memberStatesCount: "Member States",
            // Matched in a cell with its white space taken out (`Draft resolution` broken over lines).
            draftResolution: ["Draftresolution", "draftresolution"],
            submittedBy: ["submitted by"],
            letter: ["Letter", "letter"],
            speakerWords: ["All Council members", "all Council members", "all other invitees", "Member States",
                           "Secretary-General"],
            eventDatePrefixes: ["On ", "on "],
            assemblyResolutionPrefix: ["General Assembly resolution", "Assembly resolution"]
        )
        p.script = .latin
        p.detectionPhrases = ["Security Council", "Council", "resolution", "Secretary-General", "meeting"]
        p.monthNames = months
        p.abbreviations = ["Ms.", "Mr.", "Mrs.", "Dr.", "para.", "paras.", "sect.", "sects.", "chap.", "No.", "Nos.",
                           "art.", "arts.", "St.", "Jr.", "Sr.", "vol.", "p.", "pp.", "i.e.", "e.g.", "a.m.", "p.m.",
                           "U.S.", "Co.", "Inc.", "Prof."]
        p.articles = ["the ", "The "]
        p.titlesLead = true
        p.honorifics = ["Ms. ", "Mr. ", "Mrs. ", "Dr. ", "Professor ", "Sir ", "Dame "]
        p.cellsCloseAtLineEnd = false
        p.cellOpeners = ["Letter dated", "Letters dated", "Identical letters", "Report of the", "Draft resolution",
                         "Note by the", "Special report", "All Council", "All invitees", "All other invitees", "Resolution", "Resolutions",
                         "Statement by the President"]
        p.initiativeMaxLength = 60
        p.clauseSeparators = [",", "，"]
        p.summaryPrefix = ["In "]
        p.decisionDateFollows = true
        p.videoconferenceHeaderWords = ["Videoconference", "videoconference"]
        p.captionMarks = [":", "："]
        p.votesTo = (votes: "votes to", abstentions: "abstention")
        p.unanimouslyAfter = ["unanimously"]
        p.presidency = ["which held the presidency", "holding the presidency", "President of the Council for the month"]
        p.functionWords = ["of", "the", "for", "and", "in", "on", "to", "a", "an", "at", "by", "with", "from"]
        return p
    }()
}
