"""The notes an answer gets on what the question said beside its conditions (names matched whole, labels, remarks)."""

from __future__ import annotations

from assistant.answer import Answer
from assistant.remarks import named as named_remarks


def noted(answer: Answer, excluded: list[str], labels: list[str], remarks: list[str], lang: str) -> Answer:
    """An answer with what the question said beside its conditions named: forms left out by a name said exactly, names
    taken for the forms the conditions pick, the asker's remarks set aside.

    Args:
        answer: the answer.
        excluded: forms a name said exactly left out (社工 (not 社工点经费)).
        labels: names for the forms the conditions pick (不到50万的小项目).
        remarks: the remarks set aside (assistant/remarks.py).
        lang: "zh" or "en".

    Returns:
        The same answer, its text extended; an unknown answer as it was.
    """
    if answer.kind == "unknown":
        return answer
    if excluded:  # 社工 (not 社工点经费): left out by the name said exactly
        answer.text += (f"\n按名称精确匹配，不含：{'、'.join(excluded)}" if lang == "zh" else
                        f"\nmatched by the whole name, so not: {', '.join(excluded)}")
    if labels:
        answer.text += (f"\n视为所述条件的称呼（不另作条件）：{'、'.join(labels)}" if lang == "zh" else
                        f"\ntaken as a name for the forms the conditions pick (no condition of its own): {', '.join(labels)}")
    if remarks:
        answer.text += named_remarks(remarks, lang)
    return answer
