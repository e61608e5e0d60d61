"""The text summary of a record."""

from rasid.document import Document, Event
from rasid.extract.events import load_detector
from rasid.render import render_summary


def test_events_the_detector_rejects_are_marked_as_doubtful():
    text = "وشهدت العاصمة تظاهرة ثقافية وتظاهرة ضد الحكومة."
    cut = load_detector()["PROTEST"]["threshold"]
    doc = Document(text=text)
    low, high = text.index("تظاهرة"), text.rindex("تظاهرة")
    doc.events = [
        Event(low, low + 6, id="e1", type="PROTEST", score=round(cut / 2, 4)),
        Event(high, high + 6, id="e2", type="PROTEST", score=min(1.0, cut + 0.2)),
        Event(high, high + 6, id="e3", type="AGREE", score=0.0),  # a type without a detector is never marked
    ]
    lines = [line for line in render_summary(doc).splitlines() if "→" in line]
    assert len(lines) == 3
    assert f"detector {cut / 2:.2f} < {cut:.2f}" in lines[0]
    assert "detector" not in lines[1] and "detector" not in lines[2]


def test_an_argument_without_an_actor_shows_its_phrase():
    text = "وأسفر الانفجار عن استشهاد خمسة مدنيين."
    doc = Document(text=text)
    at = text.index("خمسة")
    doc.events = [Event(text.index("استشهاد"), text.index("استشهاد") + 7, id="e1", type="ASSAULT", target_start=at, target_end=at + len("خمسة مدنيين"))]
    line = next(line for line in render_summary(doc).splitlines() if "→" in line)
    assert line.startswith("  ? → ASSAULT → «خمسة مدنيين»")
