"""A metamorphic check: a question answered right stays right when one harmless element is added to it.

Usage: python -m bench.metamorphic [--sets independent*-dev] [--base RESULTS.json] [--out RESULTS.json] [--kinds K,…]
       [--sample N] [--elements TSV]

Every item of the independent writers' development sets that passes (on this checkout, or in the `--base` results of
another checkout, e.g. main) is asked again with one element of `bench/data/harmless_elements.tsv` added (a year the
store holds, the store's unit, a format instruction, a reporting verb, a method note), and transformed by the kinds of
`bench/transforms.py` (round 18: asked after an unrelated first question, a lexicon phrase said by another alternative
of its row, a gloss after a form's name, punctuation and case, a figure restated in another notation), and judged as
before. The pass rate is printed per element kind and language.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

ELEMENTS = Path(__file__).with_name("data") / "harmless_elements.tsv"
# a question that names a year or a unit already keeps its own (the element could contradict it)
HAS_YEAR = re.compile(r"(?:19|20)\d\d|去年|前年|明年|上年|上一年|下一年|last year|next year|previous year|prior year", re.I)
HAS_UNIT = re.compile(r"万|元|块|yuan|rmb|10k|10,000|ten thousand", re.I)
MONEY = re.compile(r"预算|执行|支出|花|用掉|结余|剩|金额|钱|经费|资金|budget|spen[dt]|executed|expenditure|money|balance|"
                   r"amount|fund|paid|pay|cost|unspent|left over", re.I)
NOT_MONEY = re.compile(r"率|比例|比重|占|几成|百分|[几多少]+[个张条项份家]|个数|数量|得分|分数|总分|扣分|[几多少]+分|指标|等级|"
                       r"percent|rate|share|proportion|ratio|%|how many|number of|count|score|point|grade|indicator", re.I)
RATE = re.compile(r"率|比例|比重|占|几成|百分|percent|rate|share|proportion|fraction|%", re.I)
CLOSING = re.compile(r"[\s?？。.!！]+$")


def elements(path: Path = ELEMENTS) -> list[dict]:
    """The harmless elements.

    Args:
        path: the TSV (kind, lang, position, applies, text).

    Returns:
        One dict per element row.
    """
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, lang, position, applies, text = line.split("\t")
        rows.append({"kind": kind, "lang": lang, "position": position, "applies": applies, "text": text})
    return rows


def applies(element: dict, item: dict, question: str) -> bool:
    """Whether an element can be added to a question without changing its answer.

    Args:
        element: a row of elements().
        item: the question item (its judge kind).
        question: the question the element would be added to.

    Returns:
        True when the element's condition holds and the question does not already say something of its kind.
    """
    if element["text"].strip(" ，,。.") in question or HAS_YEAR.search(question) or HAS_UNIT.search(question):
        return False
    need = element["applies"]
    if need == "list":
        return item["kind"] in ("set", "ranked")
    if need == "amount":
        return item["kind"] == "value" and bool(MONEY.search(question)) and not NOT_MONEY.search(question)
    if need == "rate":
        return item["kind"] == "value" and bool(RATE.search(question))
    return True


def added(question: str, element: dict) -> str:
    """The question with the element added at its position.

    Args:
        question: the question.
        element: a row of elements().

    Returns:
        The new question.
    """
    text, english = element["text"], element["lang"] == "en"
    if element["position"] == "prefix":
        if english and len(question) > 1 and question[0].isupper() and question[1].islower() and not question.startswith("I "):
            question = question[0].lower() + question[1:]
        return text + question
    closing = CLOSING.search(question)
    core, end = (question[:closing.start()], closing.group().strip()) if closing else (question, "")
    if element["position"] == "suffix":
        return core + text + end
    if not end:
        end = "." if english else "。"
    return core + end + (" " if english else "") + text


def language(item: dict) -> str:
    """An item's language: its `lang`, else English when it has Latin words and no run of Chinese.

    Args:
        item: a question item.

    Returns:
        "en" or "zh".
    """
    return item.get("lang") or ("en" if re.search(r"[A-Za-z]{3}", item["q"])
                                and not re.search(r"[\u4e00-\u9fff]{4}", item["q"]) else "zh")


def transformed(items: list[dict], forms: list[tuple[str, str]], kinds: set[str] | None = None) -> list[dict]:
    """The round-18 transformations of every item (bench/transforms.py), each kind generated from its data file.

    Args:
        items: the passing items.
        forms: (project name, implementing unit) of every stored form.
        kinds: only these kinds (all when None).

    Returns:
        Variants tagged `element` (kind), `element_text`, `original` and `lang`.
    """
    from bench import transforms as t

    lexicon = t.lexicon_rows()
    follow = [p for kind, _, phrases in lexicon if kind in ("follow", "swap", "complement") for p in phrases]
    firsts = {lang: [q for row_lang, q in t.tsv(t.CONTEXT) if row_lang == lang] for lang in ("zh", "en")}
    names = [name for name, _ in forms]
    makers = {"context": lambda item, lang: t.context_variants(item, lang, firsts[lang], follow),
              "synonym": lambda item, lang: t.synonym_variants(item, lang, lexicon, names),
              "gloss": lambda item, lang: t.gloss_variants(item, lang, forms, t.tsv(t.GLOSSES)),
              "surface": lambda item, lang: t.surface_variants(item, lang, t.tsv(t.SURFACE)),
              "restated": lambda item, lang: t.restated_variants(item, lang, t.tsv(t.RESTATED), names)}
    out = []
    for item in items:
        lang = language(item)
        for kind, make in makers.items():
            if kinds is None or kind in kinds:
                out += [dict(v, original=item["q"], element=kind, lang=lang) for v in make(item, lang)]
    return out


def sample(items: list[dict], size: int) -> list[dict]:
    """A deterministic sample of items (every k-th in the order given), for a check that must run in CI time.

    Args:
        items: the items.
        size: how many to keep (all when 0 or more than there are).

    Returns:
        The sample.
    """
    if not size or size >= len(items):
        return items
    step = len(items) / size
    return [items[int(i * step)] for i in range(size)]


def variants(items: list[dict], rows: list[dict], kinds: set[str] | None = None) -> list[dict]:
    """One variant per item and element kind of its language (the kind's texts taken in turn).

    Args:
        items: the passing items.
        rows: elements().
        kinds: only these element kinds (all when None).

    Returns:
        Items with the element added to the last question, tagged `element` (kind) and `element_text`.
    """
    out, turn = [], {}
    for item in items:
        lang = language(item)
        by_kind: dict[str, list[dict]] = {}
        for row in rows:
            if row["lang"] == lang and (kinds is None or row["kind"] in kinds) and applies(row, item, item["q"]):
                by_kind.setdefault(row["kind"], []).append(row)
        for kind, choices in by_kind.items():
            turn[kind, lang] = turn.get((kind, lang), -1) + 1
            row = choices[turn[kind, lang] % len(choices)]
            out.append(dict(item, q=added(item["q"], row), original=item["q"], element=kind, element_text=row["text"],
                            lang=lang))
    return out


def stored_forms(store) -> list[tuple[str, str]]:
    """The project name and implementing unit of every stored form.

    Args:
        store: the store.

    Returns:
        (name, unit) per form.
    """
    from store.query import iter_forms

    return [(form.project_name, form.implementing_unit or "") for form in iter_forms(store)]


def check(sets: str = "independent*-dev", size: int = 0, kinds: set[str] | None = None, base: str | None = None,
          with_model: bool = True, element_file: Path = ELEMENTS) -> tuple[list[dict], list[dict]]:
    """Run the check: the passing items of the sets, varied, asked on a fresh store of the bundled corpus.

    Args:
        sets: set names, a trailing * or *-dev pattern allowed.
        size: only this many items, taken evenly (all when 0).
        kinds: only these element and transformation kinds (all when None).
        base: results JSON of another checkout whose passing items are varied (else the items passing here).
        with_model: load the embedding model for narrative search (lexical search only when False).
        element_file: the harmless elements (a TSV of elements()'s columns).

    Returns:
        (passing items, one record per variant with its kind, language and outcome).
    """
    from bench.questions import SET_FILES, load_set, make_search, make_store, run_items

    pattern = re.compile("^" + re.escape(sets).replace(r"\*", ".*") + "$")
    items = sample([item for name in SET_FILES if pattern.match(name) for item in load_set(name)], size)
    with tempfile.TemporaryDirectory(prefix="jixiao-meta-") as directory:
        store = make_store(Path(directory))
        search = make_search(store, with_model=with_model)
        if base:
            saved = json.loads(Path(base).read_text(encoding="utf-8"))
            passing_keys = {(r["set"], r["original"], tuple(r.get("context", []))) for r in saved["base_passing"]}
            passing = [i for i in items if (i["set"], i["q"], tuple(i.get("context", []))) in passing_keys]
        else:
            passing = [item for item, ok, _, _ in run_items(items, store, search) if ok]
        tried = variants(passing, elements(element_file), kinds) + transformed(passing, stored_forms(store), kinds)
        results = run_items(tried, store, search)
        store.dispose()
    records = [{"set": item["set"], "q": item["q"], "original": item["original"], "context": item.get("context", []),
                "element": item["element"], "element_text": item.get("element_text", ""), "lang": item["lang"],
                "ok": ok, "why": why, "interpretation": payload.get("interpretation")}
               for item, ok, why, payload in results]
    return passing, records


def rates(records: list[dict]) -> dict[tuple[str, str], tuple[int, int]]:
    """Variants kept and tried per kind and language.

    Args:
        records: check()'s records.

    Returns:
        {(kind, lang): (kept, tried)}.
    """
    by: dict[tuple[str, str], list[bool]] = {}
    for record in records:
        by.setdefault((record["element"], record["lang"]), []).append(record["ok"])
    return {key: (sum(outcomes), len(outcomes)) for key, outcomes in sorted(by.items())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="independent*-dev", help="set names, a trailing * or *-dev pattern allowed")
    parser.add_argument("--base", help="results of another checkout: only its passing items are varied")
    parser.add_argument("--out", help="write every variant's result here (JSON)")
    parser.add_argument("--kinds", help="comma-separated element kinds (default: all)")
    parser.add_argument("--sample", type=int, default=0, help="only this many items, taken evenly (default: all)")
    parser.add_argument("--elements", type=Path, default=ELEMENTS, help="another elements TSV (default: %(default)s)")
    args = parser.parse_args(argv)
    kinds = set(args.kinds.split(",")) if args.kinds else None
    passing, records = check(args.sets, args.sample, kinds, args.base, element_file=args.elements)
    print(f"items passing: {len(passing)}; variants: {len(records)}")
    for (kind, lang), (kept, tried) in rates(records).items():
        print(f"{kind:10s} {lang}: {kept}/{tried} = {100 * kept / tried:.1f}%")
    total = [r["ok"] for r in records]
    print(f"total: {sum(total)}/{len(total)} = {100 * sum(total) / max(len(total), 1):.1f}%")
    if args.out:
        base_passing = [{"set": i["set"], "original": i["q"], "context": i.get("context", [])} for i in passing]
        Path(args.out).write_text(json.dumps({"base_passing": base_passing, "variants": records}, ensure_ascii=False,
                                             indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
