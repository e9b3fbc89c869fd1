"""Tokens made ready for composition: cue words that name the field after them, names given only as examples."""

from __future__ import annotations

from assistant.recognise import Token

# Names an example word introduces ("no bracketed tag, like （平安办） or （信）"): they illustrate, they do not filter.
_NAME_KINDS = ("tag", "bracket", "unit", "department", "project", "quoted_project", "quoted_indicator")


def apply_field_cues(tokens: list[Token], baselines: dict[str, str]) -> list[Token]:
    """"started the year with a nonzero budget": the budget after the cue is the field the cue names (the initial
    budget); a cue with no budget after it names the field itself.

    Args:
        tokens: the question's tokens.
        baselines: field → the field its change is measured against (the lexicon's `baseline` entries).

    Returns:
        The tokens, each cue folded into the field it names.
    """
    changed = set(baselines)
    out: list[Token] = []
    for k, token in enumerate(tokens):
        if token.kind != "field_cue":
            out.append(token)
            continue
        target = next((t for t in tokens[k + 1:k + 4] if t.kind in ("field", "weak_field")), None)
        if target is not None and target.key in changed:
            target.key, target.kind = token.key, "field"
        else:
            out.append(Token("field", token.key, token.start, token.end, token.text))
    return out


def examples(tokens: list[Token]) -> set[int]:
    """The indices of an example word (like, such as, 例如) and of the names listed right after it.

    Args:
        tokens: the question's tokens.

    Returns:
        The indices read as examples.
    """
    found: set[int] = set()
    for k, token in enumerate(tokens):
        if token.kind != "example":
            continue
        found.add(k)
        n = k + 1
        while n < len(tokens) and tokens[n].kind in _NAME_KINDS:
            found.add(n)
            n += 1
    return found


def graded_by_a_figure(tokens: list[Token]) -> list[Token]:
    """"were graded below 96 points": a word for a grade being given, followed by a figure, is the total score.

    Args:
        tokens: the question's tokens.

    Returns:
        The tokens, such a word read as the score.
    """
    for k, token in enumerate(tokens[:-1]):
        if token.kind == "predicate" and token.key == "grade present" and tokens[k + 1].kind in ("op", "number"):
            token.kind, token.key = "field", "total_score"
    return tokens
