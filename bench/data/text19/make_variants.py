"""Write the round-19 text19 variants (unheld facts, topics, English glosses of names, per-head by unit) from the export."""
import json
import sys
from pathlib import Path

forms = {f["id"]: f for f in json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))}
name = lambda i: forms[i]["project_name"]
out = Path(__file__).resolve().parent.parent


def unk(q, lang):
    return {"q": q, "kind": "unknown", "lang": lang, "category": "unheld"}


def topic(q, lang, ids, ordered=False):
    item = {"q": q, "kind": "ranked", "records": [name(i) for i in ids], "k": len(ids), "min_recall": 1.0, "lang": lang,
            "category": "topic"}
    if ordered:
        item["ordered"] = True
    return item


def val(q, lang, value, tol=0.01, cat="gloss"):
    return {"q": q, "kind": "value", "value": round(value, 4), "tol": tol, "lang": lang, "category": cat}


def head(i, row):
    f = forms[i]
    n = next(float(r["actual"].split("(")[0]) for r in f["indicators"] if r["name"] == row)
    return f["executed"] / n


dev = [
    unk("浦江镇一年的税收收入有多少？", "zh"), unk("全镇常住人口是多少？", "zh"),
    unk("杜行派出所新址修缮工程的施工单位是哪家公司？", "zh"), unk("视频监控系统是向哪家供应商租的？", "zh"),
    unk("2023年派出所一共处理了多少起案件？", "zh"), unk("本镇的一般公共预算收入是多少万元？", "zh"),
    unk("镇级财政2023年总支出多少？", "zh"),
    unk("Which company won the bid for the Luhui police station renovation?", "en"),
    unk("Who was the contractor for the Duhang station repairs?", "en"),
    unk("What was Pujiang town's total fiscal revenue in 2023?", "en"), unk("How many residents live in the town?", "en"),
    unk("How many criminal cases were handled in 2023?", "en"),
    unk("Which vendor supplies the video surveillance system?", "en"),
    unk("What is the town's total government expenditure for 2023?", "en"),
    topic("哪些项目跟派出所有关？", "zh", [14, 21, 25]), topic("和人才有关的表有哪些？", "zh", [27, 28]),
    topic("涉及租赁的项目列一下", "zh", [10, 15, 19]), topic("信访方面的项目有哪些？", "zh", [7, 8, 9]),
    topic("奖励费相关的表", "zh", [18, 26]), topic("关于视频监控的项目", "zh", [15, 19], ordered=True),
    topic("Which forms deal with police stations?", "en", [14, 21, 25]),
    topic("Show me the talent-related projects.", "en", [27, 28]),
    topic("Which programmes involve leasing or rental?", "en", [10, 15, 19]),
    topic("List the forms about petitions.", "en", [7, 8, 9]),
    topic("Which projects concern renovation or repair works?", "en", [21, 25]),
    topic("Which forms are about retention money (质保金)?", "en", [5, 6]),
    val("What was the execution rate of the anti-drug and anti-cult project?", "en", forms[22]["execution_rate"]),
    val("How much was budgeted for the video surveillance system lease?", "en", forms[15]["annual_budget"]),
    val("What did the security guard funding actually spend?", "en", forms[11]["executed"]),
    val("How much of the newspapers and magazines budget was spent?", "en", forms[12]["executed"]),
    val("What total score did the volunteers programme give itself?", "en", forms[20]["total_score"]),
    val("What's the full-year budget of the household registration archive digitisation project?", "en", forms[23]["annual_budget"]),
    val("What was spent on talent health check-ups?", "en", forms[28]["executed"]),
    val("禁毒项目花了多少钱？", "zh", forms[22]["executed"]),
    val("派出所公用事业费的执行率？", "zh", forms[14]["execution_rate"]),
    val("What is the execution rate of the petition agents' fund?", "en", forms[9]["execution_rate"]),
    val("社工项目平均每名社工花了多少万？", "zh", head(1, "社工数量"), cat="per_head"),
    val("社工点经费按社工人头算，人均执行数多少？", "zh", head(17, "社工人数"), cat="per_head"),
    val("“两个实有”奖励费平均到每个信息采集人员是多少钱？", "zh", head(18, "信息采集人员"), 0.002, cat="per_head"),
    val("社会治安保障经费每个安保人员摊多少？", "zh", head(16, "安保人数"), cat="per_head"),
    val("重精患者监护人奖励费，每位监护人平均拿到多少万元？", "zh", head(26, "重精患者监护人数"), 0.002, cat="per_head"),
    val("信访代理员经费每名代理员平均花了多少？", "zh", head(9, "信访代理员人数"), cat="per_head"),
    val("For the petition agent funding, how much was spent per agent?", "en", head(9, "信访代理员人数"), cat="per_head"),
    val("How much did the social worker programme (社工) spend per social worker?", "en", head(1, "社工数量"), cat="per_head"),
    val("What is the outlay per security guard under 社会治安保障经费?", "en", head(16, "安保人数"), cat="per_head"),
    val("Per information collector, what did 两个实有全面覆盖2+1工作模式奖励费 pay out?", "en", head(18, "信息采集人员"), 0.002, cat="per_head"),
    val("Spending per guardian for the 重精患者监护人奖励费?", "en", head(26, "重精患者监护人数"), 0.002, cat="per_head"),
]
aside = [
    unk("人才健康体检是在哪家医院做的？", "zh"), unk("浦江镇的户籍人口有多少？", "zh"),
    unk("Which firm carried out the archive digitisation work?", "en"),
    unk("How much tax revenue did Pujiang collect in 2023?", "en"), unk("全镇全年财政支出总额是多少？", "zh"),
    unk("How many burglaries were reported in the town?", "en"),
    topic("有哪些表是讲社工的？", "zh", [1, 17]), topic("Anything on warranty retention?", "en", [5, 6]),
    topic("跟装修修缮沾边的项目", "zh", [21, 25]), topic("Forms covering rewards or bonuses", "en", [18, 26]),
    val("What was the budget of the riot-control (stability maintenance) fund?", "en", forms[8]["annual_budget"]),
    val("How much did the mental-patient guardian reward spend?", "en", forms[26]["executed"]),
    val("Execution rate of the persuasion team's funding?", "en", forms[7]["execution_rate"]),
    val("反邪教那个项目年度预算多少？", "zh", forms[22]["annual_budget"]),
    val("信访代理员经费按人头平均每个代理员多少万？", "zh", head(9, "信访代理员人数"), cat="per_head"),
    val("Per social worker, how much did 社工点经费 spend?", "en", head(17, "社工人数"), cat="per_head"),
    val("禁毒与反邪教按反邪教监测对象人数平均，每人花费多少？", "zh", head(22, "反邪教监测人数"), 0.002, cat="per_head"),
    val("平安志愿者经费的人均支出（按志愿者人数）是多少？", "zh", head(20, "志愿者人数"), 0.002, cat="per_head"),
]
(out / "variants.text19.json").write_text(json.dumps(dev, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
(out / "variants.text19-aside.json").write_text(json.dumps(aside, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(dev), len(aside))
