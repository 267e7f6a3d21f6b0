import ArgumentParser
import FoundationEssentials
import Glibc

/// How quiz words the errors that end a command: one style, `quiz: …`, for its own and the
/// argument parser's.
extension Quiz {
    /// A usage error as the parser words it, in quiz's form: `quiz: the value 'abc' is invalid
    /// for '--count <count>'`, then the parser's help and usage lines.
    static func usageMessage(for error: any Error) -> String {
        var message = fullMessage(for: error)
        if message.hasPrefix("Error: ") {
            message.removeFirst("Error: ".count)
            // "The value…", "Missing expected argument…": a sentence of the parser's, lower-cased
            // to read as quiz's own; an option or a name keeps its case.
            let first = message.unicodeScalars.prefix(2)
            if first.count == 2, first.allSatisfy({ $0.properties.isAlphabetic }),
                first.last!.properties.isLowercase
            {
                message = message.prefix(1).lowercased() + message.dropFirst()
            }
        }
        return "quiz: " + message
    }

    /// Why a command failed, in words a person can act on: for a failed file operation, the
    /// file and what the system says ("x.gift: Permission denied"); otherwise the error's own
    /// description.
    static func reason(_ error: any Error) -> String {
        if let cocoa = error as? CocoaError, let why = systemReason(cocoa) {
            return (cocoa.filePath.map { "\($0): " } ?? "") + why
        }
        return message(for: error)
    }

    /// What the system said of a failed file operation ("Permission denied"), when it said.
    static func systemReason(_ error: any Error) -> String? {
        guard let posix = (error as? CocoaError)?.userInfo["NSUnderlyingError"] as? POSIXError else { return nil }
        return String(cString: strerror(posix.code.rawValue))
    }
}
