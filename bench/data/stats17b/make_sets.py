"""Round 17 statistics, second pass (stats17b): variants with answers computed from `jixiao export --format json`
(never from jixiao's answers). Usage: python make_sets.py EXPORT.json (writes ../variants.stats17b.json, aside.json)"""
import json, sys
from pathlib import Path

F = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
def pick(p): return [f for f in F if p(f)]
def name(*ns): return lambda f: any(n in f["project_name"] for n in ns)
def unit(u): return lambda f: u in f["implementing_unit"]
def tag(t): return lambda f: f"（{t}）" in f["project_name"]
NOT = lambda p: (lambda f: not p(f))
def s(fs, k): return round(sum(f[k] for f in fs), 4)
def m(fs, k): return sum(f[k] for f in fs) / len(fs)
def pooled(fs): return 100 * sum(f["executed"] for f in fs) / sum(f["annual_budget"] for f in fs)
def one(n, k): return pick(name(n))[0][k] if len(pick(name(n))) == 1 else 1 / 0
def ind(n, row): return next(i["actual_parsed"]["number"] for i in pick(name(n))[0]["indicators"] if i["name"] == row)
def per(n, k, row): return one(n, k) / ind(n, row)
def top(k, n): return sorted(F, key=lambda f: f[k], reverse=True)[:n]
talent = pick(name("人才活动", "人才健康体检"))

def build(rows):
    return [{"q": q, "kind": "value", "value": round(v, 4), "tol": 0.01, "lang": lang, "category": kind} for kind, lang, q, v in rows]

