import RepertoireModel

/// A decision as the UN's own data records it: the facts schema's `decisions` shape with the official fields. A
/// resolution or presidential statement merges its texts (one a language) and its vote record; a draft not adopted
/// has its texts only, which carry its vote and outcome.
public struct OfficialDecision: Sendable, JSONWritable {
    public let symbol: DocumentSymbol
    public let texts: [OfficialText]
    public let record: VoteRecord?
    /// Charter Article 27 applied to the vote (nil where no vote was taken or none is known).
    public let computedOutcome: DecisionRules.Outcome?
    /// The vote: the record's, else the texts' (English first); nil where the Council decided without a vote.
    public let vote: Vote?
    public let voters: [VoteOption: [Member]]?

    public init(symbol: DocumentSymbol, texts: [OfficialText], record: VoteRecord?, council: Council?) {
        self.symbol = symbol; self.texts = texts; self.record = record
        let tally = OfficialDecision.tally(record: record, texts: texts)
        vote = tally?.0; voters = tally?.1
        if let (counts, voters) = tally, let year = record?.date?.year ?? texts.compactMap(\.adoptionDate).first?.year ?? symbol.year {
            let permanentAgainst = (voters[.against] ?? []).filter { Council.permanent.contains($0.code ?? "") }.count
            computedOutcome = DecisionRules.outcome(DecisionRules.Ballot(inFavour: counts.for, against: counts.against,
                                                                         abstaining: counts.abstaining,
                                                                         permanentAgainst: permanentAgainst), year: year)
        } else {
            computedOutcome = nil
        }
    }

    /// The vote: the record's, else the texts' (English first); nil where the Council decided without a vote.
    static func tally(record: VoteRecord?, texts: [OfficialText]) -> (Vote, [VoteOption: [Member]])? {
        if let r = record { return r.method == .vote ? (r.counts, r.voters) : nil }
        let voted = texts.filter { $0.voters != nil }
        guard let t = voted.first(where: { $0.language == "en" }) ?? voted.first, let voters = t.voters else { return nil }
        let named = Vote(for: voters[.inFavour]?.count ?? 0, against: voters[.against]?.count ?? 0, abstaining: voters[.abstaining]?.count ?? 0)
        return (named.total > 0 ? named : t.statedCounts ?? named, voters)
    }

    /// The text the decision is shown from: the English, else the first.
    public var mainText: OfficialText? { texts.first { $0.language == "en" } ?? texts.first }

    public var kind: OfficialText.Kind {
        if texts.contains(where: { $0.kind == .draftResolution }) { return .draftResolution }
        return texts.first?.kind ?? (symbol.kind == .presidentialStatement ? .presidentialStatement : .resolution)
    }
    public var date: RepertoireDate? { record?.date ?? mainText?.adoptionDate ?? texts.compactMap(\.adoptionDate).first }
    public var meeting: DocumentSymbol? { record?.meeting ?? mainText?.meeting ?? texts.compactMap(\.meeting).first }
    public var languages: [String] { Array(Set(texts.map(\.language))).sorted() }
    /// Adopted under Chapter VII by the vote extract's flag (the texts' wording is held against it in `findings`).
    public var chapterVII: Bool { record?.chapterVII ?? texts.contains(where: \.chapterVII) }
    public var sponsors: [Member] { record?.sponsors ?? mainText?.sponsors ?? [] }
    /// What the texts record of the outcome (a draft's veto, and by whom).
    public var recordedOutcome: OfficialText.RecordedOutcome? {
        mainText?.recordedOutcome ?? texts.compactMap(\.recordedOutcome).first
    }
    /// The permanent members whose negative vote the record names as a veto.
    public var vetoedBy: [String] {
        if case .vetoed(let by) = recordedOutcome { return by }
        return []
    }
    public var writtenProcedure: Bool { record?.venue == .writtenProcedure }

