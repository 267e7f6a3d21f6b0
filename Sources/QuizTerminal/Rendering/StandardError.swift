import FoundationEssentials
import Glibc

/// The standard error stream, written straight to its descriptor (unbuffered, as
/// `FileHandle.standardError` is, which full Foundation alone has).
package enum StandardError {
    /// Writes all of `data`, through short writes and interrupts; gives up on any other error.
    package static func write(_ data: Data) {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { return }
                offset += count
            }
        }
    }

    /// The one form of quiz's own error messages: `quiz: message`, on a line of its own. (A
    /// problem in a file keeps the form of a compiler's diagnostic, `path:line:column: error: …`.)
    package static func report(_ message: String) {
        write(Data(("quiz: " + message + "\n").utf8))
    }
}
