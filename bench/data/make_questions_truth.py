"""Write the own/held-out question sets of issue 15: each answer computed by hand-written SQL over the parsed tables.

Usage: python bench/data/make_questions_truth.py STORE.db OUT  (writes OUT.own.json and OUT.heldout.json)
"""
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
OUT = sys.argv[2]

def names(where, frm="form"):
    rows = db.execute(f"SELECT DISTINCT form.project_name FROM {frm} WHERE {where} ORDER BY form.id").fetchall()
    return [r[0] for r in rows]

def scalar(sql):
    return db.execute(sql).fetchone()[0]

Q = []
def S(qs, where, kind_tag, context=None):
    recs = names(where)
    for q in qs:
        item = {"q": q, "kind": "set", "records": recs, "tag": kind_tag, "truth_sql": f"SELECT project_name FROM form WHERE {where}"}
        if context: item["context"] = context
        Q.append(item)
def V(qs, sql, kind_tag, tol=0.01, context=None):
    v = scalar(sql)
    for q in qs:
        item = {"q": q, "kind": "value", "value": round(float(v), 4), "tol": tol, "tag": kind_tag, "truth_sql": sql}
        if context: item["context"] = context
        Q.append(item)

IND = "(SELECT COUNT(*) FROM indicator i WHERE i.form_id = form.id)"
# ---- comparisons between fields and derived measures
S(["全年预算比年初预算增加的项目", "哪些项目年中追加了预算", "预算调增的项目有哪些",
   "Which projects had their budget raised during the year?", "projects whose annual budget is above the initial budget",
   "which forms received a budget top-up"], "annual_budget > initial_budget", "field-compare")
S(["全年预算数低于年初预算数的项目", "哪些项目年中预算被调减了", "预算被削减的项目",
   "Which projects had their budget cut during the year?", "projects where the annual budget is lower than the initial budget"],
  "annual_budget < initial_budget", "field-compare")
V(["年初预算和全年预算相同的项目有几个", "How many projects kept their initial budget unchanged?"],
  "SELECT COUNT(*) FROM form WHERE annual_budget = initial_budget", "field-compare", tol=0)
S(["结余超过50万元的项目", "哪些项目没花完的钱超过50万", "Which projects have more than 500,000 yuan unspent?",
   "projects with an unspent balance above 50 万元"], "annual_budget - executed > 50", "derived")
S(["结余资金最多的项目", "哪个项目剩下的钱最多", "Which project has the largest unspent balance?"],
  "annual_budget - executed = (SELECT MAX(annual_budget - executed) FROM form)", "derived")
V(["所有项目的结余资金合计是多少（全年预算数减全年执行数）", "What is the total unspent balance across all forms?"],
  "SELECT SUM(annual_budget - executed) FROM form", "derived", tol=0.05)
S(["执行数超过全年预算数的项目", "Which projects spent more than their annual budget?", "哪些项目执行数大于预算数"],
  "executed > annual_budget", "field-compare")
S(["有指标得分低于分值的项目", "哪些项目有指标没拿满分", "Which forms have an indicator scored below its weight?",
   "projects where some indicator lost points"],
  "EXISTS (SELECT 1 FROM indicator i WHERE i.form_id = form.id AND i.score < i.weight)", "field-compare")
S(["实际完成值低于目标值的项目", "哪些项目有指标没完成目标", "Which projects have an indicator whose actual is below its target?"],
  "EXISTS (SELECT 1 FROM indicator i WHERE i.form_id = form.id AND i.actual_number < i.target_number)", "field-compare")
S(["总分不等于各项得分之和的项目", "Which forms have a total score that is not the sum of its parts?"],
  "ABS(total_score - budget_score - (SELECT SUM(score) FROM indicator i WHERE i.form_id = form.id)) > 0.005", "field-compare")
S(["执行率低于一半的项目", "Which projects used under half of their money?", "projects that spent less than half their budget",
   "执行率不到百分之五十的项目", "哪些项目花了不到一半的钱"], "execution_rate < 50", "numbers")
S(["执行率在七成以下的项目", "执行率低于0.7的项目", "projects with an execution ratio under 70%", "执行率不到70%的项目"],
  "execution_rate < 70", "numbers")
