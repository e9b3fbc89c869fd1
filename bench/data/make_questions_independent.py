#!/usr/bin/env python3
"""Compute the answers of the independent question set and write questions.independent.json.

Data source: the export contract of a store built from the seed corpus
  (cd /tmp && rm -f hq.db && jixiao --db sqlite:////tmp/hq.db ingest corpus/001_4248eb844d2ba1f1.txt)
  jixiao --db sqlite:////tmp/hq.db export --format json  > export.json
`jixiao ask` is never used.  Narrative answers are chosen by reading the corpus;
each such list is asserted against a regular expression over the form text below.
A cross-check re-reads the funds rows of the .txt directly and compares them with the export.

Usage: python bench/data/make_questions_independent.py [--db sqlite:////tmp/hq.db]   (falls back to ./export.json)
"""
import json, os, re, statistics, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "corpus", "001_4248eb844d2ba1f1.txt")
JIXIAO = "jixiao"


def load():
    db = "sqlite:////tmp/hq.db"
    if "--db" in sys.argv:
        db = sys.argv[sys.argv.index("--db") + 1]
    try:
        out = subprocess.run([JIXIAO, "--db", db, "export", "--format", "json"],
                             capture_output=True, text=True, check=True).stdout
        forms = json.loads(out)
        with open(os.path.join(HERE, "independent_export.json"), "w") as f:
            f.write(out)
    except Exception as e:  # noqa
        print("export failed (%s); using export.json" % e, file=sys.stderr)
        forms = json.load(open(os.path.join(HERE, "independent_export.json")))
    assert len(forms) == 28
    return forms


F = load()
BY_ID = {x["id"]: x for x in F}


# ---------------------------------------------------------------- cross-check against the raw text
def cross_check():
    txt = open(CORPUS, encoding="utf-8").read().splitlines()
    names, totals = [], []
    for line in txt:
        cells = [c.strip() for c in line.split("\t")]
        if cells and cells[0] == "项目名称":
            names.append([c for c in cells[1:] if c][0])
        if "年度资金总额" in cells:
            i = cells.index("年度资金总额")
            nums = [c for c in cells[i + 1:] if c]
            totals.append([float(n.replace(",", "")) for n in nums[:3]])
    assert names == [x["project_name"] for x in F], "names differ"
    for x, (a, b, c) in zip(F, totals):
        assert (x["initial_budget"], x["annual_budget"], x["executed"]) == (a, b, c), x["project_name"]
    # indicator rows: count the lines between the indicator header and the total line of each form
    counts, cur = [], None
    for line in txt:
        c = [v.strip() for v in line.split("\t") if v.strip()]
        if c and c[0] == "一级指标":
            cur = 0
            continue
        if cur is not None:
            if not c or c[0] == "总分" or all(v.replace(".", "").isdigit() for v in c):
                counts.append(cur)
                cur = None
            else:
                cur += 1
    assert counts == [len(x["indicators"]) for x in F], counts
    print("cross-check: names, funds rows and indicator counts match the text file")


cross_check()

# ---------------------------------------------------------------- helpers
def name(x): return x["project_name"]
def inds(x): return x["indicators"]
def n_ind(x): return len(x["indicators"])
def has_l2(x, l2): return any(i["level2"] == l2 for i in inds(x))
def tag(x, t): return name(x).endswith("（%s）" % t)
def unit(x): return x["implementing_unit"]
def rate(x): return x["execution_rate"]
def unspent(x): return round(x["annual_budget"] - x["executed"], 2)
def raised(x): return x["annual_budget"] > x["initial_budget"]
def cut(x): return x["annual_budget"] < x["initial_budget"]
def sat(x): return [i for i in inds(x) if i["level1"] == "满意度指标"]
def text(x): return " ".join([x["goal"] or "", x["outcome"] or ""] +
                             [" ".join(str(i[k] or "") for k in ("name", "target", "actual", "deviation")) for i in inds(x)])
def sel(pred): return [name(x) for x in F if pred(x)]
def N(*ids): return [name(BY_ID[i]) for i in ids]
def argmax(key, pool=None):
    pool = pool or F
    m = max(key(x) for x in pool)
    return [name(x) for x in pool if key(x) == m]
