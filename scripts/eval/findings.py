"""formcheck's JSON findings (docs/output.md) as the scorer reads them, and the labels."""

import json
import os


class Finding:
    def __init__(self, raw, set_dir):
        self.raw = raw
        self.rule = raw.get("rule", "")
        self.severity = raw.get("severity", "")
        self.message = raw.get("message", "")
        file = raw.get("file", "")
        if not os.path.isabs(file):
            file = os.path.join(set_dir, file)
        self.file = os.path.relpath(file, set_dir).replace(os.sep, "/")
        start = raw.get("range", {}).get("start", {})
        self.line = start.get("line", 0)

    def key(self):
        return (self.rule, self.line, self.message)


def load_labels(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _level(raw, edits_key):
    """The fix level a finding declares (issue #14: safe, unsafe, suggestion), if any."""
    for key in ("applicability", "fixApplicability", "fix_applicability", "safety", "level"):
        value = raw.get(key)
        if isinstance(value, str):
            return value
    for edit in raw.get(edits_key) or []:
        for key in ("applicability", "safety", "level"):
            if isinstance(edit, dict) and isinstance(edit.get(key), str):
                return edit[key]
    return "suggestion" if edits_key == "suggestion" else "fix"


def _apply(line_text, line_number, edits):
    """The line after the edits that lie on it; None if an edit spans other lines."""
    edits = [e for e in edits if e["range"]["start"]["line"] <= line_number <= e["range"]["end"]["line"]]
    if not edits:
        return None
    for e in edits:
        if e["range"]["start"]["line"] != line_number or e["range"]["end"]["line"] != line_number:
            return None
    for e in sorted(edits, key=lambda e: -e["range"]["start"]["column"]):
        start, end = e["range"]["start"]["column"] - 1, e["range"]["end"]["column"] - 1
        line_text = line_text[:start] + e.get("replacement", "") + line_text[end:]
    return line_text


def fixes_on_line(findings, label):
    """(level, new line) for each finding whose fix or suggestion edits the defect's line."""
    out = []
    for f in findings:
        for key in ("fix", "suggestion"):
            edits = f.raw.get(key)
            if not edits:
                continue
            new = _apply(label["text"], label["line"], edits)
            if new is not None:
                out.append((_level(f.raw, key), new))
    return out
