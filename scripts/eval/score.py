#!/usr/bin/env python3
"""Scores a formcheck binary on an evaluation set written by generate.py.

  python3 scripts/eval/score.py --bin .build/release/formcheck --set DIR [--rules PACK.yml]

Runs `formcheck lint clean --format json`, then `formcheck lint defects/KIND --format json`
for each defect kind, in DIR (with --no-config unless --config is given), then prints a table and writes DIR/score.json:

- recall per defect kind: a defect is caught when a finding at or above the label's severity
  (error; warning for alias values) is on the defect's line or names the defect's field.
  "strict" recall counts only findings the clean twin of the page does not have;
- false alarms: the share of clean pages with an error from a rule that is not a policy rule
  (policy rules judge length or count, not truth), by rule with example messages;
- warnings on clean pages by rule, and what the fixes on each defect's line would write.
"""

import argparse
import collections
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the repository

from findings import Finding, fixes_on_line, load_labels  # noqa: E402
from report import print_report  # noqa: E402

POLICY_RULES = ["steps", "tips", "mistakes", "faq-questions", "quick-answer-length"]
RANK = {"info": 1, "warning": 2, "error": 3}
CONTRADICTIONS = ["faq-level", "faq-target", "summary-target", "summary-equipment",
                  "summary-body-part", "summary-difficulty"]
ORDER = CONTRADICTIONS + ["field-unknown", "field-misspelt", "field-alias"]


def lint(binary, set_dir, folder, args):
    command = [binary, "lint", folder, "--format", "json"] + args
    started = time.monotonic()
    result = subprocess.run(command, cwd=set_dir, capture_output=True, text=True)
    elapsed = time.monotonic() - started
    if result.returncode not in (0, 1):
        sys.exit(f"error: `{' '.join(command)}` (in {set_dir}) exited with {result.returncode}:\n"
                 f"{result.stderr.strip()}")
    try:
        output = json.loads(result.stdout)
    except ValueError as error:
        sys.exit(f"error: `{' '.join(command)}` printed no JSON ({error}):\n{result.stdout[:400]}")
    by_file = collections.defaultdict(list)
    for raw in output.get("findings", []):
        finding = Finding(raw, set_dir)
        by_file[finding.file].append(finding)
    return by_file, output.get("summary", {}), elapsed


def score_recall(labels, defect_findings, clean_findings):
    kinds = collections.OrderedDict()
    for label in sorted(labels, key=lambda l: ORDER.index(l["kind"]) if l["kind"] in ORDER else len(ORDER)):
        kind = kinds.setdefault(label["kind"], {"n": 0, "caught": 0, "strict": 0, "missed": [],
                                                "by_slot": collections.Counter(),
                                                "caught_by_slot": collections.Counter(),
                                                "rules": collections.Counter()})
        kind["n"] += 1
        kind["by_slot"][label["slot"]] += 1
        twin = {f.key() for f in clean_findings.get(label["clean"], [])}
        hits = [f for f in defect_findings.get(label["page"], [])
                if RANK.get(f.severity, 0) >= RANK[label["severity"]]
                and (f.line == label["line"] or label["field"].lower() in f.message.lower())]
        new_hits = [f for f in hits if f.key() not in twin]
        if hits:
            kind["caught"] += 1
        if new_hits:
            kind["strict"] += 1
            kind["caught_by_slot"][label["slot"]] += 1
            kind["rules"].update({f.rule for f in new_hits})
        else:
            kind["missed"].append(label)
    return kinds


def score_clean(clean_findings, clean_pages, policy):
    alarms = collections.OrderedDict()
    flagged, any_error = set(), set()
    warnings = collections.Counter()
    warning_pages = collections.defaultdict(set)
    for file, findings in clean_findings.items():
        for f in findings:
            if f.severity == "error":
                any_error.add(file)
                if f.rule not in policy:
                    flagged.add(file)
                entry = alarms.setdefault(f.rule, {"pages": set(), "findings": 0, "examples": [],
                                                   "policy": f.rule in policy})
                entry["pages"].add(file)
                entry["findings"] += 1
                if len(entry["examples"]) < 3 and file not in {e.split(":")[0] for e in entry["examples"]}:
                    entry["examples"].append(f"{file}:{f.line}: {f.message}")
            elif f.severity == "warning":
                warnings[f.rule] += 1
                warning_pages[f.rule].add(file)
    return {"pages": clean_pages, "false_alarm_pages": len(flagged),
            "pages_with_any_error": len(any_error), "by_rule": alarms,
            "warnings": {r: {"findings": n, "pages": len(warning_pages[r])} for r, n in warnings.most_common()}}


