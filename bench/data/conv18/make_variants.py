"""Round 18 (conv18) variants: each answer computed by SQL over the views of a store of the bundled corpus, never asked of jixiao.

Usage: python bench/data/conv18/make_variants.py STORE.db  (writes variants.conv18.json and conv18/setaside.json)."""
import json
import sqlite3
import sys
from pathlib import Path

db = sqlite3.connect(sys.argv[1])


def names(where):
    return [r[0] for r in db.execute(f"select project_name from forms where {where}")]


def value(sql):
    return round(db.execute(sql).fetchone()[0], 4)


def s(q, where, ctx=(), kind_of="negated"):
    return {"category": kind_of, "kind": "set", "q": q, "records": names(where), **({"context": list(ctx)} if ctx else {})}


def v(q, sql, ctx=(), kind_of="negated"):
    return {"category": kind_of, "kind": "value", "q": q, "value": value(sql), "tol": 0.01, **({"context": list(ctx)} if ctx else {})}


PINGAN = "project_name like '%（平安办）'"
UNGRADED, GRADED = "(grade is null or grade = '')", "(grade is not null and grade != '')"
NEG, MEM, NEW, WHOLE, JOIN = "negated", "member", "replaced", "share_of_all", "together"


def share(where, column="annual_budget"):
    """100 × Σ column of the forms `where` picks ÷ Σ column of every form."""
    return f"select 100.0 * sum(case when {where} then {column} else 0 end) / sum({column}) from forms"


