"""The question's words rewritten plainly before reading: what adds nothing taken off, colloquial fields and figures said as the readers know them."""

from __future__ import annotations

from assistant.asides import without_asides
from assistant.aspect_particles import listed_particles
from assistant.colloquial_fields import below_reached, money_named, negated_bounds
from assistant.factor_words import factors_said
from assistant.field_fill import field_fill
from assistant.filled_columns import filled_columns
from assistant.full_figure import as_full_marks
from assistant.glossed_statistic import statistic_named
from assistant.intensifiers import without_intensifiers
from assistant.maximum_said import without_maximum
from assistant.no_money import opening_said
from assistant.member_pointer import of_previous  # noqa: F401  (read after the rewrites, with the previous answer)
from assistant.not_even import not_even
from assistant.performance_words import performance_said
from assistant.points_fraction import points_said
from assistant.points_lost import budget_line_apart
from assistant.quote_marks import chinese_quotes
from assistant.quoted_fragment import without_ellipses
from assistant.range_ends import range_ends
from assistant.ranked_size import size_ranks_said
from assistant.ratio_gloss import ratio_glosses
from assistant.relative_change import percent_said
from assistant.restated_figure import without_restated_figures
from assistant.spent_share import spent_share
from assistant.spoken_over import magnitudes_said
from assistant.rough_figures import rough_figures
from assistant.unit_bracket import in_forms_unit
from assistant.unspent_said import unspent_said
from assistant.which_superlative import which_superlative
from assistant.zero_idioms import as_zero


def rewritten(question: str) -> str:
    """The question with every plain rewrite applied, in the order each relies on.

    Args:
        question: the question after courtesies, exclusions and glosses were read.

    Returns:
        The question as the readers read it.
    """
    question = budget_line_apart(points_said(question))  # more than half of the total points, 满分的四分之一: 50 points, 25分; apart from the execution part: on the indicators
    question = factors_said(without_ellipses(chinese_quotes(question)))  # '优': “优”; 比预算大了好多倍, many times its budget: at least twice; 大了一倍: twice; “闵浦府抄…”: the quoted words, the text going on after them
    question = magnitudes_said(without_restated_figures(question))  # 上千万, 过亿: at least / more than the figure; 60%（即0.6）, 50万元（即500000元）: the figure said once
    question = rough_figures(question)  # 十几个, 九十几%, twenty-odd: the range they say (before the asides read its ends)
    question = without_asides(range_ends(as_full_marks(statistic_named(question))))  # the typical (median): the median; the full 10: full marks; 1万到5万（不包括）: two bounds; （以表上百分比为准）, 两端都算, 大概, 逐一: no condition
    question = field_fill(question)  # 有的…，有的…: background; 写了内容: the column filled; 0.00 as the initial budget; use X, not Y
    question = filled_columns(ratio_glosses(unspent_said(not_even(as_zero(without_maximum(without_intensifiers(question)))))))  # "literally nothing"; "out of 10 points"; 一个子儿没动
    question = performance_said(size_ranks_said(which_superlative(spent_share(question))))  # which project has the highest: which has the highest; spent the smallest share of its budget: the lowest execution rate; best performers, 表现最差的: the total score at that end; 前三大的项目: the three largest
    question = listed_particles(money_named(in_forms_unit(below_reached(negated_bounds(question)))))  # 没过六成, never topped 60%: at most 60%; 钱没花到六成: below 60%; "50 (in 10,000 yuan)": 50 万元; 年初批的钱: the initial budget; 调整了 as 调整过
    return percent_said(opening_said(question))  # 开年的时候没有预算: 年初没有预算; by how many percent: by how much percent
