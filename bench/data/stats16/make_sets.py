"""Round 16's own statistics questions, answers computed from the forms (never from jixiao):
variants.json written before the change, fresh.json written after it and never fitted.

    jixiao export --format json > export.json && python3 bench/data/stats16/make_sets.py export.json
    python3 score.py bench/data/stats16/variants.json --prefix "jixiao --db URL"   (score.py: the writers' scorer)
"""
import json, os, statistics, sys
d = json.load(open(sys.argv[1]))
HERE = os.path.dirname(os.path.abspath(__file__))
name = {f['id']: f['project_name'] for f in d}
F = {f['id']: f for f in d}
def ids(pred): return [f['id'] for f in d if pred(f)]
def names(xs): return [name[i] for i in xs]
xf = ids(lambda f: f['implementing_unit'].endswith('信访办'))
pa = ids(lambda f: '（平安办）' in f['project_name'])
dq = ids(lambda f: '（党群中心）' in f['project_name'])
tot_ann = sum(f['annual_budget'] for f in d)
graded = ids(lambda f: f['grade'])
nograde = ids(lambda f: not f['grade'])
slip = next(f['id'] for f in d if any(x['severity'] == 'error' for x in f['flags']))  # the unit slip
rest = [f['id'] for f in d if f['id'] != slip]
init0 = ids(lambda f: f['initial_budget'] == 0)
def s(xs, k): return round(sum(F[i][k] for i in xs), 4)
def v(q, val, lang, cat, tol=0.01, ctx=None):
    it = dict(q=q, kind='value', value=round(val, 4), tol=tol, lang=lang, category=cat)
    if ctx: it['context'] = ctx
    return it
def st(q, recs, lang, cat): return dict(q=q, kind='set', records=names(recs), lang=lang, category=cat)
def sat_w(xs): return sum(i['weight'] for x in xs for i in F[x]['indicators'] if i['level1'] == '满意度指标')
items = [
 v("信访办名下三张表，全年执行数加总是多少万元？", s(xf, 'executed'), 'zh', 'k3'),
 v("平安办那些项目的全年预算合起来，占所有项目全年预算的百分之几？", 100*s(pa, 'annual_budget')/tot_ann, 'zh', 'k3', 0.1),
 v("What fraction of all the money budgeted for the year went to the 平安办 forms, in percent?", 100*s(pa, 'annual_budget')/tot_ann, 'en', 'k3', 0.1),
 v("Of the total annual budget, what percentage belongs to the 信访办 projects?", 100*s(xf, 'annual_budget')/tot_ann, 'en', 'k3', 0.1),
 v("社工和安保经费这两张表的指标一共多少条？", len(F[1]['indicators'])+len(F[11]['indicators']), 'zh', 'k3', 0),
 v("鲁汇派出所新址装修和杜行派出所新址修缮两个项目的全年预算一共多少？", F[21]['annual_budget']+F[25]['annual_budget'], 'zh', 'k3'),
 v("Median unspent balance across the 平安办 projects, in 万元?", statistics.median(F[i]['annual_budget']-F[i]['executed'] for i in pa), 'en', 'k3'),
 v("For the forms without a grade, what is the average number of points lost?", statistics.mean(100-F[i]['total_score'] for i in nograde), 'en', 'k3'),
 v("名称带（党群中心）的那几个项目，执行率平均下来是多少？", statistics.mean(F[i]['execution_rate'] for i in dq), 'zh', 'k3'),
 v("What's the spread between the highest and lowest annual budget among forms that used less than 60% of their money?", (lambda xs: max(xs)-min(xs))([f['annual_budget'] for f in d if f['execution_rate'] < 60]), 'en', 'k3'),
 v("执行率不到六成的项目，全年预算数最大的和最小的相差多少？", (lambda xs: max(xs)-min(xs))([f['annual_budget'] for f in d if f['execution_rate'] < 60]), 'zh', 'k3'),
 v("评了优的那些项目，全年预算数的中位数是多少？", statistics.median(F[i]['annual_budget'] for i in graded), 'zh', 'k3'),
 v("How many indicator rows do the 信访办 forms have altogether?", sum(len(F[i]['indicators']) for i in xf), 'en', 'k3', 0),
 v("Across the 信访办 forms, what do the weights of the satisfaction indicators add up to?", sat_w(xf), 'en', 'k3'),
 v("信访办的几张表里，满意度指标的分值加起来是多少？", sat_w(xf), 'zh', 'k3'),
 v("年初预算为零的那几个项目，全年预算合计占全部全年预算的比重是多少（百分比）？", 100*s(init0, 'annual_budget')/tot_ann, 'zh', 'k3', 0.1),
 v("Average budget score among the forms whose name carries （平安办）, leaving out the ones that spent nothing?", statistics.mean(F[i]['budget_score'] for i in pa if F[i]['executed'] > 0), 'en', 'k3'),
 v("扣除那张执行数单位填错的表以后，剩下各表的执行数一共多少？", s(rest, 'executed'), 'zh', 'k7'),
 v("Leaving aside the form with the unit slip, what is the average execution rate of the rest?", statistics.mean(F[i]['execution_rate'] for i in rest), 'en', 'k7'),
 v("不算被检查出填错单位的那个项目，其余项目执行率的中位数是多少？", statistics.median(F[i]['execution_rate'] for i in rest), 'zh', 'k7'),
 v("Setting aside the scorecard whose executed figure was entered in yuan, how much was executed in total by the forms with no budget at the start of the year?", s([i for i in init0 if i != slip], 'executed'), 'en', 'k7'),
 v("除开数据有错的那张表，年初预算为0的项目全年执行数合计多少？", s([i for i in init0 if i != slip], 'executed'), 'zh', 'k7'),
 st("一分钱都没花出去、而且评了优的项目是哪些？", ids(lambda f: f['executed'] == 0 and f['grade']), 'zh', 'k10'),
 st("Which projects didn't spend one cent yet are graded 优?", ids(lambda f: f['executed'] == 0 and f['grade']), 'en', 'k10'),
 v("一个子儿没动，全年预算又在10万元以上的项目有几个？", len(ids(lambda f: f['executed'] == 0 and f['annual_budget'] >= 10)), 'zh', 'k10', 0),
 v("哪些项目的评分等级是填了的？一共几个？", len(graded), 'zh', 'k10', 0),
 v("How many forms have the grade column filled in?", len(graded), 'en', 'k10', 0),
 v("评分等级有写的项目有多少个？", len(graded), 'zh', 'k10', 0),
 st("有没有哪张表的总分跟各项得分加起来对不上？", ids(lambda f: abs(f['total_score'] - f['budget_score'] - sum(i['score'] for i in f['indicators'])) > 0.005), 'zh', 'k3'),
 st("Which forms' executed total is not the sum of its fiscal, carry-over and other funds?", ids(lambda f: abs(f['executed'] - f['fiscal_executed'] - f['carryover_executed'] - f['other_executed']) > 0.005), 'en', 'k3'),
]
json.dump(items, open(os.path.join(HERE, 'variants.json'), 'w'), ensure_ascii=False, indent=1)


