"""Pro tips and common mistakes, as coaches write them: anatomy words everywhere, naming the
page's values only where they hold. Each entry is (condition, text); a condition reads the
page's facts."""


def _muscles(f):
    return {f["target"], *f["secondary"]}


TIPS = [
    (lambda f: f["category"] == "Strength", "Control the lowering phase; take two to three seconds on the way down."),
    (lambda f: f["category"] == "Strength", "Breathe out as you lift and in as you lower."),
    (lambda f: f["category"] == "Strength" and f["equipment"] != "Body Weight", "Start with a load you can move for 12 clean reps before adding weight."),
    (lambda f: f["category"] == "Strength", "Brace your core before each rep, as if about to take a punch."),
    (lambda f: f["category"] == "Strength", "Keep your neck in line with your spine; look slightly ahead, not up."),
    (lambda f: f["category"] == "Strength", "Pause for a second at the hardest point of each rep."),
    (lambda f: True, "Film a set from the side to check your form."),
    (lambda f: f["category"] in ("Strength", "Plyometrics") and f["body_part"] == "Legs" and f["target"] != "Calves", "Push the floor away through your whole foot, not just the toes."),
    (lambda f: f["category"] in ("Strength", "Plyometrics") and f["body_part"] == "Legs" and f["target"] in ("Quads", "Glutes", "Hamstrings", "Adductors"), "Keep your knees tracking over your toes."),
    (lambda f: f["category"] == "Strength" and "Glutes" in _muscles(f), "Squeeze your glutes at the top of each rep."),
    (lambda f: f["category"] == "Strength" and f["body_part"] == "Arms", "Keep your elbows pinned to your sides."),
    (lambda f: f["category"] == "Strength" and f["body_part"] == "Arms", "Don't swing your torso to move the weight; if you have to, it is too heavy."),
    (lambda f: f["category"] == "Strength" and f["target"] == "Biceps", "Turn your little finger up at the top to squeeze the biceps."),
    (lambda f: f["category"] == "Strength" and f["target"] in ("Lats", "Upper Back"), "Pull with your elbows so your back does the work, not your biceps."),
    (lambda f: f["category"] == "Strength" and f["body_part"] == "Back", "Keep your chest up and your lower back flat."),
    (lambda f: f["category"] == "Strength" and f["target"] == "Shoulders", "Lead with your elbows to keep the work on the side delts."),
    (lambda f: f["category"] == "Strength" and f["target"] == "Triceps", "Keep your upper arms still so the long head of the triceps does the work."),
    (lambda f: f["category"] == "Strength" and f["body_part"] == "Chest", "Set your shoulder blades back and down before you press."),
    (lambda f: f["category"] == "Strength" and f["body_part"] == "Chest", "Keep your wrists stacked over your elbows."),
    (lambda f: f["category"] == "Strength" and f["body_part"] == "Shoulders", "Lift with control; momentum shifts the work to your traps and lower back."),
    (lambda f: f["category"] == "Strength" and f["body_part"] == "Shoulders", "Keep a slight bend in your elbows."),
    (lambda f: f["category"] == "Strength" and f["body_part"] == "Core", "Press your lower back into the floor."),
    (lambda f: f["category"] == "Strength" and f["body_part"] == "Core", "Exhale fully as you crunch."),
    (lambda f: f["category"] == "Strength" and f["body_part"] == "Core", "Keep your neck relaxed; don't pull on your head with your hands."),
    (lambda f: f["category"] == "Stretching", "Breathe slowly and relax into the stretch."),
    (lambda f: f["category"] == "Stretching", "Ease in until you feel gentle tension, not pain."),
    (lambda f: f["category"] == "Stretching", "Hold for 20 to 30 seconds, then switch sides if the stretch is one-sided."),
    (lambda f: f["category"] == "Stretching", "Keep your back long rather than rounding it to reach further."),
    (lambda f: f["category"] == "Plyometrics", "Land softly with your knees slightly bent."),
    (lambda f: f["category"] == "Plyometrics", "Stop the set when your jumps lose height; quality beats quantity."),
    (lambda f: f["category"] == "Plyometrics", "Swing your arms to drive the movement."),
    (lambda f: f["category"] == "Cardio", "Start at an easy pace for five minutes to warm up."),
    (lambda f: f["category"] == "Cardio", "Keep a pace at which you can still talk in short sentences."),
    (lambda f: f["equipment"] == "Cable", "Set the pulley height before you start; a small change alters the line of pull."),
    (lambda f: f["equipment"] == "Cable", "Step far enough from the stack that the weight never rests between reps."),
    (lambda f: f["equipment"] == "Dumbbell", "Move both dumbbells at the same speed."),
    (lambda f: f["equipment"] == "Barbell", "Use collars so the plates can't slide."),
    (lambda f: f["equipment"] == "Kettlebell", "Let the handle sit in your fingers, not deep in your palm."),
    (lambda f: f["equipment"] == "Resistance Band", "Check the band for nicks before each session."),
    (lambda f: f["equipment"] == "Machine", "Adjust the seat so your joint lines up with the machine's pivot."),
    (lambda f: f["equipment"] == "Smith Machine", "Set the safety stops just below your lowest point."),
    (lambda f: f["equipment"] == "Body Weight" and f["category"] == "Strength", "Slow the tempo down to make it harder without extra load."),
    (lambda f: f["difficulty"] != "Beginner", "If you are a beginner, master an easier variation first."),
    (lambda f: f["difficulty"] != "Advanced" and f["category"] == "Strength", "Advanced lifters can add a two-second pause at the hardest point."),
    (lambda f: f["difficulty"] == "Beginner", "Beginners can start with two sets and add a third after a couple of weeks."),
    (lambda f: f["equipment"] == "Treadmill", "Stand tall and keep your hands off the handrails."),
]

