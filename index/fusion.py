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


def convex_fusion(
    scores: Mapping[str, Mapping[int, float]],
    weights: Mapping[str, float],
) -> list[tuple[int, float, list[str]]]:
    """Blend per-form scores after scaling each retriever's scores to [0, 1] by its best score.

    Unlike RRF this keeps how much better one match is than the next (a BM25 hit on three rare
    terms versus one common term). A form a retriever did not find gets 0 from it.

    Args:
        scores: retriever name -> {form id: raw score}.
        weights: retriever name -> weight; weights of the retrievers present are renormalised to sum 1.

    Returns:
        (form id, blended score, retrievers that found it), best first.
    """
    present = {name: found for name, found in scores.items() if found}
    total_weight = sum(weights.get(name, 1.0) for name in present) or 1.0
    blended: dict[int, float] = {}
    found_by: dict[int, list[str]] = {}
    for name, found in present.items():
        best, worst = max(found.values()), min(found.values())
        span = best - worst
        weight = weights.get(name, 1.0) / total_weight
        for form_id, score in found.items():
            # Min-max within the candidates: cosine scores crowd into a narrow band, BM25 scores do not.
            scaled = (score - worst) / span if span > 0 else 1.0
            blended[form_id] = blended.get(form_id, 0.0) + weight * scaled
            found_by.setdefault(form_id, []).append(name)
    ranked = sorted(blended, key=lambda form_id: -blended[form_id])
    return [(form_id, blended[form_id], found_by[form_id]) for form_id in ranked]
