"""The pairs18b variant sets, answers from `jixiao export --format json` (EXPORT), never from jixiao's answers.
Usage: python make_sets.py EXPORT.json  → ../variants.pairs18b.json, ../variants.pairs18b-aside.json"""
import json, sys
from pathlib import Path

forms = {f["project_name"]: f for f in json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))}
def f(part, column):
    [name] = [n for n in forms if part in n]
    return forms[name][column]
A, E, I, R, S = "annual_budget", "executed", "initial_budget", "execution_rate", "total_score"
def v(q, value, tol, lang, cat): return {"q": q, "kind": "value", "value": round(value, 6), "tol": tol, "lang": lang, "category": cat}

main = [
 v("把派出所装修那个（鲁汇派出所新址装修工程）和杜行派出所修缮的全年预算加一起是多少？", f("鲁汇", A) + f("杜行派出所新址", A), 0.01, "zh", "together"),
 v("鲁汇派出所装修和杜行派出所修缮两个工程的执行数加在一起多少万元？", f("鲁汇", E) + f("杜行派出所新址", E), 0.01, "zh", "together"),
 v("禁毒那个项目（禁毒与反邪教）和公安后勤那个的全年执行数之和？", f("禁毒", E) + f("公安后勤", E), 0.01, "zh", "together"),
 v("人才活动和体检那两个项目的全年预算合起来是多少?", f("人才活动", A) + f("人才健康", A), 0.01, "zh", "together"),
 v("平安志愿者那个（平安志愿者经费）和社工点那个的执行数相加等于多少？", f("平安志愿者", E) + f("社工点", E), 0.01, "zh", "together"),
 v("书报杂志费和重精患者监护人奖励费两项的全年预算加总是多少？", f("书报", A) + f("重精", A), 0.01, "zh", "together"),
 v("把终端租赁那笔（实有人口移动信息采集终端租赁服务费）跟视频监控租赁那笔的全年预算凑一起是多少万？", f("终端租赁", A) + f("图像视频", A), 0.01, "zh", "together"),
 v("杜行派出所修缮那个（杜行派出所新址修缮工程）和鲁汇装修那个的全年执行数加一起，换算成元是多少？", (f("鲁汇", E) + f("杜行派出所新址", E)) * 10000, 1, "zh", "together"),
 v("What do the Luhui fit-out and the Duhang police station renovation come to when you add their full-year budgets together?", f("鲁汇", A) + f("杜行派出所新址", A), 0.01, "en", "together"),
 v("The volunteer scheme plus the social-work stations: their executed amounts summed?", f("平安志愿者", E) + f("社工点", E), 0.01, "en", "together"),
 v("Add up the full-year budgets of the drug-control project and the talent health check-up project.", f("禁毒", A) + f("人才健康", A), 0.01, "en", "together"),
 v("What's the combined full-year budget of the image/video monitoring system rental and the visualised safety control rental-and-maintenance contract?", f("图像视频", A) + f("可视化", A), 0.01, "en", "english paraphrase"),
 v("Total spending of the drug-control and anti-cult scheme and the police logistics and auxiliary staff line?", f("禁毒", E) + f("公安后勤", E), 0.01, "en", "english paraphrase"),
 v("How much did the image/video monitoring rental spend?", f("图像视频", E), 0.01, "en", "english paraphrase"),
 v("What's the full-year budget of the neighbourhood safety-volunteer scheme plus the social-work stations?", f("平安志愿者", A) + f("社工点", A), 0.01, "en", "english paraphrase"),
 v("How much was set aside at the start of the year for the Luhui police station fit-out?", f("鲁汇", I), 0.01, "en", "english paraphrase"),
 v("What total score did the drug and cult prevention programme get?", f("禁毒", S), 0.01, "en", "english paraphrase"),
 v("How much did the talent health check-up project actually spend?", f("人才健康", E), 0.01, "en", "english paraphrase"),
 v("What did the newspaper and magazine distribution line have as its full-year budget?", f("书报", A), 0.01, "en", "english paraphrase"),
 v("Give me the executed amount for the police logistics and auxiliary officers scheme.", f("公安后勤", E), 0.01, "en", "english paraphrase"),
 v("The reward for guardians of severe mental patients: what was its full-year budget?", f("重精", A), 0.01, "en", "english paraphrase"),
 v("What was the combined executed amount of the Luhui fit-out and the Duhang police station renovation?", f("鲁汇", E) + f("杜行派出所新址", E), 0.01, "en", "english paraphrase"),
]
aside = [
 v("把禁毒那个（禁毒与反邪教）和劝导队那个的全年预算加一起是多少？", f("禁毒", A) + f("劝导队", A), 0.01, "zh", "together"),
 v("Both police-station works, the Luhui fit-out and the Duhang repair: their full-year budgets summed, in yuan?", (f("鲁汇", A) + f("杜行派出所新址", A)) * 10000, 1, "en", "together"),
 v("人才体检和人才活动两个的执行数加到一起是多少？", f("人才健康", E) + f("人才活动", E), 0.01, "zh", "together"),
 v("视频监控租赁那个（图像视频监控系统租赁经费）和可视化管控那个的全年预算加在一块儿，折合多少亿元？", (f("图像视频", A) + f("可视化", A)) / 10000, 1e-05, "zh", "together"),
 v("What did the surveillance-system rental and the visualised safety-control contract spend between them?", f("图像视频", E) + f("可视化", E), 0.01, "en", "english paraphrase"),
 v("What's the execution rate of the anti-drug and anti-cult work?", f("禁毒", R), 0.01, "en", "english paraphrase"),
 v("How much was budgeted for the full year for the petitions persuasion team?", f("劝导队", A), 0.01, "en", "english paraphrase"),
 v("Full-year budget of the safety volunteers scheme and the drug-control project combined, in yuan?", (f("平安志愿者", A) + f("禁毒", A)) * 10000, 1, "en", "english paraphrase"),
]
out = Path(__file__).resolve().parent.parent
(out / "variants.pairs18b.json").write_text(json.dumps(main, ensure_ascii=False, indent=1), encoding="utf-8")
(out / "variants.pairs18b-aside.json").write_text(json.dumps(aside, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(main), len(aside))
