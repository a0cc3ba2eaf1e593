"""How writers name an exercise: the page title, shortened names, plurals, file slugs, and
the gerund that turns an instruction ("Lie down...") into a description ("lying down...")."""

import re

# Leading words a writer drops when the context makes them obvious.
QUALIFIERS = {"barbell", "dumbbell", "bodyweight", "cable", "kettlebell", "band", "standing",
              "seated", "lying", "alternating", "alternate", "kneeling", "supine", "prone", "lever",
              "leverage"}


def title_of(record_name):
    """The site's title: the data's name without " - " separators and with hyphens between
    words dropped, as the seed page does ("Leg-Up Hamstring Stretch" → "Leg Up Hamstring
    Stretch")."""
    name = record_name
    if name.count(", ") == 1 and len(name.split(", ")[1].split()) == 1:
        # "Jogging, Treadmill" → "Treadmill Jogging"
        first, second = name.split(", ")
        name = f"{second} {first}"
    name = name.replace(" - ", " ")
    name = re.sub(r"(?<=[A-Za-z0-9])-(?=[A-Za-z0-9])", " ", name)
    return re.sub(r"\s+", " ", name).strip()


def lower_name(title):
    """The title as it reads inside a sentence: lowercase, acronyms kept ("EZ", "SMR")."""
    return " ".join(w if len(w) > 1 and w.isupper() else w.lower() for w in title.split())


def file_slug(title):
    """The page's file name (without .md)."""
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def shortened(title, taken=()):
    """A shorter name made of the title's own words in order, or None: the title without its
    first word when that word is a qualifier ("Bodyweight Incline Side Plank" → "Incline Side
    Plank"). A name that is another page's title (`taken`, lowercased) is not used."""
    words = title.split()
    if len(words) < 3 or any(ch in title for ch in "(),/") or words[0].lower() not in QUALIFIERS:
        return None
    short = " ".join(words[1:])
    forms = {short.lower(), (plural(short) or "").lower()}
    if forms & set(taken) or short.lower().rstrip("s") in {t.rstrip("s") for t in taken}:
        return None
    return short


def pluralize_word(word):
    lower = word.lower()
    if not word.isalpha() or lower.endswith("ing") or lower.endswith("s") and not lower.endswith("ss"):
        return None
    if lower.endswith(("ss", "sh", "ch", "x")):
        return word + "es"
    if lower.endswith("y") and lower[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def plural(name):
    """The name with its last word in the plural ("Archer Push Up" → "Archer Push Ups"), or
    None when the name does not end in a countable noun."""
    if any(ch in name for ch in "(),/"):
        return None
    words = name.split()
    last = pluralize_word(words[-1])
    if last is None:
        return None
    return " ".join(words[:-1] + [last])


def hyphenated(name):
    """"Push Up" → "push-up": the everyday spelling of some compound names."""
    for pair in ["push up", "pull up", "sit up", "chin up", "step up", "leg up", "t bar",
                 "x over", "good morning"]:
        if pair in name.lower():
            low = name.lower()
            i = low.index(pair)
            return name[:i] + name[i:i + len(pair)].replace(" ", "-") + name[i + len(pair):]
    return None


IRREGULAR_GERUNDS = {"lie": "lying", "sit": "sitting", "set": "setting", "get": "getting",
                     "grab": "grabbing", "step": "stepping", "put": "putting", "run": "running",
                     "hop": "hopping", "drop": "dropping", "begin": "beginning", "swim": "swimming",
                     "grip": "gripping", "tuck": "tucking", "plant": "planting", "rest": "resting"}
# Verbs instructions start with; only these are turned into gerunds.
INSTRUCTION_VERBS = {"lie", "sit", "set", "get", "grab", "step", "put", "place", "stand",
                     "begin", "start", "hold", "take", "position", "attach", "load", "adjust",
                     "kneel", "hang", "assume", "secure", "grasp", "choose", "select", "clean",
                     "squat", "bend", "face", "lay", "rest", "tuck", "plant", "raise", "lift",
                     "pick", "keep", "lean", "straddle", "wrap", "cross", "rotate", "bring",
                     "extend", "reach", "press", "pull", "push", "hop", "run", "walk", "jump",
                     "sitting", "standing", "lying", "connect", "seat", "anchor", "loop",
                     "clasp", "suspend", "move", "choke"}


def gerund(verb):
    v = verb.lower()
    if v.endswith("ing"):
        return v
    if v in IRREGULAR_GERUNDS:
        return IRREGULAR_GERUNDS[v]
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith("ee"):
        return v[:-1] + "ing"
    return v + "ing"


def as_description(instruction):
    """"Lie down on the floor and secure your feet." → "lying down on the floor and securing
    your feet", or None when the instruction does not start with a known verb."""
    sentence = first_sentence(instruction).rstrip(".!")
    words = sentence.split()
    if not words or words[0].lower().strip(",") not in INSTRUCTION_VERBS:
        return None
    out = [gerund(words[0].strip(","))]
    i = 1
    while i < len(words):
        word = words[i]
        if word.lower() == "and" and i + 1 < len(words) and words[i + 1].lower() in INSTRUCTION_VERBS:
            out += ["and", gerund(words[i + 1])]
            i += 2
            continue
        out.append(word)
        i += 1
    text = " ".join(out)
    if len(text) > 160:
        return None
    return text


def first_sentence(text):
    match = re.match(r"(.+?[.!?])(\s|$)", text.strip())
    return match.group(1) if match else text.strip()


def lower_first(text):
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]
