#!/usr/bin/env python3
"""Writes the evaluation set: one exercise page per free-exercise-db record of a split, in
the seed page's format, plus defect variants with one labelled contradiction each.

  python3 scripts/eval/generate.py --out DIR --split test

DIR/clean/*.md        pages that contradict nothing
DIR/defects/KIND/*.md one defect per page (each a copy of a clean page with one line changed);
                      one folder per kind, so every lint run sees each title once
DIR/labels.jsonl      one line per defect page: page, clean, kind, field, line, column, ...
DIR/manifest.json     split, counts, source and what was left out
"""

import argparse
import hashlib
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the repository

import defects  # noqa: E402
import names  # noqa: E402
import page  # noqa: E402
from split import seed_of, split_of  # noqa: E402

# Bumped whenever the pages written for the same data change.
GENERATOR_VERSION = 7
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_DATA = os.path.join(REPO, "..", "shared", "data", "free-exercise-db", "exercises.json")


def load(path):
    if not os.path.isfile(path):
        sys.exit(f"error: {os.path.normpath(path)} not found. The evaluation set is built from "
                 "free-exercise-db's exercises.json, expected at ../shared/data/free-exercise-db/ "
                 "relative to the repository root; pass --data FILE to use another copy.")
    with open(path, "rb") as handle:
        raw = handle.read()
    try:
        return json.loads(raw), hashlib.sha256(raw).hexdigest()
    except ValueError as error:
        sys.exit(f"error: {path}: not valid JSON ({error})")


def catalog(records, split):
    """The facts of every page of the split, titles unique, and what was left out."""
    pages, skipped, seen = [], {}, set()
    taken = {names.title_of(r["name"]).lower() for r in records}
    for record in records:
        if split != "all" and split_of(record["id"]) != split:
            continue
        facts, reason = page.facts_of(record, taken)
        if facts is None:
            skipped[record["name"]] = reason
            continue
        slug = names.file_slug(facts["title"])
        if slug in seen:
            skipped[record["name"]] = "same title as another record"
            continue
        seen.add(slug)
        facts["slug"] = slug
        pages.append(facts)
    for facts in pages:  # other pages of the catalog a writer may name
        rng = random.Random(seed_of(facts["id"], "others"))
        same = [o for o in pages if o["target"] == facts["target"] and o is not facts]
        kin = [o for o in same if o["category"] == facts["category"]]
        diff_eq = [o for o in kin if o["equipment"] != facts["equipment"]]
        pool = [o["title"] for o in (diff_eq or kin or same)
                if not o["title"].split()[-1].lower().endswith("ing")]  # not "the Bicycling"
        facts["others"] = rng.sample(pool, min(3, len(pool)))
    return pages, skipped


def differing_line(clean, changed):
    a, b = clean.split("\n"), changed.split("\n")
    assert len(a) == len(b), "a defect must not add or remove lines"
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    assert len(diff) == 1, f"a defect changes exactly one line, not {len(diff)}"
    i = diff[0]
    column = next(c for c in range(min(len(a[i]), len(b[i])) + 1)
                  if c >= min(len(a[i]), len(b[i])) or a[i][c] != b[i][c])
    return i + 1, column + 1, b[i]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="output directory (replaced)")
    parser.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    parser.add_argument("--data", default=DEFAULT_DATA, help="free-exercise-db exercises.json")
    parser.add_argument("--kinds", default=",".join(defects.KINDS),
                        help="comma-separated defect kinds (default: all)")
    parser.add_argument("--defects-per-page", type=int, default=0,
                        help="at most this many defect variants per page (0: every kind that fits)")
    args = parser.parse_args()
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    for kind in kinds:
        if kind not in defects.KINDS:
            sys.exit(f"error: unknown defect kind {kind!r}; known: {', '.join(defects.KINDS)}")

    records, digest = load(args.data)
    pages, skipped = catalog(records, args.split)
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    os.makedirs(os.path.join(args.out, "clean"))
    for kind in kinds:
        os.makedirs(os.path.join(args.out, "defects", kind))

    counts = {k: 0 for k in kinds}
    labels = []
    for facts in pages:
        plan = page.plan(facts, random.Random(seed_of(facts["id"], "page")))
        clean = page.render(facts, plan)
        clean_path = f"clean/{facts['slug']}.md"
        with open(os.path.join(args.out, clean_path), "w", encoding="utf-8") as handle:
            handle.write(clean)
        page_slots = page.slots(facts, plan)
        order = list(kinds)
        random.Random(seed_of(facts["id"], "kinds")).shuffle(order)
        made = 0
        for kind in order:
            if args.defects_per_page and made >= args.defects_per_page:
                break
            rng = random.Random(seed_of(facts["id"], "defect:" + kind))
            defect = defects.make(kind, facts, page_slots, rng)
            if defect is None:
                continue
            overrides, field, slot, true, found = defect
            text = page.render(facts, plan, overrides)
            line, column, line_text = differing_line(clean, text)
            path = f"defects/{kind}/{facts['slug']}.md"
            with open(os.path.join(args.out, path), "w", encoding="utf-8") as handle:
                handle.write(text)
            labels.append({"page": path, "clean": clean_path, "id": facts["id"], "kind": kind,
                           "field": field, "slot": slot, "line": line, "column": column,
                           "severity": defects.KINDS[kind][2], "true": true, "found": found,
                           "text": line_text})
            counts[kind] += 1
            made += 1

    with open(os.path.join(args.out, "labels.jsonl"), "w", encoding="utf-8") as handle:
        for label in labels:
            handle.write(json.dumps(label, ensure_ascii=False) + "\n")
    manifest = {"generator_version": GENERATOR_VERSION, "split": args.split, "source": os.path.normpath(args.data), "source_sha256": digest,
                "records": len(records), "pages": len(pages), "defect_pages": len(labels),
                "defects_by_kind": counts, "skipped": skipped}
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=2, ensure_ascii=False)
    print(f"{args.split}: {len(pages)} clean pages, {len(labels)} defect pages "
          f"({', '.join(f'{k} {n}' for k, n in counts.items())}); {len(skipped)} records left out; "
          f"written to {args.out}")


if __name__ == "__main__":
    main()