def argmin(key, pool=None):
    pool = pool or F
    m = min(key(x) for x in pool)
    return [name(x) for x in pool if key(x) == m]
def r2(v): return round(v, 4)  # keep precision; tolerances do the rest


def sat_target_pct(i):
    """Satisfaction target as a human reads it (numbers written in words included)."""
    t = i["target"]
    if "百分之九十" in t: return 90.0
    if "百分百" in t: return 100.0
    m = re.search(r"(\d+(?:\.\d+)?)", t)
    return float(m.group(1)) if m else None


Q = []


def add(cat, lang, q, kind, ans=None, **kw):
    item = {"q": q, "kind": kind}
    if kind == "set":
        item["records"] = ans
    elif kind == "value":
        item["value"] = ans
        item["tol"] = kw.pop("tol", 0)
    elif kind == "ranked":
        item["records"] = ans
        item["k"] = kw.pop("k")
        item["min_recall"] = kw.pop("min_recall")
    elif kind == "contains":
        item["records"] = ans
        item["text"] = kw.pop("text")
    if "context" in kw:
        item["context"] = kw.pop("context")
    assert not kw, kw
    item["lang"] = lang
    item["category"] = cat
    Q.append(item)


def narrative(pattern, expected):
    """Assert that exactly `expected` forms' text matches `pattern` (documenting the reading)."""
    got = sel(lambda x: re.search(pattern, text(x)))
    assert got == expected, (pattern, got, expected)
    return expected


P = lambda x: tag(x, "平安办")
DQ = lambda x: tag(x, "党群中心")
XF = lambda x: unit(x) == "信访办"
SQ = lambda x: unit(x) == "上海市闵行区浦江镇社区党群服务中心"
ZERO = lambda x: x["executed"] == 0
SLIP = "户籍档案数字化加工项目"

# ================================================================ compare (fields, derived measures)
C = "compare"
add(C, "zh", "全年预算数比年初预算数多的项目有哪些？", "set", sel(raised))
add(C, "zh", "年中调减了预算的项目（全年预算数低于年初预算数）", "set", sel(cut))
add(C, "zh", "年初预算数和全年预算数完全相同的项目有几个", "value", len(sel(lambda x: x["annual_budget"] == x["initial_budget"])))
add(C, "zh", "哪个项目的结余资金（全年预算数减全年执行数）最多？", "set", argmax(unspent))
add(C, "zh", "有没有哪张表的三级指标得分低于分值？列出项目", "set",
    sel(lambda x: any(i["score"] < i["weight"] for i in inds(x))))
add(C, "zh", "实际完成值没达到年度指标值的项目", "set",
    sel(lambda x: any(i["target_parsed"]["number"] is not None and i["actual_parsed"]["number"] is not None
                      and i["actual_parsed"]["number"] < i["target_parsed"]["number"] for i in inds(x))))
add(C, "zh", "总分与执行率得分加各项指标得分之和不一致的表有几张", "value",
    len(sel(lambda x: abs(x["total_score"] - x["budget_score"] - sum(i["score"] for i in inds(x))) > 0.005)))
add(C, "zh", "还有结余但结余不到1万元的项目", "set", sel(lambda x: 0 < unspent(x) < 1))
add(C, "en", "Which projects ended the year with a larger budget than they started with?", "set", sel(raised))
add(C, "en", "List the projects whose full-year budget is lower than their initial budget.", "set", sel(cut))
add(C, "en", "Which projects left more than 50万元 of their full-year budget unspent?", "set", sel(lambda x: unspent(x) > 50))
add(C, "en", "What is the unspent balance (full-year budget minus executed) of 鲁汇派出所新址装修工程?", "value",
    unspent(BY_ID[21]), tol=0.01)
add(C, "en", "Summed over the projects whose budget was reduced during the year, by how many 万元 were budgets reduced in total?",
    "value", r2(sum(x["initial_budget"] - x["annual_budget"] for x in F if cut(x))), tol=0.01)
add(C, "en", "Which projects scored less than the full weight on at least one indicator?", "set",
    sel(lambda x: any(i["score"] < i["weight"] for i in inds(x))))
