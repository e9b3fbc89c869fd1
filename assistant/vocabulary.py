"""The words analysts use for fields, comparisons, aggregates, units, indicator classes and checks, in Chinese and English."""

from __future__ import annotations

import re

# Numeric form fields: the words that name them, longest first when matched. Amount fields are in 万元.
FIELD_SYNONYMS: dict[str, list[str]] = {
    "execution_rate": [
        "预算执行率", "资金执行率", "全年执行率", "执行率", "执行比例", "执行进度", "支出进度", "花了多少比例",
        "budget execution rate", "execution rates", "execution rate", "spending rate", "spend rate",
        "utilisation rate", "utilization rate", "utilisation", "utilization", "rate",
    ],
    "total_score": [
        "自评总分", "自评得分", "总得分", "评价得分", "综合得分", "总分", "得分", "分数", "评分",
        "total scores", "total score", "overall score", "self-evaluation score", "scores", "score", "scored", "points",
    ],
    "budget_score": [
        "预算执行率得分", "执行率得分", "预算执行得分", "预算得分", "资金得分",
        "budget execution score", "budget score", "execution score",
    ],
    "budget_weight": ["预算执行率分值", "执行率分值", "预算分值", "budget weight"],
    "initial_budget": [
        "年初预算数", "年初预算", "年初数", "期初预算", "initial budgets", "initial budget", "original budget",
        "budget at the start of the year", "start-of-year budget", "opening budget",
    ],
    "annual_budget": [
        "全年预算数", "全年预算", "年度预算", "调整后预算", "预算数", "预算金额", "预算额", "预算", "资金规模", "经费规模",
        "annual budgets", "annual budget", "full-year budget", "budgets", "budget", "funding", "allocation",
    ],
    "executed": [
        "全年执行数", "全年执行金额", "执行数", "执行金额", "执行额", "实际支出", "实际执行", "支出金额", "支出数", "支出",
        "花费", "花了", "用了", "已执行", "执行了",
        "amount executed", "amount spent", "money spent", "expenditures", "expenditure", "executed", "spending",
        "spent", "spend", "outlay",
    ],
    "year": ["年度", "年份", "fiscal year", "year"],
    "error_count": ["错误数", "错误个数", "error count", "number of errors"],
    "warning_count": ["警告数", "warning count", "number of warnings"],
}

# How each field is shown: Chinese label, English label, unit (None when unitless).
FIELD_LABELS: dict[str, tuple[str, str, str | None]] = {
    "execution_rate": ("执行率", "execution rate", "%"),
    "total_score": ("总分", "total score", "分"),
    "budget_score": ("预算执行率得分", "budget score", "分"),
    "budget_weight": ("预算执行率分值", "budget weight", "分"),
    "initial_budget": ("年初预算数", "initial budget", "万元"),
    "annual_budget": ("全年预算数", "annual budget", "万元"),
    "executed": ("全年执行数", "amount executed", "万元"),
    "year": ("年度", "year", None),
    "error_count": ("错误数", "errors", None),
    "warning_count": ("警告数", "warnings", None),
}
AMOUNT_FIELDS = {"initial_budget", "annual_budget", "executed"}

# Text fields users group and filter by.
GROUP_FIELD_SYNONYMS: dict[str, list[str]] = {
    "implementing_unit": ["实施单位", "执行单位", "单位", "implementing units", "implementing unit", "units", "unit"],
    "department": ["主管部门", "部门", "departments", "department", "ministries"],
    "year": ["年度", "年份", "每年", "years", "year"],
    "grade": ["评分等级", "等级", "评级", "grades", "grade", "ratings", "rating"],
    # Not a stored column: the office tag in the project name, e.g. （平安办）.
    "office": ["科室", "办公室", "各办", "条线", "标注", "offices", "office", "tags", "tag"],
}
GROUP_LABELS = {"implementing_unit": ("实施单位", "implementing unit"), "department": ("主管部门", "department"),
                "year": ("年度", "year"), "grade": ("评分等级", "grade"), "office": ("科室标注", "office tag")}
