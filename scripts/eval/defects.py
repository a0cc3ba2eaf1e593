"""Defect variants: one contradiction per page, written into a slot the page already has, with
a value that is genuinely wrong (not the field's value, not part of or related to it, not
named in the title or the steps). Also the fix-safety cases of issue #14 (unknown, misspelt
and alias field values)."""

import re

import vocabulary as vocab

# kind → (field, where the slot lives, expected minimum severity)
KINDS = {
    "faq-level": ("Difficulty", "faq", "error"),
    "faq-target": ("Target Muscle", "faq", "error"),
    "summary-target": ("Target Muscle", "summary", "error"),
    "summary-equipment": ("Equipment", "summary", "error"),
    "summary-body-part": ("Body Part", "summary", "error"),
    "summary-difficulty": ("Difficulty", "summary", "error"),
    "field-unknown": (None, "field", "error"),
    "field-misspelt": (None, "field", "error"),
    "field-alias": (None, "field", "warning"),
}
CONTRADICTIONS = [k for k, v in KINDS.items() if v[1] != "field"]
FIX_SAFETY = [k for k, v in KINDS.items() if v[1] == "field"]


def _mentioned(value, f):
    text = (f["title"] + " " + " ".join(f["instructions"])).lower()
    words = [value.lower()] + [a.lower() for a in vocab.ALIASES.get(value, [])]
    if value.endswith("s"):
        words.append(value.lower()[:-1])
    return any(re.search(r"\b" + re.escape(w) + r"\b", text) for w in words)


def _page_regions(f):
    regions = {vocab.REGION[m] for m in [f["target"], *f["secondary"]] if m in vocab.REGION}
    regions.add(vocab.REGION_OF_BODY_PART[f["body_part"]])
    near = set(regions)
    for r in regions:
        near |= vocab.NEIGHBOURS[r]
    return near


def wrong_level(f, rng):
    return rng.choice([d for d in vocab.DIFFICULTIES if d != f["difficulty"]])


def wrong_muscle(f, rng):
    near = _page_regions(f)
    candidates = [m for m in vocab.TARGET_MUSCLES
                  if m not in ("Cardiovascular", "Serratus") and vocab.REGION[m] not in near
                  and not _mentioned(m, f)]
    return rng.choice(candidates) if candidates else None


def wrong_body_part(f, rng):
    near = _page_regions(f)
    candidates = [b for b in vocab.BODY_PARTS
                  if b != "Cardio" and vocab.REGION_OF_BODY_PART[b] not in near and not _mentioned(b, f)]
    return rng.choice(candidates) if candidates else None


def wrong_equipment(f, rng):
    true = f["equipment"]
    related = vocab.EQUIPMENT_RELATED.get(true, set())
    candidates = [e for e in vocab.WRONG_EQUIPMENT_CANDIDATES
                  if e != true and e not in related and not _mentioned(e, f)
                  and not (e == "Resistance Band" and _mentioned("Band", f))]
    return rng.choice(candidates) if candidates else None


WRONG = {"Difficulty": wrong_level, "Target Muscle": wrong_muscle, "Body Part": wrong_body_part,
         "Equipment": wrong_equipment}


def misspell(value, rng):
    """One typing slip inside a word (a swap, a dropped or a doubled letter) that lands on no
    known value or alias; None if none does."""
    known = vocab.all_known_spellings()
    attempts = []
    for i in range(1, len(value) - 1):
        if not (value[i].isalpha() and value[i + 1].isalpha()):
            continue
        attempts.append(value[:i] + value[i + 1] + value[i] + value[i + 2:])
        attempts.append(value[:i] + value[i + 1:])
        attempts.append(value[:i] + value[i] + value[i:])
    rng.shuffle(attempts)
    for candidate in attempts:
        if candidate.lower() != value.lower() and candidate.lower() not in known:
            return candidate
    return None


def _field_items(f):
    """(field, item index or None, value) of every single value on the page."""
    items = [("Target Muscle", None, f["target"]), ("Equipment", None, f["equipment"]),
             ("Body Part", None, f["body_part"]), ("Difficulty", None, f["difficulty"]),
             ("Category", None, f["category"])]
    items += [("Secondary Muscles", i, m) for i, m in enumerate(f["secondary"])]
    return items


def _field_override(f, field, index, new):
    if field != "Secondary Muscles":
        return {"field." + field: new}
    values = list(f["secondary"]) or ["None"]
    values[index or 0] = new
    return {"field.Secondary Muscles": ", ".join(values)}


def field_defect(kind, f, rng):
    """(overrides, field, true value, written value) for a fix-safety kind, or None."""
    if kind == "field-unknown":
        if rng.random() < 0.7:
            new = rng.choice(vocab.UNKNOWN_MUSCLES)
            index = rng.randrange(len(f["secondary"])) if f["secondary"] else None
            true = f["secondary"][index] if index is not None else "None"
            return _field_override(f, "Secondary Muscles", index, new), "Secondary Muscles", true, new
        new = rng.choice(vocab.UNKNOWN_EQUIPMENT)
        return _field_override(f, "Equipment", None, new), "Equipment", f["equipment"], new
    if kind == "field-misspelt":
        items = [it for it in _field_items(f) if len(it[2]) >= 5]
        rng.shuffle(items)
        for field, index, value in items:
            new = misspell(value, rng)
            if new:
                return _field_override(f, field, index, new), field, value, new
        return None
    items = [it for it in _field_items(f) if it[2] in vocab.ALIASES_OF_FIELD.get(it[0], {})]
    if not items:
        return None
    field, index, value = rng.choice(items)
    new = rng.choice(vocab.ALIASES_OF_FIELD[field][value])
    return _field_override(f, field, index, new), field, value, new


def make(kind, f, page_slots, rng):
    """(overrides, field, slot, true value, written value) for one defect, or None when the
    page has no place for this kind or no genuinely wrong value exists."""
    field, _, _ = KINDS[kind]
    if field is None:
        made = field_defect(kind, f, rng)
        if made is None:
            return None
        overrides, field, true, new = made
        return overrides, field, "field." + field, true, new
    prefix = "faq" if kind.startswith("faq") else ("intro", "profile", "muscles")
    candidates = [s for s in page_slots.get(field, []) if s.startswith(prefix)]
    if not candidates:
        return None
    wrong = WRONG[field](f, rng)
    if wrong is None:
        return None
    slot = rng.choice(candidates)
    return {slot: wrong}, field, slot, f[{"Difficulty": "difficulty", "Target Muscle": "target",
                                          "Body Part": "body_part", "Equipment": "equipment"}[field]], wrong