add(C, "en", "Which projects executed more than their full-year budget?", "set",
    sel(lambda x: x["executed"] > x["annual_budget"]))

# ================================================================ indicator-level conditions and counts
I = "indicator"
add(I, "zh", "三级指标超过10个的项目", "set", sel(lambda x: n_ind(x) > 10))
add(I, "zh", "哪些项目没有设置时效指标？", "set", sel(lambda x: not has_l2(x, "时效指标")))
add(I, "zh", "分值为0的指标出现在哪个项目里", "set", sel(lambda x: any(i["weight"] == 0 for i in inds(x))))
add(I, "zh", "满意度目标定为85%的是哪个项目", "set",
    sel(lambda x: any(sat_target_pct(i) == 85 for i in sat(x))))
add(I, "zh", "满意度指标下面一共有多少个三级指标？", "value", sum(len(sat(x)) for x in F))
add(I, "zh", "设有可持续影响指标的项目有几个", "value", len(sel(lambda x: has_l2(x, "可持续影响指标"))))
add(I, "zh", "有两个满意度三级指标的项目", "set", sel(lambda x: len(sat(x)) == 2))
add(I, "zh", "三级指标数量最多的是哪个项目", "set", argmax(n_ind))
add(I, "en", "Which forms have exactly four indicators?", "set", sel(lambda x: n_ind(x) == 4))
add(I, "en", "How many forms have no sustainability impact indicator (可持续影响指标)?", "value",
    len(sel(lambda x: not has_l2(x, "可持续影响指标"))))
add(I, "en", "Which projects set a satisfaction target of 100%?", "set",
    sel(lambda x: any(sat_target_pct(i) == 100 for i in sat(x))))
add(I, "en", "How many third-level indicators are there across all 28 forms?", "value", sum(n_ind(x) for x in F))
add(I, "en", "Which projects have more than one quality indicator (质量指标)?", "set",
    sel(lambda x: sum(i["level2"] == "质量指标" for i in inds(x)) > 1))
add(I, "en", "Which projects give a timeliness indicator (时效指标) a weight of 20 points or more?", "set",
    sel(lambda x: any(i["level2"] == "时效指标" and i["weight"] >= 20 for i in inds(x))))
add(I, "en", "How many projects have a satisfaction target of 90%?", "value",
    len(sel(lambda x: any(sat_target_pct(i) == 90 for i in sat(x)))))

# ================================================================ negation and exclusion
G = "negation"
add(G, "zh", "项目名称不带（平安办）的有几个", "value", len(sel(lambda x: not P(x))))
add(G, "zh", "除信访办以外，其他实施单位一共有多少个项目", "value", len(sel(lambda x: not XF(x))))
add(G, "zh", "哪些表没有填写评分等级", "set", sel(lambda x: x["grade"] is None))
add(G, "zh", "不算一分钱没花的项目，执行率最低的是哪个", "set", argmin(rate, [x for x in F if not ZERO(x)]))
add(G, "zh", "平安办的项目里，执行率没有达到100%的有哪些", "set", sel(lambda x: P(x) and rate(x) < 100))
add(G, "zh", "除了户籍档案数字化加工项目，全年执行数最大的是哪个项目", "set",
    argmax(lambda x: x["executed"], [x for x in F if name(x) != SLIP]))
add(G, "zh", "不是由社区党群服务中心实施的项目", "set", sel(lambda x: not SQ(x)))
add(G, "en", "Which projects not run by 信访办 have an execution rate below 60%?", "set",
    sel(lambda x: not XF(x) and rate(x) < 60))
add(G, "en", "Excluding the forms that spent nothing, what is the average total score?", "value",
    r2(statistics.mean(x["total_score"] for x in F if not ZERO(x))), tol=0.01)
add(G, "en", "Apart from the 平安办 projects, which projects have a full-year budget above 50万元?", "set",
    sel(lambda x: not P(x) and x["annual_budget"] > 50))