    /// Where the sources disagree with each other, for a careful reader (messages only; see `findings`).
    public var disagreements: [String] {
        let prefix = "\(symbol): "
        return findings.map { $0.message.hasPrefix(prefix) ? String($0.message.dropFirst(prefix.count)) : $0.message }
    }

    /// Where the sources disagree, each with the file and line of the source that states the value held against
    /// the others. Never resolved silently: the decision keeps the vote record's values.
    public var findings: [OfficialWarning] {
        var result: [OfficialWarning] = []
        let place: (file: String, line: Int?) = record.map { ($0.file, $0.line) } ?? (mainText?.file ?? symbol.compact, nil)
        func flag(_ message: String, at: (file: String, line: Int?)? = nil) {
            let p = at ?? place
            result.append(OfficialWarning(file: p.file, line: p.line, "\(symbol): \(message)"))
        }
        for t in texts {
            for note in t.notes { flag(note, at: (t.file, nil)) }
            if let named = AKNReader.fileSymbol(t.file), named.kind == symbol.kind || named.kind == .document, named != symbol {
                flag("the file name gives \(named); the text's own symbol is \(symbol)", at: (t.file, nil))
            }
        }
        if let r = record, !texts.isEmpty, r.chapterVII != texts.contains(where: \.chapterVII) {
            flag(r.chapterVII ? "the vote data says Chapter VII; the text does not act under it"
                              : "the text acts under Chapter VII; the vote data does not say so")
        }
        let dates = Set(texts.compactMap(\.adoptionDate) + [record?.date].compactMap { $0 })
        if dates.count > 1 { flag("adoption dates differ: \(dates.map(\.iso).sorted().joined(separator: ", "))") }
        if let r = record, let m = r.meeting, let t = texts.first(where: { $0.meeting != nil && $0.meeting?.baseRecord != m.baseRecord }),
           let tm = t.meeting {
            flag("the vote data gives meeting \(m); the text gives \(tm)", at: (t.file, nil))
        }
        if let r = record, let year = r.date?.year, r.method == .vote {
            if r.statedCounts != r.counts {
                flag("the vote counts \(r.statedCounts.text) disagree with the \(r.counts.text) members named (\(r.adoptionType))")
            } else if let typed = r.adoptionTypeCounts, typed != r.counts, r.counts.total > 0 {
                flag("adoption_type says \(typed.text) (\(r.adoptionType)); the counts are \(r.counts.text)")
            }
            let ballot = DecisionRules.Ballot(inFavour: r.counts.for, against: r.counts.against, abstaining: r.counts.abstaining,
                                              permanentAgainst: 0)
            if let problem = DecisionRules.tallyProblem(ballot, year: year) { flag(problem) }
            if let t = texts.first(where: { $0.statedCounts != nil && $0.statedCounts != r.counts }), let tc = t.statedCounts {
                flag("the text counts \(tc.text); the vote data \(r.counts.text)", at: (t.file, nil))
            }
        }
        if let r = record, let m = r.meeting, let letter = r.outcomeLetter, letter.kind == .meetingRecord, letter != m {
            flag("adopted at \(m) but the outcome letter is \(letter)")
        }
        // One language against the others: the date, the meeting, the number of operative paragraphs, the counts.
        if texts.count > 2 {
            func odd<V: Hashable>(_ value: (OfficialText) -> V?, _ what: String, _ show: (V) -> String) {
                let values = texts.compactMap { t in value(t).map { (t, $0) } }
                let tally = Dictionary(grouping: values, by: { $0.1 })
                guard tally.count > 1, let major = tally.max(by: { $0.value.count < $1.value.count }),
                      major.value.count * 2 > values.count else { return }
                for (t, v) in values where v != major.key {
                    flag("the \(t.language) text gives \(what) \(show(v)); the other languages \(show(major.key))", at: (t.file, nil))
                }
            }
            odd({ $0.adoptionDate }, "the date", { $0.iso })
            odd({ $0.meeting?.baseRecord }, "the meeting", { $0.compact })
            odd({ $0.statedCounts }, "the vote", { $0.text })
        }
        // The recorded outcome against Article 27 applied to the vote.
        if let recorded = recordedOutcome, let computed = computedOutcome {
            let agrees: Bool = switch recorded {
            case .adopted: computed == .adopted
            case .notAdopted: computed == .failed
            case .vetoed: computed == .vetoed
            }
            if !agrees {
                let procedural = recorded == .adopted && computed == .vetoed
                    ? ": adopted with a permanent member against, so a procedural vote (Article 27(2)), or the record is wrong" : ""
                flag("the record says \(OfficialDecision.words(recorded)); the vote \(vote?.text ?? "") gives \(computed.rawValue)\(procedural)")
            }
            if case .vetoed(let by) = recorded, let voters {
                let against = Set((voters[.against] ?? []).compactMap(\.code).filter { Council.permanent.contains($0) })
                if Set(by) != against {
                    flag("the record names \(by.joined(separator: ", ")) as vetoing; the permanent members against are \(against.sorted().joined(separator: ", "))")
                }
            }
        }
        return result
    }

