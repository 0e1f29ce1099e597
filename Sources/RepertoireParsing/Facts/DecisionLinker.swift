import RepertoireModel

/// Places each decision the narrative reports: the occasion (the table row of its date, or the event
/// that reports it), the vote the tables give it, and whether any mention says it was unanimous.
struct DecisionLinker {
    /// The item's rows and events: slices of the document's lists (not copies).
    let meetings: ArraySlice<Meeting>
    let videoconferences: ArraySlice<Videoconference>
    let events: ArraySlice<Event>

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
            // Found by index, its record read in place (the row itself is not copied).
            if let k = videoconferences.firstIndex(where: { $0.date == date }) {
                d.venue = .videoconference; d.record = videoconferences[k].record
            } else if let k = meetings.firstIndex(where: { $0.date == date || $0.continuations.contains { $0.date == date } }) {
                d.venue = .meeting; d.record = meetings[k].record
            } else if let k = events.firstIndex(where: { $0.date == date }) {
                d.venue = events[k].kind == .videoconference ? .videoconference : .meeting; d.record = events[k].record
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
        // Rows read in place by index (a loop over the rows copies each, retaining every string and array it holds).
        var result: [(record: DocumentSymbol?, date: RepertoireDate?, venue: Decision.Venue, reference: DecisionReference)] = []
        for k in videoconferences.indices {
            for r in videoconferences[k].decisions where r.symbol == symbol {
                result.append((videoconferences[k].record, videoconferences[k].date, .videoconference, r))
            }
        }
        for k in meetings.indices {
            for r in meetings[k].decisions where r.symbol == symbol { result.append((meetings[k].record, meetings[k].date, .meeting, r)) }
        }
        return result
    }
}
