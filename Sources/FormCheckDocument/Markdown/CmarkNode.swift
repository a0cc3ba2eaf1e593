import Foundation
internal import CCmarkGFM

/// A borrowed view of one cmark-gfm node. Valid only inside `MarkdownParser.parse`,
/// which owns the tree and frees it before returning.
struct CmarkNode {
    let pointer: OpaquePointer

    enum Kind {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
        case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, link, image
        case table, tableRow, tableCell, strikethrough
        case other
    }

    var kind: Kind {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        default: extensionKind
        }
    }

    private var extensionKind: Kind {
        guard let name = cmark_node_get_type_string(pointer) else { return .other }
        switch String(cString: name) {
        case "table": return .table
        case "table_header", "table_row": return .tableRow
        case "table_cell": return .tableCell
        case "strikethrough": return .strikethrough
        default: return .other
        }
    }

    var children: CmarkChildren { CmarkChildren(first: cmark_node_first_child(pointer)) }
    var firstChild: CmarkNode? { cmark_node_first_child(pointer).map(CmarkNode.init) }
    var previous: CmarkNode? { cmark_node_previous(pointer).map(CmarkNode.init) }
    var next: CmarkNode? { cmark_node_next(pointer).map(CmarkNode.init) }
    var parent: CmarkNode? { cmark_node_parent(pointer).map(CmarkNode.init) }

    /// The node's literal bytes (text, code, HTML), without a copy into a String.
    func withLiteral<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard let literal = cmark_node_get_literal(pointer) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return literal.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
            body(UnsafeBufferPointer(start: bytes, count: strlen(literal)))
        }
    }

    var literal: String { withLiteral { String(decoding: $0, as: UTF8.self) } }
    var url: String { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
    var title: String { cmark_node_get_title(pointer).map { String(cString: $0) } ?? "" }
    var fenceInfo: String { cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? "" }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var isOrderedList: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }

    /// 1-based line and byte column of the first byte; nil when cmark-gfm recorded none.
    var start: (line: Int, column: Int)? {
        let line = Int(cmark_node_get_start_line(pointer))
        let column = Int(cmark_node_get_start_column(pointer))
        return line > 0 && column > 0 ? (line, column) : nil
    }

    /// 1-based line and byte column of the last byte (inclusive, cmark-gfm's convention).
    var end: (line: Int, column: Int)? {
        let line = Int(cmark_node_get_end_line(pointer))
        let column = Int(cmark_node_get_end_column(pointer))
        return line > 0 ? (line, column) : nil
    }
}

struct CmarkChildren: Sequence, IteratorProtocol {
    var current: OpaquePointer?

    init(first: OpaquePointer?) { current = first }

    mutating func next() -> CmarkNode? {
        guard let node = current else { return nil }
        current = cmark_node_next(node)
        return CmarkNode(pointer: node)
    }
}
