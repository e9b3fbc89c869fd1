"""者 closing a condition (执行率低于60%者, 名称含质保金者): "the ones that", read as 的; a name's own 者 (患者) stays."""

from __future__ import annotations

import re

# 者 after a figure or unit, or after a literal a name is said to contain, then a clause break, a verb of being or
# having, or the end.
_AFTER_FIGURE = re.compile(r"(?<=[\d%％分元万个条次人])者(?=[，,。？?；;！!、\s]|有|是|为|共|都|$)")
_AFTER_LITERAL = re.compile(r"(?:含有|包含|含|带有|带)(?P<literal>[\u4e00-\u9fff]{1,12}?)者(?=[，,。？?；;！!、\s]|有|是|为|共|都|$)")


def zhe_as_de(text: str, names: tuple[str, ...]) -> str:
    """The text with each 者 that closes a condition written 的.

    Args:
        text: the question, normalised.
        names: the stored project names; a literal whose 者 is in a name (含患者) keeps it.

    Returns:
        e.g. "总分不足96的表，剔除名称含质保金的，…" for "总分不足96的表，剔除名称含质保金者，…".
    """
    text = _AFTER_FIGURE.sub("的", text)

    def literal(match: re.Match) -> str:
        said = match.group("literal") + "者"
        if any(said in name for name in names):
            return match.group(0)  # 名称含患者: the name's own word
        return match.group(0)[:-1] + "的"

    return _AFTER_LITERAL.sub(literal, text)
