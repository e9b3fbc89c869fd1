"""Round 17 statistics variants: answers computed from `jixiao export --format json` (never from jixiao's answers).
Usage: python make_sets.py EXPORT.json  (writes ../variants.stats17.json and fresh.json beside this file)"""
import json, statistics, sys
from pathlib import Path

F = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
def pick(p): return [f for f in F if p(f)]
def tag(t): return lambda f: f"（{t}）" in f["project_name"]
def unit(u): return lambda f: u in f["implementing_unit"]
def name(*ns): return lambda f: any(n == f["project_name"] or n in f["project_name"] for n in ns)
def s(fs, k): return round(sum(f[k] for f in fs), 4)
def m(fs, k): return sum(f[k] for f in fs) / len(fs)
def pooled(fs): return 100 * sum(f["executed"] for f in fs) / sum(f["annual_budget"] for f in fs)
def top(fs, k, n, low=False): return sorted(fs, key=lambda f: f[k], reverse=not low)[:n]
def unspent(fs): return sum(f["annual_budget"] - f["executed"] for f in fs)
NOT = lambda p: (lambda f: not p(f))
grade_you = lambda f: f["grade"] == "优"
rate0 = lambda f: f["execution_rate"] == 0
xf = unit("信访办")
pa = tag("平安办")

V = []  # (kind, lang, question, value, tol)
def add(kind, lang, q, v, tol=0.01): V.append({"q": q, "kind": "value", "value": round(v, 4), "tol": tol, "lang": lang, "category": kind})

# exclusion: a clause leaving forms out scopes the statistic after it
add("exclusion", "zh", "把执行率为0的项目去掉，剩下项目的平均总分是多少？", m(pick(NOT(rate0)), "total_score"))
add("exclusion", "zh", "不算信访办的项目，其余项目全年预算合计多少万元？", s(pick(NOT(xf)), "annual_budget"))
add("exclusion", "zh", "除去户籍档案数字化加工项目以外，其他项目的执行数总和是多少万元？", s(pick(NOT(name("户籍档案数字化"))), "executed"))
add("exclusion", "en", "Excluding the forms with a zero execution rate, what is the average total score of the rest?", m(pick(NOT(rate0)), "total_score"))
add("exclusion", "en", "Leave out the petitions office forms; what's the total full-year budget of the remaining projects?", s(pick(NOT(xf)), "annual_budget"))
add("exclusion", "zh", "剔除全年预算在1000万以上的项目后，剩余项目的平均全年预算是多少万？", m(pick(lambda f: f["annual_budget"] <= 1000), "annual_budget"))
add("exclusion", "en", "If we drop the (平安办) projects, what's the mean total score of what's left?", m(pick(NOT(pa)), "total_score"))
add("exclusion", "zh", "把总分低于95分的项目排除在外，其余项目的全年预算一共多少万？", s(pick(lambda f: f["total_score"] >= 95), "annual_budget"))
add("exclusion", "en", "Not counting the two talent forms, how much did the other projects budget in total for the year?", s(pick(NOT(name("人才活动", "人才健康体检"))), "annual_budget"))
add("exclusion", "zh", "扣掉两个质保金项目，剩下的项目平均自评得分多少？", m(pick(NOT(name("质保金"))), "total_score"))
add("exclusion", "en", "Apart from the forms graded 优, what is the combined annual budget of the rest?", s(pick(NOT(grade_you)), "annual_budget"))
add("exclusion", "zh", "平安办的项目里，去掉执行率为零的那个，其余的执行数合计多少万元？", s(pick(lambda f: pa(f) and not rate0(f)), "executed"))

