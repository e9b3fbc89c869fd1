#!/usr/bin/env python3
"""Compute an independent question set for jixiao from export.json (the storage export, not the assistant).

usage: python3 compute.py   (reads export.json and the raw corpus beside it; writes
        questions.all.json, questions.judge.json and /work/wt/shared-q/questions.dev2.json)

Every expected answer is computed here from the exported figures; narrative answers are
computed from a regex over the forms' text (goal + outcome + deviation reasons) and asserted
against a hand-checked list.  Conventions: see README.md.
"""
import json
import os
import random
import re
import statistics

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = "/work/main/corpus/001_4248eb844d2ba1f1.txt"
F = json.load(open(os.path.join(HERE, "export.json"), encoding="utf-8"))
assert len(F) == 28
NAMES = [f["project_name"] for f in F]
BY = {f["project_name"]: f for f in F}
RAWTEXT = open(RAW, encoding="utf-8").read()
for n in NAMES:  # every name as exported is printed verbatim in the raw forms
    assert n in RAWTEXT, n

SLIP = "户籍档案数字化加工项目"  # 全年执行数 256,175.00 printed in a 万元 column (元 slip); kept as stored


def full(prefix):
    m = [n for n in NAMES if n.startswith(prefix)]
    assert len(m) == 1, (prefix, m)
    return m[0]


def ib(f): return f["initial_budget"]
def ab(f): return f["annual_budget"]
def ex(f): return f["executed"]
def rate(f): return f["execution_rate"]
def tot(f): return f["total_score"]
def unspent(f): return round(ab(f) - ex(f), 2)
def unit(f): return f["implementing_unit"]
def tag(f):
    m = re.search(r"（([^（）]+)）$", f["project_name"])
    return m.group(1) if m else None
def inds(f): return f["indicators"]
def n_ind(f): return len(inds(f))
def has_l2(f, l2): return any(i["level2"] == l2 for i in inds(f))
def text(f):
    return "\n".join([f["goal"] or "", f["outcome"] or ""] + [i["deviation"] or "" for i in inds(f)])


def S(pred):
    return sorted(f["project_name"] for f in F if pred(f))


def cnt(pred):
    return sum(1 for f in F if pred(f))


def argmax(key, pred=lambda f: True):
    c = [f for f in F if pred(f)]
    m = max(key(f) for f in c)
    return sorted(f["project_name"] for f in c if key(f) == m)


def argmin(key, pred=lambda f: True):
    return argmax(lambda f: -key(f), pred)


def rx(pattern, fields=("goal", "outcome", "dev")):
    out = []
    for f in F:
        parts = []
        if "goal" in fields: parts.append(f["goal"] or "")
        if "outcome" in fields: parts.append(f["outcome"] or "")
        if "dev" in fields: parts += [i["deviation"] or "" for i in inds(f)]
        if re.search(pattern, "\n".join(parts)):
            out.append(f["project_name"])
    return sorted(out)


def r2(x): return round(x, 2)


# sanity checks of the stored figures against the raw text and each other
for f in F:
    assert f["year"] == 2023
    assert abs(tot(f) - (f["budget_score"] + sum(i["score"] for i in inds(f)))) < 0.011, f["project_name"]
    assert abs(f["budget_weight"] + sum(i["weight"] for i in inds(f)) - 100) < 1e-6
    if f["project_name"] != SLIP and ab(f) > 0:
        assert abs(ex(f) / ab(f) * 100 - rate(f)) < 0.02, f["project_name"]
    assert f["carryover_executed"] == 0 and f["other_executed"] == 0
assert ex(BY[SLIP]) == 256175.0 and ab(BY[SLIP]) == 25.62

PA = lambda f: tag(f) == "平安办"
DQ = lambda f: tag(f) == "党群中心"
XF = lambda f: unit(f) == "信访办"
DQZX = lambda f: unit(f) == "上海市闵行区浦江镇社区党群服务中心"
GRADED = lambda f: f["grade"] is not None
SAT = lambda i: i["level1"] == "满意度指标"

Q = []


