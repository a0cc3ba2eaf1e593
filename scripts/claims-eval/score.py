#!/usr/bin/env python3
"""Scores one formcheck run over the set generate.py wrote.

Usage: score.py SET_DIR FINDINGS.json SPLIT
FINDINGS.json is `formcheck lint SET_DIR --format json` output.
A defect is caught when the defective page has a finding (error or warning) on the
defect's line; a clean page is a false alarm when it has an error from a rule that is not
a policy rule (length or count: steps, tips, mistakes, faq-questions, quick-answer-length).
"""
import collections, json, os, sys

POLICY = {"steps", "tips", "mistakes", "faq-questions", "quick-answer-length"}
root, findings_path, split = sys.argv[1], sys.argv[2], sys.argv[3]
manifest = [m for m in json.load(open(os.path.join(root, "manifest.json"))) if m["split"] == split]
data = json.load(open(findings_path))
items = data["findings"]
by_path = collections.defaultdict(list)
for d in items:
    by_path[os.path.relpath(os.path.abspath(d["file"]), os.path.abspath(root))].append(d)
caught = collections.Counter(); total = collections.Counter(); caught_error = collections.Counter()
clean = false_alarm = 0
alarm_rules = collections.Counter()
for m in manifest:
    found = by_path.get(m["path"], [])
    if m["kind"] is None:
        clean += 1
        errors = [d for d in found if d["severity"] == "error" and d["rule"] not in POLICY]
        if errors:
            false_alarm += 1
            for d in errors: alarm_rules[d["rule"]] += 1
        continue
    total[m["kind"]] += 1
    at = [d for d in found if d["range"]["start"]["line"] == m["line"] and d["severity"] in ("error", "warning")]
    if at: caught[m["kind"]] += 1
    if any(d["severity"] == "error" for d in at): caught_error[m["kind"]] += 1
print(f"split {split}: {sum(total.values())} defective pages, {clean} clean pages")
for kind in sorted(total):
    print(f"  {kind:18} {caught[kind]:4}/{total[kind]:<4} caught ({caught_error[kind]} as errors)")
print(f"recall: {sum(caught.values())}/{sum(total.values())} = {100 * sum(caught.values()) / max(1, sum(total.values())):.1f}%"
      f" (as errors: {100 * sum(caught_error.values()) / max(1, sum(total.values())):.1f}%)")
print(f"clean pages with a non-policy error: {false_alarm}/{clean} = {100 * false_alarm / max(1, clean):.1f}%  {dict(alarm_rules)}")
