"""What a conversation keeps between questions: a named state, its snapshot and restore, and its JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace

from assistant import model
from assistant.interpret import Query

STATE_VERSION = 1


@dataclass
class ConversationState:
    """What a follow-up goes on from.

    Attributes:
        last: the rule-based reading the previous answer rested on (its follow-ups refine it), or None.
        last_select: the previous answer as the query model read it (a model.Select), or None.
        last_ids: the forms the previous answer rested on, or None.
        previous_question: the previous question as the readers had it (a follow-up repeating its words, 这些小项目,
            repeats no condition), or None.
        batches: the forms of the last two answers (两批放一起: both together).
        last_row: the one indicator row the previous answer showed, (form, row), or None.
    """

    last: Query | None = None
    last_select: model.Select | None = None
    last_ids: list[int] | None = None
    previous_question: str | None = None
    batches: list[list[int]] = field(default_factory=list)
    last_row: tuple[str, str] | None = None

    def snapshot(self) -> ConversationState:
        """A copy to go back to (a question answered whole after its two turns failed, a question asked aside).

        Returns:
            A new state holding the same values (not copies of them).
        """
        return replace(self)

    def restore(self, snapshot: ConversationState) -> None:
        """Go back to a snapshot.

        Args:
            snapshot: a state from `snapshot`.
        """
        for item in fields(self):
            setattr(self, item.name, getattr(snapshot, item.name))

    def reset(self) -> None:
        """Forget the previous question: the next one is read on its own."""
        self.restore(ConversationState())

    def to_json(self) -> str:
        """The last interpretation as JSON, for `jixiao ask --session`.

        Returns:
            The JSON text (version, last, select, ids).
        """
        return json.dumps({"version": STATE_VERSION, "last": self.last.to_dict() if self.last else None,
                           "select": model.to_data(self.last_select) if self.last_select else None,
                           "ids": self.last_ids}, ensure_ascii=False, indent=1)

    def load_json(self, text: str) -> None:
        """Take the last interpretation from JSON written by `to_json`; unreadable or foreign JSON forgets it.

        Args:
            text: the JSON text.
        """
        try:
            data = json.loads(text)
            current = data.get("version") == STATE_VERSION
            self.last = Query.from_dict(data["last"]) if current and data.get("last") else None
            self.last_select = model.from_data(data["select"]) if current and data.get("select") else None
            self.last_ids = [int(i) for i in data.get("ids") or []] if current and data.get("ids") is not None else None
        except (ValueError, TypeError, KeyError, AttributeError):
            self.last, self.last_select, self.last_ids = None, None, None


class StateField:
    """An attribute of a conversation kept on its state (conversation.last is conversation.state.last)."""

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, instance, owner=None):
        return self if instance is None else getattr(instance.state, self.name)

    def __set__(self, instance, value) -> None:
        setattr(instance.state, self.name, value)
