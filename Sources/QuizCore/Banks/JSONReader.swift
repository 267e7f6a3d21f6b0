/// Reads JSON (RFC 8259) into a `Node` tree, remembering the line and column of every value.
///
/// Foundation's `JSONSerialization` forgets positions, and diagnostics need them, so this is a
/// small hand-written parser over the file's bytes. The input must already be valid UTF-8.
struct JSONReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let maxDepth: Int
    private let maxItems: Int
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    /// UTF-8 continuation bytes seen since `lineStart`, so columns count scalars, not bytes.
    private var continuationBytes = 0
    private var depth = 0

    static func read(_ bytes: UnsafeBufferPointer<UInt8>, limits: BankLimits) throws(SyntaxError) -> Node {
        var reader = JSONReader(bytes: bytes, maxDepth: limits.maxDepth, maxItems: limits.maxItems)
        reader.skipWhitespace()
        guard reader.offset < bytes.count else {
            throw SyntaxError(message: "the file holds no JSON value", location: reader.location)
        }
        let root = try reader.value()
        reader.skipWhitespace()
        if reader.offset < bytes.count {
            throw reader.error("unexpected text after the end of the JSON document")
        }
        return root
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int, maxItems: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
        self.maxItems = maxItems
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }  // a byte-order mark
    }

    private var location: SourceLocation {
        SourceLocation(line: line, column: offset - lineStart - continuationBytes + 1)
    }

    private func error(_ message: String) -> SyntaxError {
        SyntaxError(message: "JSON syntax: \(message)", location: location)
    }

    private func describeCurrent() -> String {
        guard offset < bytes.count else { return "the end of the file" }
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                offset += 1
            case UInt8(ascii: "\n"):
                offset += 1
                line += 1
                lineStart = offset
                continuationBytes = 0
            default:
                return
            }
        }
    }

    private mutating func value() throws(SyntaxError) -> Node {
        let start = location
        guard offset < bytes.count else { throw error("expected a value, found the end of the file") }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try object(start)
        case UInt8(ascii: "["): return try array(start)
        case UInt8(ascii: "\""): return Node(.scalar(.init(text: try string(), isQuoted: true)), at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return Node(.scalar(.init(text: try number(), isQuoted: false)), at: start)
        default:
            for word in ["true", "false", "null"] where matches(word) {
                offset += word.utf8.count
                return Node(.scalar(.init(text: word, isQuoted: false)), at: start)
            }
            throw error("expected a value, found \(describeCurrent())")
        }
    }

    private func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        for index in 0..<count where bytes[offset + index] != word.utf8Start[index] { return false }
        return true
    }

    private func matches(_ word: String) -> Bool {
        var index = offset
        for unit in word.utf8 {
            guard index < bytes.count, bytes[index] == unit else { return false }
            index += 1
        }
        return true
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > maxDepth { throw error("arrays and objects are nested more than \(maxDepth) levels deep") }
    }

    private mutating func object(_ start: SourceLocation) throws(SyntaxError) -> Node {
        try enter()
        offset += 1
        var entries: [Node.Entry] = []
        skipWhitespace()
        if offset < bytes.count && bytes[offset] == UInt8(ascii: "}") {
            offset += 1
            depth -= 1
            return Node(.mapping(entries), at: start)
        }
        while true {
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
                throw error("expected a key in double quotes, found \(describeCurrent())")
            }
            let keyLocation = location
            let key = try string()
            skipWhitespace()
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
                throw error("expected ':' after the key \"\(key)\", found \(describeCurrent())")
            }
            offset += 1
            skipWhitespace()
            guard entries.count < maxItems else {
                throw SyntaxError(
                    message: "the object that starts at \(start) holds more than \(maxItems) items",
                    location: keyLocation)
            }
            entries.append(Node.Entry(key: key, keyLocation: keyLocation, value: try value()))
            skipWhitespace()
            guard offset < bytes.count else { throw error("the object opened at \(start) is never closed") }
            if bytes[offset] == UInt8(ascii: ",") {
                offset += 1
            } else if bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                depth -= 1
                return Node(.mapping(entries), at: start)
            } else {
                throw error("expected ',' or '}' in the object, found \(describeCurrent())")
            }
        }
    }

    private mutating func array(_ start: SourceLocation) throws(SyntaxError) -> Node {
        try enter()
        offset += 1
        var items: [Node] = []
        skipWhitespace()
        if offset < bytes.count && bytes[offset] == UInt8(ascii: "]") {
            offset += 1
            depth -= 1
            return Node(.sequence(items), at: start)
        }
        while true {
            skipWhitespace()
            guard items.count < maxItems else {
                throw error("the array that starts at \(start) holds more than \(maxItems) items")
            }
            items.append(try value())
            skipWhitespace()
            guard offset < bytes.count else { throw error("the array opened at \(start) is never closed") }
            if bytes[offset] == UInt8(ascii: ",") {
                offset += 1
            } else if bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                depth -= 1
                return Node(.sequence(items), at: start)
            } else {
                throw error("expected ',' or ']' in the array, found \(describeCurrent())")
            }
        }
    }

    private mutating func number() throws(SyntaxError) -> String {
        let start = offset
        if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        func digits(_ reader: inout JSONReader) -> Int {
            let first = reader.offset
            while reader.offset < reader.bytes.count,
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(reader.bytes[reader.offset])
            {
                reader.offset += 1
            }
            return reader.offset - first
        }
        let integerStart = offset
        guard digits(&self) > 0 else { throw error("expected digits in a number, found \(describeCurrent())") }
        if bytes[integerStart] == UInt8(ascii: "0") && offset - integerStart > 1 {
            offset = integerStart
            throw error("a number may not start with 0")
        }
        if offset < bytes.count && bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            guard digits(&self) > 0 else { throw error("expected digits after the decimal point") }
        }
        if offset < bytes.count && (bytes[offset] | 0x20) == UInt8(ascii: "e") {
            offset += 1
            if offset < bytes.count && (bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-")) {
                offset += 1
            }
            guard digits(&self) > 0 else { throw error("expected digits in the exponent") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
    }

    private mutating func string() throws(SyntaxError) -> String {
        offset += 1  // the opening quote
        let start = offset
        // Fast path: no escapes, the usual case.
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
                offset += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error("a control character must be escaped inside a string") }
            if byte & 0xC0 == 0x80 { continuationBytes += 1 }
            offset += 1
        }
        var scalars = Array(bytes[start..<offset])
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return String(decoding: scalars, as: UTF8.self)
            case UInt8(ascii: "\\"):
                offset += 1
                guard offset < bytes.count else { break }
                let escaped = bytes[offset]
                offset += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escaped)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"):
                    var value = try hex4()
                    if (0xD800..<0xDC00).contains(value), matches("\\u") {
                        offset += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else {
                            throw error("an unpaired surrogate in a \\u escape")
                        }
                        value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(value) else {
                        throw error("an unpaired surrogate in a \\u escape")
                    }
                    scalars.append(contentsOf: String(Character(scalar)).utf8)
                default:
                    offset -= 2  // point at the backslash
                    throw error("unknown escape \\\(Character(Unicode.Scalar(escaped)))")
                }
            default:
                if byte < 0x20 { throw error("a control character must be escaped inside a string") }
                if byte & 0xC0 == 0x80 { continuationBytes += 1 }
                scalars.append(byte)
                offset += 1
            }
        }
        throw error("a string is never closed")
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw error("expected four hex digits after \\u") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Character(Unicode.Scalar(bytes[offset])).hexDigitValue else {
                throw error("expected four hex digits after \\u")
            }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }
}
