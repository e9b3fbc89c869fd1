"""Words the query model left that say what a form's text gives (blamed it on money being tight): a text condition beside the figures it read."""

from __future__ import annotations


def asks_text(reading, question: str, lang: str) -> bool:
    """Whether the query model read conditions but left words a form's text says, in a question asking what the forms
    say or why (a verb of saying or a cause): answering its reading alone would drop that condition.

    Args:
        reading: the query model's reading, or None.
        question: the question read.
        lang: "zh" or "en".

    Returns:
        True when the words it left are a statement for a text search over the forms its conditions pick.
    """
    from assistant import vocabulary as vocab
    from assistant.evidence_set import concepts, cues, uses_cue
    from assistant.lexicon import load as load_lexicon

    if reading is None or not reading.ignored or reading.select.where is None or reading.select.aggregate is not None:
        return False
    lowered = question.lower()
    if not (uses_cue(question, "saying") or any(cue in lowered for cue in load_lexicon().keys("cause"))):
        return False
    frame = set(cues("frame"))
    left = concepts(" ".join(reading.ignored), lang, vocab.STOPWORDS_ZH)
    return any(concept.label not in frame and not concept.label.isdigit() for concept in left)
