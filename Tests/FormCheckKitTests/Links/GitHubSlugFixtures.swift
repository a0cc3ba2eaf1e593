// Cases copied from github-slugger's test/fixtures.json
// (https://github.com/Flet/github-slugger, the anchors GitHub itself rendered), under its licence:
//
// ISC License
// Copyright (c) 2015, Dan Flettre <fletd01@yahoo.com>
//
// Permission to use, copy, modify, and/or distribute this software for any purpose with or
// without fee is hereby granted, provided that the above copyright notice and this
// permission notice appear in all copies.
//
// THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO
// THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT
// SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR
// ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION
// OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH
// THE USE OR PERFORMANCE OF THIS SOFTWARE.

/// One fixture: the heading's text, the Markdown that writes it when plain escaping cannot
/// (spaces at either end), and the anchor GitHub gave it.
struct SlugFixture: Sendable, CustomStringConvertible {
    var name: String
    var input: String
    var markdown: String?
    var expected: String

    init(_ name: String, _ input: String, markdown: String? = nil, _ expected: String) {
        self.name = name
        self.input = input
        self.markdown = markdown
        self.expected = expected
    }

    var description: String { name }
}

enum GitHubSlugFixtures {
    /// The fixtures in their file's order, all on one page (numbering of repeats runs
    /// across them). Category cases are left out where the file's input has invisible or
    /// private-use characters that cannot be copied faithfully (Format, Private_Use,
    /// Unassigned) or is 400 characters long (they are cut in `categoryPrefixes`); none of
    /// those left out shares an anchor with a case kept, so the numbering is the file's.
    /// Invisible separators are written as `\u{…}` escapes.
    static let sequence: [SlugFixture] = [
        SlugFixture("Basic usage", "alpha", "alpha"),
        SlugFixture("Basic usage (again)", "alpha", "alpha-1"),
        SlugFixture("Camelcase", "bravoCharlieDelta", "bravocharliedelta"),
        SlugFixture("Prototypal injection: proto", "__proto__", "__proto__"),
        SlugFixture("Prototypal injection: proto (again)", "__proto__", "__proto__-1"),
        SlugFixture("Prototypal injection: has own", "hasOwnProperty", "hasownproperty"),
        SlugFixture("Repetition (1)", "echo", "echo"),
        SlugFixture("Repetition (2)", "echo", "echo-1"),
        SlugFixture("Repetition (3)", "echo 1", "echo-1-1"),
        SlugFixture("Repetition (4)", "echo-1", "echo-1-2"),
        SlugFixture("Repetition (5)", "echo", "echo-2"),
        SlugFixture("More repetition (1)", "foxtrot-1", "foxtrot-1"),
        SlugFixture("More repetition (2)", "foxtrot", "foxtrot"),
        SlugFixture("More repetition (3)", "foxtrot", "foxtrot-2"),
        SlugFixture("Characters: dash", "heading with a - dash", "heading-with-a---dash"),
        SlugFixture("Characters: underscore", "heading with an _ underscore", "heading-with-an-_-underscore"),
        SlugFixture("Characters: dot", "heading with a period.txt", "heading-with-a-periodtxt"),
        SlugFixture(
            "Characters: dots, parents, brackets", "exchange.bind_headers(exchange, routing [, bindCallback])",
            "exchangebind_headersexchange-routing--bindcallback"),
        SlugFixture("Characters: space", " ", markdown: "# &#x20;", "-"),
        SlugFixture("Characters: initial space", " a", markdown: "# &#x20;a", "-a"),
        SlugFixture("Characters: final space", "a ", markdown: "# a&#x20;", "a-"),
        SlugFixture("Characters: initial and final spaces", " a ", markdown: "# &#x20;a&#x20;", "-a-"),
        SlugFixture("Characters: initial and final dashes", "-a-", "-a--1"),
        SlugFixture("Characters: apostrophe", "apostrophe’s should be trimmed", "apostrophes-should-be-trimmed"),
        SlugFixture("Some more duplicates (1)", "golf", "golf"),
        SlugFixture("Some more duplicates (2)", "golf", "golf-1"),
        SlugFixture("Some more duplicates (3)", "golf", "golf-2"),
        SlugFixture("Non-ascii: ♥", "I ♥ unicode", "i--unicode"),
        SlugFixture("Non-ascii: -", "dash-dash", "dash-dash"),
        SlugFixture("Non-ascii: –", "en–dash", "endash"),
        SlugFixture("Non-ascii: –", "em–dash", "emdash"),
        SlugFixture("Non-ascii: 😄", "😄 unicode emoji", "-unicode-emoji"),
        SlugFixture("Non-ascii: 😄-😄", "😄-😄 unicode emoji", "--unicode-emoji"),
        SlugFixture("Non-ascii: 😄_😄", "😄_😄 unicode emoji", "_-unicode-emoji"),
        SlugFixture("Non-ascii: 😄", "😄 - an emoji", "---an-emoji"),
        SlugFixture("Non-ascii: :smile:", ":smile: - a gemoji", "smile---a-gemoji"),
        SlugFixture("Non-ascii: Cyrillic (1)", "Привет", "привет"),
        SlugFixture("Non-ascii: Cyrillic (2)", "Профили пользователей", "профили-пользователей"),
        SlugFixture("Non-ascii: Cyrillic + Han", "Привет non-latin 你好", "привет-non-latin-你好"),
        SlugFixture("Gemoji (1)", ":ok: No underscore", "ok-no-underscore"),
        SlugFixture("Gemoji (2)", ":ok_hand: Single", "ok_hand-single"),
        SlugFixture("Gemoji (3)", ":ok_hand::hatched_chick: Two in a row with no spaces", "ok_handhatched_chick-two-in-a-row-with-no-spaces"),
        SlugFixture("Gemoji (4)", ":ok_hand: :hatched_chick: Two in a row", "ok_hand-hatched_chick-two-in-a-row"),
        SlugFixture(
            "Close_Punctuation",
            "a) ] } ༻ ༽ ᚜ ⁆ ⁾ ₎ ⌉ ⌋ 〉 ❩ ❫ ❭ ❯ ❱ ❳ ❵ ⟆ ⟧ ⟩ ⟫ ⟭ ⟯ ⦄ ⦆ ⦈ ⦊ ⦌ ⦎ ⦐ ⦒ ⦔ ⦖ ⦘ ⧙ ⧛ ⧽ ⸣ ⸥ ⸧ ⸩ 〉 》 」 』 】 〕 〗 〙 〛 〞 〟 ﴾ ︘ ︶ ︸ ︺ ︼ ︾ ﹀ ﹂ ﹄ ﹈ ﹚ ﹜ ﹞ ） ］ ｝ ｠ ｣b",
            "a------------------------------------------------------------------------b"),
        SlugFixture("Connector_Punctuation", "a_ ‿ ⁀ ⁔ ︳ ︴ ﹍ ﹎ ﹏ ＿b", "a_-‿-⁀-⁔-︳-︴-﹍-﹎-﹏-＿b"),
        SlugFixture(
            "Currency_Symbol",
            "a$ ¢ £ ¤ ¥ ֏ ؋ ߾ ߿ ৲ ৳ ৻ ૱ ௹ ฿ ៛ ₠ ₡ ₢ ₣ ₤ ₥ ₦ ₧ ₨ ₩ ₪ ₫ € ₭ ₮ ₯ ₰ ₱ ₲ ₳ ₴ ₵ ₶ ₷ ₸ ₹ ₺ ₻ ₼ ₽ ₾ ₿ ꠸ ﷼ ﹩ ＄ ￠ ￡ ￥ ￦ 𑿝 𑿞 𑿟 𑿠 𞋿 𞲰b",
            "a-------------------------------------------------------------b"),
        SlugFixture("Dash_Punctuation", "a- ֊ ־ ᐀ ᠆ ‐ ‑ ‒ – — ― ⸗ ⸚ ⸺ ⸻ ⹀ 〜 〰 ゠ ︱ ︲ ﹘ ﹣ －b", "a------------------------b"),
        SlugFixture("Enclosing_Mark", "a҈ ҉ ᪾ ⃝ ⃞ ⃟ ⃠ ⃢ ⃣ ⃤ ꙰ ꙱ ꙲b", "a҈-҉-᪾-⃝-⃞-⃟-⃠-⃢-⃣-⃤-꙰-꙱-꙲b"),
        SlugFixture("Final_Punctuation", "a» ’ ” › ⸃ ⸅ ⸊ ⸍ ⸝ ⸡b", "a---------b"),
        SlugFixture("Initial_Punctuation", "a« ‘ ‛ “ ‟ ‹ ⸂ ⸄ ⸉ ⸌ ⸜ ⸠b", "a-----------b"),
        SlugFixture("Line_Separator", "a\u{2028}b", "ab"),
        SlugFixture(
            "Open_Punctuation",
            "a( [ { ༺ ༼ ᚛ ‚ „ ⁅ ⁽ ₍ ⌈ ⌊ 〈 ❨ ❪ ❬ ❮ ❰ ❲ ❴ ⟅ ⟦ ⟨ ⟪ ⟬ ⟮ ⦃ ⦅ ⦇ ⦉ ⦋ ⦍ ⦏ ⦑ ⦓ ⦕ ⦗ ⧘ ⧚ ⧼ ⸢ ⸤ ⸦ ⸨ ⹂ 〈 《 「 『 【 〔 〖 〘 〚 〝 ﴿ ︗ ︵ ︷ ︹ ︻ ︽ ︿ ﹁ ﹃ ﹇ ﹙ ﹛ ﹝ （ ［ ｛ ｟ ｢b",
            "a--------------------------------------------------------------------------b"),
        SlugFixture("Paragraph_Separator", "a\u{2029}b", "ab-1"),
        SlugFixture(
            "Separator",
            "a  \u{A0} \u{1680} \u{2000} \u{2001} \u{2002} \u{2003} \u{2004} \u{2005} \u{2006} \u{2007} \u{2008} \u{2009} \u{200A} \u{2028} \u{2029} \u{202F} \u{205F} \u{3000}b",
            "a-------------------b"),
        SlugFixture(
            "Space_Separator",
            "a  \u{A0} \u{1680} \u{2000} \u{2001} \u{2002} \u{2003} \u{2004} \u{2005} \u{2006} \u{2007} \u{2008} \u{2009} \u{200A} \u{202F} \u{205F} \u{3000}b",
            "a-----------------b"),
        SlugFixture(
            "Titlecase_Letter", "aǅ ǈ ǋ ǲ ᾈ ᾉ ᾊ ᾋ ᾌ ᾍ ᾎ ᾏ ᾘ ᾙ ᾚ ᾛ ᾜ ᾝ ᾞ ᾟ ᾨ ᾩ ᾪ ᾫ ᾬ ᾭ ᾮ ᾯ ᾼ ῌ ῼb",
            "aǆ-ǉ-ǌ-ǳ-ᾀ-ᾁ-ᾂ-ᾃ-ᾄ-ᾅ-ᾆ-ᾇ-ᾐ-ᾑ-ᾒ-ᾓ-ᾔ-ᾕ-ᾖ-ᾗ-ᾠ-ᾡ-ᾢ-ᾣ-ᾤ-ᾥ-ᾦ-ᾧ-ᾳ-ῃ-ῳb"),
    ]

