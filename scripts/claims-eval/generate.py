#!/usr/bin/env python3
"""Builds an evaluation set for the claim and consistency rules from the real exercise
data (../shared/data/free-exercise-db/exercises.json): for each exercise one clean page
and one page with exactly one contradiction, in the seed site's shape, with prose
variations a writer produces (long descriptions from the instructions, pronoun subjects,
hand-written answers, comparisons, negations in other sentences, anatomy words).

Exercises are split by a hash of their id: dev (develop on it) and test (report on it).
Usage: generate.py OUT_DIR   (e.g. .build-eval; never committed)
"""
import hashlib, json, os, random, re, sys

DATA = os.path.join(os.path.dirname(__file__), "../../../shared/data/free-exercise-db/exercises.json")
MUSCLE = {"abdominals": "Abs", "quadriceps": "Quads", "middle back": "Middle Back", "lower back": "Lower Back"}
BODY = {"Abs": "Core", "Quads": "Legs", "Hamstrings": "Legs", "Glutes": "Legs", "Calves": "Legs", "Abductors": "Legs",
        "Adductors": "Legs", "Lats": "Back", "Middle Back": "Back", "Lower Back": "Back", "Traps": "Back", "Chest": "Chest",
        "Shoulders": "Shoulders", "Biceps": "Arms", "Triceps": "Arms", "Forearms": "Arms", "Neck": "Neck"}
EQUIPMENT = {"body only": "Body Weight", None: "Body Weight", "barbell": "Barbell", "dumbbell": "Dumbbell", "other": "Other",
             "cable": "Cable", "machine": "Machine", "kettlebells": "Kettlebell", "bands": "Resistance Band",
             "medicine ball": "Medicine Ball", "exercise ball": "Stability Ball", "foam roll": "Foam Roller", "e-z curl bar": "EZ Bar"}
LEVEL = {"beginner": "Beginner", "intermediate": "Intermediate", "expert": "Advanced"}
SLUG = {"Body Weight": "bodyweight"}
MUSCLES = sorted(set(BODY))
BODY_PARTS = sorted(set(BODY.values()))
LEVELS = ["Beginner", "Intermediate", "Advanced"]
CATEGORIES = ["Strength", "Stretching", "Plyometrics", "Powerlifting", "Olympic Weightlifting", "Strongman", "Cardio"]
EQUIPMENTS = ["Barbell", "Dumbbell", "Cable", "Kettlebell", "Resistance Band", "Medicine Ball", "Machine", "EZ Bar"]