add(G, "en", "Which projects tagged （党群中心） did not reach 90% execution?", "set", sel(lambda x: DQ(x) and rate(x) < 90))
add(G, "en", "How many forms do not state a grade (评分等级)?", "value", len(sel(lambda x: x["grade"] is None)))
add(G, "en", "Which 平安办 projects did not get a total score of 100?", "set", sel(lambda x: P(x) and x["total_score"] < 100))
add(G, "en", "Leaving out 户籍档案数字化加工项目, how much was executed in total across all the other forms, in 万元?", "value",
    r2(sum(x["executed"] for x in F if name(x) != SLIP)), tol=0.01)
add(G, "en", "Which projects spent something, but less than half of their budget?", "set",
    sel(lambda x: 0 < rate(x) < 50))

# ================================================================ numbers as people write them
U = "numbers"
add(U, "zh", "执行率不到七成的项目", "set", sel(lambda x: rate(x) < 70))
add(U, "zh", "执行率低于八成的有几个", "value", len(sel(lambda x: rate(x) < 80)))
add(U, "zh", "执行率不到百分之五十的项目有多少个", "value", len(sel(lambda x: rate(x) < 50)))
add(U, "zh", "全年预算超过100万元的项目", "set", sel(lambda x: x["annual_budget"] > 100))
add(U, "zh", "全年预算不超过10万元的项目", "set", sel(lambda x: x["annual_budget"] <= 10))
add(U, "zh", "全年预算在五百万元以上的项目", "set", sel(lambda x: x["annual_budget"] > 500))
add(U, "zh", "全年预算在1,000,000元到2,500,000元之间的项目", "set",
    sel(lambda x: 100 <= x["annual_budget"] <= 250))
add(U, "zh", "结余超过二十万元的项目有几个", "value", len(sel(lambda x: unspent(x) > 20)))
add(U, "en", "Which projects have an execution ratio under 0.7?", "set", sel(lambda x: rate(x) < 70))
add(U, "en", "projects with a full-year budget over 1 million yuan", "set", sel(lambda x: x["annual_budget"] > 100))
add(U, "en", "Which projects have a full-year budget between 500,000 and 1,000,000 yuan?", "set",
    sel(lambda x: 50 <= x["annual_budget"] <= 100))
add(U, "en", "Which projects executed less than a quarter of their full-year budget?", "set", sel(lambda x: rate(x) < 25))
add(U, "en", "Which projects had a full-year budget under 50 thousand yuan?", "set", sel(lambda x: x["annual_budget"] < 5))
add(U, "en", "How many projects have an execution rate of exactly 100 percent?", "value", len(sel(lambda x: rate(x) == 100)))
add(U, "en", "Which projects used between 90% and 95% of their budget?", "set", sel(lambda x: 90 <= rate(x) <= 95))

# ================================================================ statistics
S = "stats"
add(S, "zh", "全年预算数的中位数是多少", "value", r2(statistics.median(x["annual_budget"] for x in F)), tol=0.01)
add(S, "zh", "执行率恰好是100%的项目占全部项目的百分之几？", "value",
    r2(100 * len(sel(lambda x: rate(x) == 100)) / len(F)), tol=0.05)
add(S, "zh", "平安办项目的平均总分是多少", "value", r2(statistics.mean(x["total_score"] for x in F if P(x))), tol=0.01)
add(S, "zh", "信访办三个项目的全年执行数合计多少万元", "value", r2(sum(x["executed"] for x in F if XF(x))), tol=0.01)
add(S, "zh", "其中执行率最低的三个", "set",
    [name(x) for x in sorted([x for x in F if P(x)], key=rate)[:3]], context=["平安办的项目有哪些"])
add(S, "zh", "名称带（党群中心）的项目全年预算合计多少万元", "value", r2(sum(x["annual_budget"] for x in F if DQ(x))), tol=0.01)
add(S, "zh", "所有项目总分的中位数", "value", r2(statistics.median(x["total_score"] for x in F)), tol=0.01)
add(S, "zh", "年初预算数为0的项目，全年预算数平均是多少", "value",
    r2(statistics.mean(x["annual_budget"] for x in F if x["initial_budget"] == 0)), tol=0.01)
add(S, "en", "What is the median execution rate of the 平安办 projects?", "value",
    r2(statistics.median(rate(x) for x in F if P(x))), tol=0.01)
