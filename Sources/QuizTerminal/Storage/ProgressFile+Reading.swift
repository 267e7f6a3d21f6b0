import FoundationEssentials
import Glibc
import QuizCore

extension ProgressFile {
    /// Reads `progress.json` and the history into `progress` and `state`, from nothing.
    func load() throws(Failure) {
        var fresh = State()
        fresh.document = try readDocument()
        var loaded = LearnerProgress()
        var added = ProgressSummary()
        let descriptor = fileSystem.open(journalPath, O_RDONLY | O_CLOEXEC, 0)
        guard descriptor >= 0 else {
            guard errno == ENOENT else { throw cannotRead(journalPath, "the progress history") }
            // No history: an older version's document holds it all, or there is nothing yet.
            loaded.attempts = readsAttempts ? fresh.document?.attempts ?? [] : []
            loaded.memory = fresh.document?.memoryBeforeHistory ?? [:]
            (progress, state, summary) = (loaded, fresh, ProgressSummary(fresh.document?.attempts ?? []))
            return
        }
        defer { _ = fileSystem.close(descriptor) }
        let status = try identify(descriptor, journalPath)
        fresh.journalExists = true
        fresh.device = UInt64(status.st_dev)
        fresh.inode = UInt64(status.st_ino)
        let size = Int(status.st_size)
        fresh.size = size

        // The header decides: with one, the history is complete and a checkpoint of the same
        // generation may stand for its beginning; without one, it is an older version's, read
        // whole after the document's own attempts.
        let first = try readFirstLine(descriptor, size: size)
        fresh.header = first.flatMap { line in line.withUnsafeBytes { JournalScan.header($0) } }
        var start = 0
        var firstLine = 1
        if let header = fresh.header, let line = first {
            loaded.memory = header.memory
            start = line.count + 1
            firstLine = 2
            if let checkpoint = fresh.document?.checkpoint, checkpoint.generation == header.generation,
                checkpoint.bytes >= start, checkpoint.bytes <= size, checkpoint.lines >= 1,
                try endsALine(descriptor, at: checkpoint.bytes)
            {
                loaded.memory = checkpoint.memory
                added = checkpoint.summary
                fresh.checkpointBytes = checkpoint.bytes
                if readsAttempts {
                    // Only the attempts of the lines the checkpoint stands for: their memory is in it.
                    let folded = try readRange(descriptor, from: start, to: checkpoint.bytes, journalPath)
                    let scan = scanLines(
                        folded, offset: start, firstLine: 2, memory: false, into: &loaded, summary: &added)
                    fresh.badLines += scan.bad
                }
                start = checkpoint.bytes
                firstLine = checkpoint.lines + 1
            }
        } else {
            loaded.attempts = readsAttempts ? fresh.document?.attempts ?? [] : []
            loaded.memory = fresh.document?.memoryBeforeHistory ?? [:]
            added = ProgressSummary(fresh.document?.attempts ?? [])
        }
        let rest = try readRange(descriptor, from: start, to: nil, journalPath)
        let scan = scanLines(rest, offset: start, firstLine: firstLine, memory: true, into: &loaded, summary: &added)
        fresh.badLines += scan.bad
        fresh.offset = start + scan.end
        fresh.lines = firstLine - 1 + scan.lines
        fresh.size = max(size, fresh.offset)
        (progress, state, summary) = (loaded, fresh, added)
    }

    /// Applies the entries of `bytes` to `progress`: their attempts when attempts are kept, and
    /// unless the lines are those a checkpoint stands for (`memory` false), their memory and
    /// their attempts to `summary`.
    func scanLines(
        _ bytes: [UInt8], offset: Int, firstLine: Int, memory: Bool, into progress: inout LearnerProgress,
        summary: inout ProgressSummary
    ) -> JournalScan {
        let keepAttempts = readsAttempts
        return bytes.withUnsafeBytes { raw in
            JournalScan(raw, offset: offset, firstLine: firstLine, memory: memory) { entry, _ in
                if keepAttempts { progress.attempts.append(entry.attempt) }
                guard memory else { return }
                summary.add(entry.attempt)
                for (key, value) in entry.memory { progress.memory[key] = value }
            }
        }
    }