S(["执行率低于八成的项目", "Which projects executed less than 80 percent of their budget?"], "execution_rate < 80", "numbers")
S(["执行率不到四分之一的项目", "projects that disbursed less than a quarter of their allocation"], "execution_rate < 25", "numbers")
S(["全年预算超过100万元的项目", "预算在100万以上的项目", "Which projects have an annual budget over 1 million yuan?",
   "projects with an allocation above 1,000,000 yuan", "全年预算数大于1,000,000元的项目"], "annual_budget > 100", "numbers")
S(["执行数低于10万元的项目", "projects that spent under 100,000 yuan", "全年执行数少于十万元的项目"], "executed < 10", "numbers")
S(["全年预算在50万到200万之间的项目", "projects with a budget between 0.5 and 2 million yuan"],
  "annual_budget BETWEEN 50 AND 200", "numbers")
# ---- indicator-level conditions and counts
S(["指标超过10个的项目", "三级指标多于10个的项目有哪些", "Which forms have more than 10 indicators?",
   "forms with over ten indicators"], f"{IND} > 10", "indicator")
S(["只有4个指标的项目", "Which forms have exactly 4 indicators?"], f"{IND} = 4", "indicator")
S(["没有时效指标的项目", "哪些项目缺少时效指标", "Which forms have no timeliness indicator?",
   "forms lacking a timeliness indicator"],
  "NOT EXISTS (SELECT 1 FROM indicator i WHERE i.form_id = form.id AND i.level2 = '时效指标')", "indicator")
S(["有可持续影响指标的项目", "Which forms include a sustainability indicator?"],
  "EXISTS (SELECT 1 FROM indicator i WHERE i.form_id = form.id AND i.level2 = '可持续影响指标')", "indicator")
S(["有分值为0的指标的项目", "哪些项目的指标分值是0", "Which forms have an indicator with a weight of 0?"],
  "EXISTS (SELECT 1 FROM indicator i WHERE i.form_id = form.id AND i.weight = 0)", "indicator")
S(["满意度目标为85%的项目", "满意度指标值是85%的项目", "Which forms set a satisfaction target of 85%?"],
  "EXISTS (SELECT 1 FROM indicator i WHERE i.form_id = form.id AND i.level1 = '满意度指标' AND i.target_number = 85)", "indicator")
V(["满意度指标下有多少个三级指标", "一共有几个满意度指标", "How many indicators sit under satisfaction indicators?"],
  "SELECT COUNT(*) FROM indicator WHERE level1 = '满意度指标'", "indicator", tol=0)
V(["产出指标一共有多少条", "How many output indicators are there in total?"],
  "SELECT COUNT(*) FROM indicator WHERE level1 = '产出指标'", "indicator", tol=0)
V(["所有项目一共有多少个三级指标", "How many indicators do the forms have altogether?"],
  "SELECT COUNT(*) FROM indicator", "indicator", tol=0)
V(["平均每个项目有几个指标", "What is the average number of indicators per form?"],
  f"SELECT AVG({IND}) FROM form", "indicator", tol=0.01)
V(["指标最多的项目有几个指标", "What is the largest number of indicators on one form?"],
  f"SELECT MAX({IND}) FROM form", "indicator", tol=0)
S(["指标最多的项目", "Which form has the most indicators?"], f"{IND} = (SELECT MAX(c) FROM (SELECT COUNT(*) c FROM indicator GROUP BY form_id))", "indicator")
S(["满意度指标超过1个的项目", "forms with more than one satisfaction indicator"],
  "(SELECT COUNT(*) FROM indicator i WHERE i.form_id = form.id AND i.level1 = '满意度指标') > 1", "indicator")
V(["有几个项目没有时效指标", "How many forms have no timeliness indicator?"],
  "SELECT COUNT(*) FROM form WHERE NOT EXISTS (SELECT 1 FROM indicator i WHERE i.form_id = form.id AND i.level2 = '时效指标')", "indicator", tol=0)
# ---- negation and exclusion
S(["没有评分等级的项目", "哪些项目没有评级", "Which forms are not graded?", "forms without a grade"],
  "grade IS NULL OR grade = ''", "negation")
