"""A grade said to disagree with the total score (评分等级与总分不符, a grade that does not fit its total): the check
finding that compares the printed grade with the band its total falls in."""

from __future__ import annotations

from assistant.recognise import Token

# The finding the store's checks record when the printed grade is not the band of the total score.
_FINDING = "finding GRADE_MISMATCH"
# What may stand between the grade, the total and the word saying they disagree.
_BETWEEN = ("field", "aggregate", "compare_cue", "not", "follow")


def grade_mismatch(tokens: list[Token]) -> list[Token]:
    """Replace GRADE … TOTAL … (不符 | disagrees), in either order, with the predicate on that check finding.

    Args:
        tokens: the question's tokens, stop words out.

    Returns:
        The tokens, such a stretch one predicate token; a grade and a total compared with a figure are left alone.
    """
    for i, token in enumerate(tokens):
        if not _grade(token):
            continue
        start = max(i - 3, 0)  # the grade first, or the total first (总分与评分等级对不上)
        stretch = tokens[start:i + 4]
        cue = next((k for k, t in enumerate(stretch) if t.kind == "compare_cue" and t.key == "!="), None)
        negated = next((k for k, t in enumerate(stretch) if t.kind == "not"), None)
        if cue is None and negated is not None and negated + 1 < len(stretch) \
                and stretch[negated + 1].kind == "compare_cue" and stretch[negated + 1].key == "=":
            cue = negated + 1  # 等级与总分不一致 read as 不 + 一致
        total = next((k for k, t in enumerate(stretch) if _total(t)), None)
        if cue is None or total is None:
            continue
        at = [i - start, cue, total] + ([negated] if negated is not None and negated + 1 == cue else [])
        kept = stretch[min(at):max(at) + 1]
        if any(t.kind not in _BETWEEN and not _grade(t) for t in kept):
            continue  # a figure or another condition between them: 等级为优、总分低于95 is no mismatch
        said = Token("predicate", _FINDING, kept[0].start, kept[-1].end, " ".join(t.text for t in kept),
                     after_separator=kept[0].after_separator)
        return tokens[:start + min(at)] + [said] + tokens[start + max(at) + 1:]
    return tokens


def _grade(token: Token) -> bool:
    """The grade named: its column, or "have a grade" read as graded."""
    return (token.kind == "group" and token.key == "grade") or (token.kind == "predicate" and token.key == "grade present")


def _total(token: Token) -> bool:
    """The total score: its field, or "total" read as the word for a sum (a grade that disagrees with its total)."""
    return (token.kind == "field" and token.key == "total_score") or (token.kind == "aggregate" and token.key == "sum")
