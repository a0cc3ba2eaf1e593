"""The words writers use for values in prose, and the prose that names a muscle or a piece
of equipment without claiming it as a field value (anatomy cues, parts of a muscle group,
comparisons, negations). Every phrase is true of any page it can be chosen for."""

# How a value reads in a sentence that states it (a claim). The first is the site's own.
MUSCLE_WORDS = {
    "Quads": ["quads", "quadriceps"], "Abs": ["abs", "abdominals"],
    "Traps": ["traps", "trapezius"], "Shoulders": ["shoulders", "delts", "deltoids"],
    "Chest": ["chest", "pecs"], "Lats": ["lats", "latissimus dorsi"],
    "Upper Back": ["upper back"], "Lower Back": ["lower back"],
    "Hamstrings": ["hamstrings"], "Glutes": ["glutes", "glute muscles"],
    "Calves": ["calves", "calf muscles"], "Biceps": ["biceps"], "Triceps": ["triceps"],
    "Forearms": ["forearms"], "Adductors": ["adductors", "hip adductors"],
    "Abductors": ["abductors", "hip abductors"], "Neck": ["neck muscles", "neck"],
    "Serratus": ["serratus"], "Cardiovascular": ["cardiovascular system", "heart and lungs"],
    "Hip Flexors": ["hip flexors"], "Obliques": ["obliques"], "Core": ["core"],
    "Rhomboids": ["rhomboids"], "Rear Deltoids": ["rear deltoids", "rear delts"],
    "Brachialis": ["brachialis"], "Rotator Cuff": ["rotator cuff"], "Ankles": ["ankles"],
    "Feet": ["feet"],
}

# A part of the target muscle group, named as such: "the rear deltoids" on a Shoulders page.
PART_OF_TARGET = {
    "Shoulders": ["The front and side delts share the work, with the rear deltoids steadying the arm.",
                  "The side delts and rear deltoids both get worked."],
    "Triceps": ["Taking the elbows overhead puts the long head of the triceps on stretch.",
                "All three heads of the triceps work, the long head most of all."],
    "Chest": ["The upper chest and the sternal fibres of the pecs share the load.",
              "It works the pectoralis major from the collarbone down."],
    "Abs": ["The lower abs work hardest at the end of the movement.",
            "The rectus abdominis does most of the work, with the deep core holding the spine still."],
    "Upper Back": ["The rhomboids and mid traps pull the shoulder blades together.",
                   "It works the muscles between the shoulder blades, the rhomboids in particular."],
    "Quads": ["The vastus medialis, the teardrop above the knee, works hard near lockout.",
              "All four heads of the quadriceps share the work."],
    "Hamstrings": ["The biceps femoris and the semitendinosus do most of the work.",
                   "The hamstrings work across both the hip and the knee."],
    "Calves": ["The gastrocnemius and the soleus share the load.",
               "Straight knees bias the gastrocnemius over the soleus."],
    "Glutes": ["The gluteus maximus does most of the work.",
               "The gluteus maximus and medius both contribute."],
    "Biceps": ["Both heads of the biceps work, with the brachialis underneath.",
               "The long head of the biceps is stretched at the bottom."],
    "Lats": ["The latissimus dorsi pull the upper arm down and back.",
             "The lower lats work hardest when the elbows drive to the hips."],
    "Traps": ["The upper traps do most of the lifting.", "Mostly the upper fibres of the trapezius."],
    "Forearms": ["The wrist flexors and the grip muscles of the hand do the work.",
                 "It works the wrist flexors on the inside of the forearm."],
    "Lower Back": ["The spinal erectors do most of the work.",
                   "The erector spinae along the spine hold and extend the back."],
    "Adductors": ["The inner thigh muscles do the work.", "The adductor magnus works the hardest."],
    "Abductors": ["The outer hip muscles, the gluteus medius in particular, do the work.",
                  "The tensor fasciae latae and the gluteus medius share the load."],
    "Neck": ["The deep neck flexors and the muscles at the back of the neck share the work."],
}

# How the exercise's equipment is named in prose; compound names included ("cable machine").
EQUIPMENT_PHRASES = {
    "Cable": ["a cable machine", "a cable station", "the cable pulley"],
    "Smith Machine": ["a Smith machine", "the guided barbell of a Smith machine", "a Smith machine bar"],
    "Machine": ["a machine", "a lever machine", "the machine"],
    "Barbell": ["a barbell", "a loaded barbell", "an Olympic barbell"],
    "Dumbbell": ["dumbbells", "a pair of dumbbells", "a dumbbell"],
    "Kettlebell": ["a kettlebell", "a single kettlebell"],
    "Body Weight": ["just your body weight", "no equipment", "your own body weight"],
    "EZ Bar": ["an EZ bar", "an EZ curl bar", "an EZ-bar"],
    "Resistance Band": ["a resistance band", "a loop band", "a band"],
    "Medicine Ball": ["a medicine ball", "a med ball"],
    "Stability Ball": ["a stability ball", "an exercise ball", "a Swiss ball"],
    "Foam Roller": ["a foam roller"], "Weight Plate": ["a weight plate", "a plate"],
    "Trap Bar": ["a trap bar", "a hex bar"], "Rings": ["gymnastic rings", "suspension straps"],
    "Jump Rope": ["a jump rope", "a skipping rope"], "Ab Wheel": ["an ab wheel", "an ab roller"],
    "Cardio Machine": ["the machine", "a cardio machine"], "Treadmill": ["a treadmill"],
}