V(["除信访办以外有几个项目", "How many forms are there from every unit except 信访办?"],
  "SELECT COUNT(*) FROM form WHERE implementing_unit NOT LIKE '%信访办%'", "negation", tol=0)
S(["不是平安办的项目里执行率低于60%的", "projects not tagged 平安办 with an execution rate below 60%"],
  "project_name NOT LIKE '%（平安办）' AND execution_rate < 60", "negation")
V(["剔除执行数为0的项目后，平均总分是多少", "Excluding forms that spent nothing, what is the average total score?"],
  "SELECT AVG(total_score) FROM form WHERE executed > 0", "negation", tol=0.05)
V(["不算执行数为零的项目，有几个项目", "How many forms spent something?"],
  "SELECT COUNT(*) FROM form WHERE executed > 0", "negation", tol=0)
S(["执行率不是100%的平安办项目", "平安办项目中执行率没到100%的", "平安办 projects whose execution rate is not 100%"],
  "project_name LIKE '%（平安办）' AND execution_rate <> 100", "negation")
S(["总分不是满分的平安办项目", "平安办 projects that did not score 100"],
  "project_name LIKE '%（平安办）' AND total_score < 100", "negation")
# ---- statistics
V(["总分的中位数是多少", "What is the median total score?"],
  "SELECT AVG(total_score) FROM (SELECT total_score FROM form ORDER BY total_score LIMIT 2 - (SELECT COUNT(*) FROM form) % 2 OFFSET ((SELECT COUNT(*) FROM form) - 1) / 2)", "stats", tol=0.005)
V(["全年预算数的中位数", "What is the median annual budget?"],
  "SELECT AVG(annual_budget) FROM (SELECT annual_budget FROM form ORDER BY annual_budget LIMIT 2 - (SELECT COUNT(*) FROM form) % 2 OFFSET ((SELECT COUNT(*) FROM form) - 1) / 2)", "stats", tol=0.005)
V(["执行率低于60%的项目占比多少", "What share of forms have an execution rate below 60%?", "执行率低于60%的项目占百分之几"],
  "SELECT 100.0 * SUM(execution_rate < 60) / COUNT(*) FROM form", "stats", tol=0.05)
V(["总分100分的项目占比", "What percentage of forms scored 100?"],
  "SELECT 100.0 * SUM(total_score = 100) / COUNT(*) FROM form", "stats", tol=0.05)
V(["信访办项目的平均总分", "What is the average total score of the 信访办 forms?"],
  "SELECT AVG(total_score) FROM form WHERE implementing_unit LIKE '%信访办%'", "stats", tol=0.01)
V(["平安办项目的平均执行率", "average execution rate of the 平安办 projects"],
  "SELECT AVG(execution_rate) FROM form WHERE project_name LIKE '%（平安办）'", "stats", tol=0.05)
V(["党群中心项目的全年预算合计", "total annual budget of the 党群中心 projects"],
  "SELECT SUM(annual_budget) FROM form WHERE project_name LIKE '%（党群中心）'", "stats", tol=0.01)
V(["平安办的项目有几个", "How many forms are tagged 平安办?"],
  "SELECT COUNT(*) FROM form WHERE project_name LIKE '%（平安办）'", "stats", tol=0)
V(["评级为优的项目有多少个", "How many forms are rated 优?"], "SELECT COUNT(*) FROM form WHERE grade = '优'", "stats", tol=0)
V(["执行率最低的项目执行率是多少", "What is the lowest execution rate?"], "SELECT MIN(execution_rate) FROM form", "stats", tol=0.005)
V(["总分的平均值", "average total score of all forms"], "SELECT AVG(total_score) FROM form", "stats", tol=0.01)
V(["年初预算数合计", "What is the total initial budget?"], "SELECT SUM(initial_budget) FROM form", "stats", tol=0.01)
V(["执行率正好是100%的项目有几个", "How many forms have an execution rate of exactly 100%?"],
  "SELECT COUNT(*) FROM form WHERE execution_rate = 100", "stats", tol=0)
V(["年初没有预算的项目有几个", "How many forms had no initial budget?"],
  "SELECT COUNT(*) FROM form WHERE initial_budget = 0", "stats", tol=0)