def add(lang, cat, q, kind, **kw):
    it = {"q": q, "kind": kind, "lang": lang, "category": cat}
    it.update(kw)
    if kind == "set":
        assert it["records"], q
        for r in it["records"]:
            assert r in BY, r
    if kind == "value":
        it.setdefault("tol", 0)
    if kind in ("ranked", "contains"):
        for r in it["records"]:
            assert r in BY, r
    Q.append(it)


def aset(lang, cat, q, recs, **kw):
    add(lang, cat, q, "set", records=sorted(recs), **kw)


def aval(lang, cat, q, v, tol=0, **kw):
    add(lang, cat, q, "value", value=v, tol=tol, **kw)


# ---------------------------------------------------------------- compare
raised = S(lambda f: ab(f) > ib(f))
cut = S(lambda f: ab(f) < ib(f))
aset("zh", "compare", "年中追加了预算的项目有哪些？", raised)
aset("zh", "compare", "哪些项目的全年预算比年初预算少了", cut)
aset("zh", "compare", "预算调减金额最大的是哪个项目", argmax(lambda f: ib(f) - ab(f)))
aset("zh", "compare", "全年预算减去全年执行数，结余超过50万元的项目", S(lambda f: unspent(f) > 50))
aset("zh", "compare", "有没有三级指标得分比分值低的？是哪个项目", S(lambda f: any(i["score"] < i["weight"] for i in inds(f))))


def below_target(i):
    t, a = i["target_parsed"], i["actual_parsed"]
    if t["number"] is None or a["number"] is None or t["comparison"] not in ("=", "≥"):
        return False
    return a["number"] < t["number"]


aset("zh", "compare", "实际完成值没达到年度指标值的项目", S(lambda f: any(below_target(i) for i in inds(f))))
aset("zh", "compare", "全年执行数比全年预算数还多的表", S(lambda f: ex(f) > ab(f)))
aset("en", "compare", "Which projects got a budget top-up during the year?", raised)
aset("en", "compare", "projects whose appropriation was cut mid-year", cut)
aval("en", "compare", "How much money was left unspent in total across the 信访办 projects? (万元)",
     r2(sum(unspent(f) for f in F if XF(f))), 0.01)
aset("en", "compare", "Which project has the largest unspent balance?", argmax(unspent))
aval("en", "compare", "How many forms have a total score that doesn't equal the budget-execution score plus the indicator scores?",
     cnt(lambda f: abs(tot(f) - f["budget_score"] - sum(i["score"] for i in inds(f))) > 0.011))
aset("en", "compare", "Which projects have an indicator that scored less than its weight?",
     S(lambda f: any(i["score"] < i["weight"] for i in inds(f))))
aset("en", "compare", "Among projects that had a nonzero initial budget, which ones saw their full-year budget raised by more than 20%?",
     S(lambda f: ib(f) > 0 and ab(f) > 1.2 * ib(f)))

# ---------------------------------------------------------------- indicator
aset("zh", "indicator", "三级指标超过10个的项目", S(lambda f: n_ind(f) > 10))
no_time = S(lambda f: not has_l2(f, "时效指标"))
aset("zh", "indicator", "没有时效指标的项目有哪些", no_time)
aset("zh", "indicator", "分值为0的指标出现在哪个项目里", S(lambda f: any(i["weight"] == 0 for i in inds(f))))
aset("zh", "indicator", "满意度目标值定为85%的项目",
     S(lambda f: any(SAT(i) and i["target_parsed"]["number"] == 85 for i in inds(f))))
aval("zh", "indicator", "平安治理可视化那个项目的数量指标下面有几个三级指标",
     sum(1 for i in inds(BY[full("浦江镇平安治理")]) if i["level2"] == "数量指标"))
aset("zh", "indicator", "设置了可持续影响指标的项目", S(lambda f: has_l2(f, "可持续影响指标")))
aval("zh", "indicator", "只有4个三级指标的项目有几个", cnt(lambda f: n_ind(f) == 4))
aset("en", "indicator", "Which forms have more than 8 indicators?", S(lambda f: n_ind(f) > 8))
aset("en", "indicator", "forms with no timeliness (时效) indicator", no_time)
aval("en", "indicator", "How many indicators does the 公安后勤及协管员经费 form have in total?",
     n_ind(BY[full("公安后勤及协管员经费")]))
