"""The protocol of a reading of the whole question, which the reader tries in turn before composing its tokens."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from assistant.compose import Reading
    from assistant.model import Select
    from assistant.reader import QuestionReader


class WholeReading(Protocol):
    """A reading of the whole question (every row, every form, a string pattern, spelled arithmetic), tried in turn."""

    def __call__(self, reader: QuestionReader, question: str, previous: Select | None,
                 previous_ids: list[int] | None) -> Reading | None:
        """The question's reading, or None when the question says no such thing.

        Args:
            reader: the QuestionReader, to read the rest of the question.
            question: as it reaches the reader.
            previous: the previous answer's Select, for follow-ups.
            previous_ids: the previous answer's form ids.

        Returns:
            The Reading, or None.
        """
