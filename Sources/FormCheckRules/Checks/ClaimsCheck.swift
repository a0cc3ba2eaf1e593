/// Claims in prose: a cue ("rated as {{value}}", "{{value}}-level") with a value of a
/// taxonomy enum in its slot, found anywhere in a sentence of the scopes read, whatever
/// the sentence's subject. A claim contradicts the page when its value is neither the
/// field's value nor linked to it by the relations the rule allows:
///
/// ```yaml
/// - id: claim-level
///   check: claims
///   field: Level
///   enum: level
///   read: [{ section: Overview, in: first-paragraph }, { section: FAQ, question: "Is the {{title}} easy?" }]
///   cues: ["rated as {{value}}", "{{value}}-level", "is a {{value}} recipe"]
/// ```
///
/// `"rated as a hard-level" claims Level Hard; the field says Easy`, at "hard". What is
/// not a claim: a value inside the page's title or a shortened form of it, inside a link
/// text, or in a clause of comparison or negation (the pack's `prose:` words).
/// `standard:` templates mark the sentences whose value can be fixed from the field;
/// `skip:` templates the sentences a `consistency` rule already checks.
public struct ClaimsCheck: Check {
    public var field: String
    public var taxonomyEnum: TaxonomyEnum
    public var scopes: [ClaimScope]
    public var cues: [ClaimCue]
    public var allowFields: [String]
    public var relations: Set<TaxonomyRelation>
    public var skip: [TemplatePattern]
    public var standard: [TemplatePattern]
    public var prose: ProseSettings

    public func findings(in context: CheckContext) -> [Finding] {
        guard let field = context.field(field), !field.values.isEmpty else { return [] }
        var fieldValues: [String] = []
        for value in field.values where TitleKey(value.text) != TitleKey("None") {
            // An invalid field value is its own rule's finding; comparing would repeat it.
            guard let known = ValueComparison.resolve(value.text, in: taxonomyEnum) else { return [] }
            fieldValues.append(known.canonical)
        }
        guard !fieldValues.isEmpty else { return [] }
        let titleWords = ClaimSentence.titleWords(context.document.title?.text)
        var findings: [Finding] = []
        var seen: Set<Int> = []
        for scope in scopes {
            for paragraph in scope.paragraphs(in: context) where seen.insert(paragraph.range.start.offset).inserted {
                for sentence in paragraph.sentences {
                    let text = paragraph.text.utf8Slice(sentence.textBytes)
                    let matches = context.phraseMatches(in: paragraph, sentence).filter { $0.value(in: taxonomyEnum.name) != nil }
                    guard !matches.isEmpty, mayHoldACue(text), !skip.contains(where: { $0.match(text) != nil }) else { continue }
                    let claims = ClaimSentence(text, prose: prose, titleWords: titleWords)
                    // A standard sentence's shape says what it claims ("Not quite, the … is
                    // rated as an easy recipe."): its opening words negate nothing.
                    // Matched once, and only when a cue binds a value (most sentences have none).
                    var standardShape: Bool?
                    func isStandard() -> Bool {
                        if let standardShape { return standardShape }
                        let found = standard.contains { $0.match(text) != nil }
                        standardShape = found
                        return found
                    }
                    var previous: (words: ClosedRange<Int>, cue: ClaimCue, end: Int)?
                    for match in matches {
                        guard let claimed = match.value(in: taxonomyEnum.name) else { continue }
                        var bound = cue(at: match.bytes, in: claims, values: context.templateValues)
                        // A later item of a list is claimed less strictly than the first
                        // ("mainly flavoured with cumin and garlic"): any cue's `also` fields.
                        var looser: [String] = []
                        if bound == nil, let previous, let last = claims.wordIndex(endingAt: match.bytes.upperBound),
                           Self.isListGap(text.utf8Slice(previous.end..<match.bytes.lowerBound), prose) {
                            bound = (previous.words.lowerBound...last, previous.cue)
                            looser = cues.flatMap(\.alsoFields)
                        }
                        guard let (cueWords, cue) = bound else {
                            previous = nil
                            continue
                        }
                        previous = (cueWords, cue, match.bytes.upperBound)
                        if claims.isInName(match.bytes) || (!isStandard() && claims.isContrasted(match.bytes)) { continue }
                        let allowed = fieldValues + (allowFields + cue.alsoFields + looser).flatMap { context.field($0)?.values.map(\.text) ?? [] }
                        if allowed.contains(where: { taxonomyEnum.links(claimed, ValueComparison.resolve($0, in: taxonomyEnum)?.canonical ?? $0, through: relations) }) {
                            continue
                        }
                        let bytes = (sentence.textBytes.lowerBound + match.bytes.lowerBound)..<(sentence.textBytes.lowerBound + match.bytes.upperBound)
                        if paragraph.isInLinkText(bytes, links: context.document.links) { continue }
                        let cueText = String(text.utf8Slice(claims.words[cueWords.lowerBound].bytes.lowerBound..<claims.words[cueWords.upperBound].bytes.upperBound))
                        let written = String(text.utf8Slice(match.bytes))
                        let range = paragraph.sourceRange(ofTextBytes: bytes, in: context.file)
                        var finding = Finding(
                            range: range,
                            message: Message.contradiction(cue: cueText, field: field.key, claimed: claimed, value: field.value),
                            expected: field.value, found: written,
                            related: [RelatedLocation(message: "\(field.key) is set here", range: field.valueRange)],
                            arguments: ["field": field.key, "cue": cueText])
                        if field.values.count == 1, isStandard() {
                            let value = written == written.lowercased() ? field.value.lowercased() : field.value
                            let edit = IndefiniteArticle.edit(writing: value, over: bytes, in: paragraph.text)
                            finding.fix = Fix.replacing(
                                paragraph.sourceRange(ofTextBytes: edit.bytes, in: context.file),
                                written: String(paragraph.text.utf8Slice(edit.bytes)), with: edit.replacement, in: context.file)
                            finding.fix?.derivedFrom = [field.key]
                        }
                        findings.append(finding)
                    }
                }
            }
        }
        return findings
    }

