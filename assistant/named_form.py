"""A form named by several fragments (杜行派出所 修缮, the Luhui police station renovation): the one form whose name
holds every fragment, read as that form named in full."""

from __future__ import annotations

import re

from assistant.recognise import Token

# Fragments of a name: a part the store's names hold (鲁汇, 杜行派出所), an English topic glossed to Chinese
# (renovation → 装修|修缮), a name tag (党群中心).
_FRAGMENTS = ("quoted_project", "topic", "tag")
# Glue that may stand between the fragments of one description (the, 那个, of).
_BETWEEN = re.compile(r"^[\s\-'’的之那个这张份项,，]*(?:the|of|for|on)?[\s\-'’]*$", re.IGNORECASE)
# A Chinese word left unread (修缮 between two parts), which may be a fragment too.
_HAN_WORD = re.compile(r"^[\u4e00-\u9fff]{2,8}$")


def _holds(name: str, token: Token) -> bool:
    """Whether a project name holds a fragment: every concept of a topic (派出所;装修|修缮), by any of its words."""
    if token.kind != "topic":
        return token.key in name
    return all(any(word and word in name for word in concept.split("|")) for concept in token.key.split(";"))


def runs(text: str, tokens: list[Token], gaps: list[str], projects: list[str]) -> list[tuple[int, int, str, list[str]]]:
    """Fragments naming one form together (a part of a name and at least one more, side by side): all must match
    (an intersection). Fragments that name no form or several are not returned.

    Args:
        text: the normalised question the tokens were read from.
        tokens: its tokens, in order, stop words removed.
        gaps: the stretches no recogniser explained.
        projects: the store's project names.

    Returns:
        (first token's index, index after the last, the form's full name, the loose words used) for each run.
    """
    loose = [g for g in gaps if _HAN_WORD.match(g) and any(g in name for name in projects)]
    found_runs, start = [], 0
    while start < len(tokens):
        if tokens[start].kind not in _FRAGMENTS:
            start += 1
            continue
        end = start + 1  # the run: fragments with only glue (or a loose Chinese word of a name) between them
        while end < len(tokens) and tokens[end].kind in _FRAGMENTS and _glue(text[tokens[end - 1].end:tokens[end].start], loose):
            end += 1
        run = tokens[start:end]
        words = [w for w in loose if text.find(w, max(0, run[0].start - len(w) - 2), run[-1].end + len(w) + 2) >= 0]
        # "the health-check form", the video surveillance project's budget: a topic said as the form's name
        described = end < len(tokens) and tokens[end].kind == "noun" and tokens[end].key == "form" \
            and _BETWEEN.match(text[tokens[end - 1].end:tokens[end].start]) is not None
        if (any(t.kind == "quoted_project" for t in run) and len(run) + len(words) >= 2) or described:
            found = [name for name in projects if all(_holds(name, t) for t in run) and all(w in name for w in words)]
            if len(found) == 1:
                found_runs.append((start, end, found[0], words))
        start = end
    return found_runs


def resolve(text: str, tokens: list[Token], gaps: list[str], projects: list[str]) -> tuple[list[Token], list[str]]:
    """The tokens with each run of fragments naming one form (see `runs`) replaced by one `project` token.

    Args:
        text: the normalised question the tokens were read from.
        tokens: its tokens, in order, stop words removed.
        gaps: the stretches no recogniser explained.
        projects: the store's project names.

    Returns:
        The tokens and the gaps left.
    """
    for start, end, name, words in reversed(runs(text, tokens, gaps, projects)):
        whole = Token("project", name, tokens[start].start, tokens[end - 1].end, text[tokens[start].start:tokens[end - 1].end])
        tokens = tokens[:start] + [whole] + tokens[end:]
        gaps = [g for g in gaps if g not in words]
    named = {t.key for t in tokens if t.kind == "project"}
    if len(named) == 1:  # "the security-guard project ('安保经费（平安办）')": a topic its name holds describes it
        name = named.pop()
        tokens = [t for t in tokens if not (t.kind == "topic" and _holds(name, t))]
    return tokens, gaps


def in_full(text: str, tokens: list[Token], gaps: list[str], projects: list[str]) -> str:
    """The question with each run of fragments naming one form written as that form's full name, so every reader
    takes it as named (the Luhui police station renovation → 鲁汇派出所新址装修工程（平安办）).

    Args:
        text: the normalised question the tokens were read from.
        tokens: its tokens, in order, stop words removed.
        gaps: the stretches no recogniser explained.
        projects: the store's project names.

    Returns:
        The question rewritten, or the text unchanged when no run names one form.
    """
    for start, end, name, words in reversed(runs(text, tokens, gaps, projects)):
        first, last = tokens[start].start, tokens[end - 1].end
        for word in words:  # a loose word of the name just before or after the run is part of it
            at = text.find(word, max(0, first - len(word) - 2), last + len(word) + 2)
            first, last = min(first, at), max(last, at + len(word))
        text = f"{text[:first]} {name} {text[last:]}" if text.isascii() or re.search(r"[a-z]", text[first:last], re.I) \
            else f"{text[:first]}{name}{text[last:]}"
    return text


def _glue(between: str, loose: list[str]) -> bool:
    """Whether the text between two fragments is glue, or a loose word of a name with glue around it."""
    for word in loose:
        between = between.replace(word, " ")
    return bool(_BETWEEN.match(between))