# ----- the second batch, written after the change ------------------------------------------------------------
F = {f['id']: f for f in d}; name = {f['id']: f['project_name'] for f in d}
def ids(p): return [f['id'] for f in d if p(f)]
xf = ids(lambda f: f['implementing_unit'].endswith('信访办')); pa = ids(lambda f: '（平安办）' in f['project_name'])
dq = ids(lambda f: '（党群中心）' in f['project_name']); graded = ids(lambda f: f['grade']); nog = ids(lambda f: not f['grade'])
rest = [i for i in F if i != slip]
un = lambda i: F[i]['annual_budget'] - F[i]['executed']; top = lambda i: max(0, F[i]['annual_budget'] - F[i]['initial_budget'])
def fv(q, val, lang, tol=0.01): return dict(q=q, kind='value', value=round(val, 4), tol=tol, lang=lang, category='fresh')
def fst(q, xs, lang): return dict(q=q, kind='set', records=[name[i] for i in xs], lang=lang, category='fresh')
fresh = [
 fv("信访办三个项目的结余加总是多少？", sum(un(i) for i in xf), 'zh'),
 fv("What share of the total executed money do the 信访办 forms account for, leaving out the form with the unit slip?", 100*sum(F[i]['executed'] for i in xf)/sum(F[i]['executed'] for i in rest), 'en', 0.1),
 fv("Average number of indicator rows per form among the 平安办 projects?", statistics.mean(len(F[i]['indicators']) for i in pa), 'en'),
 fv("名称里带（党群中心）的项目，一共有多少条指标？", sum(len(F[i]['indicators']) for i in dq), 'zh', 0),
 fv("Median total score of the forms that spent under half their budget?", statistics.median(F[i]['total_score'] for i in ids(lambda f: f['execution_rate'] < 50)), 'en'),
 fv("没评等级的那几个项目，全年预算平均是多少？", statistics.mean(F[i]['annual_budget'] for i in nog), 'zh'),
 fv("For the forms with no grade, what is the total budget left unspent?", sum(un(i) for i in nog), 'en'),
 fv("年中被追加过预算的项目，追加额一共多少万？", sum(top(i) for i in F), 'zh'),
 fv("Excluding the scorecard with the data-entry error, what is the total top-up across forms whose budget was raised?", sum(top(i) for i in rest), 'en'),
 fv("除了那张数字有问题的表，其他表全年预算的中位数是多少？", statistics.median(F[i]['annual_budget'] for i in rest), 'zh'),
 fv("How many graded forms executed more than 90% of their budget?", len([i for i in graded if F[i]['execution_rate'] > 90]), 'en', 0),
 fv("等级填了的项目里，执行率不到六成的有几个？", len([i for i in graded if F[i]['execution_rate'] < 60]), 'zh', 0),
 fst("Which forms spent nothing at all and had an annual budget of more than 1万元?", ids(lambda f: f['executed'] == 0 and f['annual_budget'] > 1), 'en'),
 fst("一毛钱没花、又不是信访办的项目有哪些？", ids(lambda f: f['executed'] == 0 and not f['implementing_unit'].endswith('信访办')), 'zh'),
 fv("What is the gap between the largest and smallest total score among the 信访办 forms?", (lambda xs: max(xs) - min(xs))([F[i]['total_score'] for i in xf]), 'en'),
 fv("平安办的项目执行数合计占全部项目执行数（不含户籍档案那张）的百分比是多少？", 100*sum(F[i]['executed'] for i in pa)/sum(F[i]['executed'] for i in rest), 'zh', 0.1),
]
json.dump(fresh, open(os.path.join(HERE, 'fresh.json'), 'w'), ensure_ascii=False, indent=1)