add(S, "en", "What is the average execution rate of the 信访办 projects?", "value",
    r2(statistics.mean(rate(x) for x in F if XF(x))), tol=0.01)
add(S, "en", "What percentage of forms have a total score of exactly 100?", "value",
    r2(100 * len(sel(lambda x: x["total_score"] == 100)) / len(F)), tol=0.05)
add(S, "en", "What is the total full-year budget of all forms, in 万元?", "value", r2(sum(x["annual_budget"] for x in F)), tol=0.01)
add(S, "en", "How much budget is left unspent in total across the 平安办 projects (万元)?", "value",
    r2(sum(unspent(x) for x in F if P(x))), tol=0.01)
add(S, "en", "What is the average total score across all forms?", "value", r2(statistics.mean(x["total_score"] for x in F)), tol=0.01)
add(S, "en", "Sum the full-year budget by implementing unit: what is the total for 信访办?", "value",
    r2(sum(x["annual_budget"] for x in F if XF(x))), tol=0.01)

# ================================================================ several conditions, tags, grades, years
M = "multi"
add(M, "zh", "平安办项目中执行率低于90%且全年预算超过100万元的", "set",
    sel(lambda x: P(x) and rate(x) < 90 and x["annual_budget"] > 100))
add(M, "zh", "评分等级为优、执行率低于60%、名称带（平安办）的项目", "set",
    sel(lambda x: x["grade"] == "优" and rate(x) < 60 and P(x)))
add(M, "zh", "名称以（信）结尾的项目", "set", sel(lambda x: tag(x, "信")))
add(M, "zh", "社区党群服务中心实施的、没有时效指标、执行率低于100%的项目", "set",
    sel(lambda x: SQ(x) and not has_l2(x, "时效指标") and rate(x) < 100))
add(M, "zh", "2023年度总分满分的平安办项目", "set", sel(lambda x: x["year"] == 2023 and x["total_score"] == 100 and P(x)))
add(M, "zh", "名称中含“派出所”的项目", "set", sel(lambda x: "派出所" in name(x)))
add(M, "zh", "项目名称里没有任何括号标签的项目", "set", sel(lambda x: "（" not in name(x) and "(" not in name(x)))
add(M, "en", "平安办-tagged projects with a mid-year budget cut and a 100% execution rate", "set",
    sel(lambda x: P(x) and cut(x) and rate(x) == 100))
add(M, "en", "2023 projects graded 优 with more than 8 indicators", "set",
    sel(lambda x: x["year"] == 2023 and x["grade"] == "优" and n_ind(x) > 8))
add(M, "en", "Which forms do not print their fiscal year in the header?", "set", sel(lambda x: x["year_inferred"]))
add(M, "en", "信访办 projects with a total score above 99", "set", sel(lambda x: XF(x) and x["total_score"] > 99))
add(M, "en", "Projects whose name contains 人才", "set", sel(lambda x: "人才" in name(x)))
add(M, "en", "which of those has the lowest execution rate?", "set", argmin(rate, [x for x in F if XF(x)]),
    context=["Show the 信访办 projects"])
add(M, "en", "Among projects whose budget was topped up during the year, which executed under 60% and have no timeliness indicator?",
    "set", sel(lambda x: raised(x) and rate(x) < 60 and not has_l2(x, "时效指标")))
add(M, "en", "Which projects tagged 党群中心 have an execution rate above 90% and a total score above 99?", "set",
    sel(lambda x: DQ(x) and rate(x) > 90 and x["total_score"] > 99))

# ================================================================ synonyms (spent/used/disbursed, allocation/appropriation, top-up, cut, rated)
Y = "synonyms"
add(Y, "zh", "哪些项目花掉的钱不到拨款的六成", "set", sel(lambda x: rate(x) < 60))
add(Y, "zh", "年中追加过预算的项目有几个", "value", len(sel(raised)))
add(Y, "zh", "被压减预算的项目", "set", sel(cut))
add(Y, "zh", "一分钱都没用出去的项目", "set", sel(ZERO))
add(Y, "zh", "平安志愿者经费实际支出了多少万元", "value", BY_ID[20]["executed"], tol=0.01)
add(Y, "zh", "哪个项目年初拨款最多", "set", argmax(lambda x: x["initial_budget"]))
add(Y, "en", "Which projects disbursed less than 60% of their appropriation?", "set", sel(lambda x: rate(x) < 60))
add(Y, "en", "Which projects have more than 1 million yuan of unspent allocation?", "set", sel(lambda x: unspent(x) > 100))
add(Y, "en", "Which projects received a top-up of more than 300,000 yuan during the year?", "set",
    sel(lambda x: x["annual_budget"] - x["initial_budget"] > 30))