def slug(value):
    return SLUG.get(value, re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-"))


def listed(values):
    return values[0] if len(values) == 1 else ", ".join(values[:-1]) + " and " + values[-1]


def article(word):
    return ("an " if word[0].lower() in "aeiou" else "a ") + word


def other(rng, options, *avoid):
    choices = [o for o in options if o not in avoid]
    return rng.choice(choices)


def record(raw):
    target = MUSCLE.get(raw["primaryMuscles"][0], raw["primaryMuscles"][0].title())
    secondary = [MUSCLE.get(m, m.title()) for m in raw["secondaryMuscles"]]
    secondary = [m for m in dict.fromkeys(secondary) if m != target][:3]
    return {
        "title": re.sub(r"\s+", " ", raw["name"]).strip(), "target": target, "secondary": secondary,
        "body": BODY[target], "equipment": EQUIPMENT[raw["equipment"]], "level": LEVEL[raw["level"]],
        "category": raw["category"].title() if raw["category"] != "olympic weightlifting" else "Olympic Weightlifting",
        "steps": [s.strip() for s in raw["instructions"] if s.strip()],
    }


def page(ex, rng, defect=None):
    """The page's lines and, for a defect, the (line, kind) where it was written."""
    t, tgt, sec = ex["title"], ex["target"], ex["secondary"]
    lvl, body, eq, cat = ex["level"], ex["body"], ex["equipment"], ex["category"]
    # What the prose says (a defect changes one of these).
    say = dict(profile_level=lvl, profile_body=body, profile_eq=eq, summary_target=tgt, faq_target=tgt, faq_level=lvl,
               faq_cat=cat, faq_body=body, faq_secondary=sec[0] if sec else None, link_slug=slug(tgt))
    kind = defect
    if kind == "profile-level": say["profile_level"] = other(rng, LEVELS, lvl)
    if kind == "profile-body": say["profile_body"] = other(rng, BODY_PARTS, body)
    if kind == "profile-equipment": say["profile_eq"] = other(rng, EQUIPMENTS, eq)
    if kind == "summary-target": say["summary_target"] = other(rng, MUSCLES, tgt, *sec)
    if kind == "faq-target": say["faq_target"] = other(rng, MUSCLES, tgt, *sec)
    if kind == "faq-level": say["faq_level"] = other(rng, LEVELS, lvl)
    if kind == "faq-category": say["faq_cat"] = other(rng, CATEGORIES, cat)
    if kind == "faq-body": say["faq_body"] = other(rng, BODY_PARTS, body)
    if kind == "faq-secondary": say["faq_secondary"] = other(rng, MUSCLES, tgt, *sec)
    if kind == "link-slug": say["link_slug"] = slug(other(rng, MUSCLES, tgt))

    lines, marks = [], {}
    def add(text, mark=None):
        if mark: marks[mark] = len(lines) + 1
        lines.append(text)

    first = ex["steps"][0] if ex["steps"] else "Set up carefully."
    description = rng.choice([
        f"The {t} is {article(cat.lower())} exercise that develops the {tgt.lower()}" + (f" and {sec[0].lower()}" if sec else "") + ".",
        f"This movement builds the {tgt.lower()} and rewards slow, controlled reps.",
        f"{first} It is a staple for anyone training the {body.lower()}, engaging the core throughout.",
        f"The {t} is a classic. Compared with a beginner move, it asks for more control; unlike a machine exercise, it trains balance too.",
    ])
    muscles = f"Targets {say['summary_target'].lower()}" + (f", also works {listed([m.lower() for m in sec])}." if sec else ".")
    profile = f"{say['profile_level']} {say['profile_body'].lower()} exercise using {say['profile_eq'].lower()}."
    add(f"# {t}"); add("")
    add("## Quick answer"); add("")
    mark = {"profile-level": "d", "profile-body": "d", "profile-equipment": "d", "summary-target": "d"}.get(kind)
    add(f"{description} {profile} {muscles}", mark)
    add("")
    for key, value in [("Body Part", body), ("Equipment", eq), ("Target Muscle", tgt),
                       ("Secondary Muscles", ", ".join(sec) if sec else "None"), ("Difficulty", lvl), ("Category", cat)]:
        add(f"- **{key}:** {value}")
    add(""); add("## How to perform"); add("")
    steps = ex["steps"] if len(ex["steps"]) >= 3 else ex["steps"] + ["Return to the start.", "Repeat for the desired reps."]
    for i, s in enumerate(steps[:8], 1): add(f"{i}. {s}")
    add(""); add("## Pro tips"); add("")
    add(f"- Keep the {tgt.lower()} under tension for the whole rep, not just the top.")
    add(rng.choice(["- Breathe out as you work, in as you return.", "- Film a set from the side; it shows more than a mirror does."]))
    add(""); add("## Common mistakes"); add("")
    add("- Rushing the lowering phase, which shortens the time under tension.")
    add(rng.choice(["- Letting the shoulders shrug up toward the ears.", "- Holding your breath through the whole set."]))
    add(""); add("## FAQ"); add("")
    add(f"### Is the {t} better than the barbell version?"); add("")
    add(rng.choice([
        "It depends on your goal. A barbell allows heavier loads, while this version is kinder to the joints.",
        "Not necessarily; it is easier than an advanced variation but harder than a beginner one.",
        "Neither is better. Choose the one you can do with good form.",
    ]))
    add("")
    add(f"### What muscles does the {t} work?"); add("")
    subject = rng.choice([f"The {t}", "It", f"The {t}"])
    sec_text = f", with secondary activation in the {listed([m.lower() for m in ([say['faq_secondary']] + sec[1:])])}" if sec else ""
    answer = rng.choice([
        f"{subject} primarily targets the {say['faq_target'].lower()}{sec_text}. It's classified as {article(say['faq_cat'].lower())} exercise for the {say['faq_body'].lower()}.",
        f"Mostly the {tgt.lower()}, though you will feel your grip and core working too. {subject} primarily targets the {say['faq_target'].lower()}{sec_text}. It's classified as {article(say['faq_cat'].lower())} exercise for the {say['faq_body'].lower()}.",
    ])
    mark = {"faq-target": "d", "faq-category": "d", "faq-body": "d", "faq-secondary": "d"}.get(kind)
    if kind == "faq-secondary" and not sec:
        return None
    add(answer, mark)
    add("")
    add(f"### Is the {t} good for beginners?"); add("")
    fl = say["faq_level"]
    yes = "Yes" if lvl == "Beginner" else "No"
    answer = rng.choice([
        f"{yes}, the {t} is rated as {article(fl.lower())}-level exercise. Start light and focus on form.",
        f"The {t} is rated as {fl.lower()}. Build up to it gradually.",
        f"{'Not really' if lvl != 'Beginner' else 'Absolutely'}. The {t} is rated as {article(fl.lower())}-level exercise.",
        f"It's {article(fl.lower())} exercise, so plan your progression around it. Unlike an advanced lift, it can be learned in a few sessions.",
    ])
    add(answer, "d" if kind == "faq-level" else None)
    add(""); add("## Related exercises"); add("")
    add(f"- [More {body} Exercises](https://forgetrainer.ai/exercises/{slug(body)})")
    add(f"- [More {eq} Exercises](https://forgetrainer.ai/exercises/equipment/{slug(eq)})")
    add(f"- [More {tgt} Exercises](https://forgetrainer.ai/exercises/muscle/{say['link_slug']})", "d" if kind == "link-slug" else None)
    return "\n".join(lines) + "\n", marks.get("d")


KINDS = ["profile-level", "profile-body", "profile-equipment", "summary-target", "faq-target", "faq-level", "faq-category",
         "faq-body", "faq-secondary", "link-slug"]


def main():
    out = sys.argv[1]
    exercises = json.load(open(DATA))
    manifest = []
    for raw in exercises:
        ex = record(raw)
        split = "dev" if int(hashlib.sha256(raw["id"].encode()).hexdigest(), 16) % 2 == 0 else "test"
        rng = random.Random(raw["id"])
        name = re.sub(r"[^a-z0-9]+", "-", raw["id"].lower()).strip("-")
        for variant in ["clean", "defect"]:
            kind = rng.choice(KINDS) if variant == "defect" else None
            built = page(ex, rng, kind)
            while built is None:
                kind = rng.choice(KINDS)
                built = page(ex, rng, kind)
            text, line = built
            path = os.path.join(out, split, variant, name + ".md")
            os.makedirs(os.path.dirname(path), exist_ok=True)
            open(path, "w").write(text)
            manifest.append({"path": os.path.relpath(path, out), "split": split, "kind": kind, "line": line})
    json.dump(manifest, open(os.path.join(out, "manifest.json"), "w"), indent=1)
    print(f"{len(manifest)} pages in {out}")


main()