# a statistic over the first N ranked
allf = F
add("topn", "zh", "全年预算最高的三个项目，预算加起来多少万？", s(top(allf, "annual_budget", 3), "annual_budget"))
add("topn", "en", "What is the average full-year budget of the five biggest projects?", m(top(allf, "annual_budget", 5), "annual_budget"))
add("topn", "zh", "总分最低的三个项目平均多少分？", m(top(allf, "total_score", 3, True), "total_score"))
add("topn", "en", "Sum the annual budgets of the four smallest projects.", s(top(allf, "annual_budget", 4, True), "annual_budget"))
add("topn", "zh", "年初预算排前两位的项目，年初预算合计是多少？", s(top(allf, "initial_budget", 2), "initial_budget"))
add("topn", "zh", "平安办的项目中，全年预算最大的三个一共多少万？", s(top(pick(pa), "annual_budget", 3), "annual_budget"))
add("topn", "en", "Among the petitions office projects, what do the two largest budgets add up to?", s(top(pick(xf), "annual_budget", 2), "annual_budget"))
add("topn", "zh", "预算规模前五的项目平均执行率是多少？", m(top(allf, "annual_budget", 5), "execution_rate"))
add("topn", "en", "What is the combined executed amount of the three projects with the largest full-year budgets?", s(top(allf, "annual_budget", 3), "executed"))
add("topn", "zh", "全年预算最少的五个项目，总分平均是多少？", m(top(allf, "annual_budget", 5, True), "total_score"))

# the extreme of a measure among a subset (a value, not a grouping)
add("extreme", "zh", "评分等级为优的项目中，执行率最低的是多少？", min(f["execution_rate"] for f in pick(grade_you)))
add("extreme", "en", "Among the 信访办 projects, what's the highest total score?", max(f["total_score"] for f in pick(xf)))
add("extreme", "zh", "平安办项目里全年预算最小的是多少万元？", min(f["annual_budget"] for f in pick(pa)))
add("extreme", "en", "Of the forms graded 优, what is the lowest total score?", min(f["total_score"] for f in pick(grade_you)))
add("extreme", "zh", "没有评分等级的项目里，总分最高是几分？", max(f["total_score"] for f in pick(NOT(grade_you))))
add("extreme", "en", "Among forms whose execution rate is below 60%, how large is the biggest full-year budget?", max(f["annual_budget"] for f in pick(lambda f: f["execution_rate"] < 60)))
add("extreme", "zh", "执行率达到100%的项目中，全年预算最高的是多少万？", max(f["annual_budget"] for f in pick(lambda f: f["execution_rate"] >= 100)))
add("extreme", "zh", "全年预算超过100万的项目里，最低的执行率是多少？", min(f["execution_rate"] for f in pick(lambda f: f["annual_budget"] > 100)))
add("extreme", "en", "For the forms graded 优, what was the lowest budget execution score?", min(f["budget_score"] for f in pick(grade_you)))
add("extreme", "zh", "信访办那几个项目当中，执行数最少的一个执行了多少万元？", min(f["executed"] for f in pick(xf)))
add("extreme", "en", "For the projects with no initial budget, what is the lowest execution rate?", min(f["execution_rate"] for f in pick(lambda f: f["initial_budget"] == 0)))

# an amount asked in yuan
Y = 10000
add("yuan", "zh", "社工项目的全年预算是多少元？", 2138.12 * Y, 1)
add("yuan", "en", "What was the total executed amount of the petitions office projects, in yuan?", s(pick(xf), "executed") * Y, 1)
add("yuan", "zh", "平安办项目全年预算平均是多少元（不要用万元）？", m(pick(pa), "annual_budget") * Y, 1)
add("yuan", "zh", "劝导队经费的执行数换算成元是多少？", 2.69 * Y, 1)
add("yuan", "en", "Give the average annual budget of the forms graded 优 in yuan.", m(pick(grade_you), "annual_budget") * Y, 1)
add("yuan", "zh", "全年预算最少的那个项目预算是多少块钱？", min(f["annual_budget"] for f in F) * Y, 1)
add("yuan", "en", "How many yuan were left unspent across all forms with an execution rate below 60%?", unspent(pick(lambda f: f["execution_rate"] < 60)) * Y, 1)
add("yuan", "zh", "党建活动（党群中心）还剩多少钱没花？按元计算。", (81.9 - 39.38) * Y, 1)
add("yuan", "en", "In RMB yuan (not ten-thousands), what is the combined full-year budget of the two talent projects?", s(pick(name("人才活动", "人才健康体检")), "annual_budget") * Y, 1)
add("yuan", "zh", "信访办三个项目的全年预算总和，用人民币元表示是多少？", s(pick(xf), "annual_budget") * Y, 1)
add("yuan", "zh", "维稳经费年初预算多少元？", 292.5 * Y, 1)

