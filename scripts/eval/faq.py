"""The FAQ: a few hand-written questions, then the site's two templated questions ("What
muscles does the X work?", "Is the X good for beginners?") answered either with the site's
standard sentences or in a writer's own words. Same plan/render split as summary.py; the
slots are "faq_muscles.target" and "faq_level.level"."""

import names
from phrases import EQUIPMENT_PHRASES, MUSCLE_WORDS, PART_OF_TARGET
from summary import article, join_list, pick_word

# About 70% of muscle answers keep the site's standard sentence; the rest are a writer's own.
MUSCLE_SHAPES = ["standard"] * 14 + ["standard_short", "pronoun", "mostly", "do_most", "short", "part"]

OPENERS = {  # by the page's true level; "," openers continue the sentence
    "Beginner": ["Yes, ", "Yes. ", "Absolutely. ", ""],
    "Intermediate": ["", "It can be, but ", "Not right away. ", "With some preparation, yes. "],
    "Advanced": ["No, ", "Not really. ", "Not at first. ", ""],
}
LEVEL_SHAPES = ["rated_level", "rated_level", "rated_level", "rated_as", "is_a", "its_rated", "short_move"]
FOLLOW_UPS = {
    "Beginner": ["It's a great starting point for building {target} strength.",
                 "Start with a light load and focus on slow, controlled reps.",
                 "No advanced technique is needed, only control."],
    "Intermediate": ["Beginners should first build a base with simpler {body} exercises.",
                     "Learn the basic pattern with a light load before you progress.",
                     "It is not an advanced lift, but it rewards some training experience."],
    "Advanced": ["Beginners can work up to it once they are comfortable with basic {target} movements.",
                 "It is not a beginner move; build strength with easier variations first.",
                 "Master the easier versions before you try it."],
}
NO_LEVEL_ANSWERS = {
    "Beginner": "Yes. Start light and focus on slow, controlled reps.",
    "Intermediate": "It can be, with a light load and someone to check your form.",
    "Advanced": "Not really. Build up to it with easier {body} exercises first.",
}


def _custom_questions(f):
    """(question, answer) pairs a writer adds; each holds for the page."""
    t, cat, eq = f["title"], f["category"], f["equipment"]
    name = f["plural"] or ("the " + t)
    short = names.lower_name(f["short"] or t)
    out = []
    freq = {"Strength": "Two or three times a week is plenty for most people, with a rest day in between.",
            "Stretching": "Daily is fine. Hold each stretch for 20 to 30 seconds and never push into pain.",
            "Plyometrics": "Once or twice a week, when you are fresh; jumping is demanding on the joints.",
            "Cardio": "Three to five sessions a week, mixing easy and harder days."}[cat]
    if f["plural"] and len(t) % 2:
        out.append((f"How often should I do {f['plural'].lower()}?", freq))
    else:
        out.append((f"How often should I do the {t}?", freq))
    sets = {"Strength": "Three sets of 8 to 12 reps suit most goals. For strength, go heavier with 4 to 6 reps.",
            "Stretching": "Two or three rounds of 20 to 30 seconds per side.",
            "Plyometrics": "Three to five sets of 3 to 6 reps, with full rest between sets.",
            "Cardio": "Think in minutes rather than reps: 20 to 40 minutes at a steady pace."}[cat]
    out.append(("How many sets and reps should I do?", sets))
    if f["others"]:
        other = f["others"][0]
        out.append((f"Is the {t} better than the {other}?",
                    f"Neither is better; they do different jobs. The {short} suits some lifters, the "
                    f"{names.lower_name(other)} suits others, and many programs use both."))
    home = {"Body Weight": "Yes. You only need a bit of floor space.",
            "Dumbbell": "Yes, if you have a pair of dumbbells. Adjustable dumbbells save space.",
            "Resistance Band": "Yes. A band is cheap, light and easy to store.",
            "Kettlebell": "Yes. One kettlebell is enough to start.",
            "Barbell": "Only with a rack and a barbell. Otherwise, try a dumbbell variation instead.",
            "Cable": "Not easily, since it needs a cable station; a band anchored to a door gives a similar pull.",
            "Machine": "Not really; it needs the machine, so a gym is the place for it."}
    if eq in home:
        out.append((f"Can I do {name.lower() if f['plural'] else 'this exercise'} at home?", home[eq]))
    if cat == "Stretching":
        out.append(("How long should I hold the stretch?",
                    "Twenty to thirty seconds per side. Breathe slowly and let the muscle relax a little more on each exhale."))
    if f["body_part"] in ("Legs", "Back") and cat == "Strength":
        out.append(("Why do I feel it in my lower back?",
                    "Usually because the back rounds or arches under load. Brace your core, lighten the weight and keep your spine neutral."))
    if eq in EQUIPMENT_PHRASES and eq not in ("Body Weight", "Treadmill", "Cardio Machine"):
        phrase = EQUIPMENT_PHRASES[eq][0]
        alternatives = [a for e, a in [("Resistance Band", "a band"), ("Dumbbell", "dumbbells"),
                                       ("Kettlebell", "a kettlebell")] if e != eq]
        out.append((f"What can I use instead of {phrase}?",
                    f"A similar movement with {alternatives[0]} or {alternatives[1]} works. "
                    "The muscles are the same; only the resistance profile changes."))
    return out


