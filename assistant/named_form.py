"""A form named by several fragments (杜行派出所 修缮, the Luhui police station renovation): the one form whose name
holds every fragment, read as that form named in full."""

from __future__ import annotations

import dataclasses
import re

from assistant.recognise import Token

# Fragments of a name: a part the store's names hold (杜行派出所; loose: 修缮 left unread), an English topic
# glossed to Chinese (renovation → 装修|修缮), a name tag (党群中心), a part spelled in pinyin (Luhui → 鲁汇).
_FRAGMENTS = ("quoted_project", "topic", "tag", "loose", "pinyin")
# Glue that may stand between the fragments of one description (the, 那个, of).
_BETWEEN = re.compile(r"^[\s\-'’的之那个这张份项,，]*(?:the|of|for|on|and|with)?[\s\-'’]*(?:[a-z]+-|[a-z]+-[a-z]+\s+)?$", re.IGNORECASE)
# 那张 / 这个 between a part of a name and 表 or 项目: pointing at one form.
_DEMONSTRATIVE = re.compile(r"^的?[那这]一?[个张份项]?$")
# A question asking which form: what its words describe is the answer, not a form named.
_ASKS_WHICH = re.compile(r"\bwhich\b|\bwhat (?:project|form|programme|scheme)s?\b|哪")
# A question asking something of what it describes (a bare topic, "population information collection", is a search).
_ASKS_OF_IT = re.compile(r"\b(?:what|how|when|why|is|was|were|did|does|do)\b|多少|几|什么|怎么|哪天")
# What may stand before a description of a form: glue, or the end of the token before (faults in the rented CCTV).
_GLUE_BEFORE = re.compile(r"^(?:[\s\W]|\b(?:went|go|goes|gone|the|of|for|in|on|a|an|this|that|at|to|under|about|does|do|did|is|are|was|were|has|have|had)\b)*(?:[a-z]+-)?$")
# What may follow a description of a form: punctuation, or a word naming what it is (the rented CCTV system).
_GLUE_AFTER = re.compile(r"^(?:[\s\W]|\b(?:systems?|funds?|funding|budget|line|the|of|for|in|on|what|how|is|was)\b)*$")
# A tag closing a name: 安保经费（平安办）.
_TAG = re.compile(r"[（(][^（）()]{1,8}[）)]$")
# Words leading to a part of a name pointed at (关于体检的那张表, 搞禁毒的那个项目).
_LEAD = re.compile(r"(?:关于|有关|对于|那个|这个|搞|做|管)$")
# Quotes around a part of a name: the asker means that part.
_QUOTES = "“\"'‘「『《〈"
# Words saying a quoted part is what names contain (名称带《青石》的, named "…"): a filter of names, not one form.
_NAME_CUE = re.compile(r"(?:名称|名字|项目名|标题|\bnamed?\b|\bnames?\b|\btitled?\b|\bcalled\b)[^，,。;；]{0,6}$", re.IGNORECASE)
# Between a part of several names and the word for the forms, the part naming them as a group (人才两个项目,
# 人才方面的两个项目, 人才类的项目): glue words and counts with their counters (assistant/data/group_glue.tsv).
def _group_glue() -> re.Pattern:
    from assistant.data_files import rows

    cells = {kind: words.split("|") for _, (kind, words) in rows("group_glue.tsv", 2, "kind<TAB>words")}
    words = "|".join(re.escape(w) for w in sorted(cells.get("word", []), key=len, reverse=True))
    counters = "|".join(re.escape(w) for w in cells.get("counter", []))
    return re.compile(rf"(?:{words}|(?:\d+|[一二两三四五六七八九十几])(?:{counters}))*")


_GROUP_GLUE = _group_glue()


def _list_glue() -> re.Pattern:
    """A conjunction of a list of name parts (、, or, nor, 或): assistant/data/group_glue.tsv, row "list"."""
    from assistant.data_files import rows

    words = [w for _, (kind, ws) in rows("group_glue.tsv", 2, "kind<TAB>words") if kind == "list" for w in ws.split("|")]
    spelled = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*(?:{spelled})\s*", re.IGNORECASE)


_LIST_GLUE = _list_glue()
# A Chinese word left unread (修缮 between two parts), which may be a fragment too.
_HAN_WORD = re.compile(r"^[\u4e00-\u9fff]{2,8}$")


def _holds(name: str, token: Token) -> bool:
    """Whether a project name holds a fragment: every concept of a topic (派出所;装修|修缮), by any of its words."""
    if token.kind != "topic":
        return token.key in name
    return all(any(word and word in name for word in concept.split("|")) for concept in token.key.split(";"))


