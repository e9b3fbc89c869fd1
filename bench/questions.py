"""Score the assistant on the dev and own question sets: real store, real Conversation, real search.

Usage: jixiao bench questions [--set NAME] [--no-search] [--lexical] [--verbose]  (names: SET_NAMES)
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

DATA = Path(__file__).with_name("data")
# base: the first 182 questions; own/heldout: the compositional set (issue 15), its held-out third scored only at the end.
# independent: 120 questions by a writer who never saw the assistant (bench/data/make_questions_independent.py).
# independent2-dev / independent2-judge: a second writer's 140 (bench/data/independent2/), split 40 / 100; the 100
# judged the assistant once, unseen.
# independent3-dev: a third writer's 90 development questions (45 zh / 45 en), the writer's file as is.
# independent4-dev: a fourth writer's 90 development questions (45 zh / 45 en), the writer's file as is.
# independent5-dev / independent6-dev: a fifth and a sixth writer's 60 each (30 zh / 30 en), personas unlike the earlier
# writers', as written.
# independent7-dev / independent8-dev (45 en / 15 zh), independent9-dev and independent10-dev (45 zh / 15 en): four more
# writers' 60 each (10: negation, statistics and follow-up chains).
# independent11-dev (45 en / 15 zh) and independent12-dev (45 zh / 15 en): round 11's two writers, as written.
# independent13-dev (30 zh / 30 en): round 11's third writer, kept aside by the lead as a transfer check, then released.
# independent14-dev (50 zh / 50 en): the fourth unseen judge (78/100 when released), a development set from round 13.
# independent15-dev (30 zh / 10 en): round 13's writer of comparisons between fields (budget changes, unspent money,
# points lost, actual against target) in plain and terse Chinese, as written.
# independent16-dev / independent17-dev / independent18-dev (16 zh / 10-11 en each): round 14's writers of text searches,
# indicator rows and statistics over derived measures; two thirds of each writer's set, the other third kept outside.
# independent25-dev / 26-dev / 27-dev (round 17: statistics over a subset, which-forms questions, the forms' words; two
# thirds of each writer's 45, the other third kept outside).
# narrative / narrative-heldout: questions answered from the forms' text (a set with evidence, a row by its description).
# narrative9: round 9's fresh wordings of text questions (English paraphrases, lookups by row, topics), checked by hand.
SET_FILES = {"base": DATA / "questions.json", "own": DATA / "questions.own.json", "heldout": DATA / "questions.heldout.json",
             "independent": DATA / "questions.independent.json", "narrative": DATA / "questions.narrative.json",
             "narrative-heldout": DATA / "questions.narrative-heldout.json",
             "narrative9": DATA / "questions.narrative9.json",
             "independent2-dev": DATA / "questions.independent2-dev.json",
             "independent2-judge": DATA / "questions.independent2-judge.json",
             "independent3-dev": DATA / "questions.independent3-dev.json",
             "independent4-dev": DATA / "questions.independent4-dev.json",
             "independent5-dev": DATA / "questions.independent5-dev.json",
             "independent6-dev": DATA / "questions.independent6-dev.json",
             "independent7-dev": DATA / "questions.independent7-dev.json",
             "independent8-dev": DATA / "questions.independent8-dev.json",
             "independent9-dev": DATA / "questions.independent9-dev.json",
             "independent10-dev": DATA / "questions.independent10-dev.json",
             "independent11-dev": DATA / "questions.independent11-dev.json",
             "independent12-dev": DATA / "questions.independent12-dev.json",
             "independent13-dev": DATA / "questions.independent13-dev.json",
             "independent14-dev": DATA / "questions.independent14-dev.json",
             "independent15-dev": DATA / "questions.independent15-dev.json",
             "independent16-dev": DATA / "questions.independent16-dev.json",
             "independent17-dev": DATA / "questions.independent17-dev.json",
             "independent18-dev": DATA / "questions.independent18-dev.json",
             "independent19-dev": DATA / "questions.independent19-dev.json",
             "independent20-dev": DATA / "questions.independent20-dev.json",
             "independent21-dev": DATA / "questions.independent21-dev.json",
             "independent22-dev": DATA / "questions.independent22-dev.json",
             "independent23-dev": DATA / "questions.independent23-dev.json",
             "independent24-dev": DATA / "questions.independent24-dev.json",
             "independent25-dev": DATA / "questions.independent25-dev.json",
             "independent26-dev": DATA / "questions.independent26-dev.json",
             "independent27-dev": DATA / "questions.independent27-dev.json",
             "independent28-dev": DATA / "questions.independent28-dev.json",
             "independent29-dev": DATA / "questions.independent29-dev.json",
             "independent30-dev": DATA / "questions.independent30-dev.json"}
# roundN-dNN / roundN-jNN: an outside writer's 100 questions of round N, committed as written (dNN: development sets
# whose misses the team read; jNN: blind judges, committed only after their final score, no longer blind after it).
SET_FILES |= {path.stem.removeprefix("questions."): path for path in sorted(DATA.glob("questions.round*-*.json"))}
# variants-NAME: a development branch's own variants (bench/data/variants.NAME.json), written before its code; the
# "-aside" files were scored only when the branch ended.
VARIANT_FILES = {f"variants-{path.stem.removeprefix('variants.')}": path for path in sorted(DATA.glob("variants.*.json"))}
# "all" is the team's own sets; sets kept aside and the independent writers' are scored only when named.
IN_ALL = ("base", "own", "narrative")
SET_NAMES = ("dev", *SET_FILES, *VARIANT_FILES, "all")
DEV_SET_CANDIDATES = [Path("/work/shared/eval/questions.dev.json"),
                      Path(__file__).resolve().parents[2] / "shared" / "eval" / "questions.dev.json"]


def load_set(name: str) -> list[dict]:
    """The questions of a set: dev (the shared development set), one of SET_FILES or VARIANT_FILES, or all (dev and IN_ALL).

    Args:
        name: one of SET_NAMES.

    Returns:
        The question items, each tagged with the set it came from.
    """
    items = []
    if name in ("dev", "all"):
        dev = next((path for path in DEV_SET_CANDIDATES if path.is_file()), None)
        if dev is None:
            raise FileNotFoundError("the dev question set (questions.dev.json) was not found")
        items += [dict(item, set="dev") for item in json.loads(dev.read_text(encoding="utf-8"))]
    for set_name in SET_FILES:
        if name == set_name or (name == "all" and set_name in IN_ALL):
            items += [dict(item, set=set_name) for item in json.loads(SET_FILES[set_name].read_text(encoding="utf-8"))]
    if name in VARIANT_FILES:
        items += [dict(item, set=name) for item in json.loads(VARIANT_FILES[name].read_text(encoding="utf-8"))]
    if name not in SET_NAMES:
        raise ValueError(f"unknown question set {name!r}; known: {', '.join(SET_NAMES)}")
    return items


def judge(item: dict, payload: dict) -> tuple[bool, str]:
    """Judge one `jixiao ask --json` payload as eval/README.md says.

    Args:
        item: the question with its expected answer.
        payload: Answer.to_json().

    Returns:
        (passed, why) — why describes a failure.
    """
    names = [record["project_name"] for record in payload.get("records", [])]
    kind = item["kind"]
    if kind == "set":
        expected = set(item["records"])
        got = set(names)
        return got == expected, f"missing {sorted(expected - got)} extra {sorted(got - expected)}"
    if kind == "value":
        value = payload.get("value")
        ok = value is not None and abs(float(value) - float(item["value"])) <= float(item.get("tol", 0))
        return ok, f"value {value} expected {item['value']}"
    if kind == "ranked":
        top = names[:item["k"]]
        found = sum(1 for name in item["records"] if name in top)
        ok = found >= item["min_recall"] * len(item["records"]) - 1e-9
        if ok and item.get("ordered"):
            ok = top[:len(item["records"])] == item["records"]
        return ok, f"recall {found}/{len(item['records'])} in top {item['k']}: {top}"
    if kind == "contains":
        ok = item["text"] in (payload.get("answer") or "") and set(item["records"]) <= set(names)
        return ok, f"text {payload.get('answer')!r:.160} records {names[:5]}"
    if kind == "unknown":
        return payload.get("kind") == "unknown", f"kind {payload.get('kind')}"
    return False, f"unknown judge kind {kind!r}"


def make_store(directory: Path):
    """A fresh store holding the bundled corpus.

    Args:
        directory: where to put the database (and its search index).

    Returns:
        The store.
    """
    from corpus import default_files
    from store.database import Store
    from store.ingest import ingest_paths

    store = Store(f"sqlite:///{directory}/eval.db")
    ingest_paths(store, default_files())
    return store


def make_search(store, with_model: bool = True):
    """The real SearchService over a store, with the embedding model loaded for hybrid search."""
    from index.service import SearchService

    service = SearchService(store)
    if with_model:
        service.load_model()
    return service


def asked_in_turn(conversation, chain: list[str]) -> dict:
    """The payload of the last question of a chain asked in a fresh conversation, the earlier ones first.

    Args:
        conversation: an assistant.conversation.Conversation.
        chain: the questions, e.g. [*item["context"], item["q"]].

    Returns:
        Answer.to_json() of the last question.
    """
    conversation.reset()
    for earlier in chain[:-1]:
        conversation.ask(earlier)
    return conversation.ask(chain[-1]).to_json()


def on_fresh_store(set_name: str, no_search: bool, lexical: bool, runner):
    """Run a check over a question set on a fresh store of the bundled corpus in a temporary directory.

    Args:
        set_name: a question set (SET_NAMES).
        no_search: answer narrative questions without the search index.
        lexical: use the search index without the embedding model.
        runner: called as runner(items, store, search).

    Returns:
        What the runner returns.
    """
    items = load_set(set_name)
    with tempfile.TemporaryDirectory(prefix="jixiao-eval-") as directory:
        store = make_store(Path(directory))
        search = None if no_search else make_search(store, with_model=not lexical)
        results = runner(items, store, search)
        store.dispose()
    return results


def run_items(items: list[dict], store, search) -> list[tuple[dict, bool, str, dict]]:
    """Ask every question in a fresh conversation (its `context` questions first).

    Args:
        items: the questions.
        store: the store.
        search: the search service, or None.

    Returns:
        (item, passed, why, payload) per question.
    """
    from assistant.conversation import Conversation

    conversation = Conversation(store, search=search, llm=None)
    results = []
    for item in items:
        try:
            payload = asked_in_turn(conversation, [*item.get("context", []), item["q"]])
        except Exception as error:  # noqa: BLE001 - a question that raises fails, and the run goes on
            payload = {"interpretation": f"raised {type(error).__name__}: {str(error)[:200]}"}
            results.append((item, False, payload["interpretation"], payload))
            continue
        passed, why = judge(item, payload)
        results.append((item, passed, why, payload))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="all", choices=list(SET_NAMES))
    parser.add_argument("--no-search", action="store_true", help="Answer narrative questions without the search index.")
    parser.add_argument("--lexical", action="store_true", help="Use the search index without loading the embedding model.")
    parser.add_argument("--verbose", "-v", action="store_true", help="Show the interpretation of every question.")
    args = parser.parse_args(argv)
    results = on_fresh_store(args.set, args.no_search, args.lexical, run_items)
    from assistant.interpret import is_english

    by_set: dict[str, list[bool]] = {}
    for item, passed, why, payload in results:
        by_set.setdefault(item["set"], []).append(passed)
        by_set.setdefault(f"{item['set']} {'en' if is_english(item['q']) else 'zh'}", []).append(passed)
        mark = "PASS" if passed else "FAIL"
        print(f"{mark} [{item['set']}] {item['q']}")
        if args.verbose or not passed:
            print(f"      {payload['interpretation']}")
            if payload.get("sql") and args.verbose:
                print(f"      {payload['sql']}")
        if not passed:
            print(f"      {why}")
    for name, outcomes in sorted(by_set.items()):
        print(f"{name}: {sum(outcomes)}/{len(outcomes)} = {100 * sum(outcomes) / len(outcomes):.1f}%")
    total = [passed for _, passed, _, _ in results]
    print(f"total: {sum(total)}/{len(total)} = {100 * sum(total) / len(total):.1f}%")
    return 0 if all(total) else 1


if __name__ == "__main__":
    sys.exit(main())