sat100 = S(lambda f: any(SAT(i) and i["target_parsed"]["number"] == 100 for i in inds(f)))
assert sat100 == sorted([full("下拨经费"), full("鲁汇派出所")]), sat100
aset("en", "indicator", "Which projects set a satisfaction target of 100%?", sat100)
aval("en", "indicator", "How many third-level indicators sit under 社会效益指标 in the 公安后勤及协管员经费 form?",
     sum(1 for i in inds(BY[full("公安后勤及协管员经费")]) if i["level2"] == "社会效益指标"))
aset("en", "indicator", "projects with more than one satisfaction indicator",
     S(lambda f: sum(1 for i in inds(f) if SAT(i)) > 1))
aset("en", "indicator", "Which forms contain indicators with a weight of zero?", S(lambda f: any(i["weight"] == 0 for i in inds(f))))

# ---------------------------------------------------------------- negation
ungraded = S(lambda f: not GRADED(f))
aset("zh", "negation", "没有评分等级的项目", ungraded)
aset("zh", "negation", "除了信访办以外，执行率低于60%的项目有哪些", S(lambda f: not XF(f) and rate(f) < 60))
aset("zh", "negation", "名称里不带（平安办）的项目", S(lambda f: not PA(f)))
aset("zh", "negation", "执行数不为零的项目里，执行率最低的是哪个", argmin(rate, lambda f: ex(f) > 0))
aval("zh", "negation", "“偏差原因分析及改进措施”那一栏全是空的自评表有几张", cnt(lambda f: all(not i["deviation"] for i in inds(f))))
aset("zh", "negation", "不是党群服务中心实施的项目", S(lambda f: not DQZX(f)))
aset("zh", "negation", "名称里不带（平安办）的项目中，有评分等级的有哪些", S(lambda f: not PA(f) and GRADED(f)))
aset("en", "negation", "Which projects were not graded?", ungraded)
aset("en", "negation", "Excluding the projects that spent nothing, which had an execution rate under 60%?",
     S(lambda f: ex(f) > 0 and rate(f) < 60))
aset("en", "negation", "Projects not run by 信访办 with a total score under 95", S(lambda f: not XF(f) and tot(f) < 95))
aset("en", "negation", "Every implementing unit except the 党群服务中心: list their projects", S(lambda f: not DQZX(f)))
aval("en", "negation", "How many project names carry no bracketed tag at the end, like （平安办） or （信）?",
     cnt(lambda f: tag(f) is None))
aset("en", "negation", "Which projects had an execution rate under 99.5% but still a total score of at least 99?",
     S(lambda f: rate(f) < 99.5 and tot(f) >= 99))

aset("en", "negation", "Which projects started the year with no initial budget and did not reach a 90% execution rate?",
     S(lambda f: ib(f) == 0 and rate(f) < 90))

# ---------------------------------------------------------------- numbers
aset("zh", "numbers", "执行率不到七成的项目", S(lambda f: rate(f) < 70))
aset("zh", "numbers", "执行率低于八成的有哪些", S(lambda f: rate(f) < 80))
aset("zh", "numbers", "全年预算超过100万元的项目", S(lambda f: ab(f) > 100))
aval("zh", "numbers", "执行率不足百分之五十的项目有几个", cnt(lambda f: rate(f) < 50))
aset("zh", "numbers", "全年执行数不到10万元的项目", S(lambda f: ex(f) < 10))
aset("zh", "numbers", "执行率在一半到八成之间的项目", S(lambda f: 50 <= rate(f) <= 80))
aset("zh", "numbers", "年初预算在500万元以上的项目", S(lambda f: ib(f) > 500))
aset("en", "numbers", "execution rate under 0.7", S(lambda f: rate(f) < 70))
aset("en", "numbers", "Which projects had an allocation above 1 million yuan?", S(lambda f: ab(f) > 100))
aset("en", "numbers", "projects that spent less than a quarter of their budget", S(lambda f: rate(f) < 25))
aset("en", "numbers", "full-year budget over 5,000,000元", S(lambda f: ab(f) > 500))
aval("en", "numbers", "How many projects executed more than half of their budget?", cnt(lambda f: rate(f) > 50))
aset("en", "numbers", "projects with a full-year budget between 50 and 100 万元", S(lambda f: 50 <= ab(f) <= 100))
aset("en", "numbers", "Which projects spent under 30,000 yuan?", S(lambda f: ex(f) < 3))

