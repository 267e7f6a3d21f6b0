import FoundationEssentials
import Glibc

/// The system calls the progress file makes, behind a seam: `PosixFileSystem` makes them, and
/// a test can put a recorder or a fault in between (the order of writes and fsyncs, a lock that
/// fails, a read error). Each returns what the system call returns, with `errno` set on failure.
package protocol FileSystem: AnyObject {
    func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32
    func close(_ descriptor: Int32) -> Int32
    func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int
    func pread(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int, _ offset: off_t) -> Int
    func write(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int
    func lseek(_ descriptor: Int32, _ offset: off_t, _ whence: Int32) -> off_t
    func ftruncate(_ descriptor: Int32, _ length: off_t) -> Int32
    func fsync(_ descriptor: Int32) -> Int32
    func fstat(_ descriptor: Int32, _ status: inout stat) -> Int32
    func flock(_ descriptor: Int32, _ operation: Int32) -> Int32
    func mkdir(_ path: String, _ mode: mode_t) -> Int32
    func rename(_ from: String, _ to: String) -> Int32
    func unlink(_ path: String) -> Int32
    func access(_ path: String, _ mode: Int32) -> Int32
    /// The names in a folder, nil when it cannot be listed.
    func names(in folder: String) -> [String]?
}

extension FileSystem {
    /// Writes all of `bytes`, through short writes and interrupts; `false` on an error.
    package func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
    }
}

/// The real system calls.
package final class PosixFileSystem: FileSystem, Sendable {
    package static let shared = PosixFileSystem()

    package init() {}

    package func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { Glibc.open(path, flags, mode) }
    package func close(_ descriptor: Int32) -> Int32 { Glibc.close(descriptor) }
    package func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        Glibc.read(descriptor, buffer, count)
    }
    package func pread(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int, _ offset: off_t) -> Int {
        Glibc.pread(descriptor, buffer, count, offset)
    }
    package func write(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        Glibc.write(descriptor, buffer, count)
    }
    package func lseek(_ descriptor: Int32, _ offset: off_t, _ whence: Int32) -> off_t {
        Glibc.lseek(descriptor, offset, whence)
    }
    package func ftruncate(_ descriptor: Int32, _ length: off_t) -> Int32 { Glibc.ftruncate(descriptor, length) }
    package func fsync(_ descriptor: Int32) -> Int32 { Glibc.fsync(descriptor) }
    package func fstat(_ descriptor: Int32, _ status: inout stat) -> Int32 { Glibc.fstat(descriptor, &status) }
    package func flock(_ descriptor: Int32, _ operation: Int32) -> Int32 { lockFile(descriptor, operation) }
    package func mkdir(_ path: String, _ mode: mode_t) -> Int32 { Glibc.mkdir(path, mode) }
    package func rename(_ from: String, _ to: String) -> Int32 { Glibc.rename(from, to) }
    package func unlink(_ path: String) -> Int32 { Glibc.unlink(path) }
    package func access(_ path: String, _ mode: Int32) -> Int32 { Glibc.access(path, mode) }
    package func names(in folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}

/// `flock(2)`, by a name the method of the same name does not hide.
private func lockFile(_ descriptor: Int32, _ operation: Int32) -> Int32 { flock(descriptor, operation) }

/// A system call that failed: what was being done, to which file, and `strerror`'s reason.
package struct SystemFailure: Error {
    package var code: Int32

    /// The failure the last system call left in `errno`.
    package static var last: SystemFailure { SystemFailure(code: errno) }

    package var reason: String { String(cString: strerror(code)) }
}
