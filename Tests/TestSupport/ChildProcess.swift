import Dispatch
import Foundation

/// Runs a program the way a script would: arguments in; standard output, standard error and
/// how it ended out.
public enum ChildProcess {
    public struct Result: Sendable {
        /// The exit status, or the number of the signal that ended the program.
        public var status: Int32
        /// Whether a signal ended the program (then `status` is the signal's number).
        public var wasSignalled: Bool
        /// Whether the program was still running at the deadline, and was killed.
        public var timedOut: Bool
        public var output: String
        public var errors: String

        /// The non-empty lines of standard output.
        public var lines: [String] {
            output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
        }
    }

    /// Runs `executable` to the end, or kills it at the deadline.
    ///
    /// Both output streams go to files, so that neither can fill up and stall the program while
    /// the other is read, and the wait can end at a deadline. Standard input is closed, or holds
    /// `input`.
    ///
    /// - Parameters:
    ///   - deadline: Seconds of wall-clock time before the program is killed: a guard against a
    ///     hang, far above what any healthy run takes, however loaded the machine.
    /// - Throws: When the program cannot be started or its output read.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
        directory: URL? = nil, input: String? = nil, deadline: Double = 120
    ) throws -> Result {
        let folder = try TemporaryFolder("quiz-child")
        defer { folder.remove() }
        let outputFile = folder.file("stdout")
        let errorFile = folder.file("stderr")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputFile)
        let errors = try FileHandle(forWritingTo: errorFile)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        process.standardOutput = output
        process.standardError = errors
        let inputPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        try process.run()
        try output.close()
        try errors.close()
        if let input {
            // Small inputs fit the pipe's buffer; write, then close so the child sees the end.
            inputPipe.fileHandleForWriting.write(Data(input.utf8))
            try inputPipe.fileHandleForWriting.close()
        }
        let timedOut = ended.wait(timeout: .now() + deadline) == .timedOut
        if timedOut {
            kill(process.processIdentifier, SIGKILL)
            ended.wait()
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, wasSignalled: process.terminationReason == .uncaughtSignal,
            timedOut: timedOut, output: String(decoding: try Data(contentsOf: outputFile), as: UTF8.self),
            errors: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
    }
}

/// The id of a process that has ended (`/bin/true`, run and waited for): what a killed
/// session's leftover files are named after.
public func endedProcessID() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
}
