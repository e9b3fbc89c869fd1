"""A metamorphic check: a condition no reader can read, added to questions the assistant answers, is named or refused.

Usage: jixiao bench questions --set NAME --unreadable  (the additions: bench/data/unreadable_conditions.tsv)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bench.questions import DATA, asked_in_turn, on_fresh_store

ADDITIONS = DATA / "unreadable_conditions.tsv"
PLACES = ("end", "start", "follow")
_END_PUNCTUATION = "?？。.!！ "
# How an answer says it did not read words: its "ignored" line, a refusal, words no form's text says. A made-up word
# elsewhere (a search echoing the question) is not named as unread. The judge keeps its own list (as
# assistant/unread_words.NOT_READ does for the assistant) so it can score a version of the assistant without that module.
_NOT_READ = ("ignored:", "未使用：", "not understood:", "未能理解：", "could not read", "没能读懂", "no form's text says",
             "没有项目的文本写到")


@dataclass(frozen=True)
class Addition:
    """One condition no reader can read: its language, where it goes, its words and the made-up words among them."""

    lang: str
    place: str
    words: str
    made_up: tuple[str, ...]


def load_additions(path: Path = ADDITIONS) -> list[Addition]:
    """The additions of a TSV file (lang, place, words, made-up words separated by commas).

    Raises:
        ValueError: naming the file and line of a malformed entry.
    """
    additions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 4 or cells[0] not in ("en", "zh") or cells[1] not in PLACES or not cells[2] or not cells[3]:
            raise ValueError(f"{path}:{number}: expected 'en|zh<TAB>end|start|follow<TAB>words<TAB>made-up words', "
                             f"got {line!r}")
        additions.append(Addition(cells[0], cells[1], cells[2], tuple(w.strip() for w in cells[3].split(","))))
    return additions


def with_addition(question: str, addition: Addition) -> str:
    """The question with the condition added at the end or put before it (a follow-up is asked as it is).

    Args:
        question: a question the assistant answers.
        addition: an `end` or `start` addition.

    Returns:
        The new question, e.g. "Which forms were graded 优 and a flurbish rating above 3?".
    """
    core = question.rstrip(_END_PUNCTUATION)
    mark = question[len(core):].strip()
    if addition.place == "end":
        return f"{core}{'' if addition.lang == 'zh' else ' '}{addition.words}{mark}"
    if addition.lang == "en" and re.match(r"[A-Z][a-z]", question):  # "Which …" inside a sentence is "which …"
        question = question[0].lower() + question[1:]
    return f"{addition.words}{'' if addition.lang == 'zh' else ' '}{question}"


def outcome(payload: dict, addition: Addition) -> str:
    """How an answer treated the added condition.

    Args:
        payload: Answer.to_json() of the question with the condition.
        addition: the condition added.

    Returns:
        "refused" (no answer), "nothing" (a text search asserting no form), "named" (every made-up word on a line
        saying it was not read: ignored, not understood, no form says), or "silent".
    """
    if payload.get("kind") == "unknown":
        return "refused"
    lines = [line.lower() for line in f"{payload.get('interpretation') or ''}\n{payload.get('answer') or ''}".splitlines()]
    named = [line for line in lines if any(marker in line for marker in _NOT_READ)]
    if all(any(word.lower() in line for line in named) for word in addition.made_up):
        return "named"
    if payload.get("kind") == "search" and not payload.get("records") and payload.get("value") is None:
        return "nothing"
    return "silent"


def variants(item: dict, index: int, additions: list[Addition], lang: str) -> list[tuple[list[str], Addition]]:
    """The questions to ask for one item: one addition per place, taken in turn so every addition is used.

    Args:
        item: a question item (its `context` questions are asked first).
        index: the item's position, which picks the additions.
        additions: all additions.
        lang: the question's language.

    Returns:
        (the questions to ask in order, the addition) per variant.
    """
    asked = []
    for place in PLACES:
        choices = [a for a in additions if a.lang == lang and a.place == place]
        if not choices:
            continue
        addition = choices[index % len(choices)]
        chain = [*item.get("context", []), item["q"], addition.words] if place == "follow" else \
            [*item.get("context", []), with_addition(item["q"], addition)]
        asked.append((chain, addition))
    return asked


def run(items: list[dict], store, search, additions: list[Addition]) -> list[tuple[dict, list[str], str, dict]]:
    """Ask each answered question again with each of its additions.

    Returns:
        (item, questions asked, outcome, payload) per variant; items the assistant does not answer are left out.
    """
    from assistant.conversation import Conversation
    from assistant.interpret import is_english

    conversation = Conversation(store, search=search, llm=None)

    def ask(chain: list[str]) -> dict:
        return asked_in_turn(conversation, chain)

    results = []
    for index, item in enumerate(items):
        if ask([*item.get("context", []), item["q"]]).get("kind") == "unknown":
            continue
        for chain, addition in variants(item, index, additions, "en" if is_english(item["q"]) else "zh"):
            payload = ask(chain)
            results.append((item, chain, outcome(payload, addition), payload))
    return results


def main(set_name: str, no_search: bool = False, lexical: bool = False, verbose: bool = False) -> int:
    """Print every silent drop and the counts per set, language and place; 1 when any condition was dropped silently.

    Args:
        set_name: a question set (bench.questions.SET_NAMES).
        no_search: answer narrative questions without the search index.
        lexical: use the search index without the embedding model.
        verbose: print every variant, not only the silent ones.
    """
    results = on_fresh_store(set_name, no_search, lexical,
                             lambda items, store, search: run(items, store, search, load_additions()))
    from assistant.interpret import is_english

    counts: dict[str, dict[str, int]] = {}
    for item, chain, result, payload in results:
        place = "follow" if len(chain) > len(item.get("context", [])) + 1 else "added"
        for key in ("total", f"{item['set']} {'en' if is_english(item['q']) else 'zh'}", place):
            counts.setdefault(key, dict.fromkeys(("refused", "nothing", "named", "silent"), 0))[result] += 1
        if result == "silent" or verbose:
            print(f"{result.upper()} [{item['set']}] {' → '.join(chain)}")
            print(f"      {payload['interpretation']} · {(payload.get('answer') or '')[:160]!r}")
    for key, tally in sorted(counts.items(), key=lambda pair: pair[0] == "total"):
        print(f"{key}: {sum(tally.values())} variants, {tally['refused']} refused, {tally['nothing']} found nothing, "
              f"{tally['named']} named, "
              f"{tally['silent']} silent")
    return 1 if counts.get("total", {}).get("silent") else 0
