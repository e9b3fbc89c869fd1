"""Reciprocal rank fusion of per-form rankings from several retrievers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

# The usual constant (Cormack et al. 2009); it damps the weight of the very first ranks.
RRF_K = 60


def reciprocal_rank_fusion(
    rankings: Mapping[str, Sequence[int]],
    weights: Mapping[str, float] | None = None,
    k: int = RRF_K,
) -> list[tuple[int, float, list[str]]]:
    """Fuse rankings of form ids into one.

    A form absent from a ranking gets nothing from it: only forms a retriever actually found
    are ranked by it, so unmatched forms cannot inherit an arbitrary order.

    Args:
        rankings: retriever name -> form ids, best first.
        weights: optional retriever name -> weight (default 1).
        k: the RRF constant.

    Returns:
        (form id, fused score, retrievers that found it), best first; ties keep the first retriever's order.
    """
    scores: dict[int, float] = {}
    found_by: dict[int, list[str]] = {}
    first_seen: dict[int, tuple[int, int]] = {}
    for order, (name, ranking) in enumerate(rankings.items()):
        weight = (weights or {}).get(name, 1.0)
        for rank, form_id in enumerate(ranking, start=1):
            scores[form_id] = scores.get(form_id, 0.0) + weight / (k + rank)
            found_by.setdefault(form_id, []).append(name)
            first_seen.setdefault(form_id, (order, rank))
    ranked = sorted(scores, key=lambda form_id: (-scores[form_id], first_seen[form_id]))
    return [(form_id, scores[form_id], found_by[form_id]) for form_id in ranked]