# a count word before the forms a statistic is over
add("counted", "zh", "信访办的三个项目平均总分是多少？", m(pick(xf), "total_score"))
add("counted", "zh", "两个质保金项目全年预算合计是多少万元？", s(pick(name("质保金")), "annual_budget"))
add("counted", "en", "The three petitions office projects: what is their average execution rate?", m(pick(xf), "execution_rate"))
add("counted", "zh", "平安办的十几个项目，全年预算平均多少万？", m(pick(pa), "annual_budget"))
add("counted", "en", "What's the mean total score across the 28 projects?", m(F, "total_score"))
add("counted", "zh", "这28个项目全年预算一共多少万元？", s(F, "annual_budget"))
add("counted", "zh", "名字里有派出所的几个项目平均全年预算多少万？", m(pick(name("派出所")), "annual_budget"))
add("counted", "en", "Those three 信访办 forms spent how much in total, in 万元?", s(pick(xf), "executed"))
add("counted", "zh", "评为优的22个项目，总分平均多少？", m(pick(grade_you), "total_score"))
add("counted", "zh", "执行率为0的几个项目，全年预算一共多少万？", s(pick(rate0), "annual_budget"))
add("counted", "en", "Across the two talent projects, what is the average total score?", m(pick(name("人才活动", "人才健康体检")), "total_score"))

# the pooled rate of forms named or picked
add("pooled", "zh", "人才活动和人才健康体检合起来的执行率是多少？", pooled(pick(name("人才活动", "人才健康体检"))))
add("pooled", "en", "What's the combined execution rate of 安保经费 and 社工点经费?", pooled(pick(name("安保经费", "社工点经费"))))
add("pooled", "zh", "党建活动和下拨经费两个项目合并计算，执行率是多少？", pooled(pick(name("党建活动", "下拨经费"))))
add("pooled", "en", "Taken together, what share of their full-year budget did the two Duhang police station forms spend? Percent please.", pooled(pick(name("杜行派出所"))))
add("pooled", "zh", "把维稳经费和劝导队经费当成一笔钱来看，执行率多少？", pooled(pick(name("维稳经费", "劝导队经费"))))
add("pooled", "en", "Pooling 党建活动 and 事业编残保金, what is the execution rate?", pooled(pick(name("党建活动", "事业编残保金"))))
add("pooled", "zh", "两个质保金项目加在一起算，执行率是多少？", pooled(pick(name("质保金"))))
add("pooled", "en", "What is the overall execution rate of the petitions office forms taken as a whole?", pooled(pick(xf)))
add("pooled", "zh", "安保经费、平安志愿者经费这两个项目总的执行率是多少？", pooled(pick(name("安保经费", "平安志愿者经费"))))
add("pooled", "en", "If you combine the spending and budgets of 社工 and 社工点经费, what execution rate do you get?", pooled(pick(lambda f: f["project_name"] in ("社工", "社工点经费（平安办）"))))

