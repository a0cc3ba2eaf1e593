"""One exercise page: the facts of a data record mapped onto the site's vocabulary, a plan of
every random choice, and a renderer in the seed page's exact format
(../shared/seed/leg-up-hamstring-stretch.md, beside the repository)."""

import names
import vocabulary as vocab
import faq
import summary
import tips
from phrases import EQUIPMENT_COMPARISONS


def facts_of(record, taken=()):
    """The page's facts, or (None, reason) when the site's vocabulary cannot say them."""
    if not any(i.strip() for i in record["instructions"]):
        return None, "no instructions (the page would have an empty section)"
    equipment = vocab.equipment_of(record)
    if equipment is None:
        return None, "equipment the site has no value for"
    category = vocab.CATEGORY_FROM_DATA[record["category"]]
    muscles = [vocab.MUSCLE_FROM_DATA[m] for m in record["primaryMuscles"]]
    secondary = []
    for m in record["secondaryMuscles"]:
        value = vocab.MUSCLE_FROM_DATA[m]
        if value not in secondary:
            secondary.append(value)
    if category == "Cardio":
        target, body_part = "Cardiovascular", "Cardio"
        secondary = muscles + [m for m in secondary if m not in muscles]
    else:
        target = muscles[0]
        body_part = vocab.BODY_PART_OF_TARGET[target]
        secondary = [m for m in secondary if m != target]
    title = names.title_of(record["name"])
    secondary += vocab.extra_secondaries(title, target, secondary)
    return {
        "id": record["id"], "title": title, "short": names.shortened(title, taken),
        "plural": names.plural(title), "body_part": body_part, "equipment": equipment,
        "target": target, "secondary": secondary,
        "difficulty": vocab.LEVEL_FROM_DATA[record["level"]], "category": category,
        "instructions": [i.strip() for i in record["instructions"] if i.strip()], "others": [],
    }, None


def plan(f, rng):
    return {
        "summary": summary.plan(f, rng),
        "faq": faq.plan(f, rng),
        "tips": tips.pick(tips.TIPS, f, rng),
        "mistakes": tips.pick(tips.MISTAKES, f, rng),
        "tip_comparison": (rng.randrange(2) if f["equipment"] in EQUIPMENT_COMPARISONS
                           and rng.random() < 0.2 else None),
        "extra_link": rng.randrange(len(f["others"])) if f["others"] and rng.random() < 0.25 else None,
    }


def slots(f, p):
    """Every slot a defect can change, by field."""
    out = {}
    for part in (summary.slots(f, p["summary"]), faq.slots(f, p["faq"])):
        for field, names_ in part.items():
            out.setdefault(field, []).extend(names_)
    return out


def field_values(f):
    return {
        "Body Part": f["body_part"], "Equipment": f["equipment"], "Target Muscle": f["target"],
        "Secondary Muscles": ", ".join(f["secondary"]) if f["secondary"] else "None",
        "Difficulty": f["difficulty"], "Category": f["category"],
    }


def render(f, p, overrides=None):
    """The page's Markdown. `overrides` maps a slot to the value written there instead."""
    overrides = overrides or {}

    def value(slot, default):
        return overrides.get(slot, default)

    lines = [f"# {f['title']}", "", "## Quick answer", "",
             summary.render(f, p["summary"], value), ""]
    for field, text in field_values(f).items():
        lines.append(f"- **{field}:** {value('field.' + field, text)}")
    lines += ["", "---", "", "## How to perform", ""]
    lines += [f"{n}. {step}" for n, step in enumerate(f["instructions"], 1)]
    lines += ["", "## Pro tips", ""]
    tip_lines = list(p["tips"])
    if p["tip_comparison"] is not None:
        texts = EQUIPMENT_COMPARISONS[f["equipment"]]
        tip_lines.append(texts[p["tip_comparison"] % len(texts)])
    lines += [f"- {t}" for t in tip_lines]
    lines += ["", "## Common mistakes", ""]
    lines += [f"- {m}" for m in p["mistakes"]]
    lines += ["", "## FAQ", ""]
    lines += faq.render(f, p["faq"], value)
    lines += ["## Related exercises", ""]
    base = vocab.SITE + "/exercises"
    lines.append(f"- [More {f['body_part']} Exercises]({base}/{vocab.slug(f['body_part'])})")
    lines.append(f"- [More {f['equipment']} Exercises]({base}/equipment/{vocab.slug(f['equipment'])})")
    lines.append(f"- [More {f['target']} Exercises]({base}/muscle/{vocab.slug(f['target'])})")
    if p["extra_link"] is not None:
        other = f["others"][p["extra_link"]]
        lines.append(f"- [{other}]({base}/{names.file_slug(other)})")
    lines += ["", "---", "", f"Get a personalized workout plan with [Forge]({vocab.SITE}).", ""]
    return "\n".join(lines)
