import ArgumentParser
import Foundation
import RepertoireModel
import RepertoireOfficial

struct CouncilCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "council",
        abstract: "The Council's members and monthly presidencies in a year.",
        discussion: """
        Members are those voting in the year's official data plus the five permanent members; the presidency \
        rotates monthly in the English alphabetical order of the members' names (rule 18 of the Provisional \
        Rules of Procedure), continuing from the month before; the presidencies known from the Council's record \
        (Sources/RepertoireOfficial/Resources/presidencies.tsv) anchor and correct the rotation. By default the \
        UN's vote extracts bundled with repertoire are read: any year from 2000 to the last year of the data.

        Exit status: 0 printed; 1 the data could not be read or does not cover the year.
        """
    )

    @Argument(help: "The year, e.g. 2020.")
    var year: Int

    @OptionGroup var official: OfficialDataOption

    @Option(name: .shortAndLong, help: "Output format: summary or json.")
    var format: Format = .summary

    enum Format: String, ExpressibleByArgument, CaseIterable { case summary, json }

    mutating func run() throws {
        let data = try official.read()
        let council = Council(records: Array(data.votes.values), drafts: data.drafts)
        guard council.members[year] != nil else {
            let years = council.years
            FileHandle.standardError.write(Data(("error: the data (\(try official.paths().joined(separator: ", "))) does not cover \(year)"
                + (years.isEmpty ? "" : ": it covers \(years.first!)–\(years.last!)") + "\n").utf8))
            throw ExitCode(1)
        }
        let seats = council.seats(year: year)
        let presidencies = council.presidencies(year: year)
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        switch format {
        case .json:
            var w = JSONWriter()
            w.object { o in
                o.field("year", year)
                o.field("members", seats)
                o.field("presidencies", presidencies ?? [])
            }
            print(w.string)
        case .summary:
            print("Security Council, \(year): \(seats.count) members")
            for seat in seats { print("  \(seat.code)  \(seat.name)  \(seat.permanent ? "permanent" : "elected")") }
            if let presidencies {
                print("Presidencies (rule 18):")
                for (i, code) in presidencies.enumerated() { print("  \(months[i])  \(StateNames.shared.english(code: code) ?? code)") }
            } else {
                print("Presidencies: no known presidency before \(year) to continue the rotation from")
            }
        }
        if !data.errors.isEmpty { throw ExitCode(1) }
    }
}
