"""Names the store holds, found in questions: quoted names, words of indicator names, English topics via the glossary."""

from __future__ import annotations

import re
from assistant import form_nouns

# Opening quote → closing quote, ASCII and Chinese.
QUOTES = {'"': '"', "'": "'", "“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "〈": "〉"}
# The last word of an indicator's name that says what it measures: 合格率, 满意度, 及时率, 知晓率.
_MEASURE_WORD = re.compile(r"[\u4e00-\u9fff]{2}[率度]$")


def measure_words(indicator_names: list[str]) -> set[str]:
    """Words ending indicator names that name what is measured (合格率, 满意度, 及时率), read from the store.

    Args:
        indicator_names: the 三级指标 names the store holds.

    Returns:
        The words (three characters, ending in 率 or 度).
    """
    words = set()
    for name in indicator_names:
        match = _MEASURE_WORD.search(name or "")
        if match:
            words.add(match.group(0))
    return words


def quoted_at(text: str, i: int) -> tuple[int, str] | None:
    """A quoted stretch opening at i: (end after the closing quote, the text inside), or None.

    Args:
        text: the normalised question.
        i: a position in it.

    Returns:
        The end and the content, when a closing quote follows within 40 characters.
    """
    closing = QUOTES.get(text[i])
    if closing is None:
        return None
    end = text.find(closing, i + 1, i + 42)
    if end <= i + 1:
        return None
    # An apostrophe inside English ("unit's") is no quote: the opening one must not follow a letter.
    if text[i] == "'" and i > 0 and text[i - 1].isalnum():
        return None
    content = text[i + 1:end].strip()
    return (end + 1, content) if content else None


def quoted_column(content: str, projects: list[str], indicators: list[str]) -> str | None:
    """Which names a quoted text is part of: "project" (a project name holds it), "indicator", or None.

    Args:
        content: the text inside the quotes, lower case.
        projects: project names.
        indicators: indicator names.

    Returns:
        The column kind, or None when no name holds it.
    """
    if any(content in name.lower() for name in projects):
        return "project"
    if any(content in name.lower() for name in indicators):
        return "indicator"
    return None


def topics_in(text: str, start: int, end: int, glossary: dict[str, str], names: list[str]) -> list[tuple[int, int, str]]:
    """English glossary phrases inside text[start:end] whose Chinese the store's names use, longest first.

    Args:
        text: the normalised question.
        start: where the unexplained stretch begins.
        end: where it ends.
        glossary: English phrase → space-separated Chinese terms (index.glossary.GLOSSARY_EN).
        names: project and indicator names the Chinese must occur in.

    Returns:
        (start, end, "|"-joined Chinese terms the names use) for each phrase found, in order.
    """
    stretch = text[start:end]
    if not re.search(r"[a-z]", stretch):
        return []
    # anti-drug as written, and health-check as health check (one character for one, so positions stay the text's)
    spaced = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", stretch)
    taken = [False] * len(stretch)
    found = []
    candidates = [(phrase, variant) for variant in dict.fromkeys((stretch, spaced)) for phrase in glossary if phrase in variant]
    for phrase, variant in sorted(candidates, key=lambda candidate: len(candidate[0]), reverse=True):
        for match in re.finditer(r"(?<![a-z0-9-])" + re.escape(phrase) + r"(?![a-z0-9-])", variant):
            if any(taken[match.start():match.end()]):
                continue
            terms = [term for term in glossary[phrase].split() if any(term in name for name in names)]
            # The glossary lists the intended term first: a later one overlapping a kept one (故障 after 设备故障, 社工点
            # after 社工) would only widen or repeat it.
            kept = []
            for term in terms:
                if not any(term in other or other in term for other in kept):
                    kept.append(term)
            terms = kept
            if terms:
                taken[match.start():match.end()] = [True] * (match.end() - match.start())
                found.append((start + match.start(), start + match.end(), "|".join(terms)))
    return sorted(found)


# 那两个, 这几张, 那个, 的那张, "the 质保金 ones", the 人才 projects, the 维稳 fund: a demonstrative and a counter, or an English noun, after
# a part of a name point at the forms it names.
# 不是质保金, 除了人才: a shorter part right after an exclusion names the forms left out.
_EXCLUDED = re.compile(r"(?:不是|除了|不算|去掉|排除|剔除|不含|不包括)$")
_POINTED = re.compile(r"的?(?:那|这)(?:两|几|[一二三四五六七八九十]|\d+)?(?:个|张|项|份)"
                      rf"|[)）]?\s*(?:ones?|{form_nouns.english()}|items?|funds?|funding)(?![a-z])")


def name_parts_in(text: str, start: int, end: int, projects: str, indicators: str,
                  shortest: int = 4) -> list[tuple[int, int, str]]:
    """Chinese stretches of text[start:end] that are part of a project or indicator name the store holds, longest
    first from each position: 平安治理可视化 (a project's name, shortened), 涉及点位 (an indicator's).

    Args:
        text: the normalised question.
        start: where the unexplained stretch begins.
        end: where it ends.
        projects: the store's project names, lower case, one a line.
        indicators: the store's indicator names, lower case, one a line.
        shortest: the fewest characters a part may have (shorter ones occur in names by chance).

    Returns:
        (start, end, "quoted_project" or "quoted_indicator") for each part, in order.
    """
    found, p = [], start
    while p + 2 <= end:
        for stop in range(end, p + 1, -1):
            part = text[p:stop]
            if not re.fullmatch(r"[\u4e00-\u9fff0-9a-z（）()]+", part):
                continue
            if stop - p < shortest:
                # 人才那两个项目: a shorter part names forms when a word pointing at them follows it
                kind = "quoted_project" if (_POINTED.match(text, stop) or _EXCLUDED.search(text, 0, p)) and part in projects else None
            else:
                kind = "quoted_project" if part in projects else "quoted_indicator" if part in indicators else None
            if kind:
                found.append((p, stop, kind))
                p = stop
                break
        else:
            p += 1
    return found


# Tokens of function words that may stand inside a name (才 of 人才, 有 of 两个实有, 非 of 非警务类, 两个 of 两个实有).
_INSIDE_NAMES = ("stop", "not", "number")


def function_words_in_names(text: str, tokens: list, spans: list[tuple[int, int]],
                            projects: str) -> tuple[list, list[tuple[int, int]]]:
    """A function word read inside a part of a name (两个人才项目: 才 a stop word, 人 left unread; 两个实有那个项目;
    非警务类的那张): the stretch of words left unread and function words is that part, left unread as one word for the
    readers of names, never split into a stop word and a stray character.

    Args:
        text: the normalised question.
        tokens: its tokens, in order (each with kind, start and end).
        spans: the stretches no recogniser explained, (start, end) in order.
        projects: the store's project names, lower case, one a line.

    Returns:
        The tokens without the function words taken into a part, and the unread stretches with those parts.
    """
    pieces = sorted([(s, e, None) for s, e in spans] + [(t.start, t.end, t) for t in tokens if t.kind in _INSIDE_NAMES],
                    key=lambda piece: piece[0])
    runs, run = [], []
    for piece in pieces:  # pieces side by side: unread stretches and function words with nothing between them
        if run and piece[0] != run[-1][1]:
            runs.append(run)
            run = []
        run.append(piece)
    runs.append(run)
    taken, parts = set(), []
    for run in (r for r in runs if r and any(p[2] is None for p in r) and any(p[2] is not None for p in r)):
        # where a part may begin or end: anywhere in an unread stretch, only at a function word's ends
        cuts = sorted({c for a, b, token in run for c in ((a, b) if token is not None else range(a, b + 1))})
        best = None
        for a in cuts:
            for b in (c for c in cuts if c - a >= 2 and (best is None or c - a > best[1] - best[0])):
                words = [p for p in run if p[2] is not None and a <= p[0] and p[1] <= b]
                if words and any(p[2] is None and p[0] < b and a < p[1] for p in run) \
                        and re.fullmatch(r"[\u4e00-\u9fff]+", text[a:b]) and text[a:b] in projects:
                    best = (a, b, words)
        if best is not None:
            parts.append(best[:2])
            taken.update(id(p[2]) for p in best[2])
    if not parts:
        return tokens, spans
    kept = []
    for s, e in spans:  # an unread stretch less the parts inside it (给人 of 给人才: 给 stays unread)
        for a, b in parts:
            if s < b and a < e:
                kept += [(s, a)] if s < a else []
                s = max(s, b)
        kept += [(s, e)] if s < e else []
    return [t for t in tokens if id(t) not in taken], sorted(kept + parts)
