"""`formcheck lsp` end to end with pytest-lsp, a real language-server client."""
import pathlib
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from conftest import BINARY, apply_edits, seed_text, utf16_len  # noqa: E402

URI = "file:///formcheck-editor-test/leg-up-hamstring-stretch.md"


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BINARY, "lsp"]))
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(types.InitializeParams(capabilities=types.ClientCapabilities()))
    yield
    await lsp_client.shutdown_session()


async def open_page(client: LanguageClient, text: str):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(uri=URI, language_id="markdown", version=1, text=text))
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return client.diagnostics[URI]


async def test_defect_range_code_and_quick_fix_give_the_clean_page(client: LanguageClient):
    clean = seed_text()
    defect = clean.replace("**Difficulty:** Beginner", "**Difficulty:** beginner")
    assert defect != clean
    diagnostics = await open_page(client, defect)
    assert [(d.code, d.severity, d.message) for d in diagnostics] == [
        ("difficulty-value", types.DiagnosticSeverity.Error, 'Difficulty is "beginner"; write it "Beginner"')
    ]
    line = defect.splitlines().index("- **Difficulty:** beginner")
    assert diagnostics[0].range == types.Range(start=types.Position(line, 18), end=types.Position(line, 26))

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=URI),
            range=diagnostics[0].range,
            context=types.CodeActionContext(diagnostics=diagnostics),
        )
    )
    quick_fix = next(a for a in actions if a.title.startswith("Safe fix"))
    assert quick_fix.kind == types.CodeActionKind.QuickFix
    fixed = apply_edits(defect, quick_fix.edit.changes[URI])
    assert fixed.encode("utf-8") == clean.encode("utf-8")
    fix_all = next(a for a in actions if a.title == "Fix all in file (safe fixes only)")
    assert apply_edits(defect, fix_all.edit.changes[URI]).encode("utf-8") == clean.encode("utf-8")


async def test_the_clean_seed_page_has_no_finding(client: LanguageClient):
    assert list(await open_page(client, seed_text())) == []


async def test_completion_after_the_field_offers_its_values(client: LanguageClient):
    text = seed_text().replace("**Difficulty:** Beginner", "**Difficulty:** ")
    await open_page(client, text)
    line = text.splitlines().index("- **Difficulty:** ")
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(line, 18))
    )
    items = result.items if isinstance(result, types.CompletionList) else result
    assert [item.label for item in items] == ["Beginner", "Intermediate", "Advanced"]


async def test_columns_after_an_emoji_are_utf16(client: LanguageClient):
    clean = seed_text()
    summary = "The leg up hamstring stretch is a flexibility exercise"
    text = clean.replace(summary, "💪 " + summary).replace("Beginner legs exercise", "Advanced legs exercise")
    diagnostics = await open_page(client, text)
    finding = next(d for d in diagnostics if d.code == "summary-profile")
    line_text = next(line for line in text.splitlines() if line.startswith("💪"))
    before = line_text[: line_text.index("Advanced legs")]
    # "💪" is one code point but two UTF-16 units: a server counting code points is one short.
    assert utf16_len(before) == len(before) + 1
    assert finding.range.start == types.Position(text.splitlines().index(line_text), utf16_len(before))
    assert finding.range.end.character == utf16_len(before) + len("Advanced")
