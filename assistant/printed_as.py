"""A figure asked for as printed: 目标值写成“百分之九十”, targets written as '≥90%' — the wording of the target (or
actual) column, not its parsed number (which 90%, ≥90.00(%) and 百分之九十 all share)."""

from __future__ import annotations

import re

from assistant.recognise import Token

_COLUMNS = ("indicator.target_number", "indicator.actual_number")
_QUOTES = "“”\"'‘’「」『』"
# Signs as forms print them (a question may type >= for ≥).
_SIGNS = {">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "="}
_SIGN = re.compile(r"[≥≤><=]")
# A signed figure typed with its unit's bracket, as forms print it: ≥90.00(%), ≥85(百分比).
_TYPED_WHOLE = re.compile(r"(>=|<=|[≥≤=＝])\s*(\d+(?:\.\d+)?)[(（]\s*(%|％|百分比|[\u4e00-\u9fff/]{1,6})\s*[)）]")


def in_words(token: Token) -> bool:
    """A language said between a column and its figure (用中文, in Chinese): the figure is asked as written in words.

    Args:
        token: a token of the question.

    Returns:
        True for a "language: Chinese" token.
    """
    return token.kind == "language" and token.key == "zh"


def typed_as_printed(question: str) -> tuple[str, ...]:
    """The signed figures a question types with their unit's bracket, as forms print them: their whole wordings.

    Args:
        question: the question before its brackets are read (normalising drops a unit's bracket).

    Returns:
        e.g. ("≥90.00(%)",) for "targets printed exactly as ≥90.00(%)"; () with none.
    """
    return tuple(_SIGNS.get(sign, sign.replace("＝", "=")) + figure + "(" + unit.replace("％", "%") + ")"
                 for sign, figure, unit in _TYPED_WHOLE.findall(question))


def without_typed_units(text: str) -> str:
    """The text without the unit's bracket typed after a signed figure (≥90.00(百分比) → ≥90.00): read by
    typed_as_printed before, not a word of the question."""
    return _TYPED_WHOLE.sub(lambda found: found.group(0)[:found.start(3) - found.start() - 1].rstrip("(（ "), text)


def printed_figures(tokens: list[Token], text: str, cues: dict[str, str], signs_printed: str = "",
                    typed: tuple[str, ...] = ()) -> list[Token]:
    """TARGET CUE FIGURE: a figure after a target or actual and a word for "written as" (lexicon kind `printed_as`), or
    quoted right after the column, is the printed wording: one quoted token (read by rows.quoted_words as what the
    column says) replaces the figure's tokens, and the cue is read.

    Args:
        tokens: the question's tokens, stop words still in.
        text: the normalised question the tokens index.
        cues: the words for "written as" → "printed" (写成, printed as: the wording), or "sign" (定成: only a sign
            printed with the figure, 定成≥100%; 定成100% is the number).
        signs_printed: the sign a remark says is printed (（带≥号）), or "".
        typed: the wordings typed whole with their unit's bracket (typed_as_printed).

    Returns:
        The tokens, the figure made quoted wording where it was asked for as printed.
    """
    out, i = [], 0
    while i < len(tokens):
        token = tokens[i]
        out.append(token)
        i += 1
        if token.kind != "field" or token.key not in _COLUMNS:
            continue
        k = i
        while k < min(len(tokens), i + 3) and tokens[k].text.lower() not in cues and (
                tokens[k].kind == "stop" or in_words(tokens[k])
                or (tokens[k].kind == "op" and tokens[k].key == "=" and not _SIGN.match(tokens[k].text))):
            k += 1  # target of ≥90%, targets are printed as, 目标值为≥90%: glue before the cue or the figure
        cue = k if k < len(tokens) and tokens[k].kind == "stop" and tokens[k].text.lower() in cues else None
        # 目标值用中文写成“百分之九十”, a target in Chinese words as 百分之九十: the figure in words is the wording
        worded = any(in_words(t) for t in tokens[i:k])
        start = k + (cue is not None) if cue is not None or worded or k > i and tokens[k - 1].kind != "stop" or signs_printed else i
        if cue is not None and start < len(tokens) and in_words(tokens[start]):
            worded, start = True, start + 1  # 目标值写的是汉字“百分之九十”: the language after the cue
        end = start
        while end < len(tokens) and tokens[end].kind == "op" and tokens[end].end == (tokens[end + 1].start if end + 1 < len(tokens) else -1):
            end += 1  # ≥90%: the sign printed with the figure
        if end >= len(tokens) or tokens[end].kind != "number":
            continue
        first, last = tokens[start], tokens[end]
        quoted = first.start > 0 and text[first.start - 1] in _QUOTES and last.end < len(text) and text[last.end] in _QUOTES
        signed = end > start and (any(ch.isdigit() for ch in last.text) or last.value is not None)  # ≥百分之九十 is ≥90
        # a target of ≥85, target at ≥100%, 目标为≥90%: a word saying what the target is, then the sign printed with the figure
        said_with_sign = signed and start > i and tokens[start - 1].kind == "op" and tokens[start - 1].key == "="
        if (cue is None and not quoted and not (signs_printed and signed) and not said_with_sign
                and not (worded and not any(ch.isdigit() for ch in last.text))) \
                or (cue is not None and cues[tokens[cue].text.lower()] == "sign" and not signed):
            continue
        wording = text[first.start:last.end]
        sign = "".join(_SIGNS.get(t.key, t.text) for t in tokens[start:end])
        typed_whole = next((w for w in typed if signed and w.startswith(f"{sign}{last.text}(")), None)
        if typed_whole is not None:
            wording = typed_whole  # printed exactly as ≥90.00(%), 写成≥90.00(百分比): typed as the form prints it, unit and all
        elif signed:
            # 定成≥100%, printed ≥100.00(%): the sign as printed and the figure's digits, not its decimals or unit
            digits = re.match(r"[\d.]*\d", last.text.replace(",", ""))
            wording = sign + (digits.group(0).removesuffix(".0").removesuffix(".00") if digits else f"{last.value:g}")
        out.append(Token("quoted_indicator", wording, first.start, last.end, wording))
        i = end + 1
    if signs_printed in ("≥", "≤", ">", "<") and not any(t.kind == "quoted_indicator" for t in out):
        at = next((k for k, t in enumerate(out) if t.kind == "field" and t.key == "indicator.target_number"), None)
        if at is not None:  # 满意度目标带≥号的: the targets printing that sign
            field = out[at]
            out.insert(at + 1, Token("quoted_indicator", signs_printed, field.end, field.end, signs_printed))
    return _set_against_a_contrast(out, text)


# A remark that the sign is printed: （带≥号）, with the ≥ sign, "≥ sign included": the target's sign and figure as printed.
_SIGN_SAID = re.compile(r"[（(]\s*(?:带|带有|有|含|含有|加|标有|写有|印有)(?:了)?\s*[“\"']?(?P<sign>[≥≤＞＜><]=?)[”\"']?\s*(?:号|符号|字样)[^()（）]*[)）]"
                        r"|(?:带|带有|含有|标有|写有|印有)(?:了)?\s*[“\"']?(?P<bare>[≥≤＞＜><]=?)[”\"']?\s*(?:号|符号|字样)"
                        r"|[（(]?\s*(?:with|including|incl\.?|showing|bearing)\s+(?:the|a|an)?\s*[“\"']?(?P<sign_en>[≥≤><]=?)[”\"']?\s*(?:sign|symbol|mark)"
                        r"(?:[^()（）]|[（(][^()（）]*[)）])*[)）]?"
                        r"|[（(]\s*(?:the\s+|its\s+)?(?:sign|symbol)s?\s+(?:printed|included|shown|kept|as printed)\s*[)）]", re.IGNORECASE)


def sign_said(text: str) -> tuple[str, str]:
    """A remark that the sign is printed, taken out of the question: the figure typed with its sign is then asked as
    printed (满意度目标值印为“≥90%”（带≥号）); with no such figure, the sign itself is what the target prints
    (满意度目标带≥号的).

    Args:
        text: the normalised question.

    Returns:
        (the text without the remark, the sign it names: "≥", or "sign" when it names none, or "" with no remark).
    """
    found = _SIGN_SAID.search(text)
    if found is None:
        return text, ""
    sign = (found.group("sign") or found.group("bare") or found.group("sign_en") or "sign").replace(">=", "≥").replace("<=", "≤")
    return text[:found.start()] + " " + text[found.end():], sign


_HOLDS = {">=": lambda a, b: a >= b, ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, "<": lambda a, b: a < b}


def _set_against_a_contrast(tokens: list[Token], text: str) -> list[Token]:
    """target at 85% or more, instead of the usual 90%; 目标定为85%及以上而不是通常的90%: when the figure set against
    the bound meets the bound too, a range cannot tell them apart, so the bound is the target as printed (≥85)."""
    kept = [k for k, t in enumerate(tokens) if t.kind != "stop"]
    for at, k in enumerate(kept[:-4]):
        field, op, number, bound = (tokens[j] for j in kept[at:at + 4])
        if field.kind != "field" or field.key != "indicator.target_number" or (op.kind, op.key) != ("op", "=") \
                or number.kind != "number" or bound.kind != "op_after" or bound.key not in _HOLDS:
            continue
        contrast = next((j for j in kept[at + 4:at + 6] if tokens[j].kind == "contrast"), None)
        other = kept[kept.index(contrast) + 1] if contrast is not None and kept.index(contrast) + 1 < len(kept) else None
        if other is None or tokens[other].kind != "number" or tokens[other].unit != number.unit \
                or not _HOLDS[bound.key](tokens[other].value, number.value):
            continue
        digits = re.match(r"[\d.]*\d", number.text.replace(",", ""))
        if digits is None:
            continue
        wording = _SIGNS[bound.key] + digits.group(0)
        start, end = kept[at + 1], kept[at + 3]
        return tokens[:start] + [Token("quoted_indicator", wording, op.start, bound.end, wording)] + tokens[end + 1:]
    return tokens