MISTAKES = [
    (lambda f: f["category"] == "Strength" and f["equipment"] != "Body Weight", "Using too much weight and losing control of the lowering phase."),
    (lambda f: f["category"] == "Strength", "Rushing the reps and using momentum."),
    (lambda f: f["category"] == "Strength", "Holding your breath for the whole set."),
    (lambda f: f["category"] == "Strength", "Cutting the range of motion short."),
    (lambda f: f["category"] in ("Strength", "Plyometrics") and f["body_part"] == "Legs" and f["target"] in ("Quads", "Glutes", "Adductors"), "Letting the knees cave inward."),
    (lambda f: f["category"] in ("Strength", "Plyometrics") and f["body_part"] == "Legs" and f["target"] in ("Quads", "Glutes", "Hamstrings"), "Rounding the lower back at the bottom."),
    (lambda f: f["category"] == "Strength" and f["body_part"] == "Arms", "Swinging the body to lift the weight."),
    (lambda f: f["category"] == "Strength" and f["body_part"] == "Arms", "Letting the elbows drift forward."),
    (lambda f: f["category"] == "Strength" and f["body_part"] == "Back", "Shrugging the shoulders up toward the ears."),
    (lambda f: f["category"] == "Strength" and f["body_part"] == "Back", "Rounding the back under load."),
    (lambda f: f["category"] == "Strength" and f["target"] in ("Lats", "Upper Back"), "Pulling with the arms instead of the back."),
    (lambda f: f["category"] == "Strength" and f["body_part"] == "Chest", "Flaring the elbows out wide, which strains the shoulders."),
    (lambda f: f["category"] == "Strength" and f["body_part"] == "Chest", "Letting the shoulders roll forward at the top."),
    (lambda f: f["category"] == "Strength" and f["body_part"] == "Shoulders", "Arching the lower back to finish the rep."),
    (lambda f: f["category"] == "Strength" and f["body_part"] == "Shoulders", "Shrugging the weight up with the traps."),
    (lambda f: f["category"] == "Strength" and f["body_part"] == "Core", "Pulling on the neck with the hands."),
    (lambda f: f["category"] == "Strength" and f["body_part"] == "Core", "Letting the lower back lift off the floor."),
    (lambda f: f["category"] == "Strength" and f["body_part"] == "Core" and "Hip Flexors" not in f["secondary"], "Letting the hip flexors take over from the abs."),
    (lambda f: f["category"] == "Stretching", "Bouncing in and out of the stretch."),
    (lambda f: f["category"] == "Stretching", "Holding your breath instead of breathing slowly."),
    (lambda f: f["category"] == "Stretching", "Pushing into sharp pain."),
    (lambda f: f["category"] == "Plyometrics", "Landing with straight, locked knees."),
    (lambda f: f["category"] == "Plyometrics", "Doing jumps when already tired."),
    (lambda f: f["category"] == "Cardio", "Going too hard in the first few minutes."),
    (lambda f: f["category"] == "Cardio", "Hunching the shoulders as you tire."),
    (lambda f: True, "Skipping the warm-up."),
]


def pick(pool, facts, rng, low=2, high=4):
    """Between `low` and `high` entries of the pool that hold for the page."""
    fitting = [text for condition, text in pool if condition(facts)]
    count = min(len(fitting), rng.randint(low, high))
    return rng.sample(fitting, count)
