/// The notation a bank file is written in.
public enum BankFormat: String, Sendable, Hashable, CaseIterable {
    case yaml, json

    /// The format a file name implies: `.yaml`/`.yml` or `.json`; `nil` for anything else.
    public init?(fileName: String) {
        let lowered = fileName.lowercased()
        if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") {
            self = .yaml
        } else if lowered.hasSuffix(".json") {
            self = .json
        } else {
            return nil
        }
    }
}

/// What loading a bank produced: the record when the file had no errors, and every diagnostic.
public struct LoadedBank: Sendable {
    /// The record; `nil` when any error was found.
    public var record: Record?
    /// The errors and warnings, in file order, each carrying the path. Past
    /// `RecordDecoder.maxDiagnostics` problems in the items themselves, the reading stops and a
    /// last error says so.
    public var diagnostics: [Diagnostic]
    /// How many items of each kind the file holds (those that could be read), even when it has
    /// errors; `nil` when it could not be parsed at all.
    public var counts: Record.Counts?

    /// Creates a result; loaders outside the core use it for files they could not read.
    public init(record: Record?, diagnostics: [Diagnostic], counts: Record.Counts?) {
        self.record = record
        self.diagnostics = diagnostics
        self.counts = counts
    }

    /// Whether the file is meant as a bank: it could not be parsed (a bank with a syntax error),
    /// or its top level names at least one of a bank's keys. A progress file or some other
    /// document beside the banks is not, and a folder listing passes over it quietly.
    public var isMeantAsBank = true

    /// Whether the bank can be used.
    public var isUsable: Bool { record != nil }
}

/// Turns the bytes of a bank file into a validated `Record`.
///
/// The loader never touches the file system: the caller reads the bytes (within
/// `BankLimits.maxBytes`) and passes them in with the path to show in diagnostics.
public enum BankLoader {
    /// Parses and validates a bank.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - format: YAML or JSON.
    ///   - path: The path to print in diagnostics.
    ///   - limits: Bounds for untrusted input.
    /// - Returns: The record, if it has no errors, and all diagnostics sorted by position.
    public static func load(
        _ bytes: some Collection<UInt8>, format: BankFormat, path: String, limits: BankLimits = .standard
    ) -> LoadedBank {
        var diagnostics =
            bytes.withContiguousStorageIfAvailable { buffer in
                validate(buffer, format: format, limits: limits)
            } ?? Array(bytes).withUnsafeBufferPointer { validate($0, format: format, limits: limits) }
        for index in diagnostics.diagnostics.indices { diagnostics.diagnostics[index].path = path }
        return diagnostics
    }

    private static func validate(_ buffer: UnsafeBufferPointer<UInt8>, format: BankFormat, limits: BankLimits)
        -> LoadedBank
    {
        if let problem = ByteChecks.problem(in: buffer, limits: limits) {
            return LoadedBank(record: nil, diagnostics: [problem], counts: nil)
        }
        let root: Node
        do {
            switch format {
            case .yaml: root = try YAMLReader.read(buffer, limits: limits)
            case .json: root = try JSONReader.read(buffer, limits: limits)
            }
        } catch {
            return LoadedBank(record: nil, diagnostics: [.error(error.message, at: error.location)], counts: nil)
        }
        return validate(root)
    }

    /// Reads and checks an already parsed tree.
    static func validate(_ root: Node) -> LoadedBank {
        var decoder = RecordDecoder()
        let record = decoder.record(root)
        var diagnostics = decoder.diagnostics
        if decoder.unreported == 0 {
            diagnostics += CrossReferences.check(declarations: decoder.declarations, references: decoder.references)
            if let record, !diagnostics.hasErrors { diagnostics += decoder.linkWarnings(record) }
        }
        diagnostics = diagnostics.sortedByLocation()
        if decoder.unreported > 0 {
            diagnostics.append(
                .error(
                    "too many problems: stopped after the first \(RecordDecoder.maxDiagnostics); fix these first",
                    at: diagnostics.last?.location ?? .start))
        }
        var loaded = LoadedBank(
            record: diagnostics.hasErrors ? nil : record, diagnostics: diagnostics, counts: record?.counts)
        if case .mapping(let entries) = root.content {
            loaded.isMeantAsBank = entries.contains { RecordDecoder.recordKeys.contains($0.key) }
        } else {
            loaded.isMeantAsBank = false
        }
        return loaded
    }
}