# Words that make the following (or preceding, in English) field word a grouping.
GROUP_PREFIXES_ZH = ("按照", "按", "各个", "各", "每个", "每一个", "分")
GROUP_PREFIXES_EN = ("grouped by", "group by", "broken down by", "by each", "for each", "per", "by", "each")

# Comparison words. Chinese words come before the number, "postfix" ones after it.
COMPARATORS_ZH_PREFIX: list[tuple[str, str]] = [
    ("不低于", ">="), ("不少于", ">="), ("不小于", ">="), ("大于等于", ">="), ("大于或等于", ">="), ("至少", ">="),
    ("不高于", "<="), ("不超过", "<="), ("不多于", "<="), ("不大于", "<="), ("小于等于", "<="), ("小于或等于", "<="),
    ("至多", "<="), ("最多", "<="),
    ("低于", "<"), ("小于", "<"), ("少于", "<"), ("不足", "<"), ("不到", "<"), ("未达到", "<"), ("未达", "<"),
    ("没到", "<"), ("没有达到", "<"), ("未满", "<"), ("在", None),
    ("高于", ">"), ("大于", ">"), ("超过", ">"), ("超出", ">"), ("多于", ">"), ("逾", ">"), ("过", ">"),
    ("达到", ">="), ("达", ">="),
    ("等于", "="), ("为", "="), ("是", "="), ("有", "="),
    ("<=", "<="), (">=", ">="), ("≤", "<="), ("≥", ">="), ("<", "<"), (">", ">"), ("=", "="), ("＜", "<"), ("＞", ">"),
]
COMPARATORS_ZH_POSTFIX: list[tuple[str, str]] = [
    ("及以上", ">="), ("或以上", ">="), ("以上", ">="), ("之上", ">"), ("及以下", "<="), ("或以下", "<="),
    ("以下", "<="), ("之下", "<"), ("以内", "<="), ("之内", "<="), ("左右", "~"),
]
COMPARATORS_EN: list[tuple[str, str]] = [
    ("greater than or equal to", ">="), ("less than or equal to", "<="), ("no less than", ">="), ("not less than", ">="),
    ("no more than", "<="), ("not more than", "<="), ("no lower than", ">="), ("no higher than", "<="),
    ("not below", ">="), ("not above", "<="), ("at least", ">="), ("at most", "<="), ("up to", "<="),
    ("or more", ">=*"), ("or above", ">=*"), ("or higher", ">=*"), ("or less", "<=*"), ("or below", "<=*"),
    ("or lower", "<=*"), ("and above", ">=*"), ("and below", "<=*"),
    ("less than", "<"), ("lower than", "<"), ("fewer than", "<"), ("smaller than", "<"), ("below", "<"), ("under", "<"),
    ("beneath", "<"), ("short of", "<"),
    ("more than", ">"), ("greater than", ">"), ("higher than", ">"), ("larger than", ">"), ("bigger than", ">"),
    ("exceeding", ">"), ("exceeds", ">"), ("exceed", ">"), ("above", ">"), ("over", ">"),
    ("equal to", "="), ("equals", "="), ("exactly", "="), ("a full", "="), ("of", "="), ("is", "="), ("was", "="),
    ("at", "="), ("with", "="),
]

