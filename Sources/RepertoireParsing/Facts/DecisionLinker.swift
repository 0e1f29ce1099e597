import RepertoireModel

/// Places each decision the narrative reports: the occasion (the table row of its date, or the event
/// that reports it), the vote the tables give it, and whether any mention says it was unanimous.
struct DecisionLinker {
    let meetings: [Meeting]
    let videoconferences: [Videoconference]
    let events: [Event]

    func link(_ mentions: [(decision: Decision, unanimous: Bool)]) -> [Decision] {
        var order: [DocumentSymbol] = []
        var merged: [DocumentSymbol: Decision] = [:]
        var unanimous: [DocumentSymbol: Bool] = [:]
        for (d, u) in mentions {
            if var existing = merged[d.symbol] {
                if existing.date == nil { existing.date = d.date }
                existing.chapterVII = existing.chapterVII || d.chapterVII
                existing.vote = existing.vote ?? d.vote
                existing.locations.add(d.locations.lines)
                merged[d.symbol] = existing
            } else {
                merged[d.symbol] = d; order.append(d.symbol)
            }
            if u { unanimous[d.symbol] = true }
        }
        return order.map { symbol in
            var d = merged[symbol]!
            if d.kind == .resolution { d.unanimous = unanimous[symbol] ?? nil }
            place(&d)
            return d
        }
    }

    func place(_ d: inout Decision) {
        let listing = tableReferences(d.symbol)
        if d.date == nil { d.date = listing.first?.date }
        if let date = d.date {
            if let vc = videoconferences.first(where: { $0.date == date }) {
                d.venue = .videoconference; d.record = vc.record
            } else if let meeting = meetings.first(where: { $0.date == date || $0.continuations.contains { $0.date == date } }) {
                d.venue = .meeting; d.record = meeting.record
            } else if let event = events.first(where: { $0.date == date }) {
                d.venue = event.kind == .videoconference ? .videoconference : .meeting; d.record = event.record
            }
        }
        if d.record == nil, let row = listing.first { d.record = row.record; d.venue = row.venue }
        let ref = listing.first { $0.record == d.record } ?? listing.first
        if let ref {
            d.vote = d.vote ?? ref.reference.vote
            d.chapterVII = d.chapterVII || ref.reference.chapterVII
            d.locations.add(ref.reference.locations.lines)
        }
    }

    /// The table rows that list `symbol`, with their record, date and venue.
    func tableReferences(_ symbol: DocumentSymbol) -> [(record: DocumentSymbol?, date: RepertoireDate?, venue: Decision.Venue, reference: DecisionReference)] {
        var result: [(DocumentSymbol?, RepertoireDate?, Decision.Venue, DecisionReference)] = []
        for vc in videoconferences { for r in vc.decisions where r.symbol == symbol { result.append((vc.record, vc.date, .videoconference, r)) } }
        for mt in meetings { for r in mt.decisions where r.symbol == symbol { result.append((mt.record, mt.date, .meeting, r)) } }
        return result.map { (record: $0.0, date: $0.1, venue: $0.2, reference: $0.3) }
    }
}
