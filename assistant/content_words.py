"""The content words of a stretch of a question: words the forms' text holds, or the English glossary knows."""

from __future__ import annotations

import re

from assistant import vocabulary as vocab
from assistant.question_text import _word_pattern
from assistant.rule_helpers import _halves


def forms_words(residual: str, forms_text: str) -> list[str]:
    """The words of a stretch that the forms use (Chinese) or that the English glossary knows, in the order found.

    Args:
        residual: part of a question, normalised.
        forms_text: the lower-cased text of every form in the store.

    Returns:
        The content words: Chinese words the forms hold (or say in their own words), then English glossary phrases.
    """
    words = []
    if re.search(r"[\u4e00-\u9fff]", residual):
        from assistant.synonyms import is_colloquial, spoken_phrases, synonyms
        from index.tokenize import cut_words

        # a colloquial phrase (缺钱, or one jieba cuts apart: 钱紧 → 钱 紧) is content when the forms say one of
        # their words for it (资金紧张); another whole word jieba keeps (后面) is read by the forms' own words
        whole = set(cut_words(residual))
        for _start, phrase in spoken_phrases(residual):
            if (phrase not in whole or is_colloquial(phrase)) and any(
                    word in forms_text for word in synonyms().get(phrase, ())):
                words.append(phrase)
                residual = residual.replace(phrase, " ")
        from assistant.evidence_set import cues

        for token in cut_words(residual):
            token = token.strip()
            # 租东西: a one-character topic verb, or a colloquial word (订报), the forms write otherwise (租赁, 征订)
            their_words = [word for word in synonyms().get(token, ()) if len(word) >= 2
                           and (token in cues("single") or is_colloquial(token))]
            if token in cues("single") and any(word in forms_text for word in their_words):
                words.append(token)
                continue
            bare = token
            for stop in sorted(vocab.STOPWORDS_ZH, key=len, reverse=True):
                if len(stop) >= 2:
                    bare = bare.replace(stop, "")
            if len(bare) < 2 or token in vocab.STOPWORDS_ZH or not re.search(r"[\u4e00-\u9fff]", bare):
                continue
            if token in forms_text or any(part in forms_text for part in _halves(token)) \
                    or any(word in forms_text for word in their_words):
                words.append(token)
    latin = residual
    for phrase in sorted(vocab.GLOSSARY_EN, key=len, reverse=True):
        # A phrase absent as a substring cannot match: no pattern is compiled for the ~860 that are absent.
        if phrase in latin and _word_pattern(phrase).search(latin):
            words.append(phrase)
            latin = _word_pattern(phrase).sub(" ", latin)
    from index.glossary import glossary_matches

    # a word the glossary lists in another form (refurbishing → refurbishment) is a content word too
    words += [phrase for phrase, _ in glossary_matches(latin, inflected=True) if phrase not in words]
    return words