# Aggregates. Order matters: the first hit wins, so the specific phrases come first.
AGGREGATE_WORDS: dict[str, list[str]] = {
    "count": ["几个", "几项", "几份", "几张", "多少个", "多少项", "多少份", "多少张", "数量", "个数", "项目数",
              "how many", "number of", "count of", "count"],
    "avg": ["平均值", "平均数", "平均", "均值", "人均", "average", "mean", "avg"],
    "sum": ["合计", "总计", "总额", "总和", "总共", "一共", "共计", "加起来", "累计", "汇总", "总数", "总金额",
            "sum of", "sum", "total of", "in total", "altogether", "combined", "add up to", "total"],
}
SUPERLATIVE_WORDS: list[tuple[str, bool]] = [
    # (word, descending)
    ("最高", True), ("最大", True), ("最多", True), ("最好", True), ("最贵", True), ("最快", True), ("最充足", True),
    ("最低", False), ("最小", False), ("最少", False), ("最差", False), ("最便宜", False), ("最慢", False),
    ("highest", True), ("largest", True), ("biggest", True), ("greatest", True), ("most", True), ("maximum", True),
    ("max", True), ("best", True), ("top", True),
    ("lowest", False), ("smallest", False), ("least", False), ("minimum", False), ("min", False), ("worst", False),
    ("bottom", False), ("fewest", False),
]
SORT_WORDS_ZH = ("排序", "排列", "排名", "排一下")
SORT_WORDS_EN = ("sort by", "sorted by", "order by", "ordered by", "rank by", "ranked by", "sort them by", "sort")
DESCENDING_WORDS = ("降序", "从高到低", "从大到小", "由高到低", "由大到小", "倒序", "descending", "highest first",
                    "largest first", "biggest first", "high to low")
ASCENDING_WORDS = ("升序", "从低到高", "从小到大", "由低到高", "由小到大", "ascending", "lowest first",
                   "smallest first", "low to high")

# Indicator classes: 一级指标 (level1) and 二级指标 (level2) labels as printed, with what users type.
INDICATOR_LEVEL1: dict[str, list[str]] = {
    "产出指标": ["产出指标", "产出类指标", "产出类", "output indicators", "output indicator", "outputs"],
    "效益指标": ["效益指标", "效益类指标", "效益类", "benefit indicators", "benefit indicator", "outcome indicators",
                 "outcome indicator", "benefits"],
    "满意度指标": ["满意度指标", "满意度类指标", "满意度类", "satisfaction indicators", "satisfaction indicator"],
}
INDICATOR_LEVEL2: dict[str, list[str]] = {
    "数量指标": ["数量指标", "数量类指标", "quantity indicators", "quantity indicator", "quantity"],
    "质量指标": ["质量指标", "质量类指标", "quality indicators", "quality indicator", "quality"],
    "时效指标": ["时效指标", "时效性指标", "时效类指标", "timeliness indicators", "timeliness indicator", "timeliness"],
    "成本指标": ["成本指标", "cost indicators", "cost indicator"],
    "社会效益指标": ["社会效益指标", "社会效益", "social benefit indicators", "social benefit indicator",
                     "social benefits", "social benefit"],
    "经济效益指标": ["经济效益指标", "经济效益", "economic benefit indicators", "economic benefits"],
    "生态效益指标": ["生态效益指标", "生态效益", "environmental benefit indicators", "ecological benefits"],
    "可持续影响指标": ["可持续影响指标", "可持续影响", "sustainability indicators", "sustainable impact",
                       "sustainability"],
    "服务对象满意度指标": ["服务对象满意度指标", "服务对象满意度", "beneficiary satisfaction"],
}
INDICATOR_WORDS = ("指标", "indicators", "indicator", "kpis", "kpi", "metrics", "metric")
TARGET_WORDS = ("年度指标值", "指标值", "目标值", "目标", "计划值", "target value", "targets", "target", "planned")
ACTUAL_WORDS = ("实际完成值", "实际完成", "完成值", "实际值", "实际", "actual value", "actually", "actual", "achieved",
                "result")

# "How many people / machines …": the unit an indicator row should be measured in.
MEASURE_UNITS_ZH = {"人": "人", "名": "人", "位": "人", "台": "台", "份": "份", "次": "次", "场": "次", "条": "条",
                    "处": "处", "个": "个", "家": "个", "平方米": "平方米", "平米": "平方米", "元": "元", "钱": "元"}
MEASURE_UNITS_EN = {"people": "人", "persons": "人", "staff": "人", "volunteers": "人", "members": "人",
                    "workers": "人", "devices": "台", "machines": "台", "terminals": "台", "copies": "份",
                    "times": "次", "events": "次", "activities": "次", "roads": "条", "square metres": "平方米",
                    "square meters": "平方米", "yuan": "元"}
