import ArgumentParser

@main
struct Repertoire: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repertoire",
        abstract: "Facts from the Repertoire of the Practice of the Security Council.",
        discussion: """
        Exit status: 0 success; 1 an input was refused (empty, binary, undecodable, too large, \
        or no Repertoire structure recognized) or could not be read; 2 the output could not be written; \
        64 a usage error.
        """,
        version: "0.1.0",
        subcommands: [Extract.self, Check.self, Compare.self, Official.self, CouncilCommand.self, Stats.self, Ingest.self, Search.self,
                      Meetings.self, Videoconferences.self, Decisions.self, Symbols.self, States.self, Events.self, Show.self, Render.self, Export.self, Publish.self, DraftTablesCommand.self, Serve.self]
    )
}
