import Foundation
import Glibc

/// A folder on a disk-backed file system, for measuring what saving costs: on tmpfs (where
/// temporary folders often live) fsync returns at once.
enum DiskFolder {
    /// The first of `candidates` (created when missing) whose file system is not held in memory,
    /// with the name of that file system ("ext4", "overlay", "xfs"…).
    static func pick(_ candidates: [String]) -> (path: String, fileSystem: String)? {
        for candidate in candidates {
            guard
                (try? FileManager.default.createDirectory(atPath: candidate, withIntermediateDirectories: true)) != nil
            else { continue }
            let type = fileSystem(of: candidate)
            if !["tmpfs", "ramfs"].contains(type) { return (candidate, type) }
        }
        return nil
    }

    /// The type of the file system holding `path`: the mount with the longest mount point that
    /// contains it, from /proc/self/mounts.
    static func fileSystem(of path: String) -> String {
        guard let resolved = realpath(path, nil) else { return "unknown" }
        let absolute = String(cString: resolved)
        free(resolved)
        guard let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else { return "unknown" }
        var best: (length: Int, type: String)?
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let point = String(fields[1]).replacingOccurrences(of: "\\040", with: " ")
            let inside = point == "/" || absolute == point || absolute.hasPrefix(point + "/")
            if inside, point.count >= (best?.length ?? -1) { best = (point.count, String(fields[2])) }
        }
        return best?.type ?? "unknown"
    }
}
