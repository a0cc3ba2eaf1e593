"""The quick answer's first paragraph: an intro sentence in one of several shapes, a
description (often the real instructions), claimless extras, then the site's standard
profile and muscle sentences, or variations of them, or neither.

`plan(facts, rng)` makes every random choice; `render(facts, plan, value)` writes the text
without randomness, reading each stated value through `value(slot, default)` so a defect can
change exactly one value (see defects.py)."""

import names
from phrases import (ANATOMY_CUES, STABILIZERS, BODY_PART_WORDS, CATEGORY_WORDS, EQUIPMENT_COMPARISONS,
                     EQUIPMENT_PHRASES, LEVEL_NEGATIONS, MUSCLE_WORDS, PART_OF_TARGET)

INTRO_SHAPES = ["seed", "seed", "seed", "develops", "noname", "equipment", "level", "bodypart",
                "short", "plural", "suffix"]


def article(word):
    return "an" if word[:1].lower() in "aeiou" else "a"


def join_list(items, style):
    if not items:
        return ""
    if style == "comma" or len(items) == 1:
        return ", ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def plan(f, rng):
    shapes = [s for s in INTRO_SHAPES
              if not (s == "short" and not f["short"]) and not (s == "plural" and not f["plural"])
              and not (s == "bodypart" and f["body_part"] == "Cardio")
              and not (s == "suffix" and "(" in f["title"])]
    p = {"intro": rng.choice(shapes), "kind": rng.randrange(2), "word": rng.randrange(3),
         "eq": rng.randrange(3), "bp": rng.randrange(2), "with_sec": rng.random() < 0.6,
         "hyphen": bool(names.hyphenated(f["title"])) and rng.random() < 0.5}
    can_involve = names.as_description(f["instructions"][0]) if f["instructions"] else None
    desc = rng.choices(["involves", "long", "none"], [5, 3, 2])[0]
    if desc == "involves" and not can_involve:
        desc = "long" if f["instructions"] else "none"
    if desc == "long" and not f["instructions"]:
        desc = "none"
    p["desc"] = desc
    p["long_count"] = rng.randint(1, 3)
    cues = ANATOMY_CUES.get(f["body_part"], []) + ANATOMY_CUES["any"]
    p["cue"] = rng.choice(cues) if rng.random() < 0.4 else None
    extras = []
    if f["equipment"] in EQUIPMENT_COMPARISONS and rng.random() < 0.25:
        extras.append(("comparison", rng.randrange(2)))
    if f["target"] in PART_OF_TARGET and rng.random() < 0.25:
        extras.append(("part", rng.randrange(2)))
    if rng.random() < 0.15:
        extras.append(("level", rng.randrange(2)))
    if rng.random() < 0.15:
        extras.append(("stabilizer", _stabilizer(f)))
    if f["others"] and rng.random() < 0.15:
        extras.append(("other", rng.randrange(len(f["others"])), rng.random() < 0.5))
    rng.shuffle(extras)
    p["extras"] = extras[:2]
    p["extras_last"] = rng.random() < 0.2
    p["profile"] = rng.choices(["standard", "variant", "none"], [7, 1, 2])[0]
    p["muscles"] = rng.choices(["standard", "variant", "none"], [13, 3, 4])[0]
    p["join"] = rng.choice(["comma", "comma", "and"])
    return p


def _stabilizer(f):
    if f["equipment"] in ("Barbell", "Dumbbell", "Kettlebell", "Trap Bar", "EZ Bar") and f["body_part"] in ("Legs", "Back"):
        return "grip"
    if f["body_part"] in ("Core", "Chest", "Arms") and f["category"] == "Strength" and "Rings" != f["equipment"]:
        return "core" if f["body_part"] != "Core" else "shoulders"
    return "core"


def slots(f, p):
    """The slots of this paragraph a defect can change, by the field they state."""
    out = {"Target Muscle": [], "Equipment": [], "Body Part": [], "Difficulty": []}
    if p["muscles"] != "none":
        out["Target Muscle"].append("muscles.target")
    if p["intro"] in ("seed", "develops", "plural", "level", "equipment", "noname", "bodypart", "suffix"):
        out["Target Muscle"].append("intro.target")
    if p["profile"] != "none":
        out["Equipment"].append("profile.equipment")
        out["Body Part"].append("profile.body_part")
        out["Difficulty"].append("profile.difficulty")
    if p["intro"] in ("equipment", "noname"):
        out["Equipment"].append("intro.equipment")
    if p["intro"] in ("short", "bodypart"):
        out["Body Part"].append("intro.body_part")
    if p["intro"] == "level":
        out["Difficulty"].append("intro.level")
    return out


