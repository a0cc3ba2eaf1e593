"""The readable table score.py prints."""


def _pct(n, d):
    return f"{100.0 * n / d:5.1f}%" if d else "  n/a"


def print_report(s):
    print(f"formcheck: {s['binary']}")
    print(f"set:       {s['set']}   lint args: {' '.join(s['lint_args'])}")
    print(f"lint time: clean {s['seconds']['clean']} s, defects {s['seconds']['defects']} s\n")
    print("RECALL (caught: an error on the defect's line or naming its field; strict: and not on the clean twin)")
    print(f"  {'kind':<20} {'n':>5} {'caught':>8} {'recall':>7} {'strict':>8} {'recall':>7}   rules (strict)")
    for kind, r in s["recall"].items():
        rules = ", ".join(f"{k} {v}" for k, v in list(r["catching_rules"].items())[:3])
        print(f"  {kind:<20} {r['n']:>5} {r['caught']:>8} {_pct(r['caught'], r['n']):>7} "
              f"{r['strict_caught']:>8} {_pct(r['strict_caught'], r['n']):>7}   {rules}")
    for key, name in (("recall_contradictions", "contradictions"), ("recall_all", "all kinds")):
        t = s[key]
        print(f"  {name:<20} {t['n']:>5} {t['caught']:>8} {_pct(t['caught'], t['n']):>7} "
              f"{t['strict']:>8} {_pct(t['strict'], t['n']):>7}")
    print("\n  strict recall by slot (where the defect was written)")
    for kind, r in s["recall"].items():
        parts = ", ".join(f"{slot} {v['strict_caught']}/{v['n']}" for slot, v in r["by_slot"].items())
        print(f"  {kind:<20} {parts}")

    fa = s["false_alarms"]
    print(f"\nFALSE ALARMS: {fa['pages_with_non_policy_error']} of {fa['clean_pages']} clean pages "
          f"({_pct(fa['pages_with_non_policy_error'], fa['clean_pages']).strip()}) have an error from a "
          f"non-policy rule; {fa['pages_with_any_error']} have any error")
    print(f"  {'rule':<30} {'pages':>6} {'share':>7} {'findings':>9}")
    rows = sorted(fa["by_rule"].items(), key=lambda kv: (kv[1]["policy"], -kv[1]["pages"]))
    for rule, e in rows:
        tag = " (policy)" if e["policy"] else ""
        print(f"  {rule + tag:<30} {e['pages']:>6} {_pct(e['pages'], fa['clean_pages']):>7} {e['findings']:>9}")
        if not e["policy"]:
            for example in e["examples"]:
                print(f"      e.g. {example[:200]}")

    print("\nWARNINGS on clean pages")
    for rule, w in s["warnings_on_clean_pages"].items():
        print(f"  {rule:<30} {w['pages']:>6} pages {w['findings']:>6} findings")

    print("\nFIXES touching the defect's line (level: outcome count)")
    for kind, rows in s["fixes_on_defect_lines"].items():
        print(f"  {kind:<20} " + "; ".join(f"{r['level']}: {r['outcome']} {r['count']}" for r in rows))
    for kind, examples in s["fixes_writing_something_else"].items():
        for e in examples:
            print(f"      {kind} {e['page']}:{e['line']} [{e['level']}] {e['before'][:90]!r} -> {e['after'][:90]!r}")

    print("\nMISSED (examples)")
    for kind, missed in s["missed_examples"].items():
        for m in missed:
            print(f"  {kind:<20} {m['page']}:{m['line']} [{m['slot']}] {m['text'][:150]}")