# A "standard" or "rate of pay" is a money amount per head.
MONEY_CUES = ("标准", "多少钱", "金额", "补贴", "补助", "单价", "每人每月", "per person", "per month", "how much money",
              "rate of pay", "allowance", "standard", "amount per")

# Check findings by what users call them. Each entry: words → (finding codes, severities).
CHECK_PHRASES: list[tuple[tuple[str, ...], list[str], list[str]]] = [
    (("零执行却满分", "零执行但满分", "零执行还满分", "零执行满分", "没花钱却满分", "没有执行却满分", "执行数为0却满分",
      "执行数为0但满分", "执行为零却满分", "未执行却满分", "nothing executed but full", "nothing spent but full",
      "spent nothing but", "zero execution but full", "zero spending but full", "nothing executed yet full",
      "spent nothing yet", "full marks despite", "full scores despite", "full marks with nothing spent",
      "full marks but nothing"),
     ["NOTHING_EXECUTED_FULL_SCORES"], []),
    (("执行数超过预算", "执行数大于预算", "执行数高于预算", "执行超预算", "超预算", "超过预算", "超出预算", "支出超过预算",
      "花的比预算多", "执行数超过全年预算", "spent more than the budget", "spent more than budget",
      "spent more than their budget", "spent more than its budget", "executed above budget", "executed more than",
      "over budget", "overspent", "overspend", "above budget", "exceeded the budget", "exceeded budget",
      "exceeded their budget", "exceeds budget", "exceeds the budget", "spending above budget"),
     ["EXECUTED_ABOVE_BUDGET"], []),
    (("没有填写偏差原因", "未填写偏差原因", "没填偏差原因", "没有偏差原因", "缺少偏差原因", "无偏差原因", "偏差原因为空",
      "没写偏差原因", "未说明偏差原因", "没有说明原因", "no deviation reason", "without a deviation reason",
      "without deviation reason", "missing deviation reason", "no reason given", "without a reason",
      "missed target without", "missed their target without", "missed targets without", "no explanation"),
     ["MISSED_TARGET_NO_REASON"], []),
    (("执行率与执行数不符", "执行率算错", "执行率不对", "rate mismatch", "execution rate is wrong",
      "execution rate does not match"), ["RATE_MISMATCH"], []),
    (("总分算错", "总分不对", "总分不符", "总分对不上", "total mismatch", "total does not match", "total is wrong"),
     ["TOTAL_MISMATCH"], []),
    (("等级不符", "等级不对", "评级不对", "grade mismatch", "wrong grade", "grade does not match"), ["GRADE_MISMATCH"], []),
    (("分值合计不是100", "分值不等于100", "权重不是100", "weights do not add up", "weights don't add up",
      "weights not 100"), ["WEIGHTS_NOT_100"], []),
    (("得分超过分值", "score above weight", "scored above the weight"), ["SCORE_ABOVE_WEIGHT"], []),
    (("预算为0却有执行", "无预算却有支出", "零预算有执行", "spent without a budget", "zero budget but executed"),
     ["ZERO_BUDGET_EXECUTED"], []),
    (("目标不明确", "目标值不可衡量", "不可衡量", "指标值模糊", "目标模糊", "不可量化", "vague target", "vague targets",
      "not measurable", "unmeasurable"), ["VAGUE_TARGET"], []),
    (("没有年度", "未注明年度", "没写年份", "年度是推断", "year inferred", "no year printed", "without a year"),
     ["YEAR_INFERRED"], []),
    (("没有总分", "缺少总分", "no total score", "missing total"), ["NO_TOTAL"], []),
    # Error severity is the set of arithmetic checks: figures that do not agree.
    (("对不上", "算不平", "不平衡", "加不上", "数字不符", "计算错误", "算错", "有错误", "报错", "错误",
      "do not add up", "don't add up", "doesn't add up", "does not add up", "not add up", "inconsistent",
      "arithmetic", "with errors", "have errors", "has errors", "errors", "miscalculated"), [], ["error"]),
    (("有警告", "警告", "with warnings", "warnings", "warning"), [], ["warning"]),
    (("有问题", "异常", "被标记", "存在问题", "problems", "issues", "flagged", "red flags"), [], ["error", "warning"]),
]
SEVERITY_LABELS = {"error": ("错误", "errors"), "warning": ("警告", "warnings"), "info": ("提示", "notes")}

