#!/usr/bin/env python3
"""Checks of the generator itself: python3 scripts/eval/test_eval.py (skips without the data)."""

import os
import random
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the repository

import defects  # noqa: E402
import generate  # noqa: E402
import names  # noqa: E402
import vocabulary as vocab  # noqa: E402
from findings import fixes_on_line  # noqa: E402


class Names(unittest.TestCase):
    def test_title_drops_hyphens_and_reorders_comma_names(self):
        self.assertEqual(names.title_of("Leg-Up Hamstring Stretch"), "Leg Up Hamstring Stretch")
        self.assertEqual(names.title_of("Jogging, Treadmill"), "Treadmill Jogging")
        self.assertEqual(names.title_of("Back Flyes - With Bands"), "Back Flyes With Bands")

    def test_shortened_name_is_the_title_without_a_leading_qualifier(self):
        self.assertEqual(names.shortened("Bodyweight Incline Side Plank"), "Incline Side Plank")
        self.assertIsNone(names.shortened("Leg Up Hamstring Stretch"))
        self.assertIsNone(names.shortened("Dumbbell Bench Press", taken={"bench press"}))

    def test_plural_and_gerund(self):
        self.assertEqual(names.plural("Archer Push Up"), "Archer Push Ups")
        self.assertEqual(names.plural("Bench Press"), "Bench Presses")
        self.assertIsNone(names.plural("Treadmill Jogging"))
        self.assertEqual(names.as_description("Lie down on the floor and secure your feet."),
                         "lying down on the floor and securing your feet")


class WrongValues(unittest.TestCase):
    facts = {"title": "Barbell Curl", "instructions": ["Hold the bar."], "target": "Biceps",
             "secondary": ["Forearms"], "body_part": "Arms", "equipment": "Barbell",
             "difficulty": "Beginner"}

    def test_wrong_equipment_is_never_related(self):
        for seed in range(200):
            wrong = defects.wrong_equipment(self.facts, random.Random(seed))
            self.assertNotIn(wrong, {"Barbell", "Smith Machine", "EZ Bar", "Trap Bar", "Weight Plate"})

    def test_wrong_muscle_is_from_a_region_the_page_does_not_touch(self):
        for seed in range(200):
            wrong = defects.wrong_muscle(self.facts, random.Random(seed))
            self.assertNotIn(vocab.REGION[wrong], {"arms", "shoulders", "chest"})

    def test_misspelling_lands_on_no_known_value(self):
        known = vocab.all_known_spellings()
        for value in ["Hamstrings", "Quads", "Intermediate", "Resistance Band", "Strength"]:
            for seed in range(50):
                slip = defects.misspell(value, random.Random(seed))
                self.assertNotIn(slip.lower(), known)
                self.assertNotEqual(slip.lower(), value.lower())


class Fixes(unittest.TestCase):
    def test_edits_on_the_defect_line_are_applied_by_column(self):
        label = {"line": 3, "text": "- **Target Muscle:** Qads"}
        finding = type("F", (), {"raw": {"fix": [{"range": {"start": {"line": 3, "column": 22},
                                                             "end": {"line": 3, "column": 26}},
                                                   "replacement": "Quads"}]}})()
        self.assertEqual(fixes_on_line([finding], label), [("fix", "- **Target Muscle:** Quads")])


class Generated(unittest.TestCase):
    def test_every_defect_page_differs_from_its_twin_on_its_labelled_line_only(self):
        if not os.path.isfile(generate.DEFAULT_DATA):
            self.skipTest(f"{generate.DEFAULT_DATA} is absent")
        import json
        import subprocess
        with tempfile.TemporaryDirectory() as out:
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--out", out,
                            "--split", "dev"], check=True, capture_output=True)
            with open(os.path.join(out, "labels.jsonl"), encoding="utf-8") as handle:
                labels = [json.loads(line) for line in handle]
            self.assertGreater(len(labels), 1000)
            for label in labels[::7]:
                clean, bad = (read_lines(os.path.join(out, label[k])) for k in ("clean", "page"))
                diff = [i + 1 for i in range(len(clean)) if clean[i] != bad[i]]
                self.assertEqual(diff, [label["line"]], label["page"])
                self.assertEqual(bad[label["line"] - 1], label["text"])


def read_lines(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read().split("\n")


if __name__ == "__main__":
    unittest.main()