BODY_PART_WORDS = {"Legs": ["legs", "lower body"], "Arms": ["arms"], "Back": ["back"],
                   "Chest": ["chest"], "Core": ["core", "midsection"], "Shoulders": ["shoulders"],
                   "Neck": ["neck"], "Cardio": ["heart and lungs"]}

CATEGORY_WORDS = {"Strength": ["strength", "resistance"], "Stretching": ["flexibility", "stretching"],
                  "Plyometrics": ["plyometric", "explosive"], "Cardio": ["cardio", "conditioning"]}

# Comparisons and negations that name another equipment value without claiming it.
EQUIPMENT_COMPARISONS = {
    "Dumbbell": ["Unlike the barbell version, each arm works on its own, which evens out strength differences.",
                 "It allows a longer range of motion than a barbell would."],
    "Barbell": ["It lets you handle more weight than a dumbbell variation would.",
                "Compared with dumbbells, the bar keeps both sides moving together."],
    "Cable": ["Compared with free weights like dumbbells, the cable keeps tension on the muscle through the whole range.",
              "Unlike a dumbbell, the cable pulls from the side, not straight down."],
    "Machine": ["The machine guides the path, so it needs less balance than a barbell lift.",
                "Rather than balancing a barbell, you can focus on the working muscle."],
    "Smith Machine": ["The bar runs on fixed rails, so it is more stable than a free barbell.",
                      "Unlike a free barbell, the Smith machine bar cannot drift forward or back."],
    "Body Weight": ["You don't need a barbell or dumbbells to do it.",
                    "No dumbbells or machines are needed, only a bit of floor space."],
    "Kettlebell": ["The offset handle makes it feel different from a dumbbell version.",
                   "Unlike a dumbbell, the kettlebell's weight sits below the handle."],
    "Resistance Band": ["The band gets harder as it stretches, unlike a dumbbell, whose load stays the same.",
                        "It is a portable alternative to the cable version."],
    "EZ Bar": ["The angled grip of the EZ bar is easier on the wrists than a straight barbell.",
               "Compared with a straight barbell, the EZ bar lets your wrists turn in slightly."],
    "Medicine Ball": ["Unlike a dumbbell, a medicine ball can be thrown and caught."],
    "Stability Ball": ["The unstable surface makes it harder than the same move on a bench."],
    "Weight Plate": ["A plate is easier to grip for this than a dumbbell."],
    "Trap Bar": ["The handles sit at your sides, so it loads the back less than a straight barbell."],
}

# Level words inside a negation or a comparison: not a statement of the page's level.
LEVEL_NEGATIONS = {
    "Beginner": ["No advanced technique is required.", "It is not an advanced move, so it suits anyone starting out."],
    "Intermediate": ["It is a step up from the beginner variations, though not yet an advanced lift.",
                     "It is harder than most beginner moves."],
    "Advanced": ["It is not a beginner move.", "It is much harder than the beginner variations."],
}

# Anatomy cues: body words in instructions that claim nothing about the target.
ANATOMY_CUES = {
    "any": ["engaging the core", "keeping your chest up", "with your shoulders back and down",
            "keeping your neck neutral", "with your back flat"],
    "Legs": ["keeping your knees in line with your toes", "with your chest up and your back flat",
             "engaging the core"],
    "Arms": ["keeping your elbows close to your sides", "with your shoulders back", "without swinging your back"],
    "Back": ["keeping your chest up", "with your lower back flat", "squeezing your shoulder blades together"],
    "Chest": ["with your shoulder blades pulled back", "keeping your wrists stacked over your elbows",
              "with your feet flat on the floor"],
    "Shoulders": ["with your core braced", "keeping your neck relaxed", "without arching your lower back"],
    "Core": ["keeping your lower back pressed to the floor", "with your neck relaxed", "breathing out as you curl"],
    "Neck": ["keeping your shoulders down", "with your back straight"],
    "Cardio": ["keeping your chest tall", "with relaxed shoulders", "engaging the core"],
}

# Muscles that work to hold a position, named in passing: not the page's target.
STABILIZERS = {
    "grip": "Your grip and forearms work hard to hold the weight.",
    "core": "The core works throughout to keep the torso still.",
    "shoulders": "The shoulders and upper back hold the arms in place.",
}
