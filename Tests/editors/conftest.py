"""What the editor tests share: the built binary, the seed page and LSP position helpers.

The binary is FORMCHECK_BIN, else the debug build of this package. The seed page is read
from ../shared beside the package root; tests that need it are skipped when it is absent.
"""
import os
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("FORMCHECK_BIN", str(ROOT / ".build" / "debug" / "formcheck"))
SEED = ROOT.parent / "shared" / "seed" / "leg-up-hamstring-stretch.md"


def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"the seed page is absent: no {SEED} (../shared beside the package root)")
    return SEED.read_bytes().decode("utf-8")


def utf16_len(text: str) -> int:
    """LSP's unit: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def offset(text: str, line: int, character: int) -> int:
    """The index in `text` of an LSP position (0-based line, UTF-16 character)."""
    lines = text.splitlines(keepends=True)
    index = sum(len(item) for item in lines[:line])
    units = 0
    for char in lines[line] if line < len(lines) else "":
        if units >= character or char in "\r\n":
            break
        units += utf16_len(char)
        index += 1
    return index


def apply_edits(text: str, edits) -> str:
    """`text` with LSP text edits applied (last first, so earlier positions stay valid)."""
    located = [
        (offset(text, e.range.start.line, e.range.start.character), offset(text, e.range.end.line, e.range.end.character), e.new_text)
        for e in edits
    ]
    for start, end, new_text in sorted(located, reverse=True):
        text = text[:start] + new_text + text[end:]
    return text