def score_fixes(labels, defect_findings, set_dir):
    """What the fixes touching each defect's line would do, by kind and level."""
    table = collections.defaultdict(collections.Counter)
    examples = collections.defaultdict(list)
    for label in labels:
        with open(os.path.join(set_dir, label["clean"]), encoding="utf-8") as handle:
            clean_line = handle.read().split("\n")[label["line"] - 1]
        for level, new_line in fixes_on_line(defect_findings.get(label["page"], []), label):
            if new_line == label["text"]:
                outcome = "no change"
            elif new_line == clean_line:
                outcome = "restores the page"
            elif label["kind"].startswith("field-") and label["true"].lower() in new_line.lower() \
                    and label["kind"] != "field-unknown":
                outcome = "restores the value"
            else:
                outcome = "writes something else"
            table[label["kind"]][(level, outcome)] += 1
            if outcome == "writes something else" and len(examples[label["kind"]]) < 2:
                examples[label["kind"]].append({"page": label["page"], "line": label["line"],
                                                "level": level, "before": label["text"],
                                                "after": new_line, "clean": clean_line})
    return table, examples


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=os.path.join(HERE, "..", "..", ".build", "release", "formcheck"),
                        help="the formcheck binary (default: this repository's release build)")
    parser.add_argument("--set", required=True, help="a directory written by generate.py")
    parser.add_argument("--rules", action="append", default=[], help="a pack file (repeatable)")
    parser.add_argument("--config", help="a .formcheck.yml to use (default: --no-config)")
    parser.add_argument("--lint-arg", action="append", default=[],
                        help="an extra argument for `formcheck lint` (repeatable)")
    parser.add_argument("--policy", default=",".join(POLICY_RULES),
                        help="rule ids that judge length or count, not truth")
    parser.add_argument("--json", help="where to write the summary (default: SET/score.json; - for stdout)")
    parser.add_argument("--missed", type=int, default=3, help="missed defects shown per kind")
    args = parser.parse_args()

    set_dir = os.path.abspath(args.set)
    binary = os.path.abspath(args.bin)
    if not os.path.isfile(os.path.join(set_dir, "labels.jsonl")):
        sys.exit(f"error: {set_dir} has no labels.jsonl; write the set with generate.py first")
    if not os.access(binary, os.X_OK):
        sys.exit(f"error: {binary} is not an executable formcheck binary (build it with `make release`)")
    lint_args = []
    for pack in args.rules:
        lint_args += ["--rules", os.path.abspath(pack)]
    lint_args += ["--config", os.path.abspath(args.config)] if args.config else ["--no-config"]
    lint_args += args.lint_arg
    policy = {p.strip() for p in args.policy.split(",") if p.strip()}

    labels = load_labels(os.path.join(set_dir, "labels.jsonl"))
    clean_pages = sorted(f"clean/{n}" for n in os.listdir(os.path.join(set_dir, "clean")) if n.endswith(".md"))
    clean_findings, clean_summary, clean_time = lint(binary, set_dir, "clean", lint_args)
    defect_findings, defect_time = {}, 0.0
    for kind in sorted(os.listdir(os.path.join(set_dir, "defects"))):
        found, _, seconds = lint(binary, set_dir, f"defects/{kind}", lint_args)
        defect_findings.update(found)
        defect_time += seconds

    kinds = score_recall(labels, defect_findings, clean_findings)
    clean = score_clean(clean_findings, len(clean_pages), policy)
    fixes, fix_examples = score_fixes(labels, defect_findings, set_dir)

    def totals(names):
        n = sum(kinds[k]["n"] for k in names if k in kinds)
        return {"n": n, "caught": sum(kinds[k]["caught"] for k in names if k in kinds),
                "strict": sum(kinds[k]["strict"] for k in names if k in kinds)}

    summary = {
        "binary": binary, "set": set_dir, "lint_args": lint_args, "policy_rules": sorted(policy),
        "seconds": {"clean": round(clean_time, 2), "defects": round(defect_time, 2)},
        "recall": {k: {"n": v["n"], "caught": v["caught"], "recall": v["caught"] / v["n"],
                       "strict_caught": v["strict"], "strict_recall": v["strict"] / v["n"],
                       "by_slot": {s: {"n": c, "strict_caught": v["caught_by_slot"][s]} for s, c in v["by_slot"].items()},
                       "catching_rules": dict(v["rules"].most_common())}
                   for k, v in kinds.items()},
        "recall_contradictions": totals(CONTRADICTIONS),
        "recall_all": totals(list(kinds)),
        "false_alarms": {
            "clean_pages": clean["pages"], "pages_with_non_policy_error": clean["false_alarm_pages"],
            "rate": clean["false_alarm_pages"] / max(1, clean["pages"]),
            "pages_with_any_error": clean["pages_with_any_error"],
            "by_rule": {r: {"pages": len(e["pages"]), "findings": e["findings"], "policy": e["policy"],
                            "examples": e["examples"]} for r, e in clean["by_rule"].items()},
        },
        "warnings_on_clean_pages": clean["warnings"],
        "clean_summary": clean_summary,
        "fixes_on_defect_lines": {k: [{"level": lv, "outcome": o, "count": n} for (lv, o), n in sorted(fixes[k].items())]
                                  for k in kinds if k in fixes},
        "fixes_writing_something_else": fix_examples,
        "missed_examples": {k: [{"page": m["page"], "line": m["line"], "slot": m["slot"], "text": m["text"]}
                                for m in v["missed"][:args.missed]] for k, v in kinds.items()},
    }
    for key in ("recall_contradictions", "recall_all"):
        t = summary[key]
        t["recall"] = t["caught"] / max(1, t["n"])
        t["strict_recall"] = t["strict"] / max(1, t["n"])

    print_report(summary)
    text = json.dumps(summary, indent=2, ensure_ascii=False)
    if args.json == "-":
        print(text)
    else:
        path = args.json or os.path.join(set_dir, "score.json")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        print(f"\nJSON summary: {path}")


if __name__ == "__main__":
    main()