def pick_word(table, value, index):
    words = table.get(value, [value.lower()])
    return words[index % len(words)]


def _intro(f, p, value):
    kind = CATEGORY_WORDS.get(f["category"], ["strength"])[p["kind"] % 2]
    target = pick_word(MUSCLE_WORDS, value("intro.target", f["target"]), p["word"])
    sec = ""
    if p["with_sec"] and f["secondary"]:
        sec = " and " + pick_word(MUSCLE_WORDS, f["secondary"][0], 0)
    eq = pick_word(EQUIPMENT_PHRASES, value("intro.equipment", f["equipment"]), p["eq"])
    bp = pick_word(BODY_PART_WORDS, value("intro.body_part", f["body_part"]), p["bp"])
    name = names.lower_name(names.hyphenated(f["title"]) if p["hyphen"] else f["title"])
    shape = p["intro"]
    if shape == "seed":
        return f"The {name} is {article(kind)} {kind} exercise targeting the {target}{sec}."
    if shape == "develops":
        return f"The {name} is {article(kind)} {kind} exercise that develops the {target}{sec}."
    if shape == "suffix":
        return f"The {name} exercise is {article(kind)} {kind} move that targets the {target}."
    if shape == "noname":
        return f"This {kind} exercise works the {target}{sec} using {eq}."
    if shape == "equipment":
        return f"Done with {eq}, the {name} builds the {target}{sec}."
    if shape == "level":
        level = value("intro.level", f["difficulty"]).lower()
        return f"The {name} is {article(level)} {level} {kind} exercise that works the {target}."
    if shape == "bodypart":
        return f"The {name} is {article(kind)} {kind} move for the {bp} that targets the {target}."
    if shape == "short":
        return f"The {names.lower_name(f['short'])} is {article(kind)} {kind} exercise for the {bp}."
    return f"{f['plural']} are {article(kind)} {kind} staple that builds the {target}."


def _description(f, p):
    if p["desc"] == "involves":
        text = names.as_description(f["instructions"][0])
        return f"It involves {text}{', ' + p['cue'] if p['cue'] else ''}."
    if p["desc"] == "long":
        return " ".join(names.first_sentence(i) for i in f["instructions"][:p["long_count"]])
    return ""


def _extra(f, extra):
    kind = extra[0]
    if kind == "comparison":
        texts = EQUIPMENT_COMPARISONS[f["equipment"]]
        return texts[extra[1] % len(texts)]
    if kind == "part":
        texts = PART_OF_TARGET[f["target"]]
        return texts[extra[1] % len(texts)]
    if kind == "stabilizer":
        return STABILIZERS[extra[1]]
    if kind == "level":
        texts = LEVEL_NEGATIONS[f["difficulty"]]
        return texts[extra[1] % len(texts)]
    other = f["others"][extra[1]]
    if extra[2]:
        return f"It is a good companion to the [{other}](https://forgetrainer.ai/exercises/{names.file_slug(other)})."
    return f"Many lifters pair it with the {other}."


def render(f, p, value):
    parts = [_intro(f, p, value), _description(f, p)]
    extras = [_extra(f, e) for e in p["extras"]]
    if not p["extras_last"]:
        parts += extras
    if p["profile"] != "none":
        level = value("profile.difficulty", f["difficulty"])
        bp = value("profile.body_part", f["body_part"]).lower()
        eq = value("profile.equipment", f["equipment"]).lower()
        if p["profile"] == "standard":
            parts.append(f"{level} {bp} exercise using {eq}.")
        else:
            parts.append(f"{article(level).capitalize()} {level.lower()} {bp} exercise using {eq}.")
    if p["muscles"] != "none":
        target = value("muscles.target", f["target"])
        if p["muscles"] == "standard":
            also = join_list([m.lower() for m in f["secondary"]], p["join"])
            parts.append(f"Targets {target.lower()}, also works {also}." if also else f"Targets {target.lower()}.")
        else:
            word = pick_word(MUSCLE_WORDS, target, p["word"])
            also = join_list([pick_word(MUSCLE_WORDS, m, 0) for m in f["secondary"]], "and")
            parts.append(f"It primarily targets the {word}, with help from the {also}." if also
                         else f"It primarily targets the {word}.")
    if p["extras_last"]:
        parts += extras
    return " ".join(part for part in parts if part)