out = Path(__file__).resolve().parent.parent / "variants.stats17.json"
out.write_text(json.dumps(V, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(V), {k: sum(1 for v in V if v["category"] == k) for k in dict.fromkeys(v["category"] for v in V)})

# the set-aside batch, written before any change and scored only at the end
V = []
add("yuan", "zh", "安保经费全年执行了多少元钱？", 364.79 * Y, 1)
add("yuan", "en", "How much, in yuan, was budgeted for the year across all forms graded 优 with a total score of 100?", s(pick(lambda f: grade_you(f) and f["total_score"] == 100), "annual_budget") * Y, 1)
add("yuan", "zh", "信访代理员经费的结余有多少？请以元为单位回答。", (73.04 - 72.07) * Y, 1)
add("yuan", "en", "Expressed in plain yuan, what is the median full-year budget of the (平安办) projects?", statistics.median(f["annual_budget"] for f in pick(pa)) * Y, 1)
add("yuan", "zh", "执行率低于60%的项目，全年预算平均是多少元？", m(pick(lambda f: f["execution_rate"] < 60), "annual_budget") * Y, 1)
add("yuan", "en", "What did the riot-control (维稳) fund actually spend, stated in yuan rather than 万元?", 271.37 * Y, 1)
add("pooled", "zh", "社会治安保障经费和禁毒与反邪教放在一起，总执行率是多少？", pooled(pick(name("社会治安保障经费", "禁毒与反邪教"))))
add("pooled", "en", "Treat 人才活动 and 人才健康体检 as one project: what's its execution rate?", pooled(pick(name("人才活动", "人才健康体检"))))
add("pooled", "zh", "下拨经费、事业编残保金两项合计的执行率是多少？", pooled(pick(name("下拨经费", "事业编残保金"))))
add("pooled", "en", "Lumping together 信访代理员经费 and 劝导队经费, what percentage of the combined budget was spent?", pooled(pick(name("信访代理员经费", "劝导队经费"))))
add("pooled", "zh", "名称里有派出所的项目，合并起来的执行率是多少？", pooled(pick(name("派出所"))))
add("pooled", "en", "Together, what execution rate do 安保经费 and 平安志愿者经费 and 社会治安保障经费 reach?", pooled(pick(name("安保经费", "平安志愿者经费", "社会治安保障经费"))))
add("exclusion", "zh", "刨去执行率为0的几个项目，其他项目全年预算加起来多少万？", s(pick(NOT(rate0)), "annual_budget"))
add("exclusion", "en", "Other than the 信访办 forms, what is the average total score of the projects?", m(pick(NOT(xf)), "total_score"))
add("exclusion", "zh", "把社工这个项目拿掉以后，剩下项目的全年预算平均是多少万元？", m(pick(lambda f: f["project_name"] != "社工"), "annual_budget"))
add("exclusion", "en", "With the two warranty-deposit (质保金) forms set aside, what's the lowest total score among the rest?", min(f["total_score"] for f in pick(NOT(name("质保金")))))
add("exclusion", "zh", "平安办项目中，不计鲁汇派出所新址装修工程，其余项目全年预算总和是多少？", s(pick(lambda f: pa(f) and "鲁汇派出所" not in f["project_name"]), "annual_budget"))
add("topn", "zh", "全年预算排名前四的项目，执行数合计是多少万？", s(top(F, "annual_budget", 4), "executed"))
add("topn", "en", "Average the total scores of the three projects with the smallest full-year budgets.", m(top(F, "annual_budget", 3, True), "total_score"))
add("extreme", "zh", "平安办的项目里面，执行率最低是多少？", min(f["execution_rate"] for f in pick(pa)))
add("extreme", "en", "Among the projects without a grade, what's the largest full-year budget?", max(f["annual_budget"] for f in pick(NOT(grade_you))))
add("counted", "zh", "两个人才项目的总分平均是多少？", m(pick(name("人才活动", "人才健康体检")), "total_score"))
add("counted", "en", "The 14 (平安办) projects: what do their full-year budgets add up to?", s(pick(pa), "annual_budget"))
out = Path(__file__).resolve().parent / "fresh.json"
out.write_text(json.dumps(V, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(V))