    /// The long category cases (400 characters each), cut after their first characters: the
    /// input's first items with the closing `b`, and the anchor GitHub gave those same items.
    /// Each stands alone (no numbering). Combining marks and format characters are escaped.
    static let categoryPrefixes: [SlugFixture] = [
        SlugFixture("Cased_Letter", "aA J T d n x Æ Ð Û å ï ú Ą Ď ė ġb", "aa-j-t-d-n-x-æ-ð-û-å-ï-ú-ą-ď-ė-ġb"),
        SlugFixture("Decimal_Number", "a0 1 3 4 6 7 9 ١ ٢ ٤ ٥ ٧ ٨ ۰ ۲b", "a0-1-3-4-6-7-9-١-٢-٤-٥-٧-٨-۰-۲b"),
        SlugFixture("Format", "a\u{AD} \u{600} \u{601} \u{602} \u{603} \u{604} \u{605}b", "a------b"),
        SlugFixture("Letter", "aA ǅ Ψ ӫ ۊ ऴ ధ ໜ ᅣ ኧ ᐧ ᕡ ᚣ ᢘ ᬒ ᴶ Ằ ℇ ⴢ ルb", "aa-ǆ-ψ-ӫ-ۊ-ऴ-ధ-ໜ-ᅣ-ኧ-ᐧ-ᕡ-ᚣ-ᢘ-ᬒ-ᴶ-ằ-ℇ-ⴢ-ルb"),
        SlugFixture("Letter_Number", "aᛮ ᛯ ᛰ Ⅰ Ⅱ Ⅲ Ⅳb", "aᛮ-ᛯ-ᛰ-ⅰ-ⅱ-ⅲ-ⅳb"),
        SlugFixture("Lowercase_Letter", "aa f k q v µ ä é ï ô ú āb", "aa-f-k-q-v-µ-ä-é-ï-ô-ú-āb"),
        SlugFixture("Mark", "a\u{300} \u{305} \u{30B} \u{311} \u{316}b", "a\u{300}-\u{305}-\u{30B}-\u{311}-\u{316}b"),
        SlugFixture("Math_Symbol", "a+ = | ± ÷ ؆ ⁄ ⁺ ⁼b", "a--------b"),
        SlugFixture("Modifier_Letter", "aʰ ʱ ʲ ʳ ʴ ʵb", "aʰ-ʱ-ʲ-ʳ-ʴ-ʵb"),
        SlugFixture("Modifier_Symbol", "a^ ` ¨ ¯ ´ ¸ ˂ ˃b", "a-------b"),
        SlugFixture("Nonspacing_Mark", "a\u{300} \u{304} \u{309} \u{30D} \u{312}b", "a\u{300}-\u{304}-\u{309}-\u{30D}-\u{312}b"),
        SlugFixture("Number", "a0 4 8 ¼ ١ ٥ ۰b", "a0-4-8--١-٥-۰b"),
        SlugFixture("Other_Letter", "aª ޠ ਹ മ ၮ ሞ ᎈb", "aª-ޠ-ਹ-മ-ၮ-ሞ-ᎈb"),
        SlugFixture("Other_Number", "a² ¹ ½ ৴ ৶b", "a----b"),
        SlugFixture("Other_Punctuation", #"a! " # & ' , . : ; @ \ § ¶b"#, "a------------b"),
        SlugFixture(
            "Other_Symbol", "a¦ ୰ ༕ ࿂ ࿘ ᧟ ᧮ ᧽ ᭷ № ⅍ ↤ ↵ ⇅ ⇘ ⇨ ⌃ ⌖ ⌨ ⌹ ⍉ ⍘ ⍧ ⍷ ⎇ ⎗ ⎿ ⏎ ⏤ ⏳ ␃ ␒ ␡ ⑊ ⒪ Ⓔ Ⓣ ⓘ ⓨb",
            "a-----------------------------------ⓔ-ⓣ-ⓘ-ⓨb"),
        SlugFixture("Punctuation", #"a! " % ' ) , . : ? [ ] { ¡ « · ¿b"#, "a---------------b"),
        SlugFixture("Spacing_Mark", "aः ऻ ा ि ी ॉb", "aः-ऻ-ा-ि-ी-ॉb"),
        SlugFixture("Symbol", "a$ ¯ ˙ ˲ ҂ ৺b", "a-----b"),
        SlugFixture("Unassigned", "a\u{378}b", "ab"),
        SlugFixture(
            "Uppercase_Letter", "aA E I N R W À Å É Î Ò Ø Ü Ą Č Ė Ğ Ħ İ Ĺb",
            "aa-e-i-n-r-w-à-å-é-î-ò-ø-ü-ą-č-ė-ğ-ħ-i̇-ĺb"),
    ]
}