    /// `progress.json`, or nil when there is none. Throws for a file that cannot be read, one
    /// from a newer version, and (with its path as `damagedPath`) one that is not a progress file.
    func readDocument() throws(Failure) -> ProgressDocument? {
        let descriptor = fileSystem.open(path, O_RDONLY | O_CLOEXEC, 0)
        guard descriptor >= 0 else {
            guard errno == ENOENT else { throw cannotRead(path, "the progress file") }
            return nil
        }
        defer { _ = fileSystem.close(descriptor) }
        let status = try identify(descriptor, path)
        guard (status.st_mode & S_IFMT) == S_IFREG else { throw cannotRead(path, "the progress file", code: EISDIR) }
        let bytes = try readRange(descriptor, from: 0, to: nil, path)
        if let document = bytes.withUnsafeBytes({ JournalLine.decodeDocument($0) }) { return document }
        let data = Data(bytes)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        struct Version: Decodable { var schemaVersion: Int }
        if let version = try? decoder.decode(Version.self, from: data),
            version.schemaVersion > ProgressDocument.schemaVersion
        {
            throw Failure(
                description:
                    "\(path): the progress file is from a newer version of quiz (schema \(version.schemaVersion)); it was left as it is"
            )
        }
        guard let document = try? decoder.decode(ProgressDocument.self, from: data),
            document.schemaVersion >= 1,
            document.schemaVersion == ProgressDocument.schemaVersion || document.attempts != nil
        else {
            throw Failure(
                description: "\(path): the progress file is damaged or not a progress file; it was left as it is",
                damagedPath: path)
        }
        return document
    }

    /// A read that failed: never taken for an empty file.
    func cannotRead(_ file: String, _ what: String, code: Int32 = errno) -> Failure {
        Failure(
            description: "\(file): cannot read \(what) (\(SystemFailure(code: code).reason)); it was left as it is")
    }

    func identify(_ descriptor: Int32, _ file: String) throws(Failure) -> stat {
        var status = stat()
        guard fileSystem.fstat(descriptor, &status) == 0 else { throw cannotRead(file, "the progress history") }
        return status
    }

    /// The first line of the history, without its newline; nil when it has no whole line.
    func readFirstLine(_ descriptor: Int32, size: Int) throws(Failure) -> [UInt8]? {
        var length = 4_096
        while true {
            let bytes = try readRange(descriptor, from: 0, to: min(size, length), journalPath)
            if let newline = bytes.firstIndex(of: 0x0A) { return Array(bytes[..<newline]) }
            if bytes.count < length { return nil }
            length *= 4
        }
    }

    /// Whether the byte before `offset` ends a line.
    func endsALine(_ descriptor: Int32, at offset: Int) throws(Failure) -> Bool {
        try readRange(descriptor, from: offset - 1, to: offset, journalPath) == [0x0A]
    }

    /// Bytes `start..<end` of a file (to its end when `end` is nil, however it grows), through
    /// interrupts; a read error throws.
    func readRange(_ descriptor: Int32, from start: Int, to end: Int?, _ file: String) throws(Failure) -> [UInt8] {
        var status = stat()
        let size = fileSystem.fstat(descriptor, &status) == 0 ? Int(status.st_size) : start
        var bytes = [UInt8](repeating: 0, count: max(0, (end ?? size) - start) + (end == nil ? 1 : 0))
        var filled = 0
        while end.map({ start + filled < $0 }) ?? true {
            if filled == bytes.count { bytes += [UInt8](repeating: 0, count: max(1 << 16, bytes.count / 2)) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                fileSystem.pread(descriptor, buffer.baseAddress! + filled, buffer.count - filled, off_t(start + filled))
            }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { throw cannotRead(file, file == path ? "the progress file" : "the progress history") }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }
}