def plan(f, rng):
    customs = _custom_questions(f)
    count = min(len(customs), rng.choice([1, 2, 2, 3]))
    p = {"customs": sorted(rng.sample(range(len(customs)), count)),
         "muscles": rng.random() < 0.95, "beginner": rng.random() < 0.95,
         "custom_first": rng.random() < 0.8, "lower_title": rng.random() < 0.1,
         "word": rng.randrange(3), "opener": rng.randrange(4), "follow": rng.randrange(3),
         "join": rng.choice(["comma", "and", "and"])}
    shapes = [s for s in MUSCLE_SHAPES if not (s == "short" and not f["short"])
              and not (s == "part" and f["target"] not in PART_OF_TARGET)]
    p["muscle_shape"] = rng.choice(shapes)
    p["part"] = rng.randrange(2)
    p["level_shape"] = "none" if rng.random() < 0.15 else rng.choice(LEVEL_SHAPES)
    if p["level_shape"] == "short_move" and not f["short"]:
        p["level_shape"] = "is_a"
    return p


def slots(f, p):
    out = {"Target Muscle": [], "Difficulty": []}
    if p["muscles"]:
        out["Target Muscle"].append("faq_muscles.target")
    if p["beginner"] and p["level_shape"] != "none":
        out["Difficulty"].append("faq_level.level")
    return out


def _muscles_answer(f, p, value):
    t = f["title"]
    word = pick_word(MUSCLE_WORDS, value("faq_muscles.target", f["target"]), p["word"])
    secs = [pick_word(MUSCLE_WORDS, m, 0) for m in f["secondary"]]
    also = join_list(secs, p["join"])
    cat, body = f["category"].lower(), f["body_part"].lower()
    shape = p["muscle_shape"]
    if shape == "standard":
        first = (f"The {t} primarily targets the {word}, with secondary activation in the {also}." if also
                 else f"The {t} primarily targets the {word}.")
        return f"{first} It's classified as {article(cat)} {cat} exercise for the {body}."
    if shape == "standard_short":
        return f"The {t} primarily targets the {word}. It's {article(cat)} {cat} exercise."
    if shape == "pronoun":
        rest = f", and the {secs[0]} help stabilise the movement." if secs else "."
        return f"It primarily targets the {word}{rest}"
    if shape == "mostly":
        rest = f" You'll also feel it in your {also}." if also else " Little else is involved."
        return f"Mostly the {word}.{rest}"
    if shape == "do_most":
        verb = "do" if word.endswith("s") else "does"
        rest = f", while the {also} assist." if also else "."
        return f"Your {word} {verb} most of the work{rest}"
    if shape == "short":
        rest = f", with the {also} helping." if also else "."
        short = names.lower_name(f["short"])
        verb = "work" if short.endswith("s") and not short.endswith("ss") else "works"
        return f"The {short} {verb} the {word} hardest{rest}"
    part = PART_OF_TARGET[f["target"]][p["part"] % len(PART_OF_TARGET[f["target"]])]
    return f"It primarily targets the {word}. {part}"


def _level_answer(f, p, value):
    true_level = f["difficulty"]
    body = f["body_part"].lower()
    target = f["target"].lower()
    if p["level_shape"] == "none":
        return NO_LEVEL_ANSWERS[true_level].format(body=body)
    opener = OPENERS[true_level][p["opener"]]
    level = value("faq_level.level", true_level).lower()
    name = f["title"]
    shape = p["level_shape"]
    if shape == "rated_level":
        sentence = f"the {name} is rated as {article(level)} {level}-level exercise."
    elif shape == "rated_as":
        sentence = f"the {name} is rated as {level}."
    elif shape == "is_a":
        sentence = f"the {name} is {article(level)} {level} exercise."
    elif shape == "its_rated":
        sentence = f"it's rated {level}."
    else:
        sentence = f"the {names.lower_name(f['short'])} is {article(level)} {level} move."
    if not opener or opener.rstrip()[-1] in ".!?":
        sentence = sentence[0].upper() + sentence[1:]
    follow = FOLLOW_UPS[true_level][p["follow"]].format(body=body, target=target)
    return f"{opener}{sentence} {follow}"


def render(f, p, value):
    """The FAQ section's lines (without its heading)."""
    customs = _custom_questions(f)
    pairs = [customs[i] for i in p["customs"]]
    title = names.lower_name(f["title"]) if p["lower_title"] else f["title"]
    templated = []
    if p["muscles"]:
        templated.append((f"What muscles does the {title} work?", _muscles_answer(f, p, value)))
    if p["beginner"]:
        templated.append((f"Is the {title} good for beginners?", _level_answer(f, p, value)))
    pairs = pairs + templated if p["custom_first"] else templated + pairs
    lines = []
    for question, answer in pairs:
        lines += [f"### {question}", "", answer, ""]
    return lines