# ---------------------------------------------------------------- stats
aval("zh", "stats", "所有项目总分的中位数是多少", r2(statistics.median(tot(f) for f in F)), 0.01)
aval("zh", "stats", "名称带（平安办）的项目平均总分", r2(statistics.mean(tot(f) for f in F if PA(f))), 0.01)
aval("zh", "stats", "执行率低于60%的项目占全部项目的百分之多少", r2(100 * cnt(lambda f: rate(f) < 60) / len(F)), 0.05)
aval("zh", "stats", "信访办三个项目的平均执行率", r2(statistics.mean(rate(f) for f in F if XF(f))), 0.01)
aval("zh", "stats", "全年预算数的中位数是多少万元", r2(statistics.median(ab(f) for f in F)), 0.01)
aval("zh", "stats", "带（党群中心）的项目全年预算合计多少万元", r2(sum(ab(f) for f in F if DQ(f))), 0.01)
aval("zh", "stats", "有评分等级的表平均总分多少", r2(statistics.mean(tot(f) for f in F if GRADED(f))), 0.01)
aval("en", "stats", "What's the median execution rate?", r2(statistics.median(rate(f) for f in F)), 0.01)
aval("en", "stats", "average total score of the 信访办 projects", r2(statistics.mean(tot(f) for f in F if XF(f))), 0.01)
aval("en", "stats", "What percentage of forms have a total score of 100?", r2(100 * cnt(lambda f: tot(f) == 100) / len(F)), 0.05)
aval("en", "stats", "median total score of the forms tagged 平安办", r2(statistics.median(tot(f) for f in F if PA(f))), 0.01)
aval("en", "stats", "How many forms list 上海市闵行区浦江镇人民政府(汇总) as the supervising department?",
     cnt(lambda f: f["department"] == "上海市闵行区浦江镇人民政府(汇总)"))
aval("en", "stats", "total full-year budget across all forms, in 万元", r2(sum(ab(f) for f in F)), 0.01)
aval("en", "stats", "average initial budget of the projects that started the year with a nonzero budget",
     r2(statistics.mean(ib(f) for f in F if ib(f) > 0)), 0.01)

# ---------------------------------------------------------------- multi
aset("zh", "multi", "平安办的项目里，预算被调减、但执行率是100%的", S(lambda f: PA(f) and ab(f) < ib(f) and rate(f) == 100))
aset("zh", "multi", "党群服务中心实施的、没有时效指标、总分低于95的项目",
     S(lambda f: DQZX(f) and not has_l2(f, "时效指标") and tot(f) < 95))
aset("zh", "multi", "评为优、执行率低于60%、全年预算不少于100万元的项目",
     S(lambda f: f["grade"] == "优" and rate(f) < 60 and ab(f) >= 100))
aset("zh", "multi", "年初预算为0、年中追加、执行率低于50%的项目", S(lambda f: ib(f) == 0 and ab(f) > 0 and rate(f) < 50))
aset("zh", "multi", "有可持续影响指标、三级指标多于10个、执行率低于60%的项目",
     S(lambda f: has_l2(f, "可持续影响指标") and n_ind(f) > 10 and rate(f) < 60))
aval("zh", "multi", "信访办的项目中执行率高于90%且总分高于99的有几个", cnt(lambda f: XF(f) and rate(f) > 90 and tot(f) > 99))
aset("zh", "multi", "2023年度名称带（党群中心）且执行数为0的项目", S(lambda f: f["year"] == 2023 and DQ(f) and ex(f) == 0))
aset("en", "multi", "Projects tagged 平安办 with more than 10 indicators and a total score below 100",
     S(lambda f: PA(f) and n_ind(f) > 10 and tot(f) < 100))
aset("en", "multi", "graded 优, budget raised during the year, and execution rate below 95%",
     S(lambda f: f["grade"] == "优" and ab(f) > ib(f) and rate(f) < 95))
aset("en", "multi", "Which projects run by the 党群服务中心 had a full-year budget under 50万元 and an execution rate of exactly 100%?",
     S(lambda f: DQZX(f) and ab(f) < 50 and rate(f) == 100))
