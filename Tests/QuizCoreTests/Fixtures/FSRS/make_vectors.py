"""Writes vectors.json: FSRS-6 review sequences computed by py-fsrs 6.3.2, the reference the
Swift scheduler must reproduce (stability and difficulty to 1e-9 relative, states, steps and due
times exactly).

Run with py-fsrs 6.3.2 installed (pip install fsrs==6.3.2):  python3 make_vectors.py
Settings: default parameters, desired retention 0.9, learning steps 1 and 10 minutes, relearning
step 10 minutes, maximum interval 36500 days, fuzzing off, start 2024-01-01T00:00:00Z.
"""
import json
from datetime import datetime, timedelta, timezone

from fsrs import Card, Rating, Scheduler

START = datetime(2024, 1, 1, tzinfo=timezone.utc)
A, H, G, E = Rating.Again, Rating.Hard, Rating.Good, Rating.Easy

# Each step is (rating, when): when is "due" (at the card's due time), or a timedelta after the
# previous review, or ("due", timedelta) for an offset from the due time.
DUE = "due"


def at(offset):
    return ("after", offset)


def late(offset):
    return ("due+", offset)


SEQUENCES = {
    "first_again": [(A, at(timedelta(0)))],
    "first_hard": [(H, at(timedelta(0)))],
    "first_good": [(G, at(timedelta(0)))],
    "first_easy": [(E, at(timedelta(0)))],
    "good_on_time": [(G, at(timedelta(0)))] + [(G, DUE)] * 6,
    "easy_on_time": [(E, at(timedelta(0)))] + [(E, DUE)] * 6,
    "hard_on_time": [(H, at(timedelta(0)))] + [(H, DUE)] * 6,
    "again_in_learning": [(G, at(timedelta(0))), (A, DUE), (G, DUE), (G, DUE), (G, DUE)],
    "hard_in_learning": [(G, at(timedelta(0))), (H, DUE), (H, DUE), (G, DUE), (G, DUE)],
    "hard_at_step_zero": [(A, at(timedelta(0))), (H, DUE), (H, DUE), (G, DUE), (E, DUE)],
    "single_lapse": [(G, at(timedelta(0))), (G, DUE), (G, DUE), (G, DUE), (A, DUE), (G, DUE), (G, DUE), (G, DUE)],
    "repeated_lapses": [(G, at(timedelta(0))), (G, DUE)] + [(A, DUE), (G, DUE), (G, DUE)] * 4,
    "again_in_relearning": [(E, at(timedelta(0))), (A, DUE), (A, DUE), (H, DUE), (G, DUE), (G, DUE)],
    "lapse_after_long_gap": [(G, at(timedelta(0))), (G, DUE), (G, DUE), (A, late(timedelta(days=400))), (G, DUE), (G, DUE)],
    "very_overdue": [(G, at(timedelta(0))), (G, DUE), (G, late(timedelta(days=365))), (G, late(timedelta(days=1000))), (G, DUE)],
    "very_early": [(G, at(timedelta(0))), (G, DUE), (G, DUE), (G, at(timedelta(hours=30))), (G, at(timedelta(days=2))), (G, DUE)],
    "same_day_review_state": [(E, at(timedelta(0))), (G, DUE), (G, at(timedelta(hours=2))), (A, at(timedelta(hours=3))), (G, DUE)],
    "same_day_again_in_review": [(G, at(timedelta(0))), (G, DUE), (G, DUE), (A, at(timedelta(minutes=30))), (G, DUE), (G, DUE)],
    "almost_a_day": [(E, at(timedelta(0))), (G, at(timedelta(hours=23, minutes=59, seconds=59))), (G, DUE)],
    "exactly_a_day": [(E, at(timedelta(0))), (G, at(timedelta(days=1))), (G, DUE)],
    "one_second_early": [(E, at(timedelta(0))), (G, DUE), (G, late(timedelta(seconds=-1))), (G, DUE)],
    "learning_back_after_days": [(G, at(timedelta(0))), (G, at(timedelta(days=3))), (G, DUE), (G, DUE)],
    "again_then_easy": [(A, at(timedelta(0))), (E, DUE), (G, DUE), (G, DUE)],
    "alternating": [(G, at(timedelta(0))), (G, DUE), (H, DUE), (E, DUE), (A, DUE), (H, DUE), (G, DUE), (E, DUE)],
    "easy_streak_max_interval": [(E, at(timedelta(0)))] + [(E, DUE)] * 12,
    "long_good_run": [(G, at(timedelta(0)))] + [(G, DUE)] * 14,
    "hard_after_lapse": [(G, at(timedelta(0))), (G, DUE), (G, DUE), (A, DUE), (H, DUE), (H, DUE), (G, DUE)],
    "easy_in_relearning": [(G, at(timedelta(0))), (G, DUE), (G, DUE), (A, DUE), (E, DUE), (G, DUE)],
    "many_agains_new": [(A, at(timedelta(0))), (A, DUE), (A, DUE), (A, DUE), (G, DUE), (G, DUE), (G, DUE)],
    "mixed_late_and_early": [(G, at(timedelta(0))), (G, DUE), (G, late(timedelta(days=5))), (H, late(timedelta(days=-3))), (G, DUE), (A, late(timedelta(days=30))), (G, DUE)],
    "review_twice_same_minute": [(E, at(timedelta(0))), (G, DUE), (G, at(timedelta(seconds=30))), (G, at(timedelta(seconds=30))), (G, DUE)],
    "hard_good_easy_after_gap": [(G, at(timedelta(0))), (G, DUE), (H, late(timedelta(days=20))), (G, late(timedelta(days=20))), (E, late(timedelta(days=20)))],
}


def main():
    scheduler = Scheduler(
        desired_retention=0.9,
        learning_steps=(timedelta(minutes=1), timedelta(minutes=10)),
        relearning_steps=(timedelta(minutes=10),),
        maximum_interval=36500,
        enable_fuzzing=False,
    )
    output = {"parameters": list(scheduler.parameters), "desiredRetention": 0.9, "start": START.isoformat(), "sequences": []}
    for name, steps in SEQUENCES.items():
        card = Card(card_id=1, due=START)
        now = START
        reviews = []
        for rating, when in steps:
            if when == DUE:
                now = card.due
            elif when[0] == "after":
                now = now + when[1]
            else:
                now = card.due + when[1]
            card, _ = scheduler.review_card(card, rating, review_datetime=now)
            probes = {}
            for days in (0, 1, 7, 30):
                probe_time = now + timedelta(days=days)
                probes[str(days)] = scheduler.get_card_retrievability(card, current_datetime=probe_time)
            reviews.append({
                "rating": int(rating),
                "time": now.isoformat(),
                "state": int(card.state),
                "step": card.step,
                "stability": card.stability,
                "difficulty": card.difficulty,
                "due": card.due.isoformat(),
                "retrievability": probes,
            })
        output["sequences"].append({"name": name, "reviews": reviews})
    with open("vectors.json", "w") as f:
        json.dump(output, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