# Grades as printed (优良中差) and what users type.
GRADE_SYNONYMS = {"优": ["优秀", "评级为优", "等级为优", "评为优", "为优", "excellent", "grade a", "rated 优"],
                  "良": ["良好", "评级为良", "等级为良", "为良", "good grade", "grade b"],
                  "中": ["评级为中", "等级为中", "为中", "grade c", "fair"],
                  "差": ["评级为差", "等级为差", "为差", "grade d", "poor"]}

TAG_PATTERN = re.compile(r"（([^（）]{1,8})）$")

# Follow-up cues: the question refines the previous answer.
FOLLOW_UP_PREFIXES_ZH = ("其中", "这其中", "在这些", "在这之中", "这些", "这些项目", "那些", "它们", "他们", "那么", "那",
                         "只看", "仅看", "只要", "只保留", "只留", "再按", "按", "换成", "改成", "再", "然后", "并且", "还有")
FOLLOW_UP_PREFIXES_EN = ("of those", "of these", "among them", "among those", "among these", "from those", "of them",
                         "only those", "only the ones", "just those", "only", "just", "and ", "now ", "what about",
                         "how about", "sort", "order", "rank", "then ", "those", "which of them", "which of those")
FOLLOW_UP_SUFFIXES = ("呢", "呢？", "呢?", "what about it", "instead")

# Words with no content of their own, dropped before deciding whether anything is left to search for.
STOPWORDS_ZH = {"哪些", "哪个", "哪几个", "什么", "项目", "的", "是", "有", "吗", "了", "呢", "请问", "请", "列出", "给我",
                "显示", "查询", "查找", "找出", "一下", "情况", "多少", "怎么样", "如何", "年", "都", "和", "与", "及",
                "今年", "本年", "本年度", "表", "自评表", "绩效", "所有", "全部", "这些", "那些", "其中", "我", "想",
                "知道", "看看", "看", "个", "们", "中", "在", "被", "把", "为", "因为", "哪", "些", "谁", "是否", "能",
                "可以", "告诉", "帮", "我们", "相关", "方面", "关于", "有关", "内容", "工作",
                "哪些项目", "哪个项目", "并且", "而且", "以及", "或者", "同时", "还有", "分别", "以上", "以下", "之间",
                "多少钱", "是多少", "有多少", "一共", "总共", "列表", "清单", "名单"}
STOPWORDS_EN = {"which", "what", "who", "whose", "the", "a", "an", "of", "in", "on", "for", "to", "and", "or", "is",
                "are", "was", "were", "be", "been", "that", "this", "these", "those", "with", "by", "from", "at",
                "project", "projects", "form", "forms", "show", "me", "list", "find", "all", "any", "did", "do", "does",
                "have", "has", "had", "there", "their", "its", "it", "they", "them", "year", "this", "please", "tell",
                "about", "how", "why", "where", "when", "get", "give", "can", "you", "i", "we", "our", "my", "so",
                "very", "much", "many", "some", "as", "into", "than", "not", "no", "yes", "be", "being", "would",
                "could", "should", "will", "shall", "may", "might", "must", "2023", "2024", "2022"}

from index.glossary import GLOSSARY_EN  # noqa: E402,F401  (shared with search's query expansion)

# Asking how an indicator was worded (staff drafting next year's form).
WORDING_CUES = ("怎么写的", "怎么写", "如何写", "怎么表述", "如何表述", "怎么设置", "如何设置", "写法", "措辞", "表述",
                "how was", "how were", "worded", "wording", "phrased", "phrasing")
# Years relative to the newest year in the store: the forms are always about a past budget year.
RELATIVE_YEARS = {"去年": -1, "上一年": -1, "上年度": -1, "前年": -2, "今年": 0, "本年度": 0, "last year": -1,
                  "previous year": -1, "the year before": -2, "this year": 0}
