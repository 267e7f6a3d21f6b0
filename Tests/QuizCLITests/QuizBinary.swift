import Foundation

/// Runs the built `quiz` binary the way a script would: arguments in, standard output, standard
/// error and exit status out, standard input closed.
struct QuizBinary {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
        var lines: [String] {
            output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
        }
    }

    /// The repository root, found from this file.
    static let repository: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            folder = folder.deletingLastPathComponent()
        }
        return folder
    }()

    /// The binary beside the test bundle in the build folder.
    static let path: String = {
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("quiz").path),
            folder.path != "/"
        {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("quiz").path
    }()

    /// Puts the binary at `path`: a hard link where possible. A copy is written through a file
    /// descriptor that a process spawned meanwhile by another test can inherit, and then running
    /// it fails with "text file busy".
    static func install(at destination: String) throws {
        if link(path, destination) == 0 { return }
        try FileManager.default.copyItem(atPath: path, toPath: destination)
        usleep(200_000)  // let any child that inherited the write descriptor reach exec
    }

    static func run(
        _ arguments: [String], executable: String = path, environment: [String: String] = [:],
        directory: URL = repository, input: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var base = ProcessInfo.processInfo.environment
        base["QUIZ_BANKS"] = nil
        process.environment = base.merging(environment) { $1 }
        let output = Pipe()
        // Standard error goes to a file, so that neither stream can fill up while the other is read.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "quiz-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errors = try FileHandle(forWritingTo: errorFile)
        process.standardOutput = output
        process.standardError = errors
        let inputPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        try process.run()
        if let input {
            // Small inputs fit the pipe's buffer; write, then close so the child sees the end.
            inputPipe.fileHandleForWriting.write(Data(input.utf8))
            try inputPipe.fileHandleForWriting.close()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errors.close()
        let errorText = String(decoding: try Data(contentsOf: errorFile), as: UTF8.self)
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self), errors: errorText)
    }
}
