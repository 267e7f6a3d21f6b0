import FoundationEssentials
import Glibc
import QuizCore

extension ProgressFile {
    /// Runs `body` holding the exclusive lock, creating the folder and lock file if needed. A lock
    /// that cannot be taken (any error but an interrupt) stops here: nothing is ever written
    /// unlocked. `failing` starts the message when the lock file cannot be opened.
    func withLock(failing: String, _ body: () throws(Failure) -> Void) throws(Failure) {
        try makeFolder(Self.folder(of: path))
        let lock = fileSystem.open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else { throw Failure(description: "\(lockPath): \(failing): \(SystemFailure.last.reason)") }
        defer { _ = fileSystem.close(lock) }  // closing releases the lock
        while fileSystem.flock(lock, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            throw Failure(
                description:
                    "\(lockPath): cannot lock the progress file (\(SystemFailure.last.reason)); nothing was saved")
        }
        try body()
    }

    /// Creates `folder` and the folders above it that are missing (mode 0700), fsyncing the
    /// folder that holds each one made.
    func makeFolder(_ folder: String) throws(Failure) {
        let existing = fileSystem.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
        if existing >= 0 {
            _ = fileSystem.close(existing)
            return
        }
        var prefix = folder.hasPrefix("/") ? "" : "."
        for part in folder.split(separator: "/") {
            let parent = prefix.isEmpty ? "/" : prefix
            prefix += "/" + part
            if fileSystem.mkdir(prefix, 0o700) == 0 {
                syncFolder(parent)
                continue
            }
            let directory = fileSystem.open(prefix, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
            guard directory >= 0 else {
                throw Failure(description: "\(folder): cannot create the progress folder")
            }
            _ = fileSystem.close(directory)
        }
    }

    /// Rewrites the history (under the lock): a new header, then, for an older version's files,
    /// the attempts `progress.json` held, then every line of the history that reads, as it was.
    /// Lines that do not read are first written, with their line numbers, to a side file
    /// `<history>.damaged-<time>`, and the learner told. A last line without its newline (a
    /// killed session's, never acknowledged) is dropped.
    func rewriteJournal() throws(Failure) {
        var bytes: [UInt8] = []
        let descriptor = fileSystem.open(journalPath, O_RDONLY | O_CLOEXEC, 0)
        if descriptor >= 0 {
            defer { _ = fileSystem.close(descriptor) }
            bytes = try readRange(descriptor, from: 0, to: nil, journalPath)
        } else if errno != ENOENT {
            throw cannotRead(journalPath, "the progress history")
        }
        var kept: [UInt8] = []
        var lines = 1
        let scan = bytes.withUnsafeBytes { raw in
            JournalScan(raw, memory: false) { _, range in
                kept += raw[range]
                lines += 1
            }
        }
        var memory = scan.header?.memory ?? [:]
        var older: [UInt8] = []
        if scan.header == nil, let document = state.document {
            // The document's progress came before every line of an older history.
            memory = document.memoryBeforeHistory
            for attempt in document.attempts ?? [] {
                older += try Self.encode(LearnerProgress.JournalEntry(attempt: attempt, memory: [:]), to: journalPath)
                older.append(0x0A)
                lines += 1
            }
        }
        if !scan.bad.isEmpty {
            let aside = try writeBadLines(scan.bad)
            notices.append(
                "\(journalPath): \(Self.count(scan.bad.count, "damaged line")) (\(Self.lineList(scan.bad))) "
                    + "moved to \(aside); \(Self.count(lines - 1, "answer")) kept")
        }
        let header = JournalHeader(generation: Self.randomHex(), memory: memory)
        try writeJournal(try Self.encode(header, to: journalPath) + [0x0A] + older + kept, header: header, lines: lines)
        try load()
    }

    /// Writes damaged lines, each after its line number and a tab, to a new side file beside the
    /// history, fsynced; returns its path.
    func writeBadLines(_ bad: [JournalScan.BadLine]) throws(Failure) -> String {
        let stamp = timeStamp()
        var text: [UInt8] = []
        for line in bad { text += Array("\(line.number)\t".utf8) + line.bytes + [0x0A] }
        for suffix in 1...100 {
            let aside = journalPath + ".damaged-" + stamp + (suffix == 1 ? "" : "-\(suffix)")
            let descriptor = fileSystem.open(aside, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor < 0 && errno == EEXIST { continue }
            guard descriptor >= 0 else { break }
            let written = writeAll(text, to: descriptor) && fileSystem.fsync(descriptor) == 0
            _ = fileSystem.close(descriptor)
            guard written else { break }
            syncFolder(Self.folder(of: path))
            return aside
        }
        throw Failure(
            description:
                "\(journalPath): damaged lines could not be moved aside (\(SystemFailure.last.reason)); it was left as it is"
        )
    }

    /// Replaces the history with `bytes` atomically, and records it as the history read.
    func writeJournal(_ bytes: [UInt8], header: JournalHeader, lines: Int) throws(Failure) {
        let status = try writeAtomically(bytes, to: journalPath)
        state.journalExists = true
        state.device = UInt64(status.st_dev)
        state.inode = UInt64(status.st_ino)
        state.offset = bytes.count
        state.lines = lines
        state.header = header
        state.checkpointBytes = 0
        state.badLines = []
    }

    /// Writes a whole file: a temporary file in the same folder, fsync, rename, fsync of the
    /// folder; a kill at any instant leaves the old file or the new one. Returns the new file's
    /// status (its identity).
    @discardableResult
    func writeAtomically(_ bytes: [UInt8], to target: String) throws(Failure) -> stat {
        let folder = Self.folder(of: target)
        let temporary = folder + "/.progress-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = fileSystem.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw Failure(description: "\(folder): cannot write the progress file: \(SystemFailure.last.reason)")
        }
        var status = stat()
        let written = writeAll(bytes, to: descriptor) && fileSystem.fsync(descriptor) == 0
        let identified = fileSystem.fstat(descriptor, &status) == 0
        _ = fileSystem.close(descriptor)
        guard written, identified, fileSystem.rename(temporary, target) == 0 else {
            let reason = SystemFailure.last.reason
            _ = fileSystem.unlink(temporary)
            throw Failure(description: "\(target): could not save progress (\(reason)); the previous file is intact")
        }
        syncFolder(folder)
        return status
    }

    /// Writes all of `bytes` (see `FileSystem.writeAll`).
    func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        fileSystem.writeAll(bytes, to: descriptor)
    }

    func syncFolder(_ folder: String) {
        let descriptor = fileSystem.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
        if descriptor >= 0 {
            _ = fileSystem.fsync(descriptor)
            _ = fileSystem.close(descriptor)
        }
    }

    /// Temporary files of sessions that were killed mid-save: their process is gone. Called by
    /// writers only, under the lock.
    func removeAbandonedTemporaryFiles() {
        let folder = Self.folder(of: path)
        for name in fileSystem.names(in: folder) ?? [] where name.hasPrefix(".progress-") && name.hasSuffix(".tmp") {
            let parts = name.split(separator: "-")
            guard parts.count >= 3, let pid = Int32(parts[1]), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { _ = fileSystem.unlink(folder + "/" + name) }
        }
    }
}
