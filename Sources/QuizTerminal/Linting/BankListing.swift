import QuizCore

/// The list of banks shown when quiz starts.
package struct BankListing: Sendable {
    /// A bank that loaded.
    package struct Entry: Sendable {
        package var path: String
        package var record: Record

        package init(path: String, record: Record) {
            self.path = path
            self.record = record
        }
    }

    /// The usable banks, in order.
    package var banks: [Entry] = []
    /// The lines to print.
    package var lines: [String] = []

    /// A bank as lists show it: its title, the name that `quiz take` knows it by, its size.
    package static func describe(_ entry: Entry) -> String {
        let counts = entry.record.counts
        return "\(entry.record.title) [\(REPL.name(of: entry.path))]: \(BankLinter.plural(counts.events, "event")), "
            + "\(BankLinter.plural(counts.statements, "statement")), "
            + BankLinter.plural(counts.questions, "authored question")
    }

    /// What to say when no bank is found: where quiz looked, and how to name another folder.
    package static func noneFound(in folders: [String]) -> String {
        TerminalText.sanitized(
            "no question banks found (looked in: \(folders.isEmpty ? "nowhere" : folders.joined(separator: ", "))); "
                + "name a folder with --banks DIR or QUIZ_BANKS=DIR")
    }

    /// Loads every bank in `folders` and describes them; broken banks are listed with their
    /// first error so the user knows why one is missing.
    package static func make(folders: [String]) -> BankListing {
        var listing = BankListing()
        var broken: [String] = []
        // One file reached through two folders (a folder named twice, or a link) is listed once.
        var seen: Set<String> = []
        for folder in folders {
            for path in BankDirectory.bankFiles(in: folder) {
                guard seen.insert(BankDirectory.identity(of: path)).inserted else { continue }
                let bank = BankFile.load(path: path)
                if let record = bank.record {
                    listing.banks.append(Entry(path: path, record: record))
                } else if bank.isMeantAsBank, let first = bank.diagnostics.first(where: { $0.severity == .error }) {
                    broken.append(first.description)
                }
            }
        }
        if listing.banks.isEmpty {
            listing.lines.append(
                "No question banks found. Looked in: \(folders.isEmpty ? "(nowhere)" : folders.joined(separator: ", "))"
            )
            listing.lines.append("Name a folder with --banks DIR or QUIZ_BANKS=DIR.")
        } else {
            listing.lines.append("Question banks:")
            for (index, entry) in listing.banks.enumerated() {
                listing.lines.append("  \(index + 1). \(describe(entry))")
            }
        }
        for problem in broken {
            listing.lines.append("Skipped (has errors; run quiz lint): \(problem)")
        }
        listing.lines = listing.lines.map { TerminalText.sanitized($0) }
        return listing
    }
}
