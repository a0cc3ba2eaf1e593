extension ReferencesCheck {
    /// A count the page claims, with the entries it covers.
    struct Claim {
        var count: Int
        /// The number's range.
        var range: SourceRange
        /// The heading's text, for a heading's count; nil for a sentence's.
        var heading: String?
        /// Entries listed under the heading, or on the whole scope for a sentence.
        var listed: Int
        var conditions: [ClaimedValue]
    }

    /// One part of a breakdown: `3 Easy`.
    struct BreakdownPart {
        var count: Int
        var attribute: String
        var value: String
        var range: SourceRange
    }

    /// Everything the rule reads on one page.
    struct Reading {
        /// References from list entries, with the values of the groups they are in.
        var entries: [PageReference] = []
        /// References from tables and sentences.
        var others: [PageReference] = []
        var claims: [Claim] = []
        var breakdown: [BreakdownPart] = []
    }

    func read(_ context: CheckContext) -> Reading {
        var reader = ReferenceReader(check: self, file: context.file)
        if let section {
            guard let found = context.section(section) else { return Reading() }
            reader.visit(heading: found.heading, blocks: found.blocks, subsections: found.subsections, inherited: [])
        } else {
            let document = context.document
            reader.visit(heading: document.title, blocks: document.preamble, subsections: document.sections, inherited: [])
        }
        return reader.finish()
    }
}

/// Walks the rule's scope in document order, reading entries, claims and tables.
struct ReferenceReader {
    let check: ReferencesCheck
    let file: SourceFile
    var reading = ReferencesCheck.Reading()
    /// Values the page's sentences claim of every entry ("12 items for your legs").
    var pageValues: [ClaimedValue] = []
    /// Positions in `reading.claims` of the sentences' claims.
    var sentenceClaims: [Int] = []

    mutating func visit(heading: Heading?, blocks: [Block], subsections: [Section], inherited: [ClaimedValue]) {
        var inherited = inherited
        var claimIndex: Int?
        if let heading, let captures = firstMatch(check.headings, in: heading.textRange) {
            let values = claimedValues(captures, inherited: true)
            for name in captures where name.slot == .name {
                reading.others.append(PageReference(name: name.text, range: name.range, values: []))
            }
            if let count = count(captures) {
                reading.claims.append(.init(count: count.value, range: count.range, heading: heading.text, listed: 0, conditions: inherited + values))
                claimIndex = reading.claims.count - 1
            }
            inherited += values
        }
        let before = reading.entries.count
        for block in blocks { visit(block, inherited: inherited) }
        for section in subsections {
            visit(heading: section.heading, blocks: section.blocks, subsections: section.subsections, inherited: inherited)
        }
        if let claimIndex { reading.claims[claimIndex].listed = reading.entries.count - before }
    }

    /// Sentences' values apply to every entry and to every heading's count.
    mutating func finish() -> ReferencesCheck.Reading {
        for index in sentenceClaims { reading.claims[index].listed = reading.entries.count }
        if !pageValues.isEmpty {
            for index in reading.entries.indices {
                reading.entries[index].values += Self.adding(pageValues, to: reading.entries[index].values)
            }
            for index in reading.claims.indices where reading.claims[index].heading != nil {
                reading.claims[index].conditions += pageValues
            }
        }
        return reading
    }

    private mutating func visit(_ block: Block, inherited: [ClaimedValue]) {
        switch block {
        case .list(let list):
            guard !check.entries.isEmpty else { return }
            for item in list.items {
                guard let paragraph = item.paragraph, let captures = firstMatch(check.entries, in: paragraph.range),
                      let name = captures.first(where: { $0.slot == .name }) else { continue }
                let own = claimedValues(captures, inherited: false)
                reading.entries.append(PageReference(name: name.text, range: name.range, values: own + Self.adding(inherited, to: own)))
            }
        case .paragraph(let paragraph):
            if !check.sentences.isEmpty {
                for sentence in paragraph.sentences { readSentence(sentence.range) }
            }
            if check.breakdown != nil { readBreakdown(paragraph.range) }
        case .table(let table):
            if let names = check.table { readTable(table, names: names) }
        case .quote(let quote):
            for block in quote.blocks { visit(block, inherited: inherited) }
        default:
            return
        }
    }

    /// The values of `group` for attributes `values` does not already give (an entry's own
    /// value wins over its group's, so one stale value is one finding).
    static func adding(_ group: [ClaimedValue], to values: [ClaimedValue]) -> [ClaimedValue] {
        group.filter { value in !values.contains { TitleKey($0.attribute) == TitleKey(value.attribute) } }
    }

    private mutating func readSentence(_ range: SourceRange) {
        let text = self.text(range)
        for template in check.sentences {
            for match in template.matches(in: text) {
                let captures = located(match, at: range.start.offset)
                let values = claimedValues(captures, inherited: true)
                for name in captures where name.slot == .name {
                    reading.others.append(PageReference(name: name.text, range: name.range, values: claimedValues(captures, inherited: false)))
                }
                if let count = count(captures) {
                    reading.claims.append(.init(count: count.value, range: count.range, heading: nil, listed: 0, conditions: values))
                    sentenceClaims.append(reading.claims.count - 1)
                    pageValues += values
                }
            }
        }
    }