aset("en", "multi", "forms that have a 时效指标, a total score under 96 and an initial budget above zero",
     S(lambda f: has_l2(f, "时效指标") and tot(f) < 96 and ib(f) > 0))
aset("en", "multi", "Which projects had an unspent balance above 20万元, an execution rate below 90%, and no printed grade?",
     S(lambda f: unspent(f) > 20 and rate(f) < 90 and not GRADED(f)))
aset("en", "multi", "信访办 projects that have a sustainability-impact indicator (可持续影响指标) and an execution rate under 95%",
     S(lambda f: XF(f) and has_l2(f, "可持续影响指标") and rate(f) < 95))
aval("en", "multi", "How many projects had an initial budget of 0, were graded 优 and had an execution rate above 90%?",
     cnt(lambda f: ib(f) == 0 and f["grade"] == "优" and rate(f) > 90))

# ---------------------------------------------------------------- synonyms
aset("zh", "synonyms", "钱花得最少的项目是哪个（不算一分没花的）", argmin(ex, lambda f: ex(f) > 0))
aset("zh", "synonyms", "哪些项目的钱一分都没用掉", S(lambda f: ex(f) == 0))
aval("zh", "synonyms", "年中拨款被压减的项目有几个", cnt(lambda f: ab(f) < ib(f)))
aset("zh", "synonyms", "资金使用率低于60%的", S(lambda f: rate(f) < 60))
top3 = [f["project_name"] for f in sorted(F, key=unspent, reverse=True)[:3]]
assert unspent(BY[top3[2]]) > sorted(map(unspent, F), reverse=True)[3]
aset("zh", "synonyms", "结余资金最多的三个项目", top3)
aset("zh", "synonyms", "自评打分低于96分的项目", S(lambda f: tot(f) < 96))
aset("zh", "synonyms", "经费追加得最多的是哪个项目", argmax(lambda f: ab(f) - ib(f)))
aset("en", "synonyms", "Which projects disbursed nothing?", S(lambda f: ex(f) == 0))
aset("en", "synonyms", "projects that used less than 60% of their appropriation", S(lambda f: rate(f) < 60))
aval("en", "synonyms", "What's the execution ratio of 禁毒与反邪教?", rate(BY[full("禁毒与反邪教")]), 0.01)
aset("en", "synonyms", "Which project received the biggest top-up?", argmax(lambda f: ab(f) - ib(f)))
aval("en", "synonyms", "How much was disbursed in total by the 信访办 projects (万元)?", r2(sum(ex(f) for f in F if XF(f))), 0.01)
aset("en", "synonyms", "List the projects rated below 96 points", S(lambda f: tot(f) < 96))
aval("en", "synonyms", "What's the total amount cut from allocations during the year, in 万元?",
     r2(sum(ib(f) - ab(f) for f in F if ab(f) < ib(f))), 0.01)

# ---------------------------------------------------------------- narrative
tight = rx(r"资金紧张")
assert tight == sorted([full("党建活动"), full("下拨经费"), full("浦江初心微史馆"), full("党群中心（南区）"), full("人才活动")]), tight
add("zh", "narrative", "哪些项目因为资金紧张，钱拖到2024年才付", "ranked", records=tight, k=6, min_recall=0.8)
r = rx(r"无法预估")
assert r == [full("杜行派出所公用事业费")], r
aset("zh", "narrative", "哪个项目说水电燃气用量没法准确预估，所以执行率低", r)
r = rx(r"存量资金")
assert r == [full("下拨经费")], r
aset("zh", "narrative", "用存量资金支付补贴的是哪个项目", r)
r = rx(r"赴京")
assert r == [full("维稳经费")], r
aset("zh", "narrative", "提到把赴京人员吸附在本地的项目", r)
r = rx(r"毛发检测")
assert r == [full("禁毒与反邪教")], r
aset("zh", "narrative", "对吸毒人员定期做毛发检测的是哪个项目", r)
r = rx(r"后续及时调整经费", fields=("dev",))
assert r == [full("劝导队经费")], r
aset("zh", "narrative", "偏差原因里写了后续调整经费的是哪个", r)
r = rx(r"视频监控", fields=("goal",))
assert r == sorted([full("图像视频监控系统"), full("浦江镇平安治理")]), r
add("zh", "narrative", "预期目标里提到视频监控的项目", "ranked", records=r, k=5, min_recall=1.0)
add("en", "narrative", "Which projects pushed payments into 2024 because money was tight?", "ranked",
    records=tight, k=6, min_recall=0.8)
