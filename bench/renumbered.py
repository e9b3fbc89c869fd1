"""Figures said another way (60% → 百分之六十 / 六成 / 60 percent; 50万 → 五十万; 1 million yuan → 1,000,000 yuan): the
rewrites of `jixiao bench questions --restated`, which must change no answer."""

from __future__ import annotations

import re

_DIGITS = "零一二三四五六七八九"


def chinese(number: int) -> str:
    """A whole number under 10,000 as written in Chinese: 60 → 六十, 15 → 十五, 105 → 一百零五, 2000 → 二千.

    Args:
        number: 0 ≤ number < 10000.

    Returns:
        The Chinese numeral.
    """
    if number < 10:
        return _DIGITS[number]
    if number < 20:
        return "十" + (_DIGITS[number % 10] if number % 10 else "")
    out, zero = "", False
    for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = number // value % 10
        if digit:
            out += ("零" if zero and out else "") + _DIGITS[digit] + name
            zero = False
        elif out:
            zero = True
    return out


def _whole(text: str) -> int | None:
    value = float(text)
    return int(value) if value.is_integer() and 0 < value < 10000 else None


def rewrites(question: str) -> list[str]:
    """The question with its first figure said another way, one rewrite per way that applies.

    Args:
        question: a question the assistant answers.

    Returns:
        e.g. ["执行率低于百分之六十的项目", "执行率低于六成的项目"] for "执行率低于60%的项目"; [] when no figure is rewritable.
    """
    out = []
    percent = re.search(r"(?<![\d.])(\d+(?:\.\d+)?)\s*%", question)
    if percent and (n := _whole(percent.group(1))) is not None and n <= 100:
        before, after = question[:percent.start()], question[percent.end():]
        if re.search(r"[\u4e00-\u9fff]", question) and not re.search(r"[A-Za-z]{3,}", question):
            out.append(f"{before}百分之{chinese(n)}{after}")
            if n % 10 == 0 and 0 < n < 100:
                out.append(f"{before}{chinese(n // 10)}成{after}")
        else:
            out.append(f"{before}{n} percent{after}")
    wan = re.search(r"(?<![\d.,])(\d+)\s*万(?!分)", question)
    if wan and (n := _whole(wan.group(1))) is not None:
        out.append(f"{question[:wan.start()]}{chinese(n)}万{question[wan.end():]}")
    million = re.search(r"\b(\d+(?:\.\d+)?) million\b", question, re.I)
    if million:
        yuan = round(float(million.group(1)) * 1_000_000)
        out.append(f"{question[:million.start()]}{yuan:,}{question[million.end():]}")
    return out
