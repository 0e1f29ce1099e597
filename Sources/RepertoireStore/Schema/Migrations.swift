import GRDB
import Foundation

/// The schema, as GRDB migrations. A released migration is never edited: change the schema with a new one.
/// Constraints live here (NOT NULL, CHECK, UNIQUE, foreign keys with cascading deletes), so that a document's
/// facts go with its `document` row and nothing half-written can be committed. A CHECK names its allowed values
/// with `=` and `OR`, not `IN (…)`: SQLite 3.40 builds a temporary b-tree for an IN list at every row written.
enum Schema {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: documents, facts, official data, full text", migrate: v1)
        m.registerMigration("v2: drafts not adopted among official texts, each year's statistics", migrate: v2)
        m.registerMigration("v3: editions of one document, one practice", migrate: v3)
        m.registerMigration("v4: documents' names, findings' messages as catalogue entries", migrate: v4)
        m.registerMigration("v5: a full-text index any SQLite opens", migrate: v5)
        m.registerMigration("v6: every state's participation summed up at ingest", migrate: v6)
        m.registerMigration("v7: the home page's totals and timeline summed up at ingest", migrate: v7)
        m.registerMigration("v8: the source texts kept compressed", migrate: v8)
        m.registerMigration("v9: findings by subject, decisions listed by symbol", migrate: v9)
        m.registerMigration("v10: symbols, events and findings read in their lists' order", migrate: v10)
        m.registerMigration("v11: the source texts in blocks of lines", migrate: v11)
        m.registerMigration("v12: an item's rows by its number, its events in their order", migrate: v12)
        m.registerMigration("v13: a passage's text as a recipe over its source lines", migrate: v13)
        return m
    }

    /// A passage's text kept once: where the document's source lines are kept (`source_block`), as a recipe over its
    /// lines (`PassageRecipe`: what to copy, pass over and write) rather than as text a second time, which was a
    /// quarter of the database. `text` or `recipe`, never both; the recipes of the passages stored are made here.
    private static func v13(_ db: Database) throws {
        try db.execute(sql: """
        CREATE TABLE passage_v13 (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          source TEXT NOT NULL CHECK ((source = 'paragraph' OR source = 'footnote' OR source = 'heading' OR source = 'table_note' OR source = 'official_text')),
          agenda_item INTEGER,
          symbol TEXT,
          language TEXT NOT NULL,
          text TEXT,
          recipe TEXT,
          symbols TEXT NOT NULL DEFAULT '',
          line INTEGER, lines TEXT NOT NULL,
          CHECK ((text IS NULL) <> (recipe IS NULL))
        );
        INSERT INTO passage_v13 (id, document_id, source, agenda_item, symbol, language, text, symbols, line, lines)
          SELECT id, document_id, source, agenda_item, symbol, language, text, symbols, line, lines FROM passage;
        DROP TABLE passage;
        ALTER TABLE passage_v13 RENAME TO passage;
        CREATE INDEX passage_document ON passage(document_id);
        """)
        let update = try db.makeStatement(sql: "UPDATE passage SET text = NULL, recipe = ? WHERE id = ?")
        for document in try Int64.fetchAll(db, sql: "SELECT DISTINCT document_id FROM source_block ORDER BY document_id") {
            var after: Int64 = -1
            while true {
                let rows = try Row.fetchAll(db, sql: """
                    SELECT id, text, lines FROM passage WHERE document_id = ? AND id > ? ORDER BY id LIMIT 2000
                    """, arguments: [document, after])
                guard let last = rows.last else { break }
                after = last["id"]
                let numbers = rows.map { PassageTexts.numbers($0["lines"] ?? "[]") }
                let lines = try PassageTexts.lines(Set(numbers.joined()), document: document, db)
                for (row, numbers) in zip(rows, numbers) where !numbers.isEmpty {
                    guard let raw = PassageTexts.raw(numbers, lines), let text: String = row["text"] else { continue }
                    if let recipe = PassageRecipe.make(text: Array(text.utf8), raw: raw) { try update.execute(arguments: [recipe, row["id"] as Int64]) }
                }
            }
        }
    }

    /// An item's rows found by its number (its page looked at every document's items), and its events read in their
    /// order and cut at the page (`event_item` found them all, then sorted them); the decisions a meeting's page
    /// places there, the Repertoire's and the UN's, found by its record (every decision was read). What the checks
    /// found about each item (`item_finding`: a finding naming its number, or a record or symbol of its rows) in
    /// the order its page lists them, summed up at ingest like `item_summary`: the page had looked for the findings
    /// of every record of the item, in a thousand parts, at each request.
    private static func v12(_ db: Database) throws {
        try db.execute(sql: """
        CREATE INDEX agenda_item_number ON agenda_item(number, document_id);
        CREATE INDEX event_item_order ON event(agenda_item, date, document_id, position);
        DROP INDEX event_item;
        CREATE INDEX decision_record ON decision(record);
        CREATE INDEX official_decision_meeting ON official_decision(meeting);
        CREATE TABLE item_finding (
          number INTEGER NOT NULL,
          rank INTEGER NOT NULL CHECK (rank = 0 OR rank = 1 OR rank = 2),
          line INTEGER NOT NULL,
          finding_id INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
          PRIMARY KEY (number, rank, line, finding_id)
        ) WITHOUT ROWID;
        """)
        try SQLiteStore.refreshSummaries(db)
    }

    /// Each document's source text in blocks of whole lines of about 8 KB, each compressed on its own
    /// (`SourceBlocks`): a page quoting a line inflates its block, not the whole document (a Repertoire part runs to
    /// megabytes). `first_line` numbers from 1, `line_count` lines, `bytes` the block's length uncompressed.
    private static func v11(_ db: Database) throws {
        try db.execute(sql: """
        CREATE TABLE source_block (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          first_line INTEGER NOT NULL CHECK (first_line >= 1),
          line_count INTEGER NOT NULL CHECK (line_count >= 1),
          bytes INTEGER NOT NULL CHECK (bytes >= 0),
          zlib BLOB NOT NULL,
          UNIQUE (document_id, first_line)
        )
        """)
        let rows = try Row.fetchCursor(db, sql: "SELECT document_id, bytes, zlib FROM source_text ORDER BY document_id")
        while let row = try rows.next() {
            guard let text = Zlib.decompress([UInt8]((row["zlib"] as Data?) ?? Data()), size: row["bytes"] ?? -1) else { continue }
            for block in SourceBlocks.split(text) {
                try db.execute(sql: "INSERT INTO source_block (document_id, first_line, line_count, bytes, zlib) VALUES (?, ?, ?, ?, ?)",
                               arguments: [row["document_id"] as Int64, block.firstLine, block.lines, block.range.count,
                                           Data(SourceBlocks.compress(text[block.range]) ?? [])])
            }
        }
        try db.execute(sql: "DROP TABLE source_text")
    }

    /// Each finding's subjects (symbols, records, item numbers) one row each, kept by a trigger whoever writes the
    /// finding, so that a page finds a subject's findings through an index rather than by reading every finding's
    /// JSON list; decisions as meetings list them, and resumptions, found by symbol; videoconferences read in their list's order, and an item's rows found by its number. The letters of the notes a
    /// meeting's speakers carry (`speaker_notes`), which a rebuilt table needs to give every note its letter. The list of items with what
    /// their tables hold (`item_summary`, in the list's order) summed up at each ingest like the home page's totals.
    /// The symbols', events' and findings' lists read along an index of their order and cut at the page's end (they
    /// sorted every row first); each symbol's citations counted at ingest (`symbol_summary`, like `state_summary`), not at each
    /// request (a popular document is cited a thousand times).
    private static func v10(_ db: Database) throws {
        try db.execute(sql: """
        CREATE INDEX symbol_order ON symbol(kind, compact);
        CREATE INDEX event_order ON event(date, document_id, position);
        CREATE INDEX finding_order ON finding(document_id, severity, line);
        CREATE TABLE symbol_summary (
          symbol TEXT PRIMARY KEY REFERENCES symbol(compact) ON DELETE CASCADE,
          citations INTEGER NOT NULL CHECK (citations >= 0),
          documents INTEGER NOT NULL CHECK (documents >= 0),
          first_line INTEGER CHECK (first_line IS NULL OR first_line > 0)
        ) WITHOUT ROWID;
        """)
        try SQLiteStore.refreshSummaries(db)
    }

    private static func v9(_ db: Database) throws {
        try db.execute(sql: """
        CREATE TABLE finding_subject (
          subject TEXT NOT NULL,
          finding_id INTEGER NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
          PRIMARY KEY (subject, finding_id)
        ) WITHOUT ROWID;
        CREATE INDEX finding_subject_finding ON finding_subject(finding_id);
        CREATE TRIGGER finding_subjects AFTER INSERT ON finding BEGIN
          INSERT OR IGNORE INTO finding_subject (subject, finding_id)
            SELECT CAST(value AS TEXT), new.id FROM json_each(new.subjects) WHERE value IS NOT NULL;
        END;
        INSERT OR IGNORE INTO finding_subject (subject, finding_id)
          SELECT CAST(j.value AS TEXT), f.id FROM finding f, json_each(f.subjects) j WHERE j.value IS NOT NULL;
        CREATE INDEX listed_decision_symbol ON listed_decision(symbol);
        CREATE INDEX continuation_record ON continuation(record);
        ALTER TABLE meeting ADD COLUMN speaker_notes TEXT CHECK (speaker_notes IS NULL OR json_valid(speaker_notes));
        CREATE INDEX videoconference_order ON videoconference(date, line);
        CREATE INDEX meeting_item ON meeting(agenda_item, date, record);
        CREATE INDEX videoconference_item ON videoconference(agenda_item, date, line);
        CREATE INDEX decision_item ON decision(agenda_item);
        CREATE INDEX event_item ON event(agenda_item);
        CREATE TABLE item_summary (
          rank INTEGER PRIMARY KEY,
          agenda_item_id INTEGER NOT NULL UNIQUE REFERENCES agenda_item(id) ON DELETE CASCADE,
          meetings_found INTEGER NOT NULL CHECK (meetings_found >= 0),
          videoconferences_found INTEGER NOT NULL CHECK (videoconferences_found >= 0),
          decisions_found INTEGER NOT NULL CHECK (decisions_found >= 0),
          truncated INTEGER NOT NULL CHECK (truncated = 0 OR truncated = 1)
        );
        """)
        try SQLiteStore.refreshSummaries(db)
    }

    /// The same Supplement part loaded in two languages is one practice: each Repertoire document has a key that
    /// does not depend on its language (`practice_key`: its year, items and footnote numbers), and an edition loaded
    /// after another of the same key points to it (`edition_of`). The practice's facts are the first edition's
    /// (`practice_*` views); the other edition's rows give the texts in its language and its passages for search.
    /// Deleting the first edition makes the other the practice's (SET NULL).
    /// A document's name as readers see it: its path relative to the folder it was ingested from (its file name
    /// where it was named alone), never the server's absolute path. A finding's message as the catalogue's entry and
    /// its arguments, so that a page shows it in its own language.
    /// The full-text index with SQLite's own `unicode61` tokenizer over words and pairs the program writes
    /// (`PortableIndex`), in place of the program's tokenizer, which no other tool has: the database opens, index
    /// included, in the `sqlite3` shell, Python, R and Datasette. Filled again from the passages.
    /// The `states` list with no filter: every state's participation, summed up at each ingest
    /// (`SQLiteStore.refreshSummaries`) rather than at each request (a GROUP BY over every invitation and speaker).
    /// Each document's source text (its lines as read, which findings and pages quote) kept once and compressed
    /// (zlib, `bytes` its length): the passages hold the text again as read, for search and snippets. A third of
    /// the size it had as text.
    private static func v8(_ db: Database) throws {
        try db.execute(sql: """
        CREATE TABLE source_text_v8 (
          document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
          bytes INTEGER NOT NULL CHECK (bytes >= 0),
          zlib BLOB NOT NULL
        )
        """)
        let rows = try Row.fetchCursor(db, sql: "SELECT document_id, CAST(text AS BLOB) AS text FROM source_text")
        while let row = try rows.next() {
            let text = [UInt8]((row["text"] as Data?) ?? Data())
            try db.execute(sql: "INSERT INTO source_text_v8 (document_id, bytes, zlib) VALUES (?, ?, ?)",
                           arguments: [row["document_id"] as Int64, text.count, Data(Zlib.compress(text) ?? [])])
        }
        try db.execute(sql: "DROP TABLE source_text; ALTER TABLE source_text_v8 RENAME TO source_text")
    }

    /// The home page's totals (`table_summary`) and meetings by month (`month_summary`), summed up at each ingest
    /// like `state_summary`, rather than counted over every meeting at each request.
    private static func v7(_ db: Database) throws {
        try db.execute(sql: """
        CREATE TABLE table_summary (name TEXT PRIMARY KEY, rows INTEGER NOT NULL CHECK (rows >= 0)) WITHOUT ROWID;
        CREATE TABLE month_summary (
          month TEXT PRIMARY KEY, meetings INTEGER NOT NULL CHECK (meetings >= 0),
          videoconferences INTEGER NOT NULL CHECK (videoconferences >= 0)
        ) WITHOUT ROWID;
        """)
        try SQLiteStore.refreshSummaries(db)
    }

    private static func v6(_ db: Database) throws {
        try db.execute(sql: """
        CREATE TABLE state_summary (
          iso3 TEXT PRIMARY KEY, name TEXT,
          invited_rule37 INTEGER NOT NULL, invited_rule39_other INTEGER NOT NULL, spoke INTEGER NOT NULL,
          sponsored INTEGER NOT NULL, voted INTEGER NOT NULL
        ) WITHOUT ROWID
        """)
        try SQLiteStore.refreshSummaries(db)
    }

    private static func v5(_ db: Database) throws {
        try db.execute(sql: "DROP TABLE passage_fts")
        try db.execute(sql: PortableIndex.create)
        try PortableIndex.rebuild(db)
    }

    private static func v4(_ db: Database) throws {
        try db.execute(sql: """
        ALTER TABLE document ADD COLUMN name TEXT;
        UPDATE document SET name = replace(path, rtrim(path, replace(path, '/', '')), '');
        CREATE INDEX document_name ON document(name);
        ALTER TABLE finding ADD COLUMN template TEXT;
        ALTER TABLE finding ADD COLUMN arguments TEXT CHECK (arguments IS NULL OR json_valid(arguments));
        """)
    }

    private static func v3(_ db: Database) throws {
        try db.execute(sql: """
        ALTER TABLE document ADD COLUMN practice_key TEXT;
        ALTER TABLE document ADD COLUMN edition_of INTEGER REFERENCES document(id) ON DELETE SET NULL;
        CREATE INDEX document_practice_key ON document(practice_key);
        CREATE INDEX document_edition_of ON document(edition_of);
        CREATE VIEW practice_agenda_item AS
          SELECT a.* FROM agenda_item a JOIN document d ON d.id = a.document_id WHERE d.edition_of IS NULL;
        CREATE VIEW practice_meeting AS
          SELECT m.* FROM meeting m JOIN document d ON d.id = m.document_id WHERE d.edition_of IS NULL;
        CREATE VIEW practice_videoconference AS
          SELECT v.* FROM videoconference v JOIN document d ON d.id = v.document_id WHERE d.edition_of IS NULL;
        CREATE VIEW practice_decision AS
          SELECT x.* FROM decision x JOIN document d ON d.id = x.document_id WHERE d.edition_of IS NULL;
        CREATE VIEW practice_finding AS
          SELECT f.* FROM finding f JOIN document d ON d.id = f.document_id WHERE d.edition_of IS NULL;
        """)
    }

    /// Drafts not adopted are official texts too (the CHECK on `kind` is widened by rebuilding the table); each
    /// year's figures (`repertoire stats`) are kept as computed from all the official data stored.
    private static func v2(_ db: Database) throws {
        try db.execute(sql: """
        CREATE TABLE official_text_v2 (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL UNIQUE REFERENCES document(id) ON DELETE CASCADE,
          symbol TEXT NOT NULL REFERENCES symbol(compact),
          kind TEXT NOT NULL CHECK ((kind = 'resolution' OR kind = 'presidential_statement' OR kind = 'draft_resolution')),
          language TEXT NOT NULL,
          title TEXT NOT NULL, adoption_date TEXT, meeting TEXT,
          chapter_vii INTEGER NOT NULL CHECK ((chapter_vii = 0 OR chapter_vii = 1))
        );
        INSERT INTO official_text_v2 SELECT id, document_id, symbol, kind, language, title, adoption_date, meeting, chapter_vii FROM official_text;
        DROP TABLE official_text;
        ALTER TABLE official_text_v2 RENAME TO official_text;
        CREATE INDEX official_text_symbol ON official_text(symbol);
        -- One row a year: the figures of `repertoire stats` (JSON, the --format json object) from the official data.
        CREATE TABLE official_statistics (
          year INTEGER PRIMARY KEY CHECK (year BETWEEN 1945 AND 2200),
          figures TEXT NOT NULL CHECK (json_valid(figures))
        );
        """)
    }

    private static func v1(_ db: Database) throws {
        try db.execute(sql: """
        CREATE TABLE document (
          id INTEGER PRIMARY KEY,
          path TEXT NOT NULL UNIQUE,
          sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
          language TEXT NOT NULL,
          kind TEXT NOT NULL CHECK ((kind = 'repertoire' OR kind = 'official_text' OR kind = 'official_votes')),
          bytes INTEGER NOT NULL CHECK (bytes >= 0),
          ingested_at TEXT NOT NULL
        );
        -- The document's text as read (UTF-8, one line per input line), to quote the lines a fact comes from.
        CREATE TABLE source_text (
          document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
          text TEXT NOT NULL
        );
        CREATE TABLE agenda_item (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          number INTEGER NOT NULL,
          title TEXT NOT NULL,
          stated_meetings INTEGER, stated_videoconferences INTEGER,
          stated_resolutions INTEGER, stated_presidential_statements INTEGER,
          line INTEGER NOT NULL, lines TEXT NOT NULL,
          UNIQUE (document_id, position)
        );
        CREATE TABLE sub_item (
          id INTEGER PRIMARY KEY,
          agenda_item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          title TEXT NOT NULL,
          kind TEXT NOT NULL CHECK ((kind = 'thematic' OR kind = 'regional')),
          line INTEGER NOT NULL, lines TEXT NOT NULL,
          UNIQUE (agenda_item_id, position)
        );
        CREATE TABLE symbol (
          compact TEXT PRIMARY KEY,
          kind TEXT NOT NULL CHECK ((kind = 'resolution' OR kind = 'presidential_statement' OR kind = 'meeting_record' OR kind = 'document' OR kind = 'other')),
          link TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE meeting (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          agenda_item INTEGER,
          record TEXT NOT NULL REFERENCES symbol(compact),
          date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
          sub_item TEXT,
          rule37_count INTEGER CHECK (rule37_count IS NULL OR rule37_count >= 0),
          rule37_note TEXT,
          line INTEGER NOT NULL, lines TEXT NOT NULL,
          UNIQUE (document_id, position)
        );
        CREATE INDEX meeting_record ON meeting(record);
        CREATE INDEX meeting_date ON meeting(date, record);
        CREATE TABLE continuation (
          id INTEGER PRIMARY KEY,
          meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          record TEXT NOT NULL REFERENCES symbol(compact),
          date TEXT,
          UNIQUE (meeting_id, position)
        );
        CREATE TABLE meeting_document (
          id INTEGER PRIMARY KEY,
          meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          symbol TEXT NOT NULL REFERENCES symbol(compact),
          UNIQUE (meeting_id, position)
        );
        CREATE TABLE draft (
          id INTEGER PRIMARY KEY,
          meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          symbol TEXT NOT NULL REFERENCES symbol(compact),
          sponsors_count INTEGER, sponsors_note TEXT,
          UNIQUE (meeting_id, position)
        );
        CREATE TABLE sponsor (
          id INTEGER PRIMARY KEY,
          draft_id INTEGER NOT NULL REFERENCES draft(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          name TEXT NOT NULL, iso3 TEXT,
          UNIQUE (draft_id, position)
        );
        CREATE INDEX sponsor_iso3 ON sponsor(iso3);
        CREATE TABLE participation (
          id INTEGER PRIMARY KEY,
          meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
          role TEXT NOT NULL CHECK ((role = 'rule37' OR role = 'rule39_other' OR role = 'speaker')),
          position INTEGER NOT NULL,
          name TEXT NOT NULL,
          iso3 TEXT,
          entity_kind TEXT CHECK (entity_kind IS NULL OR (entity_kind = 'state' OR entity_kind = 'observer_state' OR entity_kind = 'organization')),
          UNIQUE (meeting_id, role, position)
        );
        CREATE INDEX participation_iso3 ON participation(iso3, role);
        CREATE TABLE videoconference (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          agenda_item INTEGER,
          date TEXT,
          record TEXT REFERENCES symbol(compact),
          title TEXT NOT NULL,
          written_procedure_record TEXT REFERENCES symbol(compact),
          line INTEGER NOT NULL, lines TEXT NOT NULL,
          UNIQUE (document_id, position)
        );
        CREATE TABLE decision (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          symbol TEXT NOT NULL REFERENCES symbol(compact),
          kind TEXT NOT NULL CHECK ((kind = 'resolution' OR kind = 'presidential_statement')),
          date TEXT,
          votes_for INTEGER, votes_against INTEGER, votes_abstaining INTEGER,
          unanimous INTEGER CHECK (unanimous IS NULL OR (unanimous = 0 OR unanimous = 1)),
          chapter_vii INTEGER NOT NULL CHECK ((chapter_vii = 0 OR chapter_vii = 1)),
          venue TEXT CHECK (venue IS NULL OR (venue = 'meeting' OR venue = 'videoconference')),
          record TEXT REFERENCES symbol(compact),
          agenda_item INTEGER,
          line INTEGER NOT NULL, lines TEXT NOT NULL,
          CHECK ((votes_for IS NULL) = (votes_against IS NULL) AND (votes_for IS NULL) = (votes_abstaining IS NULL)),
          UNIQUE (document_id, position)
        );
        CREATE INDEX decision_symbol ON decision(symbol);
        CREATE INDEX decision_date ON decision(date, symbol);
        -- A decision as a table row lists it, on a meeting or a videoconference.
        CREATE TABLE listed_decision (
          id INTEGER PRIMARY KEY,
          meeting_id INTEGER REFERENCES meeting(id) ON DELETE CASCADE,
          videoconference_id INTEGER REFERENCES videoconference(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          symbol TEXT NOT NULL REFERENCES symbol(compact),
          votes_for INTEGER, votes_against INTEGER, votes_abstaining INTEGER,
          chapter_vii INTEGER NOT NULL CHECK ((chapter_vii = 0 OR chapter_vii = 1)),
          line INTEGER NOT NULL, lines TEXT NOT NULL,
          CHECK ((meeting_id IS NULL) <> (videoconference_id IS NULL))
        );
        CREATE INDEX listed_decision_meeting ON listed_decision(meeting_id);
        CREATE INDEX listed_decision_videoconference ON listed_decision(videoconference_id);
        CREATE TABLE event (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          agenda_item INTEGER,
          date TEXT,
          kind TEXT NOT NULL CHECK ((kind = 'meeting' OR kind = 'videoconference')),
          initiative TEXT, initiative_iso3 TEXT,
          sub_item_or_theme TEXT,
          record TEXT REFERENCES symbol(compact),
          concept_note TEXT REFERENCES symbol(compact),
          line INTEGER NOT NULL, lines TEXT NOT NULL,
          UNIQUE (document_id, position)
        );
        CREATE TABLE briefer (
          id INTEGER PRIMARY KEY,
          event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          name TEXT NOT NULL,
          UNIQUE (event_id, position)
        );
        CREATE TABLE footnote (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          number INTEGER NOT NULL CHECK (number > 0),
          text TEXT NOT NULL,
          line INTEGER NOT NULL, lines TEXT NOT NULL
        );
        CREATE INDEX footnote_document ON footnote(document_id, number);
        CREATE TABLE table_note (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          agenda_item INTEGER,
          table_number INTEGER NOT NULL,
          letter TEXT NOT NULL,
          text TEXT NOT NULL,
          line INTEGER NOT NULL, lines TEXT NOT NULL
        );
        -- Every place a symbol is cited: the line, and what kind of text it stands in.
        CREATE TABLE citation (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          symbol TEXT NOT NULL REFERENCES symbol(compact),
          line INTEGER NOT NULL,
          context TEXT NOT NULL CHECK ((context = 'text' OR context = 'footnote' OR context = 'table' OR context = 'link' OR context = 'official')),
          UNIQUE (document_id, symbol, line, context)
        );
        CREATE INDEX citation_symbol ON citation(symbol);
        CREATE TABLE finding (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          kind TEXT NOT NULL,
          severity TEXT NOT NULL CHECK ((severity = 'error' OR severity = 'warning' OR severity = 'note')),
          message TEXT NOT NULL,
          subjects TEXT NOT NULL CHECK (json_valid(subjects)),
          line INTEGER, lines TEXT NOT NULL,
          UNIQUE (document_id, position)
        );
        -- The official record of a decision (data_extract), its per-member votes and sponsors.
        CREATE TABLE official_decision (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          symbol TEXT NOT NULL REFERENCES symbol(compact),
          venue TEXT NOT NULL CHECK ((venue = 'meeting' OR venue = 'written_procedure')),
          meeting TEXT, date TEXT,
          agenda_item_name TEXT NOT NULL, adoption_type TEXT NOT NULL,
          unanimous INTEGER NOT NULL CHECK ((unanimous = 0 OR unanimous = 1)),
          chapter_vii INTEGER NOT NULL CHECK ((chapter_vii = 0 OR chapter_vii = 1)),
          title TEXT NOT NULL, draft TEXT, outcome_letter TEXT,
          votes_for INTEGER NOT NULL, votes_against INTEGER NOT NULL, votes_abstaining INTEGER NOT NULL,
          line INTEGER NOT NULL,
          UNIQUE (document_id, symbol)
        );
        CREATE INDEX official_decision_symbol ON official_decision(symbol);
        CREATE TABLE member_vote (
          id INTEGER PRIMARY KEY,
          official_decision_id INTEGER NOT NULL REFERENCES official_decision(id) ON DELETE CASCADE,
          state TEXT NOT NULL, iso3 TEXT,
          vote TEXT NOT NULL CHECK ((vote = 'for' OR vote = 'against' OR vote = 'abstaining')),
          UNIQUE (official_decision_id, state)
        );
        CREATE INDEX member_vote_iso3 ON member_vote(iso3);
        CREATE TABLE official_sponsor (
          id INTEGER PRIMARY KEY,
          official_decision_id INTEGER NOT NULL REFERENCES official_decision(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          name TEXT NOT NULL, iso3 TEXT,
          UNIQUE (official_decision_id, position)
        );
        CREATE INDEX official_sponsor_iso3 ON official_sponsor(iso3);
        -- An official text (Akoma Ntoso) in one language: one per file.
        CREATE TABLE official_text (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL UNIQUE REFERENCES document(id) ON DELETE CASCADE,
          symbol TEXT NOT NULL REFERENCES symbol(compact),
          kind TEXT NOT NULL CHECK ((kind = 'resolution' OR kind = 'presidential_statement')),
          language TEXT NOT NULL,
          title TEXT NOT NULL, adoption_date TEXT, meeting TEXT,
          chapter_vii INTEGER NOT NULL CHECK ((chapter_vii = 0 OR chapter_vii = 1))
        );
        CREATE INDEX official_text_symbol ON official_text(symbol);
        -- What full-text search reads: paragraphs, footnotes, headings, table notes, official texts.
        CREATE TABLE passage (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          source TEXT NOT NULL CHECK ((source = 'paragraph' OR source = 'footnote' OR source = 'heading' OR source = 'table_note' OR source = 'official_text')),
          agenda_item INTEGER,
          symbol TEXT,
          language TEXT NOT NULL,
          text TEXT NOT NULL,
          symbols TEXT NOT NULL DEFAULT '',
          line INTEGER, lines TEXT NOT NULL
        );
        CREATE INDEX passage_document ON passage(document_id);
        """)
        // External content, kept in step by the store (`SQLiteStore.write`) with one statement per document
        // rather than triggers: FTS5 flushes its pending terms at every statement savepoint, so row-by-row
        // triggers would write a segment per passage.
        try db.execute(sql: """
            CREATE VIRTUAL TABLE passage_fts USING fts5(text, symbols, content='passage', content_rowid='id',
              tokenize='\(RepertoireTokenizer.name)')
            """)
    }
}
