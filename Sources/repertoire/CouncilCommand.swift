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
        Rules of Procedure), continuing from the last known presidency before the year.

        Exit status: 0 printed; 1 the data could not be read or does not cover the year.
        """
    )

    @Argument(help: "The year, e.g. 2020.")
    var year: Int

    @Option(name: .long, help: "Official vote data (data_extract .json files or folders).")
    var data: [String] = ["Samples/unxml/data_extract"]

    @Option(name: .shortAndLong, help: "Output format: summary or json.")
    var format: Official.Format = .summary

    mutating func run() throws {
        let official: OfficialData
        do { official = try OfficialData.load(data) } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8)); throw ExitCode(1)
        }
        let council = Council(records: Array(official.votes.values))
        let seats = council.seats(year: year)
        guard !council.members.isEmpty, council.members[year] != nil else {
            FileHandle.standardError.write(Data("error: the data (\(data.joined(separator: ", "))) does not cover \(year)\n".utf8))
            throw ExitCode(1)
        }
        let presidencies = council.presidencies(year: year)
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        let gazetteer = Gazetteer.shared
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
            for seat in seats { print("  \(seat.code)  \(seat.name)  \(seat.permanent ? "permanent" : "elected (term not in the data)")") }
            if let presidencies {
                print("Presidencies (rule 18):")
                for (i, code) in presidencies.enumerated() { print("  \(months[i])  \(gazetteer.entity(code: code)?.english ?? code)") }
            } else {
                print("Presidencies: no known presidency before \(year) to continue the rotation from")
            }
        }
    }
}