    /// Whether some cue's longest literal word occurs in the text (ASCII case-insensitively).
    private func mayHoldACue(_ text: Substring) -> Bool {
        var text = text
        return text.withUTF8 { buffer in
            cues.contains { cue in cue.anchor.map { TemplatePattern.bytes(buffer, contain: $0) } ?? true }
        }
    }

    /// Only commas, `&`, spaces and the pack's `list-joins` words: the next item of a list.
    static func isListGap(_ gap: Substring, _ prose: ProseSettings) -> Bool {
        guard !gap.isEmpty, !prose.listJoins.isEmpty || gap.contains(",") else { return false }
        for byte in gap.utf8 where !(PhraseIndex.isWord(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "&") || TemplateMatcher.isSpace(byte)) {
            return false
        }
        return WordScanner.words(in: String(gap)).allSatisfy { prose.listJoins.contains($0.word) }
    }

    /// The widest span of the cues that hold around a value, with the strictest of them
    /// (the longest: "primarily targets the" over "targets") for what else it accepts.
    private func cue(at bytes: Range<Int>, in sentence: ClaimSentence, values: TemplateValues) -> (ClosedRange<Int>, ClaimCue)? {
        guard let first = sentence.wordIndex(startingAt: bytes.lowerBound), let last = sentence.wordIndex(endingAt: bytes.upperBound),
              first <= last else { return nil }
        var span: ClosedRange<Int>?
        var strictest: (cue: ClaimCue, length: Int)?
        for cue in cues {
            guard let found = cue.match(sentence.words, first: first, last: last, values: values) else { continue }
            span = span.map { min($0.lowerBound, found.lowerBound)...max($0.upperBound, found.upperBound) } ?? found
            if strictest.map({ found.count > $0.length }) ?? true { strictest = (cue, found.count) }
        }
        guard let span, let strictest else { return nil }
        return (span, strictest.cue)
    }
}

extension ClaimsCheck {
    enum Message {
        static func contradiction(cue: String, field: String, claimed: String, value: String) -> String {
            "\"\(cue)\" claims \(field) \(claimed); the field says \(value)"
        }
    }
}
