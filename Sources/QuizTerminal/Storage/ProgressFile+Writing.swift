import FoundationEssentials
import Glibc
import QuizCore

extension ProgressFile {
    /// Records an attempt (given an id if it has none): under the lock, checks that the history
    /// is still the file that was read and reads what other sessions added, reviews the facts,
    /// appends one line and fsyncs it (and the folder, when the history was just created).
    /// Returns only once the answer is on disk, with what the learner must hear at once: a
    /// history replaced, cut short or damaged under this session.
    @discardableResult
    package func append(_ attempt: Attempt) throws(Failure) -> [String] {
        var attempt = attempt
        if attempt.id == nil { attempt.id = Self.randomHex() }
        let before = notices.count
        try withLock(failing: "cannot lock the progress file; the answer was not saved") { () throws(Failure) in
            try catchUp()
            if !state.journalExists { try createStore() }
            try appendLine(for: attempt)
            compactIfDue()
        }
        return Array(notices[before...])
    }

    /// Under the lock: brings `progress` up to the history on disk. A history that is not the
    /// file read before, or is shorter than what was read, is read again from the start, and
    /// the learner told; lines other sessions added are read; damage found is repaired.
    func catchUp() throws(Failure) {
        let descriptor = fileSystem.open(journalPath, O_RDONLY | O_CLOEXEC, 0)
        if descriptor < 0 && errno != ENOENT { throw cannotRead(journalPath, "the progress history") }
        defer { if descriptor >= 0 { _ = fileSystem.close(descriptor) } }
        let status = descriptor >= 0 ? try identify(descriptor, journalPath) : nil
        let replaced =
            state.journalExists
            && (status.map {
                UInt64($0.st_dev) != state.device || UInt64($0.st_ino) != state.inode || Int($0.st_size) < state.offset
            } ?? true)
        if replaced || (!state.journalExists && status != nil) {
            if replaced {
                notices.append(
                    "\(journalPath): the progress history was replaced or cut short while this quiz ran; "
                        + "it was read again from the start")
            }
            try loadSettingAsideADamagedDocument()
        } else if let status, Int(status.st_size) > state.offset {
            let added = try readRange(descriptor, from: state.offset, to: nil, journalPath)
            var (updated, total) = (progress, summary)
            let scan = scanLines(
                added, offset: state.offset, firstLine: state.lines + 1, memory: true, into: &updated, summary: &total)
            (progress, summary) = (updated, total)
            state.offset += scan.end
            state.lines += scan.lines
            state.badLines += scan.bad
        }
        try repair()
    }

    /// Under the lock: reads the files, setting a damaged `progress.json` aside (renamed
    /// `<name>.damaged-<time>`) and reading on without it.
    func loadSettingAsideADamagedDocument() throws(Failure) {
        do {
            try load()
        } catch {
            guard let damaged = error.damagedPath else { throw error }
            let aside = try setAside(damaged)
            notices.append(
                "\(damaged): the progress file was damaged; it is kept as \(aside), and a new one is started")
            try load()
        }
    }

    /// Renames a damaged file `<name>.damaged-<UTC time>`, never over another.
    func setAside(_ damaged: String) throws(Failure) -> String {
        let stamp = timeStamp()
        var aside = "\(damaged).damaged-\(stamp)"
        var suffix = 1
        while fileSystem.access(aside, F_OK) == 0 {
            suffix += 1
            aside = "\(damaged).damaged-\(stamp)-\(suffix)"
        }
        guard fileSystem.rename(damaged, aside) == 0 else {
            throw Failure(
                description:
                    "\(damaged): the file is damaged, and could not be moved aside: \(SystemFailure.last.reason)")
        }
        return aside
    }

    /// The UTC time, "yyyyMMdd-HHmmss", that names what is set aside.
    func timeStamp() -> String {
        let time = CivilTime(now())
        return time.dateText.replacingAll("-", with: "") + "-" + time.timeText.replacingAll(":", with: "")
    }

