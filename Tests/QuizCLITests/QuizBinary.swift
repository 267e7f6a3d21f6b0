import Foundation
import TestSupport

/// Runs the built `quiz` binary the way a script would: arguments in, standard output, standard
/// error and exit status out, standard input closed.
enum QuizBinary {
    typealias Result = ChildProcess.Result

    /// The repository root: the working folder of a run, so that the bundled banks are found.
    static var repository: URL { Repository.root }

    /// The binary beside the test bundle in the build folder.
    static let path = BuildFolder.executable("quiz")

    /// Puts the binary at `destination`: a hard link where possible, else a copy made by `cp`.
    ///
    /// The copy is written by a child process, not through a descriptor of this one: a process
    /// that another test spawned meanwhile would inherit such a descriptor, and running the copy
    /// would then fail with "text file busy". Once `cp` has exited, nothing holds the file open.
    static func install(at destination: String) throws {
        if link(path, destination) == 0 { return }
        let copy = try ChildProcess.run("/bin/cp", [path, destination])
        guard copy.status == 0, !copy.wasSignalled else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "cp: \(copy.errors)"])
        }
    }

    static func run(
        _ arguments: [String], executable: String = path, environment: [String: String] = [:],
        directory: URL = Repository.root, input: String? = nil
    ) throws -> Result {
        var base = ProcessInfo.processInfo.environment
        base["QUIZ_BANKS"] = nil
        // The quiz cache stays out of the user's home: a test that wants it gives its own folder.
        if environment["HOME"] == nil && environment["XDG_CACHE_HOME"] == nil { base["QUIZ_CACHE"] = "off" }
        return try ChildProcess.run(
            executable, arguments, environment: base.merging(environment) { $1 }, directory: directory, input: input)
    }
}
