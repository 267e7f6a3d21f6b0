import FoundationEssentials
import Glibc
import QuizCore

/// Reads lines of the progress history from bytes: the header, the entries, and the lines that
/// are not entries, each with its number, so that a damaged line costs that line and no other.
package struct JournalScan {
    /// A line that could not be read, as it was.
    package struct BadLine: Sendable, Equatable {
        /// Its number in the history, from 1.
        package var number: Int
        /// Where it starts in the history, in bytes.
        package var offset: Int
        package var bytes: [UInt8]
    }

    /// The header, when the scan began at the start of the history and its first line is one.
    package var header: JournalHeader?
    package var bad: [BadLine] = []
    /// Bytes of whole lines read, from where the scan began; a last line without its newline is
    /// an unfinished write, not counted.
    package var end = 0
    /// Whole lines read.
    package var lines = 0

    /// Scans `bytes`, the history from byte `offset` on (line `firstLine`), and hands each entry
    /// to `entry` with its line's range in `bytes`. With `memory` false the memory of each entry
    /// is skipped, not read (the caller has it from a checkpoint), and left empty.
    package init(
        _ bytes: UnsafeRawBufferPointer, offset: Int = 0, firstLine: Int = 1, memory: Bool = true,
        entry: (LearnerProgress.JournalEntry, Range<Int>) -> Void
    ) {
        guard let base = bytes.baseAddress else { return }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var start = 0
        while start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) {
            let newline = UnsafeRawPointer(found) - base
            let line = UnsafeRawBufferPointer(rebasing: bytes[start..<newline])
            let number = firstLine + lines
            if number == 1 && offset == 0, let header = Self.header(line, decoder: decoder) {
                self.header = header
            } else if let decoded = Self.entry(line, memory: memory, decoder: decoder) {
                entry(decoded, start..<newline + 1)
            } else if !line.isEmpty {
                bad.append(BadLine(number: number, offset: offset + start, bytes: Array(line)))
            }
            lines += 1
            start = newline + 1
        }
        end = start
    }

    /// Whether `line` looks like a header (it names a generation first): the fast test of the
    /// first line, before deciding how to read the rest.
    package static func header(_ line: UnsafeRawBufferPointer, decoder: JSONDecoder? = nil) -> JournalHeader? {
        guard line.starts(with: #"{"generation":"#.utf8) else { return nil }
        if let header = JournalLine.decodeHeader(line) { return header }
        let decoder = decoder ?? JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(JournalHeader.self, from: Data(line))
    }

    private static func entry(_ line: UnsafeRawBufferPointer, memory: Bool, decoder: JSONDecoder)
        -> LearnerProgress.JournalEntry?
    {
        if let entry = JournalLine.decode(line, memory: memory) { return entry }
        guard !line.isEmpty, var entry = try? decoder.decode(LearnerProgress.JournalEntry.self, from: Data(line))
        else { return nil }
        if !memory { entry.memory = [:] }
        return entry
    }
}
