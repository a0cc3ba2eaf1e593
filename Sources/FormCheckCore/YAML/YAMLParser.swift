internal import CYAML

/// Parses one YAML document with libyaml's event API into a ``YAMLNode`` tree.
///
/// Every libyaml structure lives and dies inside ``parse(_:)``: the event strings
/// are copied into Swift values at once and each event is deleted before the next.
public enum YAMLParser {
    /// The root node of the single document in `file`, or `nil` for an empty stream.
    ///
    /// Throws a located ``YAMLError`` for a syntax error, a second document, an
    /// alias to an unknown anchor, nesting deeper than 512 levels, or aliases that
    /// would expand the document past 100,000 nodes.
    public static func parse(_ file: SourceFile) throws(YAMLError) -> YAMLNode? {
        try parse(file, limits: YAMLTreeBuilder.Limits())
    }

    static func parse(_ file: SourceFile, limits: YAMLTreeBuilder.Limits) throws(YAMLError) -> YAMLNode? {
        guard !file.bytes.isEmpty else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError(
                path: file.path, range: SourceRange(at: file.location(atOffset: 0)),
                message: "could not initialize the YAML parser")
        }
        defer { yaml_parser_delete(&parser) }

        let result: Result<YAMLNode?, YAMLError> = file.bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var reader = EventReader(file: file, builder: YAMLTreeBuilder(path: file.path, limits: limits))
            return Result { () throws(YAMLError) in try reader.run(&parser) }
        }
        return try result.get()
    }
}

/// Feeds libyaml events to a ``YAMLTreeBuilder`` until the stream ends.
private struct EventReader {
    let file: SourceFile
    var builder: YAMLTreeBuilder
    var documents = 0
    /// The last location computed, to count columns on from (see `SourceFile.location`).
    var lastLocation: SourceLocation?

    mutating func run(_ parser: inout yaml_parser_t) throws(YAMLError) -> YAMLNode? {
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw error(from: parser)
            }
            defer { yaml_event_delete(&event) }
            if event.type == YAML_STREAM_END_EVENT { return builder.root }
            try handle(event)
        }
    }

    private mutating func handle(_ event: yaml_event_t) throws(YAMLError) {
        let start = file.location(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1, after: lastLocation)
        let end = file.location(line: Int(event.end_mark.line) + 1, column: Int(event.end_mark.column) + 1, after: start)
        lastLocation = end
        let range = SourceRange(start: start, end: end)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw YAMLError(
                    path: file.path, range: range,
                    message: "a second YAML document starts here; this file must hold exactly one",
                    note: "remove the '---' line or split the documents into separate files")
            }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let scalar = YAMLScalar(
                string(data.value, length: data.length) ?? "",
                style: style(data.style),
                tag: string(data.tag))
            builder.scalar(scalar, range: range, anchor: string(data.anchor))
        case YAML_ALIAS_EVENT:
            try builder.alias(string(event.data.alias.anchor) ?? "", range: range)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            try builder.startCollection(
                mapping: false, flow: data.style == YAML_FLOW_SEQUENCE_STYLE,
                at: range, anchor: string(data.anchor))
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            try builder.startCollection(
                mapping: true, flow: data.style == YAML_FLOW_MAPPING_STYLE,
                at: range, anchor: string(data.anchor))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            builder.endCollection(at: range.end)
        default:
            break
        }
    }

    /// libyaml marks are 0-based lines and 0-based columns counting characters.
    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        file.location(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private func error(from parser: yaml_parser_t) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown YAML error"
        if parser.error == YAML_READER_ERROR {
            var message = problem
            if parser.problem_value != -1 {
                message += " (byte 0x\(String(UInt8(truncatingIfNeeded: parser.problem_value), radix: 16, uppercase: true)))"
            }
            let at = file.location(atOffset: Int(parser.problem_offset))
            return YAMLError(path: file.path, range: SourceRange(at: at), message: message)
        }
        var message = problem
        if let context = parser.context.map({ String(cString: $0) }) {
            message += " (\(context) at \(location(parser.context_mark)))"
        }
        return YAMLError(path: file.path, range: SourceRange(at: location(parser.problem_mark)), message: message)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int? = nil) -> String? {
        guard let pointer else { return nil }
        let count = length ?? strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    private func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