    /// Under the lock: moves damaged lines of the history to a side file, and brings an older
    /// version's files to this version's form; then folds the history into a checkpoint if due.
    func repair() throws(Failure) {
        let legacy = !state.isCurrent && (state.journalExists || state.document?.holdsProgress == true)
        guard legacy || !state.badLines.isEmpty else {
            compactIfDue()
            return
        }
        try rewriteJournal()
        // The checkpoint of the history just written, so that opening it reads no line twice.
        try writeCheckpoint()
    }

    /// Folds the history into a new checkpoint when it has grown past the last one by the bound.
    /// A failure here loses nothing (the history holds every answer): the learner is told.
    func compactIfDue() {
        guard state.isCurrent, state.offset - state.checkpointBytes >= compactionBytes else { return }
        do {
            try writeCheckpoint()
        } catch {
            notices.append("\(path): the history could not be folded into the progress file: \(error.description)")
        }
    }

    /// Writes `progress.json` with the memory as of everything read of the history.
    func writeCheckpoint() throws(Failure) {
        guard let header = state.header else { return }
        let checkpoint = ProgressDocument.Checkpoint(
            generation: header.generation, bytes: state.offset, lines: state.lines, memory: progress.memory,
            summary: summary)
        let document = ProgressDocument(checkpoint: checkpoint)
        try writeAtomically(try Self.encode(document, to: path) + [0x0A], to: path)
        state.document = document
        state.checkpointBytes = state.offset
    }

    /// Creates this version's files: `progress.json` first (so that an older version refuses the
    /// history rather than taking its header for damage), then the history with its header.
    func createStore() throws(Failure) {
        if (state.document?.schemaVersion ?? 0) < ProgressDocument.schemaVersion {
            let document = ProgressDocument(checkpoint: nil)
            try writeAtomically(try Self.encode(document, to: path) + [0x0A], to: path)
            state.document = document
        }
        let header = JournalHeader(generation: Self.randomHex(), memory: progress.memory)
        try writeJournal(try Self.encode(header, to: journalPath) + [0x0A], header: header, lines: 1)
    }

    /// Appends the line of `attempt` at the end of what was read, and fsyncs it. An unfinished
    /// line a killed session left (never acknowledged) is written over.
    func appendLine(for attempt: Attempt) throws(Failure) {
        let descriptor = fileSystem.open(journalPath, O_WRONLY | O_CLOEXEC, 0)
        guard descriptor >= 0 else {
            throw Failure(
                description: "\(journalPath): cannot write the progress history: \(SystemFailure.last.reason)")
        }
        defer { _ = fileSystem.close(descriptor) }
        var status = stat()
        guard fileSystem.fstat(descriptor, &status) == 0, UInt64(status.st_ino) == state.inode,
            UInt64(status.st_dev) == state.device
        else {
            throw Failure(description: "\(journalPath): the progress history changed while it was locked")
        }
        var updated = progress
        let memory = updated.record(attempt, scheduler: scheduler)
        let line = try Self.encode(LearnerProgress.JournalEntry(attempt: attempt, memory: memory), to: journalPath)
        let offset = off_t(state.offset)
        // A longer file ends in an unfinished line a killed session left, never acknowledged.
        guard status.st_size == offset || fileSystem.ftruncate(descriptor, offset) == 0,
            fileSystem.lseek(descriptor, offset, SEEK_SET) == offset,
            writeAll(line + [0x0A], to: descriptor), fileSystem.fsync(descriptor) == 0
        else {
            let reason = SystemFailure.last.reason
            _ = fileSystem.ftruncate(descriptor, offset)
            throw Failure(
                description: "\(journalPath): could not save the answer (\(reason)); earlier answers are intact")
        }
        state.offset += line.count + 1
        state.lines += 1
        progress = updated
        summary.add(attempt)
        if !readsAttempts { progress.attempts = [] }
    }

    /// A new random id: 32 hex digits.
    static func randomHex() -> String {
        var generator = SystemRandomNumberGenerator()
        return [generator.next(), generator.next()].map { (value: UInt64) in
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }

    /// One line of JSON, keys sorted, as the fast reader expects it.
    static func encode<Value: Encodable>(_ value: Value, to file: String) throws(Failure) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(value) else {
            throw Failure(description: "\(file): could not encode the progress")
        }
        return Array(data)
    }
}
