/// Assembles ``YAMLNode`` trees from a stream of parse events, resolving aliases
/// and enforcing the nesting and alias-expansion limits. Knows nothing of libyaml.
struct YAMLTreeBuilder {
    struct Limits {
        /// Expanded nodes (aliases counted at their anchored size) past which an alias is refused.
        var maxExpandedNodes = 100_000
        /// Collections nested deeper than this are refused.
        var maxDepth = 512
    }

    private struct Frame {
        var isMapping: Bool
        var isFlow: Bool
        var start: SourceLocation
        var anchor: String?
        var children: [YAMLNode] = []
        /// This collection's expanded size so far: itself plus its children's sizes.
        var size = 1
    }

    private let path: String
    private let limits: Limits
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private var expandedNodes = 0
    private(set) var root: YAMLNode?

    init(path: String, limits: Limits) {
        self.path = path
        self.limits = limits
    }

    mutating func scalar(_ scalar: YAMLScalar, range: SourceRange, anchor: String?) {
        expandedNodes += 1
        add(YAMLNode(.scalar(scalar), range: range, path: path), size: 1, anchor: anchor)
    }

    mutating func alias(_ name: String, range: SourceRange) throws(YAMLError) {
        guard let anchored = anchors[name] else {
            throw YAMLError(path: path, range: range, message: "alias '*\(name)' refers to an unknown anchor")
        }
        expandedNodes += anchored.size
        if expandedNodes > limits.maxExpandedNodes {
            throw YAMLError(path: path, range: range, message: YAMLError.billionLaughs)
        }
        add(anchored.node, size: anchored.size, anchor: nil)
    }

    mutating func startCollection(mapping: Bool, flow: Bool, at start: SourceRange, anchor: String?) throws(YAMLError) {
        if stack.count >= limits.maxDepth {
            throw YAMLError(
                path: path, range: start,
                message: "YAML nests deeper than \(limits.maxDepth) levels")
        }
        expandedNodes += 1
        stack.append(Frame(isMapping: mapping, isFlow: flow, start: start.start, anchor: anchor))
    }

    /// `end` is where libyaml ends the collection: just past `]`/`}` for flow style,
    /// but at the next token for block style, so a block collection ends with its last child.
    mutating func endCollection(at end: SourceLocation) {
        guard let frame = stack.popLast() else { return }
        let last = frame.isFlow ? end : (frame.children.last?.range.end ?? end)
        let range = SourceRange(start: frame.start, end: last)
        let kind: YAMLNode.Kind
        if frame.isMapping {
            var pairs: [YAMLPair] = []
            pairs.reserveCapacity(frame.children.count / 2)
            var index = 0
            while index + 1 < frame.children.count {
                pairs.append(YAMLPair(key: frame.children[index], value: frame.children[index + 1]))
                index += 2
            }
            kind = .mapping(pairs)
        } else {
            kind = .sequence(frame.children)
        }
        add(YAMLNode(kind, range: range, path: path), size: frame.size, anchor: frame.anchor)
    }

    private mutating func add(_ node: YAMLNode, size: Int, anchor: String?) {
        if let anchor { anchors[anchor] = (node, size) }
        if stack.isEmpty {
            root = node
        } else {
            stack[stack.count - 1].children.append(node)
            stack[stack.count - 1].size += size
        }
    }
}
