"""The stat19 variants (asked quantity) with answers computed from `jixiao export --format json`.

Usage: python make_variants.py EXPORT.json  → variants.stat19.json and variants.stat19-aside.json beside bench/data."""
import json
import sys
from pathlib import Path

forms = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
N = {f["id"]: f["project_name"] for f in forms}
F = {f["id"]: f for f in forms}


def ids(pred):
    return [f["id"] for f in forms if pred(f)]


XF = ids(lambda f: f["implementing_unit"] == "信访办")
PA = ids(lambda f: "（平安办）" in f["project_name"])
DQ = ids(lambda f: "党群" in f["project_name"])
RC = ids(lambda f: "人才" in f["project_name"])
PS = ids(lambda f: "派出所" in f["project_name"])


def total(key, group=None):
    return sum(F[i][key] for i in (group or F))


def share(key, group):
    return round(100 * total(key, group) / total(key), 2)


def unspent(i):
    return F[i]["annual_budget"] - F[i]["executed"]


def mean_rate(group):
    return round(sum(F[i]["execution_rate"] for i in group) / len(group), 2)


def argmax(group, key):
    return max(group, key=key)


def value(q, v, lang, tol=0.01):
    return {"q": q, "kind": "value", "value": round(v, 2), "tol": tol, "lang": lang, "category": "statistics"}


def which(q, i, shown, lang):
    return {"q": q, "kind": "contains", "text": shown, "records": [N[i]], "lang": lang, "category": "statistics"}


def which_only(q, i, lang):
    return {"q": q, "kind": "set", "records": [N[i]], "lang": lang, "category": "statistics"}


def fmt(x):
    return f"{x:,.2f}".rstrip("0").rstrip(".")


