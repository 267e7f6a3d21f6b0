import FoundationEssentials
import Glibc
import QuizCore

/// Reading bank files from disk, safely: the size is checked before anything is read.
package enum BankFile {
    /// Why a file could not be read.
    package struct ReadError: Error, CustomStringConvertible {
        package var path: String
        package var reason: String
        package var description: String { "\(path): error: \(reason)" }
    }

    /// Reads a bank file and loads it.
    ///
    /// - Returns: The loaded bank; an unreadable or oversized file becomes a diagnostic too.
    package static func load(path: String, limits: BankLimits = .standard) -> LoadedBank {
        loadKeepingBytes(path: path, limits: limits).bank
    }

    /// Reads a bank file and loads it, and gives its bytes too (empty when it could not be read):
    /// what the quiz cache is keyed on.
    package static func loadKeepingBytes(path: String, limits: BankLimits = .standard)
        -> (bank: LoadedBank, bytes: [UInt8])
    {
        let format = BankFormat(fileName: path) ?? .yaml
        do {
            let bytes = try read(path: path, limit: limits.maxBytes)
            return (BankLoader.load(bytes, format: format, path: path, limits: limits), bytes)
        } catch {
            var diagnostic = Diagnostic.error(error.reason, at: .start)
            diagnostic.path = path
            return (LoadedBank(record: nil, diagnostics: [diagnostic], counts: nil), [])
        }
    }

    /// The file's bytes, refusing files larger than `limit` before reading them.
    package static func read(path: String, limit: Int) throws(ReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadError(path: path, reason: "cannot open: \(errorText(errno))") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw ReadError(path: path, reason: errorText(errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw ReadError(path: path, reason: "not a regular file") }
        let size = Int(status.st_size)
        if size > limit {
            throw ReadError(
                path: path,
                reason: "the file is \(megabytes(size)); bank files are limited to \(megabytes(limit))")
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + filled, size - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(path: path, reason: "cannot read: \(errorText(errno))")
            }
            if count == 0 { break }
            filled += count
        }
        return filled == size ? bytes : Array(bytes[..<filled])
    }

    private static func megabytes(_ count: Int) -> String {
        let tenths = (count * 10 + (1 << 19)) >> 20
        return "\(tenths / 10).\(tenths % 10) MiB"
    }

    private static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
