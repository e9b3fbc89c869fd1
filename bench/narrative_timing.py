"""Time narrative questions on an existing store: how long reading the forms' text takes once the index is loaded.

Usage: python -m bench.narrative_timing sqlite:////tmp/big.db [--no-search] [QUESTION ...]
Prints a Markdown table: question, seconds, forms answered. The index and model load (and the reader is built) before
the first timed question, so the figures are the narrative reading itself.
"""

from __future__ import annotations

import argparse
import time

QUESTIONS = ("哪些项目的经费拖到2024年才支付", "Which forms talk about volunteers or volunteer activities?",
             "哪个项目说水电燃气用量没法准确预估，所以执行率低", "projects about renovating or refurbishing premises",
             "哪个项目解决派出所后勤人员的就餐问题")


def main(argv: list[str] | None = None) -> None:
    """Parse arguments, time each question, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", help="SQLAlchemy URL of an ingested store")
    parser.add_argument("questions", nargs="*", default=list(QUESTIONS))
    parser.add_argument("--no-search", action="store_true", help="read the store's tables, without the index")
    args = parser.parse_args(argv)
    from assistant.conversation import Conversation
    from index.backend import DeferredSearch
    from store.database import Store

    store = Store(args.url)

    def make():
        from index.service import SearchService

        return SearchService(store, load_model_on_search=True)

    search = None if args.no_search else DeferredSearch(make)
    conversation = Conversation(store, search=search, llm=None)
    started = time.perf_counter()
    if search is not None:
        search.search("预热", k=1)
    conversation.ask("总分最高的项目")  # builds the readers over the store's names
    print(f"set-up (index, model, readers): {time.perf_counter() - started:.2f} s\n")
    print("| question | seconds | forms |\n|---|---:|---:|")
    for question in args.questions:
        conversation.reset()
        started = time.perf_counter()
        answer = conversation.ask(question)
        print(f"| {question} | {time.perf_counter() - started:.2f} | {len(answer.records)} |")


if __name__ == "__main__":
    main()