    static func words(_ outcome: OfficialText.RecordedOutcome) -> String {
        switch outcome {
        case .adopted: "adopted"
        case .notAdopted: "not adopted"
        case .vetoed(let by): "vetoed by \(by.joined(separator: " and "))"
        }
    }

    public func write(to w: inout JSONWriter) {
        let english = mainText
        w.object { o in
            o.field("symbol", symbol)
            o.field("kind", kind.rawValue)
            o.field("date", date)
            o.field("vote", vote)
            o.field("unanimous", record.map(\.unanimous))
            o.field("chapter_vii", chapterVII)
            o.field("venue", record.map { $0.venue == .writtenProcedure ? "videoconference" : "meeting" } ?? (meeting == nil ? nil : "meeting"))
            o.field("record", record.map { $0.venue == .writtenProcedure ? $0.outcomeLetter : $0.meeting } ?? meeting)
            o.field("agenda_item", nil as Int?)
            o.field("agenda_item_name", record?.agendaItemName)
            o.field("meeting", meeting)
            o.field("written_procedure", record.map { $0.venue == .writtenProcedure })
            o.field("method", record?.method.rawValue ?? (vote == nil ? nil : "vote"))
            o.field("outcome_letter", record?.outcomeLetter)
            o.field("draft", record?.draft)
            o.field("draft_date", record?.draftDate)
            o.field("sponsors", sponsors)
            o.field("voters", Voters(voters: voters))
            o.field("recorded_outcome", recordedOutcome.map { outcome -> String in
                switch outcome { case .adopted: "adopted"; case .notAdopted: "not_adopted"; case .vetoed: "vetoed" }
            })
            o.field("vetoed_by", vetoedBy)
            o.field("computed_outcome", computedOutcome?.rawValue)
            o.field("title", record?.title ?? english?.title)
            o.field("languages", languages)
            o.field("paragraphs", Paragraphs(text: english))
            o.field("cited_symbols", Array(Set(texts.flatMap(\.citedSymbols))).sorted())
        }
    }

    struct Voters: JSONWritable {
        let voters: [VoteOption: [Member]]?
        func write(to w: inout JSONWriter) {
            guard let voters else { w.null(); return }
            w.object { o in for option in VoteOption.allCases { o.field(option.key, voters[option] ?? []) } }
        }
    }

    struct Paragraphs: JSONWritable {
        let text: OfficialText?
        func write(to w: inout JSONWriter) {
            guard let t = text else { w.null(); return }
            w.object { o in o.field("preamble", t.preamble.count); o.field("operative", t.operative.count) }
        }
    }
}

extension VoteOption {
    var key: StaticString {
        switch self { case .inFavour: "for"; case .against: "against"; case .abstaining: "abstaining" }
    }
}
