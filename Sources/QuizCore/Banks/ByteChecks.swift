/// Checks on the raw bytes of an untrusted file, before any parser sees them: size, binary
/// content and encoding. Each is a single pass and stops at the first problem.
enum ByteChecks {
    static func problem(in bytes: UnsafeBufferPointer<UInt8>, limits: BankLimits) -> Diagnostic? {
        if bytes.count > limits.maxBytes {
            return .error(
                "the file is \(megabytes(bytes.count)); bank files are limited to \(megabytes(limits.maxBytes))",
                at: .start)
        }
        if let offset = bytes.firstIndex(of: 0) {
            return .error(
                "this is a binary file, not a bank: it contains a NUL byte", at: location(of: offset, in: bytes))
        }
        if let offset = firstInvalidUTF8(bytes) {
            return .error("the file is not valid UTF-8 (save it as UTF-8)", at: location(of: offset, in: bytes))
        }
        return nil
    }

    static func megabytes(_ count: Int) -> String {
        let tenths = (count * 10 + (1 << 19)) >> 20
        return "\(tenths / 10).\(tenths % 10) MiB"
    }

    /// The line and column of a byte offset, counting columns in scalars.
    static func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        var line = 1
        var column = 1
        for byte in bytes[..<offset] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(line: line, column: column)
    }

    /// The offset of the first byte that is not part of well-formed UTF-8, or `nil`.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                upper = 0x9F
            case 0xF0:
                length = 4
                lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                upper = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= lower && second <= upper else { return index }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }
}