add(Y, "en", "Whose appropriations were cut during the year?", "set", sel(cut))
add(Y, "en", "How much did 信访办 disburse in total?", "value", r2(sum(x["executed"] for x in F if XF(x))), tol=0.01)
add(Y, "en", "How many projects are rated 优?", "value", len(sel(lambda x: x["grade"] == "优")))
add(Y, "en", "Which projects had an execution ratio between 0.5 and 0.7?", "set", sel(lambda x: 50 <= rate(x) <= 70))
add(Y, "en", "Which projects were graded excellent (优) but used under 60% of their funds?", "set",
    sel(lambda x: x["grade"] == "优" and rate(x) < 60))
add(Y, "en", "What is the final full-year appropriation of 安保经费（平安办）?", "value", BY_ID[11]["annual_budget"], tol=0.01)

# ================================================================ narrative questions over the text
H = "narrative"
DEFER = narrative(r"2024年?度?(支付|下拨)", N(2, 3, 5, 6, 27))
assert DEFER == narrative(r"资金紧张", N(2, 3, 5, 6, 27))
add(H, "zh", "因资金紧张推迟到2024年支付的项目", "set", DEFER)
add(H, "zh", "哪个项目解释执行率低是因为实际使用无法预估", "set", narrative(r"无法预估", N(14)))
add(H, "zh", "哪个项目提到实际体检人数没有达到预期", "set", narrative(r"体检人数未达到预期", N(28)))
add(H, "zh", "劝导队经费的偏差原因是怎么写的", "contains", N(7), text="4人")
add(H, "zh", "哪些项目是支付工程质保金的", "set", narrative(r"支付质保金", N(5, 6)))
add(H, "zh", "和派出所装修、修缮工程有关的项目", "ranked", N(21, 25), k=4, min_recall=1.0)
add(H, "zh", "提到“两新”党建或“两新”党组织的项目", "set", narrative(r"两新", N(2, 3)))
add(H, "zh", "鲁汇派出所新址装修面积是多少", "contains", N(21), text="7306")
add(H, "en", "Which projects deferred payment to 2024?", "set", DEFER)
narrative(r"志愿", N(2, 3, 20))
add(H, "en", "Which projects mention volunteers?", "ranked", N(2, 3, 20), k=5, min_recall=1.0)
add(H, "en", "video surveillance camera projects", "ranked", N(15, 19), k=3, min_recall=1.0)
add(H, "en", "Which form fills in the deviation-reason column (偏差原因分析) of its indicator table?", "set",
    sel(lambda x: any(i["deviation"] for i in inds(x))))
add(H, "en", "population information collection and registration", "ranked", N(10, 18), k=4, min_recall=1.0)
add(H, "en", "How many information collection devices were leased under the 实有人口移动信息采集终端 project?", "contains",
    N(10), text="240")
add(H, "en", "projects paying social workers' wages and benefits", "ranked", N(1, 17), k=4, min_recall=1.0)

# ---------------------------------------------------------------- sanity and output
assert len(Q) == 120, len(Q)
assert sum(q["lang"] == "zh" for q in Q) == 60
names = {name(x) for x in F}
for q in Q:
    for r in q.get("records", []):
        assert r in names, r
    if q["kind"] in ("set", "ranked", "contains"):
        assert q["records"], q
with open(os.path.join(HERE, "questions.independent.json"), "w", encoding="utf-8") as f:
    json.dump(Q, f, ensure_ascii=False, indent=1)
from collections import Counter
print(Counter((q["lang"], q["kind"]) for q in Q))
print(Counter(q["category"] for q in Q))