r = rx(r"实际体检人数未达到预期")
assert r == [full("人才健康体检")], r
aset("en", "narrative", "Which project says the actual number of people who took the health check fell short of expectations?", r)
aset("en", "narrative", "Where does a form explain its low execution rate by utility usage being impossible to estimate accurately?",
     rx(r"无法预估"))
r = rx(r"派出所", fields=("goal", "outcome"))
assert set(r) >= {full("社会治安保障经费"), full("公安后勤及协管员经费"), full("鲁汇派出所")}, r
add("en", "narrative", "which forms mention police stations (派出所) in their goals or outcomes", "ranked",
    records=r, k=8, min_recall=0.75)
reno = sorted([full("鲁汇派出所新址装修工程"), full("杜行派出所新址修缮工程")])  # hand-picked: the two building works
add("en", "narrative", "projects about renovating or refurbishing premises", "ranked", records=reno, k=5, min_recall=1.0)
r = rx(r"信息采集设备", fields=("goal", "outcome"))
assert r == [full("浦江镇实有人口移动信息采集终端")], r
aset("en", "narrative", "Which project leased 240 information-collection devices and 8 body cameras for supervisors?", r)
vol = rx(r"志愿")
assert set(vol) == {full("党建活动"), full("下拨经费"), full("平安志愿者经费")}, vol
add("en", "narrative", "Which forms talk about volunteers or volunteer activities?", "ranked", records=vol, k=6, min_recall=0.67)


# ---------------------------------------------------------------- lookup
def ind(proj, name):
    m = [i for i in inds(BY[full(proj)]) if i["name"] == name]
    assert len(m) == 1, (proj, name)
    return m[0]


def contains(lang, q, proj, iname, text):
    i = ind(proj, iname)
    assert text in i["target"], (i["target"], text)
    add(lang, "lookup", q, "contains", text=text, records=[full(proj)])


contains("zh", "鲁汇派出所装修工程的装修面积指标值是多少", "鲁汇派出所", "装修面积", "7306.2")
contains("zh", "以前“信息采集设备”这个指标是怎么写的，目标是多少台", "浦江镇实有人口移动信息采集终端", "信息采集设备", "240")
contains("zh", "重精患者监护人奖励费的标准是每人每月多少元", "重精患者监护人奖励费", "监护人奖励费", "200")
contains("zh", "“两个实有”那个奖励费项目，居委的指标值是多少个", "“两个实有”", "居委", "42")
contains("zh", "平安治理可视化项目涉及点位的年度指标值", "浦江镇平安治理", "涉及点位", "6905")
aset("zh", "lookup", "“维稳事件发生响应及时性”这个指标在哪些项目里用过",
     S(lambda f: any(i["name"] == "维稳事件发生响应及时性" for i in inds(f))))
aset("zh", "lookup", "用了“长效管理机制”这个三级指标的项目", S(lambda f: any(i["name"] == "长效管理机制" for i in inds(f))))
contains("en", "How was the indicator for devices for collecting information worded before, and what was its target?",
         "浦江镇实有人口移动信息采集终端", "信息采集设备", "240")
contains("en", "What satisfaction target did the 鲁汇派出所新址装修工程 form set?", "鲁汇派出所新址装修工程", "相关单位满意度", "100")
aset("en", "lookup", "Which projects used an indicator about how quickly equipment faults are responded to?",
     S(lambda f: any(i["name"] == "设备故障响应及时性" for i in inds(f))))
contains("en", "In the 禁毒与反邪教 form, what was the target for the number of people monitored for anti-cult work?", "禁毒与反邪教", "反邪教监测人数", "66")
contains("en", "Look up the indicator 特勤安保人数: what target and unit were used?", "安保经费", "特勤安保人数", "360")
aset("en", "lookup", "Which forms used the indicator 相关单位满意度?", S(lambda f: any(i["name"] == "相关单位满意度" for i in inds(f))))
aset("en", "lookup", "which projects have an indicator on the accuracy of fund disbursement (资金发放准确率)?",
     S(lambda f: any(i["name"] == "资金发放准确率" for i in inds(f))))