TOP = lambda n: f"form_id in (select form_id from forms order by annual_budget desc limit {n})"
variants = [
    # a negated verb of passing (过, 超过, 超出, 破, top, exceed, get past, break) or reaching (到, 上, reach, hit) before a figure
    s("执行率没超出六成的有哪些项目？", "execution_rate <= 60"),
    s("总分没上95分的项目有哪些？", "total_score < 95"),
    s("执行率没有到六成的项目", "execution_rate < 60"),
    s("全年预算没破一百万、执行率又没到九成的项目", "annual_budget <= 100 and execution_rate < 90"),
    v("执行率不曾超过60%的有几个？", "select count(*) from forms where execution_rate <= 60"),
    s("平安办的项目里执行率还没有超过六成的，给我列出来。", f"{PINGAN} and execution_rate <= 60"),
    v("执行率没过半的项目一共几个？", "select count(*) from forms where execution_rate <= 50"),
    s("Which forms' execution rate never topped 60%?", "execution_rate <= 60"),
    s("Forms whose execution rate did not get past 60% — list them.", "execution_rate <= 60"),
    v("How many forms have a full-year budget that didn't break 100 万元?", "select count(*) from forms where annual_budget <= 100"),
    s("Which forms failed to exceed 60% execution?", "execution_rate <= 60"),
    s("Among the 平安办 forms, which did not crack 60% execution?", f"{PINGAN} and execution_rate <= 60"),
    s("Which forms' total score failed to reach 95?", "total_score < 95"),
    v("Average full-year budget of the forms whose execution rate didn't make it to 60%, in 万元?",
      "select avg(annual_budget) from forms where execution_rate < 60"),
    s("Forms that haven't gone over 95 points in total score?", "total_score <= 95"),
    # a follow-up naming one or some members of the previous answer by a part of their names, or by a comparison
    v("鲁汇的那个全年预算多少？", "select annual_budget from forms where project_name like '鲁汇%'", ["项目名称里带“派出所”的有哪些？"], MEM),
    v("其中党群中心的那几个，全年预算合计多少万？", "select sum(annual_budget) from forms where execution_rate < 60 and project_name like '%党群中心%'",
      ["执行率低于60%的项目有哪些？"], MEM),
    v("The ones with 人才 in the name — what's their combined full-year budget, in 万元?",
      "select sum(annual_budget) from forms where execution_rate < 60 and project_name like '%人才%'",
      ["Which forms have an execution rate below 60%?"], MEM),
    v("And the one with 平安办 in its name — what's its full-year budget?",
      f"select annual_budget from forms where total_score < 95 and {PINGAN}", ["Which forms have a total score below 95?"], MEM),
    v("其中名字带“租赁”的两个，执行数合计多少万？",
      "select sum(executed) from forms where annual_budget > 200 and project_name like '%租赁%'", ["全年预算超过200万的项目有哪些？"], MEM),
    v("Of those, the 派出所 one — how much did it spend, in 万元?",
      "select executed from forms where execution_rate < 60 and project_name like '%派出所%'",
      ["Which forms spent less than 60% of their budget?"], MEM),
    v("What's the combined full-year budget of the two 平安办 ones?",
      f"select sum(annual_budget) from forms where annual_budget > initial_budget and {PINGAN}",
      ["Which forms had their budget raised during the year?"], MEM),
    v("里面名称带“派出所”的那个，执行率多少？",
      "select execution_rate from forms where initial_budget = 0 and project_name like '%派出所%'", ["年初预算是0的项目有哪些？"], MEM),
    v("执行率更高的那个，全年预算多少？", "select annual_budget from forms where project_name = '人才健康体检'",
      ["人才两个项目的执行率各是多少？"], MEM),
    v("The one with the lower rate — what's its full-year budget?",
      "select annual_budget from forms where project_name like '%（信）' and execution_rate < 95 order by execution_rate limit 1",
      ["Which forms of the 信访办 came in under 95% execution?"], MEM),
    s("其中带平安办的是哪个？", f"total_score < 95 and {PINGAN}", ["总分低于95分的是哪几个？"], MEM),
    # a follow-up whose condition cannot hold with one of the previous answer's (graded 优 / no grade, rate below 60% /
    # above 90%): it replaces that one, the others kept — never an AND that no form can meet
    s("那没有评等级的表里，执行率低于60%的呢？", f"{UNGRADED} and execution_rate < 60", ["评了“优”的项目里，执行率低于60%的有哪些？"], NEW),
    s("And among the forms with no grade, which scored below 95?", f"{UNGRADED} and total_score < 95",
      ["Which forms graded 优 scored below 95?"], NEW),
    s("那执行率高于90%的里面，全年预算超过300万的是哪些？", "execution_rate > 90 and annual_budget > 300", ["执行率低于60%的项目有哪些？"], NEW),
    v("What about the ones above 95% execution — how many?", "select count(*) from forms where execution_rate > 95",
      ["Which forms have an execution rate below 50%?"], NEW),
    s("那年初预算不为0的项目里，执行率低于60%的呢？", "initial_budget != 0 and execution_rate < 60", ["年初预算为0的项目有哪些？"], NEW),
    s("Now the ones scoring below 92 — which are they?", "total_score < 92", ["Which forms have a total score above 99?"], NEW),
    s("总分低于92分的呢？", "total_score < 92", ["总分高于99分的是哪些项目？"], NEW),
    s("And which ungraded forms have an execution rate below 60%?", f"{UNGRADED} and execution_rate < 60",
      ["Which forms with a 优 grade have an execution rate below 60%?"], NEW),
    v("那执行率不到60%的平安办项目有几个？", f"select count(*) from forms where {PINGAN} and execution_rate < 60",
      ["执行率达到100%的平安办项目有几个？"], NEW),
    v("And how many under 10 万元?", "select count(*) from forms where annual_budget < 10",
      ["How many forms have a full-year budget above 500 万元?"], NEW),
    # a share of the whole asked of the previous answer's forms: their money over every form's (or their count over all)
    v("What share of the total full-year budget do they account for?", share(TOP(3)),
      ["What are the three largest forms by full-year budget?"], WHOLE),
    v("它们占全部项目全年预算的百分之几？", share(TOP(3)), ["全年预算最大的三个项目是哪些？"], WHOLE),
    v("这些项目的全年预算占所有项目全年预算的比例是多少？", share("execution_rate < 60"), ["执行率低于60%的项目有哪些？"], WHOLE),
    v("What percentage of all forms' full-year budget do those represent?", share("execution_rate < 60"),
      ["Which forms have an execution rate below 60%?"], WHOLE),
    v("它们的年初预算占全部项目年初预算的百分比是多少？", share(PINGAN, "initial_budget"), ["名称带（平安办）的项目有哪些？"], WHOLE),
    v("As a percentage of everyone's full-year budget, how much do those forms hold?", share("annual_budget > initial_budget"),
      ["Which forms had their budget raised during the year?"], WHOLE),
    v("这几个的全年预算在全部项目里占多大比例？", share("total_score < 95"), ["总分低于95分的是哪几个？"], WHOLE),
    v("Their full-year budgets make up what share of the total across all forms?", share("project_name like '%（信）'"),
      ["List the forms run by the 信访办."], WHOLE),
    v("它们的全年预算占所有项目全年预算的百分之几？", share("project_name like '%（信）'"), ["信访办有哪几个项目？"], WHOLE),
    v("What fraction of the total initial budget across all forms do they represent, in percent?", share("total_score < 95", "initial_budget"),
      ["Which forms scored below 95 in total?"], WHOLE),
    v("这些占全部项目的比例是多少？", "select 100.0 * sum(execution_rate < 60) / count(*) from forms", ["执行率低于60%的项目有哪些？"], WHOLE),
    # the last two answers together, or the last answer with forms named added (两批放一起, 把社工也算进来, add X to them)
    v("两批合在一起，全年预算一共多少？", "select sum(annual_budget) from forms where total_score < 95",
      ["评了“优”的项目里，总分不到95分的是哪几个？", "那没评等级的那几张表里，低于95分的呢？"], JOIN),
    v("Put both lists together — how many forms is that?", "select count(*) from forms where execution_rate < 50 or total_score > 99.9",
      ["Which forms have an execution rate below 50%?", "Which forms have a total score above 99.9?"], JOIN),
    v("这两批加起来平均总分是多少？", "select avg(total_score) from forms where project_name like '%（信）' or project_name like '%（党群中心）'",
      ["名称带（信）的项目有哪些？", "名称带（党群中心）的项目有哪些？"], JOIN),
    v("Combine the two answers: what's their total full-year budget?",
      "select sum(annual_budget) from forms where annual_budget > 1000 or execution_rate = 0",
      ["Which forms have a full-year budget above 1000 万元?", "Which forms have an execution rate of 0?"], JOIN),
    v("把上面两次的结果合起来，一共几个项目？", "select count(*) from forms where execution_rate < 50 or total_score > 99.9",
      ["执行率低于50%的有哪些？", "总分高于99.9的有哪些？"], JOIN),
    v("把社工也算进来，全年预算合计多少？", "select sum(annual_budget) from forms where project_name like '%（党群中心）' or project_name = '社工'",
      ["名称带（党群中心）的项目有哪些？"], JOIN),
    v("Add 社工 to them — what's the combined full-year budget?",
      "select sum(annual_budget) from forms where project_name like '%人才%' or project_name = '社工'", ["Which forms have 人才 in their name?"], JOIN),
    v("再加上劝导队经费，平均执行率是多少？", "select avg(execution_rate) from forms where execution_rate < 50 or project_name like '劝导队%'",
      ["执行率低于50%的项目有哪些？"], JOIN),
    v("Include 维稳经费 as well: how many forms now?", "select count(*) from forms where execution_rate < 50 or project_name like '维稳经费%'",
      ["Which forms have an execution rate below 50%?"], JOIN),
    v("把禁毒与反邪教也加进去，全年执行数一共多少？", "select sum(executed) from forms where project_name like '%（信）' or project_name like '禁毒与反邪教%'",
      ["名称带（信）的项目有哪些？"], JOIN),
]
setaside = [
    s("执行率尚未超过一半的项目是哪几个？", "execution_rate <= 50"),
    v("全年预算没有过五十万的项目有几个", "select count(*) from forms where annual_budget <= 50"),
    s("Which forms never got above 95 in total score?", "total_score <= 95"),
    s("List the forms whose execution rate hasn't surpassed 60 percent.", "execution_rate <= 60"),
    s("总分没有上到95分的平安办项目", f"{PINGAN} and total_score < 95"),
    v("How many forms didn't hit 90% execution?", "select count(*) from forms where execution_rate < 90"),
    v("其中带派出所的那个，全年预算多少万？", "select annual_budget from forms where execution_rate < 60 and project_name like '%派出所%'",
      ["执行率不到60%的有哪些项目？"], MEM),
    v("For the 党群中心 ones among them, what's the total full-year budget?",
      "select sum(annual_budget) from forms where total_score < 95 and project_name like '%党群中心%'",
      ["Which forms scored below 95 in total?"], MEM),
    s("这里面名称带租赁的是哪两个？", "annual_budget > 200 and project_name like '%租赁%'", ["全年预算在200万以上的项目"], MEM),
    v("带平安办的那两个，执行数加起来多少？", f"select sum(executed) from forms where annual_budget > initial_budget and {PINGAN}",
      ["哪些项目年中追加了预算？"], MEM),
    s("Which of the two spent the larger share of its budget?", "project_name like '杜行派出所新址%'",
      ["What are the execution rates of the two 杜行 forms?"], MEM),
    s("那评了优的项目里，总分低于95分的呢？", "grade = '优' and total_score < 95", ["没评等级的项目里，总分低于95分的有哪些？"], NEW),
    s("Among the forms under 50% execution instead, which have a full-year budget above 20 万元?",
      "execution_rate < 50 and annual_budget > 20", ["Which forms have an execution rate above 99%?"], NEW),
    v("那年中预算被调减的里面，执行率是100%的有几个？", "select count(*) from forms where annual_budget < initial_budget and execution_rate = 100",
      ["年中追加了预算的项目有哪些？"], NEW),
    v("And among the graded ones, how many scored 100?", f"select count(*) from forms where {GRADED} and total_score = 100",
      ["Which forms have no grade?"], NEW),
    v("Together, what percentage of the full-year budget of all forms is that?", share(TOP(2)),
      ["What are the two largest forms by full-year budget?"], WHOLE),
    v("它们的全年预算占全部项目全年预算的百分之多少？", share("initial_budget = 0"), ["年初预算为0的项目有哪些？"], WHOLE),
    v("What share of the overall full-year budget do they take up?", share(PINGAN), ["Which forms have 平安办 in their name?"], WHOLE),
    v("这些项目的全年预算占所有项目预算总额的比例？", share("total_score > 99"), ["总分高于99分的项目有哪些？"], WHOLE),
    v("And what share of all forms is that?", "select 100.0 * sum(execution_rate < 60) / count(*) from forms",
      ["Which forms have an execution rate below 60%?"], WHOLE),
    v("Taking both groups together, what's their total full-year budget?", "select sum(annual_budget) from forms where total_score < 92 or total_score = 100",
      ["Which forms scored below 92?", "Which forms scored exactly 100?"], JOIN),
    v("两次的项目放在一起，平均总分多少？", "select avg(total_score) from forms where annual_budget > 1000 or execution_rate = 0",
      ["全年预算超过1000万的项目有哪些？", "执行率为0的项目有哪些？"], JOIN),
    v("把社工也算上，全年预算一共多少？", "select sum(annual_budget) from forms where project_name like '%（信）' or project_name = '社工'",
      ["名称带（信）的项目有哪些？"], JOIN),
    v("Throw in 党建活动 as well — what's their total spending?", "select sum(executed) from forms where project_name like '%人才%' or project_name like '党建活动%'",
      ["Which forms have 人才 in their name?"], JOIN),
]
here = Path(__file__).resolve().parent
(here.parent / "variants.conv18.json").write_text(json.dumps(variants, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
(here / "setaside.json").write_text(json.dumps(setaside, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(variants), len(setaside))
