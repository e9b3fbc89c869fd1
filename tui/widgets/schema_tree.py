"""The views analysts can query and their columns, as a tree beside the SQL editor; choosing one inserts its name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual.message import Message
from textual.widgets import Tree


class SchemaTree(Tree[str]):
    """Views, each opening onto its columns (with their documentation as the tooltip of the tree)."""

    class Picked(Message):
        """A view or column name was chosen."""

        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

    def __init__(self, schema: Mapping[str, Sequence[tuple[str, str]]], *, id: str | None = None) -> None:
        """
        Args:
            schema: view name → (column name, type) pairs.
            id: the widget id.
        """
        super().__init__("views", id=id)
        self.show_root = False
        self.guide_depth = 2
        for view, columns in schema.items():
            branch = self.root.add(view, data=view, expand=view == "forms")
            for name, kind in columns:
                branch.add_leaf(f"{name} [dim]{kind}[/]", data=name)

    def on_tree_node_selected(self, event: Tree.NodeSelected) -> None:
        event.stop()
        if event.node.data and not event.node.allow_expand:
            self.post_message(self.Picked(event.node.data))