# ---------------------------------------------------------------- extra (years, quoted names)
aval("zh", "stats", "2023年度一共有多少张自评表", cnt(lambda f: f["year"] == 2023))
aval("zh", "lookup", "“两个实有”全面覆盖2+1工作模式奖励费（平安办）的执行率是多少", rate(BY[full("“两个实有”")]), 0.01)
aval("en", "lookup", 'What is the total score of "安保经费（平安办）"?', tot(BY[full("安保经费")]), 0.01)
aval("en", "stats", "How many of the 2023 forms were graded 优?", cnt(lambda f: f["year"] == 2023 and f["grade"] == "优"))

# ---------------------------------------------------------------- followup
aset("zh", "followup", "其中信访办的有哪些", S(lambda f: rate(f) < 70 and XF(f)), context=["执行率低于70%的项目"])
aset("zh", "followup", "其中三级指标超过10个的呢", S(lambda f: PA(f) and n_ind(f) > 10), context=["名称带（平安办）的项目"])
aset("zh", "followup", "这些项目里执行率最低的是哪个", argmin(rate, lambda f: ab(f) > ib(f)), context=["全年预算被调增的项目"])
aval("zh", "followup", "这些项目的平均总分是多少", r2(statistics.mean(tot(f) for f in F if GRADED(f))), 0.01,
     context=["哪些项目有评分等级"])
aset("zh", "followup", "只看年初预算不为0的", S(lambda f: tot(f) < 96 and ib(f) > 0), context=["总分低于96分的项目"])
aset("en", "followup", "only those from the 平安办", S(lambda f: rate(f) < 80 and PA(f)),
     context=["Which projects have an execution rate below 80%?"])
aval("en", "followup", "how many of them scored 100?", cnt(lambda f: ab(f) > 200 and tot(f) == 100),
     context=["projects with a full-year budget above 200万元"])
aset("en", "followup", "which of those spent nothing?", S(lambda f: DQ(f) and ex(f) == 0),
     context=["List the projects tagged 党群中心"])
inc = sorted([f for f in F if ab(f) > ib(f)], key=lambda f: ab(f) - ib(f), reverse=True)
assert (ab(inc[2]) - ib(inc[2])) > (ab(inc[3]) - ib(inc[3]))
aset("en", "followup", "sort them by the size of the increase and give me the top 3", [f["project_name"] for f in inc[:3]],
     context=["Which projects had their budget raised during the year?"])
aset("en", "followup", "and of these, which have a total score below 100?", S(lambda f: has_l2(f, "时效指标") and tot(f) < 100),
     context=["forms with a 时效指标 (timeliness indicator)"])

# ---------------------------------------------------------------- write + split
qs = [q["q"] for q in Q]
assert len(qs) == len(set(qs)), "duplicate question text"
zh = [q for q in Q if q["lang"] == "zh"]
en = [q for q in Q if q["lang"] == "en"]
print("total", len(Q), "zh", len(zh), "en", len(en))
assert len(zh) == 70 and len(en) == 70
json.dump(Q, open(os.path.join(HERE, "questions.all.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
rng = random.Random(20231130)
judge, dev = [], []
for group in (zh, en):
    # stratified by language (exactly 50 judge / 20 dev per language); within a language the
    # shuffled items are ordered by category and picked systematically, so both files get
    # every category in proportion
    g = list(group)
    rng.shuffle(g)
    g.sort(key=lambda q: q["category"])
    off = rng.random()
    for i, q in enumerate(g):
        if int((i + 1) * 50 / 70 + off) > int(i * 50 / 70 + off):
            judge.append(q)
        else:
            dev.append(q)
assert len(judge) == 100 and len(dev) == 40, (len(judge), len(dev))
rng.shuffle(judge)
rng.shuffle(dev)
json.dump(judge, open(os.path.join(HERE, "questions.judge.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
os.makedirs("/work/wt/shared-q", exist_ok=True)
json.dump(dev, open("/work/wt/shared-q/questions.dev2.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("judge", len(judge), "dev2", len(dev))
