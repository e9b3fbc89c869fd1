"""What test modules import: the seed file, an invented county's store names, and PostgreSQL test databases when a
server is configured."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import uuid

import pytest

from assistant.recognise import StoreNames
from corpus import default_files

SEED = default_files()[0]

# An invented county: none of these names occurs in the bundled corpus.
INVENTED_COUNTY = StoreNames(
    units=["青石县城市管理执法大队"],
    departments=["青石县城市管理局"],
    tags=["城管办", "环卫所"],
    classes={"产出指标": "level1", "满意度指标": "level1"},
    grades=["优", "良"],
    years=[2021],
    projects=["青石路灯维护经费（城管办）", "道路清扫经费（环卫所）"],
    indicators=["路灯维修合格率", "市民满意度"],
)

# The same county with a level-2 class, for questions about 时效指标.
INVENTED_COUNTY_WITH_TIMELINESS = dataclasses.replace(
    INVENTED_COUNTY, classes={**INVENTED_COUNTY.classes, "时效指标": "level2"})

POSTGRES_URL = os.environ.get("JIXIAO_TEST_POSTGRES_URL")
_NO_POSTGRES = (
    "no PostgreSQL server: set JIXIAO_TEST_POSTGRES_URL (.ci/postgres starts one and prints it)")
SKIP_WITHOUT_POSTGRES = pytest.mark.skipif(not POSTGRES_URL, reason=_NO_POSTGRES)


@contextlib.contextmanager
def postgres_database(server_url: str):
    """A new, empty PostgreSQL database on the server, dropped afterwards; yields its URL."""
    from sqlalchemy import create_engine, make_url, text

    name = f"jixiao_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def unprinted(node):
    """A query-model node with the printed words of its numbers dropped, for literal comparison."""
    from assistant import model as m

    return m.from_data(_drop_printed(m.to_data(node)))


def _drop_printed(data):
    if isinstance(data, dict):
        return {k: ("" if k == "printed" else _drop_printed(v)) for k, v in data.items()}
    return [_drop_printed(v) for v in data] if isinstance(data, list) else data


def asked(store, *questions, **options):
    """The answer to the last of several questions asked in one conversation, the earlier ones first.

    Args:
        store: a store.Store.
        questions: asked in turn.
        options: more arguments of Conversation (search=None: no index).
    """
    from assistant.conversation import Conversation

    conversation = Conversation(store, llm=None, **options)
    for question in questions[:-1]:
        conversation.ask(question)
    return conversation.ask(questions[-1])


def names_of(answer) -> list[str]:
    """The project names of an answer's records, sorted."""
    return sorted(record.project_name for record in answer.records)


def fitted(reader, question: str):
    """A question's reading and what of it does not fit the quantity the question asks (empty when it fits).

    Args:
        reader: an assistant QuestionReader.
        question: as asked.

    Returns:
        (reading, unfit) as `asked_quantity.fitted` gives them.
    """
    from assistant import asked_quantity

    reading = reader.read(question)
    return reading, asked_quantity.fitted(reading, asked_quantity.read(question, reader.recogniser), reader.lexicon.fields)


# An invented store for the readers of described names: two rental forms, a road-lighting form and two cleaning forms
# under two units (each project name → its implementing unit), and the English glossary words they are described by.
INVENTED_OWNERS = {
    "路灯维护经费（城管办）": "城管办",
    "道路清扫经费（环卫所）": "环卫所",
    "河道保洁经费（环卫所）": "环卫所",
    "监控设备租赁经费（城管办）": "城管办",
    "办公用房租赁费（环卫所）": "环卫所",
}
INVENTED_GLOSSARY = {"surveillance": "监控 视频监控", "rental": "租赁 租用", "cleaning": "清扫 保洁", "road": "道路",
                     "river": "河道", "lighting": "路灯 照明", "maintenance": "维护 运维"}
