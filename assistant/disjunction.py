"""Alternatives in a narrative question ("volunteers or volunteer activities", 装修或改造): what any of them says."""

from __future__ import annotations

import re

from assistant import example_list
from assistant.evidence_set import Concept, concepts, cues

# The words joining alternatives. 还是 and 或 join in Chinese; "or" and "and/or" in English.
_OR = re.compile(r"\band/or\b|\bor\b|或者|或是|还是|或")
# In a topic or a bare list of topics ("talent programmes and health check-ups", 跟培训和体检有关的项目) "and" lists
# the topics too; a question asking for forms saying both (both, 同时, 都) or any other question keeps it a conjunction.
_AND = re.compile(r"\band\b|以及|和|及|与|、")
_BOTH = re.compile(r"\bboth\b|同时|都|均")
_QUESTION = re.compile(r"\b(?:which|what|who|how|where|when|why|does|did|do|is|are|was|were)\b|哪|什么|多少|几|吗|是否|怎么|如何|[?？]",
                       re.IGNORECASE)


def alternative_concepts(text: str, lang: str, stopwords: set[str], names: list[str] = ()) -> list[Concept]:
    """The concepts of a narrative question whose parts are joined by "or".

    Each alternative read alone; a concept every alternative says is required (A or A-with-B is A), one
    alternative's own concepts are optional (they raise a form's coverage, not its bar); when each alternative
    is one concept of its own they are one concept whose words are all of theirs (volunteers or training).

    Args:
        text: the narrative part of the question.
        lang: "zh" or "en".
        stopwords: Chinese words with no content of their own.
        names: parts of project names the question gave.

    Returns:
        The concepts; exactly `evidence_set.concepts` when the question joins no alternatives.
    """
    from assistant.saying import asks_topic

    examples = example_list.find(text)
    if examples is not None:
        return _exemplified(text, examples, lang, stopwords, names)
    listing = (asks_topic(text) or not _QUESTION.search(text)) and not _BOTH.search(text)
    parts = [part for part in (_OR if not listing else re.compile(f"{_OR.pattern}|{_AND.pattern}")).split(text)
             if part.strip()]
    whole = concepts(text, lang, stopwords, names)
    if len(parts) < 2:
        return whole
    frame = set(cues("frame"))  # 提到 of 提到志愿者或培训 frames the question, it is no alternative's own
    each = [[concept for concept in concepts(part, lang, stopwords) if concept.label not in frame] for part in parts]
    said = [{concept.alternatives for concept in found} for found in each]
    common = set.intersection(*said)
    own = [[concept for concept in found if concept.alternatives not in common] for found in each]
    if not common and all(len(found) == 1 for found in own):
        merged = Concept(" / ".join(found[0].label for found in own),
                         tuple(dict.fromkeys(word for found in own for word in found[0].alternatives)))
        in_parts = {concept.label for found in own for concept in found}  # by label: whole may add synonyms
        return [merged] + [concept for concept in whole if concept.label not in in_parts]
    if not common and len(parts) == 2 and sorted(len(found) for found in own)[0] == 1:
        # "renovation or repair of police station premises", 派出所装修或者修缮: the lone concept on one side is an
        # alternative to the concept next to the "or" on the other; the rest of that side applies to both.
        single, other = (own[0][0], own[1]) if len(own[0]) == 1 else (own[1][0], own[0])
        near_or = _nearest_or(parts, other, text, left=len(own[0]) != 1)
        merged = Concept(f"{near_or.label} / {single.label}",
                         tuple(dict.fromkeys(near_or.alternatives + single.alternatives)))
        return [merged] + [c for c in whole if c.label not in (near_or.label, single.label)]
    if not common:
        return whole  # (A and B) or (C and D): no weighting of single concepts says that; read as written
    optional = {concept.alternatives for found in own for concept in found}
    return [Concept(c.label, c.alternatives, named=c.named, optional=c.alternatives in optional) for c in whole]


def _exemplified(text: str, examples: example_list.Examples, lang: str, stopwords: set[str],
                 names: list[str]) -> list[Concept]:
    """A topic with examples (租设备、租摄像头这种; 设备租赁（比如摄像头、采集终端）): what every example says is required
    (租), the examples' own words are one concept any of whose words will do, and the topic words of the clause just
    before the list are optional (the forms say the examples, not always the word the question gathers them by)."""
    frame = set(cues("frame"))
    each = [[concept for concept in concepts(member, lang, stopwords) if concept.label not in frame]
            for member in examples.members]
    common = set.intersection(*({concept.alternatives for concept in found} for found in each))
    own = [concept for found in each for concept in found if concept.alternatives not in common]
    whole = concepts(text, lang, stopwords, names)
    if not own:
        return whole
    # a one-character word (水, 电 of utilities) is inside too many others to stand for an example on its own
    merged = Concept(" / ".join(dict.fromkeys(concept.label for concept in own)),
                     tuple(dict.fromkeys(word for concept in own for word in concept.alternatives
                                         if len(word) >= 2 or not re.fullmatch(r"[\u4e00-\u9fff]", word))))
    clause = re.split(r"[，,。？?！!：:；;]", text[:examples.start])[-1]
    topic = {concept.label for part in (clause, examples.head) if part.strip() for concept in concepts(part, lang, stopwords)}
    labels = {concept.label for concept in own}
    return [merged] + [Concept(c.label, c.alternatives, named=c.named, optional=c.label in topic)
                       for c in whole if c.label not in labels]


def _nearest_or(parts: list[str], found: list[Concept], text: str, left: bool) -> Concept:
    """Of one side's concepts, the one written next to the "or": the last of the left side, the first of the right."""
    side = parts[0 if left else 1].lower()

    def position(concept: Concept) -> int:
        at = side.find(concept.label.lower())
        return at if at >= 0 else (-1 if left else len(side))

    return (max if left else min)(found, key=position)
