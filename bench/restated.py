"""A metamorphic check: a courtesy put around a question the assistant answers, or a figure said another way, changes
no answer.

Usage: jixiao bench questions --set NAME --restated  (the wrappers: bench/data/restatements.tsv; figures:
bench/renumbered.py)
"""

from __future__ import annotations

from pathlib import Path

from bench.questions import DATA, asked_in_turn, judge, on_fresh_store
from bench.renumbered import rewrites
from bench.unreadable import Addition, with_addition

WRAPPERS = DATA / "restatements.tsv"
PLACES = ("start", "end")


def load_wrappers(path: Path = WRAPPERS) -> list[Addition]:
    """The wrappers of a TSV file (lang, place, words).

    Raises:
        ValueError: naming the file and line of a malformed entry.
    """
    wrappers = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 3 or cells[0] not in ("en", "zh") or cells[1] not in PLACES or not cells[2].strip():
            raise ValueError(f"{path}:{number}: expected 'en|zh<TAB>start|end<TAB>words', got {line!r}")
        wrappers.append(Addition(cells[0], cells[1], cells[2], ()))
    return wrappers


def restated(question: str, wrapper: Addition) -> str:
    """The question inside a wrapper: "请问，执行率低于60%的项目有哪些？", "Which … below 60%, thanks?".

    Args:
        question: a question the assistant answers.
        wrapper: a start or end wrapper.

    Returns:
        The new question.
    """
    if wrapper.lang == "en" and wrapper.place == "end" and wrapper.words[:1] in ",(—":
        core = question.rstrip("?？。.!！ ")
        return f"{core}{'' if wrapper.words.startswith(',') else ' '}{wrapper.words}{question[len(core):].strip()}"
    return with_addition(question, wrapper)


def run(items: list[dict], store, search, wrappers: list[Addition]) -> list[tuple[dict, str, str, bool, str, dict]]:
    """Ask each answered question again inside one start and one end wrapper of its language, taken in turn, and
    with its first figure said each other way.

    Returns:
        (item, "courtesy" or "figure", question asked, passed, why, payload) per variant; items answered wrongly as
        asked are left out.
    """
    from assistant.conversation import Conversation
    from assistant.interpret import is_english

    conversation = Conversation(store, search=search, llm=None)

    def ask(context: list[str], question: str) -> dict:
        return asked_in_turn(conversation, [*context, question])

    results = []
    for index, item in enumerate(items):
        context = item.get("context", [])
        if not judge(item, ask(context, item["q"]))[0]:
            continue
        lang = "en" if is_english(item["q"]) else "zh"
        asked = []
        for place in PLACES:
            choices = [w for w in wrappers if w.lang == lang and w.place == place]
            asked.append(("courtesy", restated(item["q"], choices[index % len(choices)])))
        asked += [("figure", question) for question in rewrites(item["q"])]
        for kind, question in asked:
            payload = ask(context, question)
            passed, why = judge(item, payload)
            results.append((item, kind, question, passed, why, payload))
    return results


def main(set_name: str, no_search: bool = False, lexical: bool = False, verbose: bool = False) -> int:
    """Print every answer a wrapper changed and the counts per set and language; 1 when any changed.

    Args:
        set_name: a question set (bench.questions.SET_NAMES).
        no_search: answer narrative questions without the search index.
        lexical: use the search index without the embedding model.
        verbose: print every variant, not only the changed ones.
    """
    results = on_fresh_store(set_name, no_search, lexical,
                             lambda items, store, search: run(items, store, search, load_wrappers()))
    from assistant.interpret import is_english

    counts: dict[str, list[bool]] = {}
    for item, kind, question, passed, why, payload in results:
        for key in ("total", kind, f"{item['set']} {'en' if is_english(item['q']) else 'zh'}"):
            counts.setdefault(key, []).append(passed)
        if not passed or verbose:
            print(f"{'SAME' if passed else 'CHANGED'} [{item['set']}] ({kind}) {question}")
            print(f"      {payload['interpretation']} · {why}")
    for key, outcomes in sorted(counts.items(), key=lambda pair: pair[0] == "total"):
        print(f"{key}: {len(outcomes)} variants, {outcomes.count(False)} changed")
    return 1 if counts.get("total", []).count(False) else 0
