"""A remark naming a form before the clause asking of it (X据说追加过预算，它的执行数是多少？): the pronoun is X."""

from __future__ import annotations

import re
from functools import cache

from assistant.data_files import role_patterns
from assistant.exact_name import QUOTES, exact_spellings, untagged

# Clause breaks: Chinese punctuation, a colon or semicolon, a dash between words, an English full stop or comma.
_BREAK = re.compile(r"([，；：。！？;:!?]|,\s|\.\s|\s[-—–]+\s|—+)")


@cache
def _patterns() -> dict[tuple[str, str], re.Pattern]:
    """The patterns of assistant/data/named_remarks.tsv by (language, role), the rows of one role as alternatives."""
    roles = ("asking", "pronoun", "pronouns", "hearsay", "worry", "topic", "opener", "condition")
    return {key: re.compile(pattern, re.I) for key, pattern in role_patterns("named_remarks.tsv", roles).items()}


def _spellings(names: list[str]) -> dict[str, str]:
    """Ways a clause names one form: a whole name, the name without its tag, or the start of one name alone (four
    characters or more: 杜行派出所新址修缮), each mapped to the stored name, the longest first."""
    found = dict(exact_spellings(names))
    bases = [untagged(name) for name in names]
    for name, base in zip(names, bases):
        for end in range(4, len(base)):
            prefix = base[:end]
            if prefix not in found and sum(other.startswith(prefix) for other in bases) == 1:
                found[prefix] = name
    return dict(sorted(found.items(), key=lambda item: len(item[0]), reverse=True))


def _named(clause: str, spellings: dict[str, str]) -> list[tuple[str, str]]:
    """The forms a clause names: (spelling said, stored name), in order, a longer name's part never counted twice."""
    taken, found = [False] * len(clause), []
    for spelling, name in spellings.items():
        for match in re.finditer(re.escape(spelling), clause):
            if not any(taken[match.start():match.end()]):
                taken[match.start():match.end()] = [True] * len(spelling)
                found.append((match.start(), spelling, name))
    return [(spelling, name) for _, spelling, name in sorted(found)]


def _clauses(question: str) -> list[str]:
    """The question cut into clauses, each keeping the break after it."""
    parts = _BREAK.split(question)
    return ["".join(parts[i:i + 2]) for i in range(0, len(parts), 2) if "".join(parts[i:i + 2])]


def _referred(spelling: str, possessive: bool, lang: str) -> str:
    """How a pronoun is written as the form's name (它的 → 社工的, its → the 社工 project's)."""
    if lang == "zh":
        return spelling + ("的" if possessive else "")
    return f"the {spelling} project" + ("'s" if possessive else "")


def said_of_named(question: str, names: list[str], lang: str) -> str:
    """The question with a remark clause that names one form (or several, before 它们) and asks nothing taken off, the
    pronoun of a later clause written as the form's name; a hearsay clause naming nothing beside a named form and an
    asking clause is taken off too (For X, I heard the budget was cut — what was the final budget?).

    Args:
        question: the question.
        names: the stored project names.
        lang: "zh" or "en".

    Returns:
        The question rewritten; unchanged when no clause is of that kind.
    """
    patterns, spellings = _patterns(), _spellings([name for name in names if len(untagged(name)) >= 2])
    asking, hearsay, condition = patterns[(lang, "asking")], patterns[(lang, "hearsay")], patterns.get((lang, "condition"))
    clauses = _clauses(question)
    if len(clauses) < 2:
        return question
    named = [_named(clause, spellings) for clause in clauses]
    asks = [bool(asking.search(clause)) for clause in clauses]
    for i, clause in enumerate(clauses):
        forms = list(dict.fromkeys(name for _, name in named[i]))
        if not forms or asks[i] or not any(asks[i + 1:]) or any(named[j] for j in range(i + 1, len(clauses))):
            continue
        said = clause
        for spelling, _ in named[i]:
            said = said.replace(spelling, "")
        if condition and condition.search(said):
            break  # X2022年据说…, X据说执行率不到50%: a figure, year or bound is read where it stands, never dropped
        if not patterns[(lang, "topic")].sub("", said).strip(QUOTES):
            # For 下拨经费, does its score …: a topic the question asks of as it stands, no remark; its opener word
            # (关于X，它…) only says the topic, and left unread it would cost the reading of the clause that asks
            # (关于平安志愿者，全年执行数是多少: the opener off too, so the form is read as the subject, not a topic searched)
            opener = patterns.get((lang, "opener"))
            if opener:
                clauses[i] = opener.sub("", clause, count=1)
            break
        role = "pronoun" if len(forms) == 1 else "pronouns"
        pronoun = patterns.get((lang, role))
        for j in range(i + 1, len(clauses)):
            found = pronoun.search(clauses[j]) if pronoun else None
            if found:
                # the stored name, never the part said: a part (杜行派出所新址修缮) reads as "contains" to the readers
                said = ("和" if lang == "zh" else " and ").join(forms)
                possessive = found.group(0).endswith(("的", "'s")) or found.group(0).lower() == "its"
                clauses[j] = clauses[j][:found.start()] + _referred(said, possessive, lang) + clauses[j][found.end():]
                clauses[i] = ""
                break
        else:
            if len(forms) == 1 and hearsay.search(clause):  # X据说被砍了，最后全年预算多少: X's figure
                clauses[i] = forms[0] if lang == "zh" else f"For the {forms[0]} project, "
        break
    # a hearsay clause naming nothing, between a clause naming a form and the one asking: a remark, taken off
    if any(named):
        for i, clause in enumerate(clauses):
            if clause and not named[i] and not asks[i] and hearsay.search(clause) and any(asks[i + 1:]) \
                    and any(named[:i]) and not (condition and condition.search(clause)):
                clauses[i] = ""
    # the asker's worry about their own sums (我怕自己算错), beside a clause that asks: a remark, taken off
    worry = patterns.get((lang, "worry"))
    for i, clause in enumerate(clauses):
        if clause and worry and worry.search(clause) and not named[i] and not re.search(r"\d", clause) \
                and any(asks[j] and clauses[j] for j in range(len(clauses)) if j != i):
            clauses[i] = ""
    return "".join(clauses).strip() or question
