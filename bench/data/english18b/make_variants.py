"""Variants of round 18 english18b's kinds, answers computed from `jixiao export --format json` (argv[1])."""
import json
import statistics
import sys
from pathlib import Path

forms = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
GOOD = [f for f in forms if f["grade"] == "优"]
XF = lambda f: "信访办" in f["implementing_unit"]
PA = lambda f: f["project_name"].endswith("（平安办）")
HZ = lambda f: "汇总" in f["department"]
names = lambda fs: sorted(f["project_name"] for f in fs)
avg = lambda fs, k: round(statistics.mean(float(f[k]) for f in fs), 2)
total = lambda fs, k: round(sum(float(f[k]) for f in fs), 2)


def item(q, lang, category, **answer):
    out = {"q": q, "lang": lang, "category": category}
    if "records" in answer:
        out.update(kind="set", records=answer["records"])
    elif "count" in answer:
        out.update(kind="value", value=answer["count"], tol=0)
    else:
        out.update(kind="value", value=answer["value"], tol=0.01)
    return out


def without(fs, *names_out):
    return [f for f in fs if f["project_name"] not in names_out]


G_XF, G_PA = [f for f in GOOD if not XF(f)], [f for f in GOOD if not PA(f)]
NO_HZ, HAS_HZ = [f for f in forms if not HZ(f)], [f for f in forms if HZ(f)]
TAL = ("人才活动", "人才健康体检")
variants = [
    item("What's the average total score of the 优 forms, excluding the 信访办 ones?", "en", "grade_exclusion", value=avg(G_XF, "total_score")),
    item("Lines that claimed an 优, excluding the (平安办) ones: how many are there?", "en", "grade_exclusion", count=len(G_PA)),
    item("Total full-year budget of the forms graded 优, leaving out 图像视频监控系统租赁经费（平安办）, in 万元?", "en", "grade_exclusion",
         value=total(without(GOOD, "图像视频监控系统租赁经费（平安办）"), "annual_budget")),
    item("Of the forms self-rated 优, not counting 人才活动 and 人才健康体检, how many spent under 60% of their budget?", "en", "grade_exclusion",
         count=len([f for f in without(GOOD, *TAL) if f["execution_rate"] < 60])),
    item("Among forms with an 优 grade, excluding anything run by the 信访办, which spent less than 60%?", "en", "grade_exclusion",
         records=names([f for f in G_XF if f["execution_rate"] < 60])),
    item("Average full-year budget of the 优-rated projects, except those of the 平安办, in 万元?", "en", "grade_exclusion", value=avg(G_PA, "annual_budget")),
    item("How many 优 forms are there once you take out the 信访办 ones?", "en", "grade_exclusion", count=len(G_XF)),
    item("For the forms that got an 优, leaving aside the (平安办) lines, what's the total executed amount in 万元?", "en", "grade_exclusion",
         value=total(G_PA, "executed")),
    item("The 优 forms, excluding 杜行派出所公用事业费: what's their median execution rate?", "en", "grade_exclusion",
         value=round(statistics.median(f["execution_rate"] for f in without(GOOD, "杜行派出所公用事业费")), 2)),
    item("评了优的项目，除去信访办的，平均总分多少？", "zh", "grade_exclusion", value=avg(G_XF, "total_score")),
    item("等级为优的表里，不算平安办的，一共多少个？", "zh", "grade_exclusion", count=len(G_PA)),
    item("自评为优的项目中，剔除户籍档案数字化加工项目后，全年预算合计多少万元？", "zh", "grade_exclusion",
         value=total(without(GOOD, "户籍档案数字化加工项目"), "annual_budget")),
    item("Which forms give the supervising department as plain 上海市闵行区浦江镇人民政府, without the '(汇总)' suffix?", "en", "value_part_en", records=names(NO_HZ)),
    item("Which forms have a supervising department that doesn't carry the “汇总” marker?", "en", "value_part_en", records=names(NO_HZ)),
    item("List the forms whose supervising department lacks the (汇总) tag.", "en", "value_part_en", records=names(NO_HZ)),
    item("How many forms have a supervising department without '汇总' in it?", "en", "value_part_en", count=len(NO_HZ)),
    item("How many forms show the supervising department with the (汇总) suffix?", "en", "value_part_en", count=len(HAS_HZ)),
    item("What is the total full-year budget of the forms whose supervising department has no (汇总) suffix, in 万元?", "en", "value_part_en",
         value=total(NO_HZ, "annual_budget")),
    item("Supervising department without the (汇总) ending: which forms?", "en", "value_part_en", records=names(NO_HZ)),
    item("Which forms list their supervising department with no '(汇总)' qualifier?", "en", "value_part_en", records=names(NO_HZ)),
    item("Average execution rate of the forms whose department doesn't have the (汇总) suffix, please.", "en", "value_part_en", value=avg(NO_HZ, "execution_rate")),
    item("主管部门没有“汇总”两个字的项目有几个？", "zh", "value_part_en", count=len(NO_HZ)),
]
BIG = [f for f in forms if f["annual_budget"] > 200]
below = lambda fs, k, x: names([f for f in fs if float(f[k]) < x])
variants += [
    item("Which forms missed 90% execution?", "en", "falling_short", records=below(forms, "execution_rate", 90)),
    item("How many forms undershot 60% execution?", "en", "falling_short", count=len(below(forms, "execution_rate", 60))),
    item("Of the 信访办 lines, which didn't make 95% execution?", "en", "falling_short",
         records=below([f for f in forms if XF(f)], "execution_rate", 95)),
    item("Which projects couldn't reach 95 in total score?", "en", "falling_short", records=below(forms, "total_score", 95)),
    item("Which forms with a full-year budget above 200万 were unable to hit 90% execution?", "en", "falling_short",
         records=below(BIG, "execution_rate", 90)),
    item("Count the 优 forms that missed an execution rate of 80%.", "en", "falling_short", count=len(below(GOOD, "execution_rate", 80))),
    item("Which (平安办) projects came in under 60% execution?", "en", "falling_short", records=below([f for f in forms if PA(f)], "execution_rate", 60)),
    item("Average total score of the forms that fell short of 50% execution?", "en", "falling_short",
         value=avg([f for f in forms if f["execution_rate"] < 50], "total_score")),
    item("List the projects that did not manage to hit 100% execution but still scored 95 or more overall.", "en", "falling_short",
         records=names([f for f in forms if f["execution_rate"] < 100 and float(f["total_score"]) >= 95])),
    item("Which big projects (budget over 200万) missed the 90% mark on execution rate?", "en", "falling_short", records=below(BIG, "execution_rate", 90)),
]
aside = [
    item("Excluding the 信访办 ones, how many forms carry an 优?", "en", "grade_exclusion", count=len(G_XF)),
    item("What's the mean execution rate across forms graded 优, not including the 平安办 projects?", "en", "grade_exclusion", value=avg(G_PA, "execution_rate")),
    item("评为优的里面，把信访办的去掉，全年预算一共多少万元？", "zh", "grade_exclusion", value=total(G_XF, "annual_budget")),
    item("Among forms awarded 优, other than 人才活动, which had execution under 50%?", "en", "grade_exclusion",
         records=names([f for f in without(GOOD, "人才活动") if f["execution_rate"] < 50])),
    item("Which forms don't have the '(汇总)' bit on their supervising department?", "en", "value_part_en", records=names(NO_HZ)),
    item("Total executed of forms whose supervising department omits the (汇总) suffix, in 万元?", "en", "value_part_en", value=total(NO_HZ, "executed")),
    item("主管部门后面没带（汇总）的表是哪几张？", "zh", "value_part_en", records=names(NO_HZ)),
    item("How many forms have the '汇总' tag on their supervising department?", "en", "value_part_en", count=len(HAS_HZ)),
    item("Which forms stopped short of 60% execution?", "en", "falling_short", records=below(forms, "execution_rate", 60)),
    item("How many of the 优 forms failed to make 90% execution?", "en", "falling_short", count=len(below(GOOD, "execution_rate", 90))),
    item("Projects over 200万 that missed an execution rate of 90%: which are they?", "en", "falling_short", records=below(BIG, "execution_rate", 90)),
    item("Which forms couldn't get to 96 points overall?", "en", "falling_short", records=below(forms, "total_score", 96)),
]
root = Path(__file__).resolve().parents[1]
for name, items in (("variants.english18b.json", variants), ("variants.english18b-aside.json", aside)):
    (root / name).write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
