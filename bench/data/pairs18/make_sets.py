"""Round 18 (pairs18): the variants and the set-aside batch, answers computed by SQL over the views of the bundled store.
Usage: python bench/data/pairs18/make_sets.py STORE.db  (a store of `jixiao ingest corpus`)"""
import json, sqlite3, sys
from pathlib import Path

db = sqlite3.connect(sys.argv[1])
one = lambda sql: db.execute(sql).fetchone()[0]
names = lambda where: [r[0] for r in db.execute(f"SELECT project_name FROM forms WHERE {where} ORDER BY form_id")]
f = lambda name, col: one(f"SELECT {col} FROM forms WHERE project_name = '{name}'")
def val(q, v, tol, note): return {"q": q, "kind": "value", "value": round(v, 6), "tol": tol, "category": note}
def st(q, where, note): return {"q": q, "kind": "set", "records": names(where), "category": note}
XF, XD = "维稳经费（信）", "信访代理员经费（信）"
scale = [
    val("维稳经费和信访代理员经费的全年预算合计是多少亿元？", (f(XF, "annual_budget") + f(XD, "annual_budget")) / 1e4, 1e-5, "scale"),
    val("所有项目的全年预算总额按元算是多少？", one("SELECT sum(annual_budget) FROM forms") * 1e4, 1, "scale"),
    val("What is the combined full-year budget of the 信访办 projects, in millions of yuan?", one("SELECT sum(annual_budget) FROM forms WHERE unit = '信访办'") / 100, 0.001, "scale"),
    val("平安办名下项目的全年预算总和是多少百万元？", one("SELECT sum(annual_budget) FROM forms WHERE project_name LIKE '%（平安办）'") / 100, 0.001, "scale"),
    val("How much did the 党群中心 projects spend altogether, in thousands of yuan?", one("SELECT sum(executed) FROM forms WHERE project_name LIKE '%（党群中心）'") * 10, 0.1, "scale"),
    val("安保经费的全年执行数是多少千元？", f("安保经费（平安办）", "executed") * 10, 0.1, "scale"),
    val("In RMB millions, what was the full-year budget of the 维稳经费 project?", f(XF, "annual_budget") / 100, 0.0001, "scale"),
    val("全年预算最高的那个项目，预算是多少亿元？", one("SELECT max(annual_budget) FROM forms") / 1e4, 1e-5, "scale"),
    val("社工项目的年初预算换算成元是多少？", f("社工", "initial_budget") * 1e4, 1, "scale"),
    val("What's the average full-year budget of the forms tagged 党群中心, expressed in yuan?", one("SELECT avg(annual_budget) FROM forms WHERE project_name LIKE '%（党群中心）'") * 1e4, 1, "scale"),
    val("平安志愿者经费平均每个志愿者花了多少元？", f("平安志愿者经费（平安办）", "executed") * 1e4 / 1020, 1, "scale"),
    val("Per volunteer, how many yuan did the 平安志愿者经费 project spend?", f("平安志愿者经费（平安办）", "executed") * 1e4 / 1020, 1, "scale"),
]
ranges = [
    st("Which projects have full-year budgets between 300,000 and 1 million yuan?", "annual_budget BETWEEN 30 AND 100", "range"),
    st("全年预算在50万元到1000000元之间的项目有哪些？", "annual_budget BETWEEN 50 AND 100", "range"),
    st("Which forms spent between 200,000 yuan and 2 million yuan?", "executed BETWEEN 20 AND 200", "range"),
    st("全年预算介于300000元和800000元之间的项目", "annual_budget BETWEEN 30 AND 80", "range"),
    st("Projects with a full-year budget from 1,000,000 to 3,000,000 yuan, leaving out the 平安办 ones?", "annual_budget BETWEEN 100 AND 300 AND project_name NOT LIKE '%（平安办）'", "range"),
    st("全年预算超过0.02亿元的项目有哪些？", "annual_budget > 200", "range"),
    st("Which projects had a full-year budget under 50 thousand yuan?", "annual_budget < 5", "range"),
    st("年初预算在1000千元以上的项目有哪些？", "initial_budget > 100", "range"),
    st("Which projects spent more than 3.5 million yuan but less than 10 million yuan?", "executed > 350 AND executed < 1000", "range"),
    st("全年执行数在二十万元到六十万元之间的项目", "executed BETWEEN 20 AND 60", "range"),
    st("Which projects have a full-year budget of between 0.5 and 1 million yuan?", "annual_budget BETWEEN 50 AND 100", "range"),
]
pairs = [
    val("维稳经费和信访代理员经费的全年预算差多少万元？", f(XF, "annual_budget") - f(XD, "annual_budget"), 0.01, "pair"),
    val("社工点经费的全年预算是安保经费的多少倍？", f("社工点经费（平安办）", "annual_budget") / f("安保经费（平安办）", "annual_budget"), 0.01, "pair"),
    val("How many times larger is the 维稳经费 budget than the 劝导队经费 budget?", f(XF, "annual_budget") / f("劝导队经费（信）", "annual_budget"), 0.01, "pair"),
    val("What's the gap in execution rate between 党建活动 and 下拨经费, in percentage points?", f("下拨经费（党群中心）", "execution_rate") - f("党建活动（党群中心）", "execution_rate"), 0.01, "pair"),
    val("人才活动和人才健康体检的执行率相差几个百分点？", f("人才健康体检", "execution_rate") - f("人才活动", "execution_rate"), 0.01, "pair"),
    val("By how much did 安保经费's total score exceed 禁毒与反邪教's?", f("安保经费（平安办）", "total_score") - f("禁毒与反邪教（平安办）", "total_score"), 0.01, "pair"),
    val("杜行派出所公用事业费跟禁毒与反邪教的全年执行数相差多少？", f("杜行派出所公用事业费", "executed") - f("禁毒与反邪教（平安办）", "executed"), 0.01, "pair"),
    val("What is the difference between the full-year budgets of 图像视频监控系统租赁经费 and 社工点经费, in yuan?", (f("图像视频监控系统租赁经费（平安办）", "annual_budget") - f("社工点经费（平安办）", "annual_budget")) * 1e4, 1, "pair"),
    val("维稳经费和劝导队经费两个项目全年执行数之和是多少元？", (f(XF, "executed") + f("劝导队经费（信）", "executed")) * 1e4, 1, "pair"),
    val("社工的年初预算比社工点经费高多少？", f("社工", "initial_budget") - f("社工点经费（平安办）", "initial_budget"), 0.01, "pair"),
    val("How many times the 人才健康体检 budget is the 人才活动 budget?", f("人才活动", "annual_budget") / f("人才健康体检", "annual_budget"), 0.01, "pair"),
    val("下拨经费和事业编残保金的总分差了几分？", f("事业编残保金（党群中心）", "total_score") - f("下拨经费（党群中心）", "total_score"), 0.01, "pair"),
]
aside = [
    val("信访办三个项目全年执行数合计折合成元是多少？", one("SELECT sum(executed) FROM forms WHERE unit = '信访办'") * 1e4, 1, "scale"),
    val("What did the 党群中心-tagged forms budget in total for the year, in 亿元?", one("SELECT sum(annual_budget) FROM forms WHERE project_name LIKE '%（党群中心）'") / 1e4, 1e-5, "scale"),
    val("鲁汇派出所新址装修工程全年预算是多少百万元？", f("鲁汇派出所新址装修工程（平安办）", "annual_budget") / 100, 0.0001, "scale"),
    val("维稳经费的全年执行数是多少千元？", f(XF, "executed") * 10, 0.1, "scale"),
    val("平安志愿者经费人均花了多少元？", f("平安志愿者经费（平安办）", "executed") * 1e4 / 1020, 1, "scale"),
    st("Which forms had an opening budget between 100,000 and 500,000 yuan?", "initial_budget BETWEEN 10 AND 50", "range"),
    st("全年执行数介于10万元与500000元之间的项目有哪几个？", "executed BETWEEN 10 AND 50", "range"),
    st("Which projects had a full-year budget above 2,000,000 yuan but below 5 million yuan?", "annual_budget > 200 AND annual_budget < 500", "range"),
    val("禁毒与反邪教和重精患者监护人奖励费的全年预算差了多少？", f("禁毒与反邪教（平安办）", "annual_budget") - f("重精患者监护人奖励费（平安办）", "annual_budget"), 0.01, "pair"),
    val("How many times as much did 鲁汇派出所新址装修工程 spend as 杜行派出所新址修缮工程?", f("鲁汇派出所新址装修工程（平安办）", "executed") / f("杜行派出所新址修缮工程（平安办）", "executed"), 0.01, "pair"),
    val("事业编残保金与下拨经费两个项目执行率差几个百分点？", f("事业编残保金（党群中心）", "execution_rate") - f("下拨经费（党群中心）", "execution_rate"), 0.01, "pair"),
    val("What's the difference in total score between 人才活动 and 人才健康体检?", f("人才健康体检", "total_score") - f("人才活动", "total_score"), 0.01, "pair"),
]
PA, DQ, XU = "project_name LIKE '%（平安办）'", "project_name LIKE '%（党群中心）'", "unit = '信访办'"
every = [  # written after the first three kinds were fixed, before the change for this one
    st("Has each project tagged 平安办 used up its full-year budget? Name the exceptions.", f"{PA} AND executed < annual_budget", "every"),
    st("平安办的项目是不是都把全年预算花完了？没花完的是哪些？", f"{PA} AND executed < annual_budget", "every"),
    st("是不是每个信访办项目的执行率都超过90%？哪些没有？", f"{XU} AND execution_rate <= 90", "every"),
    st("Did all the 党群中心 projects score above 95? Which ones didn't?", f"{DQ} AND total_score <= 95", "every"),
    st("每个党群中心项目的总分都在95分以上吗？列出不是的。", f"{DQ} AND total_score < 95", "every"),
    st("Were all 信访办 forms graded 优? If not, which weren't?", f"{XU} AND (grade IS NULL OR grade != '优')", "every"),
    st("信访办的项目执行率是否全都高于60%？不是的话列出来。", f"{XU} AND execution_rate <= 60", "every"),
    st("Is every project with （平安办） in its name scored at least 95 points? List any that aren't.", f"{PA} AND total_score < 95", "every"),
    st("党群中心的每个项目结余都超过1万吗？哪些没有？", f"{DQ} AND unspent <= 1", "every"),
    st("Did each of the 信访办 projects spend more than 70% of its budget? Which didn't?", f"{XU} AND execution_rate <= 70", "every"),
    st("Do all 平安办 projects have an execution rate of at least 80%? Which fall short?", f"{PA} AND execution_rate < 80", "every"),
    st("所有项目的执行率都在50%以上吗？哪些不是？", "execution_rate < 50", "every"),
]
every_aside = [
    st("平安办项目是否每一个总分都达到了98分？没达到的有哪些？", f"{PA} AND total_score < 98", "every"),
    st("Did every 党群中心 form execute at least 70% of its budget? List those that did not.", f"{DQ} AND execution_rate < 70", "every"),
    st("信访办的项目全年预算是不是都超过10万？不超过的是哪个？", f"{XU} AND annual_budget <= 10", "every"),
    st("Has every project whose name ends in （平安办） got a total score of 100? Which haven't?", f"{PA} AND total_score < 100", "every"),
]
same = [  # written after every-form was fixed, before the change for this one: the same figure on every form of a group
    val("信访办的几个项目，满意度指标分值合计是不是都一样？各是多少？", 15, 0, "same"),
    val("Do the 信访办 forms all give the satisfaction indicators the same weight? What is it?", 15, 0, "same"),
    val("党群中心那几个项目的产出指标分值是否相同？是多少分？", 30, 0, "same"),
    val("Is the output-indicator weight identical across the 信访办 projects?", 45, 0, "same"),
    val("人才活动和人才健康体检的满意度指标分值一样吗？", 15, 0, "same"),
    val("所有项目的预算执行分值都一样吗？是多少？", 10, 0, "same"),
    val("Are the budget-execution weights the same on every form?", 10, 0, "same"),
    val("党群中心的项目满意度分值都是一样的吗", 30, 0, "same"),
    val("Is the satisfaction weight the same for 人才活动 and 人才健康体检?", 15, 0, "same"),
    val("名称带（信）的项目，产出指标的分值是不是一样的？", 45, 0, "same"),
]
same_aside = [
    val("信访办三个项目的产出指标分值是否一致？", 45, 0, "same"),
    val("Do all the 党群中心-tagged forms weight satisfaction the same?", 30, 0, "same"),
    val("人才活动跟人才健康体检的产出指标分值是一样的吗？", 60, 0, "same"),
    val("Is the budget execution weight the same across the 平安办 projects?", 10, 0, "same"),
]
out = Path(__file__).resolve().parents[1]
(out / "variants.pairs18.json").write_text(json.dumps(scale + ranges + pairs + every + same, ensure_ascii=False, indent=1), encoding="utf-8")
(out / "variants.pairs18-aside.json").write_text(json.dumps(aside + every_aside + same_aside, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(scale + ranges + pairs + every + same), len(aside + every_aside + same_aside))