class NamedForms:
    """Finds forms named by several fragments in one store.

    Args:
        projects: the store's project names.
        exclusions: the words leaving forms out (除了, 不算, excluding), beside which a word of names is a part.
    """

    def __init__(self, projects: list[str], exclusions: frozenset[str] = frozenset()):
        from assistant.pinyin_names import PinyinNameParts

        self.projects = list(projects)
        self.exclusions = exclusions
        self._pinyin = PinyinNameParts(self.projects)  # Luhui → 鲁汇

    def _loose(self, text: str, tokens: list[Token], gaps: list[str]) -> list[Token]:
        """Words no recogniser explained that may be fragments, as tokens: Chinese words of a name (修缮, kind
        "loose"), and Latin words spelling a part of one in pinyin (luhui → 鲁汇, kind "pinyin")."""
        found = []
        for gap in (g.strip(" ?？,，。.!！、;；:：") for g in gaps):
            if _HAN_WORD.match(gap) and any(gap in name for name in self.projects):
                found += [Token("loose", gap, m.start(), m.end(), gap) for m in re.finditer(re.escape(gap), text)]
            for word in re.findall(r"[a-z]{4,}", gap.lower()):
                part = self._pinyin.find(word)
                if part is not None:
                    found += [Token("pinyin", part, m.start(), m.end(), word)
                              for m in re.finditer(rf"(?<![a-z]){word}(?![a-z])", text)]
        return [t for t in found if not any(o.start < t.end and t.start < o.end for o in tokens)]

    def runs(self, text: str, tokens: list[Token], gaps: list[str], rewrite: bool = False) -> list[tuple[int, int, str]]:
        """Fragments naming one form together: a part of a name and at least one more side by side, a topic said
        as a form's name (the health-check form), one part pointed at (体检那个项目). All must match (an
        intersection); fragments that name no form or several are not returned.

        Args:
            text: the normalised question the tokens were read from.
            tokens: its tokens, in order, stop words removed.
            gaps: the stretches no recogniser explained.
            rewrite: whether the runs are for rewriting the question, which leaves one part pointed at (监控那个项目)
                in a question asking no row or figure to each reader: written out, the words a search needs are gone.

        Returns:
            (where the fragments start, where they end, the form's full name) for each run.
        """
        every = sorted(tokens + self._loose(text, tokens, gaps), key=lambda t: t.start)
        found_runs, start = [], 0
        while start < len(every):
            if every[start].kind not in _FRAGMENTS:
                start += 1
                continue
            end = start + 1  # the run: fragments with only glue between them
            while end < len(every) and every[end].kind in _FRAGMENTS and _BETWEEN.match(text[every[end - 1].end:every[end].start]):
                end += 1
            run, after = every[start:end], every[end] if end < len(every) else None
            glued = after is not None and _BETWEEN.match(text[run[-1].end:after.start]) is not None
            # "the health-check form", the Luhui project: fragments said as the form's name
            # the Luhui project: a part in pinyin said as the form's name ("the volunteer scheme", topics alone, is
            # the rule reader's description reading)
            described = glued and after.kind == "noun" and after.key == "form" and any(t.kind == "pinyin" for t in run)
            # 体检那个项目: one part of a name, pointed at
            # (覆盖那个项目 inside 视频监控全覆盖那个项目 is no part said whole)
            whole = run[0].start == 0 or not _HAN_WORD.match(text[run[0].start - 1] * 2) or any(
                t.end == run[0].start for t in every[:start]) or _LEAD.search(text[:run[0].start]) is not None
            pointer = glued and whole and run[-1].kind in ("quoted_project", "loose") and (
                (after.kind == "follow" and after.text[:1] in "那这" and _DEMONSTRATIVE.match(text[run[-1].end:after.start] + "那"))
                or (after.kind == "noun" and after.key == "form" and _DEMONSTRATIVE.match(text[run[-1].end:after.start])))
            # a part of a name and one more fragment, other than a tag beside a word in pinyin ("like （平安办）")
            # (the 鲁汇 police station fit-out: a Chinese part of a name said beside English words of it, as in pinyin)
            parts = any(t.kind in ("quoted_project", "pinyin") or (t.kind == "loose" and any(
                u.kind == "topic" and u.text.isascii() for u in run)) for t in run) and len(run) >= 2 \
                and any(t.kind not in ("tag", "pinyin") for t in run)
            # 名称带《青石》的: a part quoted after a word for names is that filter, not a form ("“两个实有”那个奖励费项目" is one)
            quoted = any(t.text[:1] in _QUOTES and _NAME_CUE.search(text[:t.start]) for t in run)
            if (parts or described or pointer) and not quoted:
                found = [name for name in self.projects if all(_holds(name, t) for t in run)]
                # one part pointed at is written out only when a row or figure is asked of it (体检那个项目的满意度目标):
                # a narrative (监控那个项目故障多久要处理) keeps its words for the text search
                asks_row = any(t.kind in ("field", "class", "measure", "quoted_indicator") for t in every)
                if len(found) == 1 and (not rewrite or parts or described or asks_row):
                    found_runs.append((run[0].start, run[-1].end, found[0]))
            elif all(t.kind == "topic" for t in run) and _ASKS_OF_IT.search(text) and not _ASKS_WHICH.search(text) and not quoted \
                    and not (glued and after.kind == "noun" and after.key == "form"):
                block = self._described_by_topics(text, run, every[start - 1].end if start else 0,
                                                  after.start if after is not None else len(text))
                if block is not None:
                    found_runs.append(block)
            start = end
        return found_runs

    def _described_by_topics(self, text: str, run: list[Token], before: int, after: int) -> tuple[int, int, str] | None:
        """English words describing one form by its name (grassroots newspaper and magazine subscriptions, the rented
        CCTV system): the one form whose name says the most of their concepts, at least two, with no unread word
        just before them; the topics its name says are the description, the others (faults) what is asked."""
        concepts = [(k, concept) for k, t in enumerate(run) for concept in t.key.split(";")]
        holders = [{name for name in self.projects if any(w and w in name for w in concept.split("|"))} for _, concept in concepts]
        said = {name: {concepts[c][0] for c, names in enumerate(holders) if name in names} for name in self.projects}
        # a concept few names say decides more than one most names say (可视化 over 平安): each weighs 1 / its holders
        score = {name: sum(1 / len(names) for names in holders if name in names) for name in self.projects}
        best = max(score.values(), default=0)
        winners = [name for name, value in score.items() if value == best]
        if len(winners) != 1 or sum(1 for names in holders if winners[0] in names) < 2:
            return None
        held = sorted(said[winners[0]])
        first, last = run[held[0]], run[held[-1]]
        if held != list(range(held[0], held[-1] + 1)) or not _GLUE_BEFORE.match(text[before:first.start]) \
                or (held[-1] == len(run) - 1 and not _GLUE_AFTER.match(text[last.end:after])):
            return None  # held topics not side by side, or a word no reader knew stands just before or after them
        return first.start, last.end, winners[0]

    def resolve(self, text: str, tokens: list[Token], gaps: list[str]) -> tuple[list[Token], list[str]]:
        """The tokens with each run of fragments naming one form (see `runs`) replaced by one `project` token; a
        topic the one named form's name holds ("the security-guard project ('安保经费（平安办）')") describes it.

        Args:
            text: the normalised question the tokens were read from.
            tokens: its tokens, in order, stop words removed.
            gaps: the stretches no recogniser explained.

        Returns:
            The tokens and the gaps left.
        """
        for first, last, name in self.runs(text, tokens, gaps):
            inside = [t for t in tokens if first <= t.start and t.end <= last]
            at = tokens.index(inside[0]) if inside else next((k for k, t in enumerate(tokens) if t.start > first), len(tokens))
            tokens = tokens[:at] + [Token("project", name, first, last, text[first:last])] + \
                [t for t in tokens[at:] if t not in inside]
            gaps = [g for g in gaps if not (g.lower() in text[first:last] and re.search(r"\w", g))]
        named = [t for t in tokens if t.kind == "project"]
        if len({t.key for t in named}) == 1:
            tokens = [t for t in tokens if not (t.kind == "topic" and _describes(text, t, named))]
        # 质保金的不算, 名称里有派出所但没有杜行的: a part of names, left out or asked for by name
        cued = any(t.kind == "not" and t.text in self.exclusions or t.kind == "name_cue" for t in tokens)
        # 质保金项目的全年预算一共是多少, 两个质保金项目: a part of several names right before the word for the forms
        # names them as a group (a part of one name, 那个体检项目, describes that form to the other readers)
        nouns = [t.start for t in tokens if t.kind == "noun" and t.key == "form"]
        parts = [t for t in self._loose(text, tokens, gaps) if t.kind == "loose" and (cued or (
            any(start >= t.end and _GROUP_GLUE.fullmatch(text[t.end:start]) for start in nouns)
            and sum(t.text in name for name in self.projects) >= 2))]
        parts = self._listed_with(text, parts, self._loose(text, tokens, gaps),
                                  [t for t in tokens if t.kind == "quoted_project"])
        if parts:
            tokens = sorted(tokens + [dataclasses.replace(t, kind="quoted_project") for t in parts], key=lambda t: t.start)
            glue = [text[t.end:start] for t in parts for start in nouns if start >= t.end]  # 人才类的项目: 类 is read
            gaps = [g for g in gaps if g.strip(" ?？,，。.!！、;；:：") not in {t.text for t in parts}
                    and not (_GROUP_GLUE.fullmatch(g.strip()) and any(g.strip() in between for between in glue))]
        return tokens, gaps

    def _listed_with(self, text: str, parts: list[Token], loose: list[Token], named: list[Token]) -> list[Token]:
        """The parts of names with every loose part listed beside one of them or beside a part already read as named
        (质保金、人才或派出所项目: 派出所 names its forms, so do 质保金 and 人才, joined to it by 、 and 或), when several
        names hold it."""
        parts = list(parts)
        anchors = parts + list(named)
        added = True
        while added:
            added = False
            for t in loose:
                if t.kind == "loose" and t not in parts and sum(t.text in name for name in self.projects) >= 2 and any(
                        _LIST_GLUE.fullmatch(text[t.end:p.start]) or _LIST_GLUE.fullmatch(text[p.end:t.start])
                        for p in anchors):
                    parts.append(t)
                    anchors.append(t)
                    added = True
        return parts

    def _written(self, name: str) -> str:
        """A name as the question is rewritten with it: without its tag when no other name shares the rest (a tag in
        brackets inside an English question is read as a filter of its own), else whole."""
        core = _TAG.sub("", name)
        return core if core and core != name and sum(_TAG.sub("", other) == core for other in self.projects) == 1 else name

    def in_full(self, text: str, tokens: list[Token], gaps: list[str]) -> str:
        """The question with each run of fragments naming one form written as that form's full name, so every
        reader takes it as named (the Luhui police station renovation → 鲁汇派出所新址装修工程（平安办）).

        Args:
            text: the normalised question the tokens were read from.
            tokens: its tokens, in order, stop words removed.
            gaps: the stretches no recogniser explained.

        Returns:
            The question rewritten, or the text unchanged when no run names one form.
        """
        found = self.runs(text, tokens, gaps, rewrite=True)
        edits = list(found)
        named = [Token("project", name, first, last, name) for first, last, name in found] + \
            [t for t in tokens if t.kind == "project"]
        if len({t.key for t in named}) == 1:  # the security-guard project ('安保经费…'): a topic describing the form
            edits += [_hyphenated(text, t.start, t.end) + ("",) for t in tokens if t.kind == "topic"
                      and _describes(text, t, named) and not any(first <= t.start and t.end <= last for first, last, _ in found)]
        for first, last, name in sorted(edits, reverse=True):
            name = self._written(name)
            text = f"{text[:first].rstrip()} {name} {text[last:].lstrip()}".replace("  ", " ") \
                if re.search(r"[a-z]", text[first:last]) else f"{text[:first]}{name}{text[last:]}"
        return text


def _hyphenated(text: str, start: int, end: int) -> tuple[int, int]:
    """The span with the words joined to it by hyphens (security → security-guard)."""
    before = re.search(r"[a-z]+-$", text[:start])
    after = re.match(r"-[a-z]+", text[end:])
    return (before.start() if before else start), end + (after.end() if after else 0)


# Between a topic and the form it describes: a word for a form and punctuation ("security-guard project ('…')").
_BESIDE = re.compile(r"^(?:-[a-z]+)?[\W_]*(?:(?:project|programme|program|form|scheme|项目|表)s?[\W_]*)?$")


def _describes(text: str, topic: Token, named: list[Token]) -> bool:
    """Whether a topic stands right beside a form named in full whose name holds it: a description of that form,
    not a thing asked of it ("how many volunteers did the 平安志愿者经费 project have" asks the volunteers)."""
    def between(t: Token) -> str | None:
        return text[topic.end:t.start] if topic.end <= t.start else text[t.end:topic.start] if t.end <= topic.start else None

    return any(_holds(t.key, topic) and between(t) is not None and _BESIDE.match(between(t)) for t in named)