B1 = [
 # name_function_char: a stop word or function character inside a part of names (人才, 实有, 非警务类)
 ("name_char", "zh", "两个人才项目的执行数加起来多少万？", s(talent, "executed")),
 ("name_char", "zh", "人才两个项目平均执行率是多少？", m(talent, "execution_rate")),
 ("name_char", "zh", "人才方面的两个项目，全年预算合计多少万元？", s(talent, "annual_budget")),
 ("name_char", "zh", "两个人才项目里总分最高的是多少分？", max(f["total_score"] for f in talent)),
 ("name_char", "zh", "两个实有奖励费的全年预算是多少万？", one("两个实有", "annual_budget")),
 ("name_char", "zh", "非警务类那个项目全年预算多少万？", one("非警务类", "annual_budget")),
 ("name_char", "zh", "人才类的项目一共花了多少钱？", s(talent, "executed")),
 ("name_char", "zh", "给人才办的那两个项目，平均总分多少？", m(talent, "total_score")),
 ("name_char", "en", "What is the total full-year budget of the two 人才 projects?", s(talent, "annual_budget")),
 ("name_char", "en", "Average total score of the 人才 projects?", m(talent, "total_score")),
 ("name_char", "en", "How much did the 两个实有 reward scheme spend?", one("两个实有", "executed")),
 ("name_char", "en", "What was the execution rate of the 非警务类 launch ceremony form?", one("非警务类", "execution_rate")),
 # pooled: a rate of several named forms taken together (两项合计的执行率): the pooled rate, never a sum of rates
 ("pooled_named", "zh", "下拨经费和党建活动两项合计的执行率是多少？", pooled(pick(name("下拨经费", "党建活动")))),
 ("pooled_named", "zh", "维稳经费与信访代理员经费两项合计执行率是多少？", pooled(pick(name("维稳经费", "信访代理员")))),
 ("pooled_named", "zh", "劝导队经费、维稳经费两个项目总的执行率？", pooled(pick(name("劝导队", "维稳经费")))),
 ("pooled_named", "zh", "平安志愿者经费和安保经费两项一起算，执行率多少？", pooled(pick(name("平安志愿者", "安保经费")))),
 ("pooled_named", "zh", "禁毒与反邪教、公安后勤及协管员经费这两项合起来的执行率是多少？", pooled(pick(name("禁毒与反邪教", "公安后勤")))),
 ("pooled_named", "zh", "社工点经费和重精患者监护人奖励费合计执行率为多少？", pooled(pick(name("社工点经费", "重精患者")))),
 ("pooled_named", "en", "What is the combined execution rate of 安保经费 and 社工点经费?", pooled(pick(name("安保经费", "社工点经费")))),
 ("pooled_named", "en", "Taken together, what execution rate do 维稳经费 and 劝导队经费 have?", pooled(pick(name("维稳经费", "劝导队")))),
 ("pooled_named", "en", "Pooling 下拨经费 and 事业编残保金, what's the execution rate?", pooled(pick(name("下拨经费", "事业编残保金")))),
 ("pooled_named", "en", "For 党建活动 plus 下拨经费 together, what is the execution rate?", pooled(pick(name("党建活动", "下拨经费")))),
 # topn_adjective: the N largest said as an adjective (前三大, top-three, 三个最大的)
 ("topn_adj", "zh", "全年预算前三大的项目执行率平均是多少？", m(top("annual_budget", 3), "execution_rate")),
 ("topn_adj", "zh", "预算最大的三个项目平均总分是多少？", m(top("annual_budget", 3), "total_score")),
 ("topn_adj", "zh", "前五大项目的全年预算合计多少万？", s(top("annual_budget", 5), "annual_budget")),
 ("topn_adj", "zh", "规模前两大的项目年初预算一共多少？", s(top("annual_budget", 2), "initial_budget")),
 ("topn_adj", "zh", "年初预算前三大的项目，全年预算加起来多少万？", s(top("initial_budget", 3), "annual_budget")),
 ("topn_adj", "zh", "前四大项目平均执行率？", m(top("annual_budget", 4), "execution_rate")),
 ("topn_adj", "en", "What's the average total score of the top-three projects by full-year budget?", m(top("annual_budget", 3), "total_score")),
 ("topn_adj", "en", "Average execution rate of the three biggest projects?", m(top("annual_budget", 3), "execution_rate")),
 ("topn_adj", "en", "How much full-year budget do the top-five projects hold together?", s(top("annual_budget", 5), "annual_budget")),
 ("topn_adj", "en", "What do the two largest projects' opening budgets add up to?", s(top("annual_budget", 2), "initial_budget")),
 # gloss_name: an English gloss before a Chinese name (riot-control (维稳))
 ("gloss_name", "en", "What did the riot-control (维稳) fund spend?", one("维稳经费", "executed")),
 ("gloss_name", "en", "What's the full-year budget of the petition-agent (信访代理员) fund?", one("信访代理员", "annual_budget")),
 ("gloss_name", "en", "How much did the security-guard (安保经费) project execute?", one("安保经费", "executed")),
 ("gloss_name", "en", "What was the execution rate of the anti-drug (禁毒与反邪教) form?", one("禁毒与反邪教", "execution_rate")),
 ("gloss_name", "en", "What total score did the persuasion-team (劝导队) fund get?", one("劝导队", "total_score")),
 ("gloss_name", "en", "The volunteers' (平安志愿者) fund: what was its opening budget?", one("平安志愿者", "initial_budget")),
 ("gloss_name", "en", "How much did the social-worker station (社工点) fund spend?", one("社工点", "executed")),
 ("gloss_name", "en", "The talent-events (人才活动) project's full-year budget?", one("人才活动", "annual_budget")),
 ("gloss_name", "en", "What's the execution rate of the newspapers and magazines (书报杂志) form?", one("书报杂志", "execution_rate")),
 ("gloss_name", "en", "For the guardian reward (重精患者监护人奖励费), what was the full-year budget?", one("重精患者", "annual_budget")),
 ("gloss_name", "en", "What did the riot-control (维稳) and petition-agent (信访代理员) funds spend in total?", s(pick(name("维稳经费", "信访代理员")), "executed")),
 # taken_out: one named form taken out of the set a statistic is over (X这个项目拿掉以后, once X is taken out)
 ("taken_out", "zh", "社工这个项目拿掉以后，其他项目全年预算合计多少万？", s(pick(lambda f: f["project_name"] != "社工"), "annual_budget")),
 ("taken_out", "zh", "把维稳经费这一项拿掉，剩下项目平均总分多少？", m(pick(NOT(name("维稳经费"))), "total_score")),
 ("taken_out", "zh", "图像视频监控那张表拿掉后，剩下项目的全年预算平均多少万？", m(pick(NOT(name("图像视频监控"))), "annual_budget")),
 ("taken_out", "zh", "拿掉人才活动以后，剩余项目年初预算一共多少？", s(pick(NOT(name("人才活动"))), "initial_budget")),
 ("taken_out", "zh", "要是把社工点经费拿掉，其余平安办项目全年预算合计多少？", s(pick(lambda f: tag("平安办")(f) and "社工点" not in f["project_name"]), "annual_budget")),
 ("taken_out", "zh", "去掉安保经费这个项目以后，平安办项目的平均总分是多少？", m(pick(lambda f: tag("平安办")(f) and "安保经费" not in f["project_name"]), "total_score")),
 ("taken_out", "en", "Once the 社工 form is taken out, what's the total full-year budget of the rest?", s(pick(lambda f: f["project_name"] != "社工"), "annual_budget")),
 ("taken_out", "en", "With 社工 removed, what is the mean full-year budget of the remaining projects?", m(pick(lambda f: f["project_name"] != "社工"), "annual_budget")),
 ("taken_out", "en", "Take 维稳经费 out: what's the average total score of the other 信访办 forms?", m(pick(lambda f: unit("信访办")(f) and "维稳" not in f["project_name"]), "total_score")),
 ("taken_out", "en", "If the 安保经费 project is taken out, what's the average total score of the rest?", m(pick(NOT(name("安保经费"))), "total_score")),
 # per_head: an amount of one form divided by one of its indicator rows (per volunteer, 每个社工平均多少钱), in 万元
 ("per_head", "zh", "平安志愿者经费平均每个志愿者花了多少钱？", per("平安志愿者", "executed", "志愿者人数")),
 ("per_head", "zh", "社工这个项目每个社工平均多少钱？", (lambda f: f["executed"] / next(i["actual_parsed"]["number"] for i in f["indicators"] if i["name"] == "社工数量"))(pick(lambda f: f["project_name"] == "社工")[0])),
 ("per_head", "zh", "社工点经费摊到每个社工身上是多少万？", per("社工点", "executed", "社工人数")),
 ("per_head", "zh", "信访代理员经费每位信访代理员的全年预算是多少？", per("信访代理员", "annual_budget", "信访代理员人数")),
 ("per_head", "zh", "重精患者监护人奖励费人均多少钱？", per("重精患者", "executed", "重精患者监护人数")),
 ("per_head", "zh", "鲁汇派出所新址装修工程每平方米花了多少万元？", per("鲁汇", "executed", "装修面积")),
 ("per_head", "en", "Per volunteer, what did the volunteer-patrol fund (平安志愿者经费) spend?", per("平安志愿者", "executed", "志愿者人数")),
 ("per_head", "en", "How much did 社工点经费 spend per social worker?", per("社工点", "executed", "社工人数")),
 ("per_head", "en", "What was the 信访代理员经费 full-year budget for each petition agent (信访代理员)?", per("信访代理员", "annual_budget", "信访代理员人数")),
 ("per_head", "en", "For each guardian, how much did the 重精患者监护人奖励费 pay out?", per("重精患者", "executed", "重精患者监护人数")),
]

