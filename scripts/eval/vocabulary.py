"""The seed site's published vocabulary (issue #15) and how the free-exercise-db records map
onto it. Everything the generator knows about values lives here; see README.md ("Mapping").
"""

BODY_PARTS = ["Arms", "Back", "Cardio", "Chest", "Core", "Legs", "Neck", "Shoulders"]

EQUIPMENT = ["Ab Wheel", "Barbell", "Body Weight", "Cable", "Cardio Machine", "Dumbbell",
             "EZ Bar", "Jump Rope", "Kettlebell", "Machine", "Medicine Ball", "Resistance Band",
             "Rings", "Smith Machine", "Trap Bar", "Treadmill", "Weight Plate",
             # accepted values the site rarely uses (issue #15 keeps them accepted)
             "Foam Roller", "Stability Ball"]

TARGET_MUSCLES = ["Abductors", "Abs", "Adductors", "Biceps", "Calves", "Cardiovascular", "Chest",
                  "Forearms", "Glutes", "Hamstrings", "Lats", "Lower Back", "Neck", "Quads",
                  "Serratus", "Shoulders", "Traps", "Triceps", "Upper Back"]

# Secondary muscles in common use on the site, besides the target muscles.
EXTRA_SECONDARY = ["Hip Flexors", "Obliques", "Core", "Rhomboids", "Rear Deltoids", "Brachialis",
                   "Rotator Cuff", "Ankles", "Feet"]

CATEGORIES = ["Balance", "Cardio", "Mobility", "Plyometrics", "Rehabilitation", "Strength",
              "Stretching"]

DIFFICULTIES = ["Beginner", "Intermediate", "Advanced"]

FIELDS = ["Body Part", "Equipment", "Target Muscle", "Secondary Muscles", "Difficulty", "Category"]

SITE = "https://forgetrainer.ai"


def slug(value):
    """The site's URL slug of a value: lowercase, hyphenated; Body Weight is `bodyweight`."""
    if value == "Body Weight":
        return "bodyweight"
    out = []
    for ch in value.lower():
        out.append(ch if ch.isalnum() else "-")
    return "-".join(part for part in "".join(out).split("-") if part)


# ── Mapping of the data's values ──────────────────────────────────────────────────────

MUSCLE_FROM_DATA = {
    "abdominals": "Abs", "abductors": "Abductors", "adductors": "Adductors", "biceps": "Biceps",
    "calves": "Calves", "chest": "Chest", "forearms": "Forearms", "glutes": "Glutes",
    "hamstrings": "Hamstrings", "lats": "Lats", "lower back": "Lower Back",
    "middle back": "Upper Back", "neck": "Neck", "quadriceps": "Quads", "shoulders": "Shoulders",
    "traps": "Traps", "triceps": "Triceps",
}

LEVEL_FROM_DATA = {"beginner": "Beginner", "intermediate": "Intermediate", "expert": "Advanced"}

# The site has no Powerlifting, Olympic Weightlifting or Strongman category: they are
# strength work there.
CATEGORY_FROM_DATA = {
    "strength": "Strength", "stretching": "Stretching", "plyometrics": "Plyometrics",
    "cardio": "Cardio", "powerlifting": "Strength", "olympic weightlifting": "Strength",
    "strongman": "Strength",
}

BODY_PART_OF_TARGET = {
    "Abs": "Core", "Quads": "Legs", "Hamstrings": "Legs", "Glutes": "Legs", "Calves": "Legs",
    "Adductors": "Legs", "Abductors": "Legs", "Biceps": "Arms", "Triceps": "Arms",
    "Forearms": "Arms", "Chest": "Chest", "Shoulders": "Shoulders", "Lats": "Back",
    "Upper Back": "Back", "Lower Back": "Back", "Traps": "Back", "Neck": "Neck",
    "Cardiovascular": "Cardio",
}

# Implements the site's vocabulary has no value for: such records are left out.
UNMAPPABLE_NAME_WORDS = ["atlas", "axle", "drag", "sled", "car deadlift", "keg", "log lift",
                         "rickshaw", "sandbag", "tire flip", "yoke", "conan", "circus bell",
                         "crucifix", "chain", "heavy bag", "battling ropes", "sledgehammer",
                         "wrist roller", "power stairs", "prowler", "balance board", "weighted",
                         "farmer"]


