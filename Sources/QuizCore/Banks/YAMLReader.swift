import CLibYAML

/// Reads YAML into a `Node` tree with libyaml's event parser.
///
/// Working from events rather than a composed document keeps the reader fast, lets it count the
/// nodes that aliases stand for (so an alias bomb is refused before anything expands it), and
/// bounds nesting without recursion.
enum YAMLReader {
    /// A list or mapping still being read.
    private struct Frame {
        var isMapping: Bool
        var location: SourceLocation
        var anchor: String?
        var items: [Node] = []
        var entries: [Node.Entry] = []
        var pendingKey: (String, SourceLocation)?
        /// Nodes in this subtree, aliases counted at their full size.
        var size = 1
    }

    static func read(_ bytes: UnsafeBufferPointer<UInt8>, limits: BankLimits) throws(SyntaxError) -> Node {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw SyntaxError(message: "the YAML parser could not start (out of memory)", location: .start)
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)

        var stack: [Frame] = []
        var anchors: [String: (node: Node, size: Int)] = [:]
        var root: Node?
        var documents = 0
        var aliasNodes = 0
        var event = yaml_event_t()

        // Adds a finished node to its parent, or makes it the root.
        func attach(_ node: Node, size: Int, anchor: String?) throws(SyntaxError) {
            if let anchor { anchors[anchor] = (node, size) }
            guard !stack.isEmpty else {
                root = node
                return
            }
            stack[stack.count - 1].size += size
            let count = stack[stack.count - 1].items.count + stack[stack.count - 1].entries.count
            if count >= limits.maxItems {
                let frame = stack[stack.count - 1]
                throw SyntaxError(
                    message:
                        "the \(frame.isMapping ? "mapping" : "list") that starts at \(frame.location) holds more than \(limits.maxItems) items",
                    location: node.location)
            }
            if stack[stack.count - 1].isMapping {
                if let (key, keyLocation) = stack[stack.count - 1].pendingKey {
                    stack[stack.count - 1].entries.append(.init(key: key, keyLocation: keyLocation, value: node))
                    stack[stack.count - 1].pendingKey = nil
                } else if case .scalar(let scalar) = node.content {
                    stack[stack.count - 1].pendingKey = (scalar.text, node.location)
                } else {
                    throw SyntaxError(
                        message: "a mapping key must be plain text, not \(node.shapeName)", location: node.location)
                }
            } else {
                stack[stack.count - 1].items.append(node)
            }
        }

        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw syntaxError(parser, bytes)
            }
            defer { yaml_event_delete(&event) }
            let location = SourceLocation(
                line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                guard let root else {
                    throw SyntaxError(message: "the file holds no YAML document", location: location)
                }
                return root
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw SyntaxError(
                        message: "a bank file holds one YAML document; found a second one", location: location)
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = String(
                    decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                let quoted = scalar.style != YAML_PLAIN_SCALAR_STYLE || scalar.tag != nil
                try attach(
                    Node(.scalar(.init(text: text, isQuoted: quoted)), at: location), size: 1,
                    anchor: string(scalar.anchor))
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                guard stack.count < limits.maxDepth else {
                    throw SyntaxError(
                        message: "lists and mappings are nested more than \(limits.maxDepth) levels deep",
                        location: location)
                }
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor =
                    isMapping ? string(event.data.mapping_start.anchor) : string(event.data.sequence_start.anchor)
                stack.append(Frame(isMapping: isMapping, location: location, anchor: anchor))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let frame = stack.removeLast()
                let node = Node(frame.isMapping ? .mapping(frame.entries) : .sequence(frame.items), at: frame.location)
                try attach(node, size: frame.size, anchor: frame.anchor)
            case YAML_ALIAS_EVENT:
                let name = string(event.data.alias.anchor) ?? ""
                guard let (node, size) = anchors[name] else {
                    throw SyntaxError(
                        message: "the alias *\(name) names no anchor defined before it", location: location)
                }
                aliasNodes += size
                if aliasNodes > limits.maxAliasNodes {
                    throw SyntaxError(
                        message:
                            "aliases expand to more than \(limits.maxAliasNodes) nodes; this looks like an alias bomb",
                        location: location)
                }
                try attach(Node(node.content, at: location), size: size, anchor: nil)
            default:
                break  // stream start, document end
            }
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<UInt8>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func syntaxError(_ parser: yaml_parser_t, _ bytes: UnsafeBufferPointer<UInt8>) -> SyntaxError {
        var problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        if problem.hasPrefix("Maximum nesting level") {
            // libyaml's own bound (1000 levels, in releases after 0.2.5), met before ours when its
            // scanner runs ahead.
            problem = "lists and mappings are nested too deeply"
        }
        let context = parser.context.map { String(cString: $0) }
        let location: SourceLocation
        if parser.error == YAML_READER_ERROR {
            // The reader gives a byte offset, not a line and column.
            location = ByteChecks.location(of: min(Int(parser.problem_offset), bytes.count), in: bytes)
        } else {
            let mark = parser.problem_mark
            location = SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }
        let message = context.map { "\(problem) \($0)" } ?? problem
        return SyntaxError(message: "YAML syntax: \(message)", location: location)
    }
}