B2 = [
 ("name_char", "zh", "人才那俩项目年初预算合计多少？", s(talent, "initial_budget")),
 ("name_char", "zh", "和人才有关的两个项目平均全年预算多少万？", m(talent, "annual_budget")),
 ("name_char", "en", "What's the combined amount the 人才 forms actually spent?", s(talent, "executed")),
 ("name_char", "zh", "两个实有那个项目总分多少？", one("两个实有", "total_score")),
 ("pooled_named", "zh", "人才活动跟人才健康体检两项合计的执行率多少？", pooled(talent)),
 ("pooled_named", "en", "Combined, what execution rate do 平安志愿者经费 and 重精患者监护人奖励费 reach?", pooled(pick(name("平安志愿者", "重精患者")))),
 ("pooled_named", "zh", "信访代理员经费、劝导队经费合在一起算执行率是多少？", pooled(pick(name("信访代理员", "劝导队")))),
 ("topn_adj", "zh", "全年预算排名前三大的项目，总分平均多少？", m(top("annual_budget", 3), "total_score")),
 ("topn_adj", "en", "Among the top-four projects by budget, what's the average execution rate?", m(top("annual_budget", 4), "execution_rate")),
 ("topn_adj", "zh", "最大的两个项目全年预算一共多少？", s(top("annual_budget", 2), "annual_budget")),
 ("gloss_name", "en", "How much was the stability-maintenance (维稳经费) fund's opening budget?", one("维稳经费", "initial_budget")),
 ("gloss_name", "en", "What total score did the Party-building activities (党建活动) form get?", one("党建活动", "total_score")),
 ("gloss_name", "en", "How much did the household-registry digitisation (户籍档案) project's full-year budget come to?", one("户籍档案", "annual_budget")),
 ("taken_out", "zh", "安保经费这个项目拿掉之后，剩余项目平均全年预算是多少？", m(pick(NOT(name("安保经费"))), "annual_budget")),
 ("taken_out", "en", "Once 维稳经费 is taken out, what do the remaining forms' full-year budgets add up to?", s(pick(NOT(name("维稳经费"))), "annual_budget")),
 ("taken_out", "zh", "把人才健康体检拿掉以后，其余项目的平均总分是多少？", m(pick(NOT(name("人才健康体检"))), "total_score")),
 ("name_char", "en", "What's the average execution rate across the two 人才 schemes?", m(talent, "execution_rate")),
 ("gloss_name", "en", "What did the talent health-check (人才健康体检) project spend?", one("人才健康体检", "executed")),
 ("per_head", "zh", "事业编残保金平均到每个事业编人员是多少钱？", per("事业编残保金", "executed", "事业编人数")),
 ("per_head", "zh", "社会治安保障经费每名安保人员平均花了多少？", per("社会治安保障", "executed", "安保人数")),
 ("per_head", "en", "Per square metre, what did the 杜行派出所新址修缮工程 spend?", per("杜行派出所新址修缮", "executed", "修缮面积")),
 ("per_head", "en", "What did the 平安志愿者经费 budget for the year come to per volunteer?", per("平安志愿者", "annual_budget", "志愿者人数")),
]

here = Path(__file__).parent
(here.parent / "variants.stats17b.json").write_text(json.dumps(build(B1), ensure_ascii=False, indent=1), encoding="utf-8")
(here / "aside.json").write_text(json.dumps(build(B2), ensure_ascii=False, indent=1), encoding="utf-8")
print(len(B1), len(B2))