def equipment_of(record):
    """The site's Equipment for a record, or None when the site has no value for it."""
    raw = record.get("equipment")
    name = record["name"].lower()
    words = name.replace("-", " ").replace("(", " ").replace(")", " ").split()
    if raw in (None, "other"):
        if "ab roller" in name:
            return "Ab Wheel"
        if "trap bar" in name:
            return "Trap Bar"
        if "plate" in words:
            return "Weight Plate"
        if ("band" in words or "bands" in words) and "it band" not in name:
            return "Resistance Band"
        if "ring" in words or "suspended" in words:
            return "Rings"
        if "rope jumping" in name:
            return "Jump Rope"
        if any(word in name for word in UNMAPPABLE_NAME_WORDS):
            return None
        return "Body Weight"
    if raw == "machine":
        if "smith" in words:
            return "Smith Machine"
        if "treadmill" in words:
            return "Treadmill"
        if record.get("category") == "cardio":
            return "Cardio Machine"
        return "Machine"
    if raw == "barbell" and "smith" in words:
        return "Smith Machine"
    return {
        "body only": "Body Weight", "kettlebells": "Kettlebell", "dumbbell": "Dumbbell",
        "cable": "Cable", "barbell": "Barbell", "bands": "Resistance Band",
        "medicine ball": "Medicine Ball", "exercise ball": "Stability Ball",
        "e-z curl bar": "EZ Bar", "foam roll": "Foam Roller",
    }[raw]


def extra_secondaries(name, target, secondaries):
    """Secondary muscles the site commonly adds that the data's coarse groups leave out,
    decided from the exercise's name only (anatomically safe cases)."""
    n = name.lower()
    extra = []
    if target == "Abs" and any(w in n for w in ["twist", "oblique", "side bend", "russian",
                                                 "windmill", "side bridge", "side plank",
                                                 "jackknife", "woodchop"]):
        extra.append("Obliques")
    if target == "Abs" and any(w in n for w in ["leg raise", "knee raise", "knee tuck",
                                                 "hanging", "leg lift", "flutter"]):
        extra.append("Hip Flexors")
    if "hammer curl" in n or "reverse curl" in n or "reverse barbell curl" in n:
        extra.append("Brachialis")
    if any(w in n for w in ["face pull", "reverse fly", "reverse flye", "rear delt"]):
        extra.append("Rear Deltoids")
    if "external rotation" in n or "internal rotation" in n:
        extra.append("Rotator Cuff")
    if " row" in " " + n and target in ("Upper Back", "Lats"):
        extra.append("Rhomboids")
    return [m for m in extra if m not in secondaries and m != target]


# ── Relations used to pick values that are genuinely wrong ────────────────────────────

REGION = {
    "Quads": "legs", "Hamstrings": "legs", "Glutes": "legs", "Calves": "legs",
    "Adductors": "legs", "Abductors": "legs", "Hip Flexors": "legs", "Ankles": "legs",
    "Feet": "legs", "Biceps": "arms", "Triceps": "arms", "Forearms": "arms",
    "Brachialis": "arms", "Chest": "chest", "Serratus": "chest", "Shoulders": "shoulders",
    "Rear Deltoids": "shoulders", "Rotator Cuff": "shoulders", "Lats": "back",
    "Upper Back": "back", "Lower Back": "back", "Traps": "back", "Rhomboids": "back",
    "Abs": "core", "Obliques": "core", "Core": "core", "Neck": "neck",
    "Cardiovascular": "cardio",
}
REGION_OF_BODY_PART = {"Arms": "arms", "Back": "back", "Chest": "chest", "Core": "core",
                       "Legs": "legs", "Neck": "neck", "Shoulders": "shoulders",
                       "Cardio": "cardio"}
# Regions that share muscles at their border (traps and shoulders, the lower back and the
# core, the hip flexors...): a value from a neighbouring region is not counted as wrong.
NEIGHBOURS = {
    "legs": {"core"}, "core": {"legs", "back"}, "back": {"shoulders", "core", "neck"},
    "shoulders": {"back", "chest", "arms"}, "chest": {"shoulders", "arms"},
    "arms": {"shoulders", "chest"}, "neck": {"back"}, "cardio": set(),
}