# ---- three conditions, tags, grades, years
S(["名称带（平安办）、执行率低于60%、总分低于96的项目", "平安办 projects with execution below 60% and total score under 96"],
  "project_name LIKE '%（平安办）' AND execution_rate < 60 AND total_score < 96", "three")
S(["2023年评级为优且执行率低于60%的项目", "2023 forms rated 优 with an execution rate below 60%"],
  "year = 2023 AND grade = '优' AND execution_rate < 60", "three")
S(["平安办的项目中全年预算超过200万且执行率100%的", "平安办 forms with a budget above 2 million yuan and a 100% execution rate"],
  "project_name LIKE '%（平安办）' AND annual_budget > 200 AND execution_rate = 100", "three")
S(["名称带（党群中心）的项目", "项目名称里有（党群中心）的", "forms whose name carries the 党群中心 tag"],
  "project_name LIKE '%（党群中心）'", "three")
S(["名称带（信）的项目", "projects whose name ends with （信）"], "project_name LIKE '%（信）'", "three")
S(["信访办执行率低于90%的项目", "信访办 projects that executed less than 90%"],
  "implementing_unit LIKE '%信访办%' AND execution_rate < 90", "three")
S(["2023年度总分低于95分的项目", "forms of 2023 with a total score below 95"], "year = 2023 AND total_score < 95", "three")
S(["预算调增且执行率低于60%的项目", "projects whose budget was topped up but that spent under 60%"],
  "annual_budget > initial_budget AND execution_rate < 60", "three")
# ---- English synonyms / various
S(["projects that disbursed everything they were given", "which forms executed their whole allocation", "执行率达到100%的项目"],
  "execution_rate >= 100", "synonyms")
S(["projects with an appropriation under 10 万元", "forms whose allocation is below 100,000 yuan"],
  "annual_budget < 10", "synonyms")
S(["which projects were rated below 95 points", "forms graded under 95"], "total_score < 95", "synonyms")
S(["Which projects had a budget execution score below 6?", "预算执行得分低于6分的项目", "执行率得分不到6分的项目"],
  "budget_score < 6", "synonyms")
S(["projects whose budget execution score is under 6 but total score above 95"],
  "budget_score < 6 AND total_score > 95", "synonyms")
# ---- narrative with constraints
DEFER = "outcome LIKE '%2024%' AND (outcome LIKE '%支付%' OR outcome LIKE '%下拨%')"
S(["哪些项目的经费拖到2024年才支付", "哪些项目推迟到2024年支付", "which projects deferred payment to 2024",
   "Which projects postponed paying until 2024?", "因资金紧张2024年才支付的项目"], DEFER, "narrative")
S(["哪些项目提到资金紧张", "Which forms mention a funding shortage?"], "outcome LIKE '%资金紧张%' OR goal LIKE '%资金紧张%'", "narrative")
# ---- follow-ups
S(["其中执行率低于50%的"], "project_name LIKE '%（党群中心）' AND execution_rate < 50", "follow-up", context=["党群中心的项目"])
S(["only those with an execution rate below 60%"], "project_name LIKE '%（平安办）' AND execution_rate < 60", "follow-up",
  context=["Which forms are tagged 平安办?"])
S(["其中没有时效指标的"], "annual_budget > 100 AND NOT EXISTS (SELECT 1 FROM indicator i WHERE i.form_id = form.id AND i.level2 = '时效指标')",
  "follow-up", context=["全年预算超过100万元的项目"])
S(["其中结余最多的"], "id = (SELECT id FROM form WHERE execution_rate < 60 ORDER BY annual_budget - executed DESC LIMIT 1)",
  "follow-up", context=["执行率低于60%的项目"])
for i, item in enumerate(Q):
    item["id"] = f"o{i+1:03d}"
own = [q for i, q in enumerate(Q) if i % 3 != 2]
held = [q for i, q in enumerate(Q) if i % 3 == 2]
json.dump(own, open(OUT + ".own.json", "w"), ensure_ascii=False, indent=1)
json.dump(held, open(OUT + ".heldout.json", "w"), ensure_ascii=False, indent=1)
zh = sum(1 for q in Q if not q["q"].isascii())
print(len(Q), "zh", zh, "en", len(Q) - zh, "own", len(own), "held", len(held))