top_left_xf = argmax(XF, unspent)
top_left_pa = argmax(PA, unspent)
top_left_dq = argmax(DQ, unspent)
top_left_rc = argmax(RC, unspent)
raise_ps = argmax(PS, lambda i: F[i]["annual_budget"] - F[i]["initial_budget"])
cut_all = argmax(list(F), lambda i: F[i]["initial_budget"] - F[i]["annual_budget"])
variants = [
    # K1: a share of money asked — not a share of forms, nor the total
    value("信访办几张表的全年预算，占所有项目全年预算的几成？", share("annual_budget", XF), "zh"),
    value("党群那几个项目的年度拨款在全部拨款中占百分之多少？", share("annual_budget", DQ), "zh"),
    value("人才类两张表的全年预算合起来，在全镇28张表的预算总额里占多大比例？", share("annual_budget", RC), "zh"),
    value("派出所相关的项目，年初预算占全部年初预算的比重是多少？", share("initial_budget", PS), "zh"),
    value("维稳经费的全年预算在全部项目预算里是百分之几？", share("annual_budget", [8]), "zh"),
    value("What share of the total full-year budget goes to the 信访办 forms?", share("annual_budget", XF), "en"),
    value("Of all the annual appropriation, what percentage sits with the 党群 forms?", share("annual_budget", DQ), "en"),
    value("As a fraction of every form's opening budget, how big is the 派出所 forms' opening budget?", share("initial_budget", PS), "en"),
    value("The two 人才 forms' full-year money — what proportion of the whole store's full-year money is that?", share("annual_budget", RC), "en"),
    value("How much of the overall full-year budget, in percent, belongs to 维稳经费?", share("annual_budget", [8]), "en"),
    value("禁毒与反邪教那张表，全年预算里有百分之几没花掉？", 100 * unspent(22) / F[22]["annual_budget"], "zh"),
    value("What fraction of 劝导队经费's full-year budget was left unused?", 100 * unspent(7) / F[7]["annual_budget"], "en"),
    # K2: "which one" asked — the form, not the group's total or its extreme value
    which("信访办的几个项目里，哪一个剩下没花的钱最多？剩了多少？", top_left_xf, fmt(unspent(top_left_xf)), "zh"),
    which("平安办的项目中哪张表结余最大，结余多少？", top_left_pa, fmt(unspent(top_left_pa)), "zh"),
    which_only("人才的两个项目，哪个没用掉的钱更多？", top_left_rc, "zh"),
    which("党群的表里，哪个项目留下的未支出金额最大？", top_left_dq, fmt(unspent(top_left_dq)), "zh"),
    which_only("派出所那几个项目里，年中追加预算最多的是哪一个？", raise_ps, "zh"),
    which_only("哪个项目年中被砍掉的预算最多？", cut_all, "zh"),
    which("Which 信访办 form left the most money unspent, and how much was it?", top_left_xf, fmt(unspent(top_left_xf)), "en"),
    which("Of the 平安办 projects, which one has the largest unspent balance and what is it?", top_left_pa, fmt(unspent(top_left_pa)), "en"),
    which_only("Between the two 人才 forms, which one left more of its budget unused?", top_left_rc, "en"),
    which("Which 党群 project sat on the biggest leftover sum? Give the amount too.", top_left_dq, fmt(unspent(top_left_dq)), "en"),
    which_only("Which police-station (派出所) form got the biggest mid-year increase?", raise_ps, "en"),
    which_only("Which single form had the most money cut from its budget during the year?", cut_all, "en"),
    # K3: a simple (unweighted) mean asked — not the pooled rate
    value("信访办三个项目执行率的简单平均是多少？", mean_rate(XF), "zh"),
    value("党群的几张表，执行率不加权平均是多少？", mean_rate(DQ), "zh"),
    value("人才两个项目执行率的算术平均值？", mean_rate(RC), "zh"),
    value("派出所相关项目的执行率，按项目简单平均是多少？", mean_rate(PS), "zh"),
    value("平安办项目执行率直接求平均（不按预算加权）是多少？", mean_rate(PA), "zh"),
    value("What is the simple average execution rate of the 党群 forms?", mean_rate(DQ), "en"),
    value("Unweighted mean execution rate across the two 人才 forms?", mean_rate(RC), "en"),
    value("Take the 派出所 forms' execution rates and average them plainly, each form counted once.", mean_rate(PS), "en"),
    value("What's the straight average of the 平安办 forms' execution rates, not weighted by budget?", mean_rate(PA), "en"),
    value("For the 信访办 forms, the arithmetic mean of their execution rates?", mean_rate(XF), "en"),
]
aside = [
    value("平安办那些表的年度拨款占全部年度拨款几成？", share("annual_budget", PA), "zh"),
    value("What percent of the total opening budget do the 党群 forms hold?", share("initial_budget", DQ), "en"),
    value("信访代理员经费的全年预算在所有表的全年预算中占多少百分比？", share("annual_budget", [9]), "zh"),
    which("平安办的表里哪个年中调减得最多？减了多少？", argmax(PA, lambda i: F[i]["initial_budget"] - F[i]["annual_budget"]),
          fmt(max(F[i]["initial_budget"] - F[i]["annual_budget"] for i in PA)), "zh"),
    which_only("Among the 信访办 forms, which has the smallest leftover?", min(XF, key=unspent), "en"),
    which("Which 派出所 project has the most unspent money, and how much?", argmax(PS, unspent), fmt(max(unspent(i) for i in PS)), "en"),
    value("信访办项目执行率的平均值（各项目等权）是多少？", mean_rate(XF), "zh"),
    value("人才类项目执行率简单平均一下是多少？", mean_rate(RC), "zh"),
    value("What is the unweighted average execution rate of the 派出所 forms?", mean_rate(PS), "en"),
    value("Average execution rate of the 党群 forms, counting each form equally?", mean_rate(DQ), "en"),
    value("What fraction of the anti-drug (禁毒与反邪教) form's full-year budget went unspent?", 100 * unspent(22) / F[22]["annual_budget"], "en"),
    value("人才活动的全年预算有几成没用掉？", 100 * unspent(27) / F[27]["annual_budget"], "zh"),
]
out = Path(__file__).resolve().parents[1]
(out / "variants.stat19.json").write_text(json.dumps(variants, ensure_ascii=False, indent=1), encoding="utf-8")
(out / "variants.stat19-aside.json").write_text(json.dumps(aside, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(variants), len(aside))