# Equipment that is part of, or a form of, another (a Smith machine has a barbell...).
EQUIPMENT_RELATED = {
    "Barbell": {"Smith Machine", "EZ Bar", "Trap Bar", "Weight Plate"},
    "Smith Machine": {"Barbell", "Machine", "Weight Plate"},
    "EZ Bar": {"Barbell", "Weight Plate"}, "Trap Bar": {"Barbell", "Weight Plate"},
    "Weight Plate": {"Barbell", "EZ Bar", "Trap Bar", "Smith Machine", "Machine"},
    "Cable": {"Machine"}, "Machine": {"Cable", "Smith Machine", "Cardio Machine", "Weight Plate"},
    "Cardio Machine": {"Machine", "Treadmill"}, "Treadmill": {"Cardio Machine", "Machine"},
    "Rings": {"Body Weight"}, "Body Weight": {"Rings"},
    "Medicine Ball": {"Stability Ball"}, "Stability Ball": {"Medicine Ball"},
}
# Candidates for a wrong Equipment: everyday tools nobody confuses with each other.
WRONG_EQUIPMENT_CANDIDATES = ["Barbell", "Dumbbell", "Kettlebell", "Cable", "Machine",
                              "Resistance Band", "Medicine Ball", "EZ Bar", "Smith Machine",
                              "Trap Bar"]

# ── Spellings writers use for field values (fix-safety cases of issue #14) ─────────────

# Another spelling of the same value: the site's canonical value → an alias, per field.
MUSCLE_ALIASES = {
    "Quads": ["Quadriceps"], "Abs": ["Abdominals"], "Traps": ["Trapezius"],
    "Lats": ["Latissimus Dorsi"], "Shoulders": ["Deltoids", "Delts"], "Chest": ["Pectorals"],
    "Hamstrings": ["Hamstring"], "Calves": ["Calf"], "Glutes": ["Glute"],
    "Biceps": ["Bicep"], "Triceps": ["Tricep"],
}
EQUIPMENT_ALIASES = {
    "EZ Bar": ["EZ Barbell", "EZ Curl Bar"], "Resistance Band": ["Band"],
    "Body Weight": ["Bodyweight"], "Dumbbell": ["Dumbbells"], "Kettlebell": ["Kettlebells"],
}
ALIASES = {**MUSCLE_ALIASES, **EQUIPMENT_ALIASES}
ALIASES_OF_FIELD = {"Target Muscle": MUSCLE_ALIASES, "Secondary Muscles": MUSCLE_ALIASES,
                    "Equipment": EQUIPMENT_ALIASES}

# Values in no vocabulary and near none: a fixer must not turn them into another fact.
UNKNOWN_MUSCLES = ["Hands", "Grip Muscles", "Wrist Flexors", "Lower Abs", "Back",
                   "Spinal Erectors", "Stabilizers", "Inner Thighs", "Posterior Chain",
                   "Hip Extensors"]
UNKNOWN_EQUIPMENT = ["Sandbag", "Bench", "Pull-Up Bar", "Landmine", "Battle Ropes",
                     "Suspension Trainer", "Sliders", "Step Platform"]


def all_known_spellings():
    """Every value and alias, lowercased: a misspelling must not land on one of them."""
    known = set()
    for values in (BODY_PARTS, EQUIPMENT, TARGET_MUSCLES, EXTRA_SECONDARY, CATEGORIES,
                   DIFFICULTIES):
        known.update(v.lower() for v in values)
    for aliases in ALIASES.values():
        known.update(a.lower() for a in aliases)
    # Today's built-in pack also knows these (Rules/taxonomy.yml).
    known.update(["middle back", "abdominals", "quadriceps", "band", "bosu ball", "rope",
                  "sled", "leverage machine", "weighted", "other", "full body", "powerlifting",
                  "strongman", "olympic weightlifting", "mobility", "hip flexor", "hams",
                  "pecs", "oblique", "quad", "gluteus", "core muscles", "no equipment",
                  "swiss ball", "exercise ball", "total body", "whole body", "olympic lifting"])
    return known
