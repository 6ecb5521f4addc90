"""Scores as text: one line per article, the per-field table and the category confusion table."""

from __future__ import annotations

from facts.score import MISSED, SPURIOUS, Score


def line(s: Score) -> str:
    """Return one line of headline figures."""
    return (f"events {s.matched}/{s.gold_events} found ({s.found_events} extracted), "
            f"category {s.category_accuracy:.0%}, date {s.date_accuracy:.0%}, "
            f"place {s.place_accuracy:.0%}, spurious {s.spurious_rate:.0%}, "
            f"quotes {s.quotes_found}/{s.gold_quotes} (speaker {s.matched_quotes}), "
            f"relations {s.matched_relations}/{s.gold_relations}")  # fmt: skip


def fields_text(s: Score) -> str:
    """Return precision, recall and F1 per field, with their counts."""
    rows = [f"{'field':10} {'right':>6} {'found':>6} {'gold':>6} {'P':>6} {'R':>6} {'F1':>6}"]
    for name, f in s.fields_table().items():
        rows.append(f"{name:10} {f['right']:6} {f['found']:6} {f['gold']:6} "
                    f"{f['precision']:6.0%} {f['recall']:6.0%} {f['f1']:6.0%}")  # fmt: skip
    rows.append("date and place count over matched events; category over all events")
    return "\n".join(rows)


def confusion_text(s: Score) -> str:
    """Return the category confusion table: reference categories down, extracted across."""
    gold = [*sorted({g for g, _ in s.confusion} - {SPURIOUS}), SPURIOUS]
    got = [*sorted({e for _, e in s.confusion} - {MISSED}), MISSED]
    width = max(len(c) for c in [*gold, *got]) + 1
    rows = [" " * width + "".join(f"{c[:10]:>11}" for c in got)]
    for g in gold:
        cells = "".join(f"{s.confusion.get((g, e), 0) or '.':>11}" for e in got)
        rows.append(f"{g:{width}}{cells}")
    return "reference \\ extracted\n" + "\n".join(rows)