    /// `3 Easy | 5 Hard`: every part between separators matches the part template.
    private mutating func readBreakdown(_ range: SourceRange) {
        guard let template = check.breakdown else { return }
        let text = self.text(range)
        let separators = text.ranges(of: check.separator)
        guard !separators.isEmpty else { return }
        var parts: [ReferencesCheck.BreakdownPart] = []
        var start = text.startIndex
        for bound in separators.map(\.lowerBound) + [text.endIndex] {
            let offset = range.start.offset + text.utf8.distance(from: text.startIndex, to: start)
            guard let match = template.matches(in: String(text[start..<bound])).first else { return }
            let captures = located(match, at: offset)
            guard let count = count(captures), let value = captures.first(where: { if case .attribute = $0.slot { true } else { false } }),
                  case .attribute(let attribute) = value.slot else { return }
            parts.append(.init(count: count.value, attribute: attribute, value: value.text, range: count.range))
            if bound < text.endIndex, let next = text[bound...].range(of: check.separator) { start = next.upperBound }
        }
        reading.breakdown += parts
    }

    private mutating func readTable(_ table: Table, names: ReferencesCheck.TableNames) {
        guard let header = table.rows.first, header.count > 1 else { return }
        let body = table.rows.dropFirst()
        let count = names == .header ? header.count - 1 : body.count
        for index in 0..<count {
            let nameCell = names == .header ? header[index + 1] : body[body.startIndex + index][0]
            let name = nameCell.text.trimmingWhitespace
            guard !name.isEmpty else { continue }
            let nameRange = trimmedRange(of: nameCell)
            var values: [ClaimedValue] = []
            let labels = names == .header ? body.map { $0.first } : header.dropFirst().map { $0 }
            for (position, label) in labels.enumerated() {
                guard let label, let attribute = check.attribute(label.text.trimmingWhitespace) else { continue }
                let row = names == .header ? body[body.startIndex + position] : body[body.startIndex + index]
                let column = names == .header ? index + 1 : position + 1
                guard row.indices.contains(column) else { continue }
                let cell = row[column]
                values.append(ClaimedValue(attribute: attribute.label, value: cell.text.trimmingWhitespace, range: trimmedRange(of: cell), inherited: false))
            }
            reading.others.append(PageReference(name: name, range: nameRange, values: values))
        }
    }

    /// The source range of a cell's text without the spaces around it.
    private func trimmedRange(of cell: Paragraph) -> SourceRange {
        let bytes = Array(cell.text.utf8)
        var lower = 0, upper = bytes.count
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
        return cell.sourceRange(ofTextBytes: lower..<upper, in: file)
    }

    // MARK: Matching

    struct Located {
        var slot: SlotTemplate.Slot
        var text: String
        var range: SourceRange
    }

    private func text(_ range: SourceRange) -> String {
        let bytes = range.byteRange.clamped(to: 0..<file.bytes.count)
        return String(decoding: file.bytes[bytes], as: UTF8.self)
    }

    private func firstMatch(_ templates: [SlotTemplate], in range: SourceRange) -> [Located]? {
        guard !templates.isEmpty else { return nil }
        let text = self.text(range)
        for template in templates {
            if let match = template.matches(in: text).first { return located(match, at: range.start.offset) }
        }
        return nil
    }

    /// Captures as trimmed text with ranges in the file.
    private func located(_ captures: [SlotTemplate.Capture], at offset: Int) -> [Located] {
        captures.map { capture in
            var lower = capture.bytes.lowerBound, upper = capture.bytes.upperBound
            let utf8 = Array(capture.text.utf8)
            var head = 0, tail = utf8.count
            while head < tail, utf8[head] == 0x20 || utf8[head] == 0x09 { head += 1 }
            while tail > head, utf8[tail - 1] == 0x20 || utf8[tail - 1] == 0x09 { tail -= 1 }
            lower += head
            upper -= utf8.count - tail
            return Located(
                slot: capture.slot, text: String(decoding: utf8[head..<tail], as: UTF8.self),
                range: file.range((offset + lower)..<(offset + upper)))
        }
    }

    private func count(_ captures: [Located]) -> (value: Int, range: SourceRange)? {
        guard let capture = captures.first(where: { $0.slot == .count }),
              let value = Int(capture.text.replacingOccurrences(of: ",", with: "")) else { return nil }
        return (value, capture.range)
    }

    private func claimedValues(_ captures: [Located], inherited: Bool) -> [ClaimedValue] {
        captures.compactMap { capture in
            guard case .attribute(let label) = capture.slot, let attribute = check.attribute(label) else { return nil }
            return ClaimedValue(attribute: attribute.label, value: capture.text, range: capture.range, inherited: inherited)
        }
    }
}
