"""Seeded generator of synthetic 财政项目支出绩效自评表 in the seed corpus's tab-separated text format."""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# ---------------------------------------------------------------------------------------------
# Phrase banks. Templates take {t} town, {tn} town without 镇/街道, {d} district, {y} year,
# {y1} next year, {s} the project's subject, and {a} {b} {c} {p} small, medium, large counts and
# a percentage drawn once per form, so one form's sentences agree with each other.
# ---------------------------------------------------------------------------------------------

DISTRICTS: dict[str, tuple[str, ...]] = {
    # 浦江镇 is left out: it is the seed's town, and synthetic projects must not link to its real ones.
    "闵行区": ("梅陇镇", "七宝镇", "颛桥镇", "华漕镇", "虹桥镇", "马桥镇", "吴泾镇", "莘庄镇",
            "江川路街道", "古美路街道", "新虹街道"),
    "浦东新区": ("川沙新镇", "高桥镇", "北蔡镇", "合庆镇", "唐镇", "曹路镇", "金桥镇", "高行镇", "周浦镇",
             "康桥镇", "航头镇", "祝桥镇", "惠南镇", "书院镇", "潍坊新村街道", "陆家嘴街道"),
    "松江区": ("泗泾镇", "佘山镇", "车墩镇", "新桥镇", "洞泾镇", "九亭镇", "泖港镇", "石湖荡镇", "新浜镇",
            "叶榭镇", "小昆山镇", "方松街道", "永丰街道"),
    "嘉定区": ("南翔镇", "安亭镇", "马陆镇", "徐行镇", "华亭镇", "外冈镇", "江桥镇", "新成路街道", "真新街道"),
    "宝山区": ("罗店镇", "大场镇", "杨行镇", "月浦镇", "罗泾镇", "顾村镇", "高境镇", "庙行镇", "淞南镇",
            "友谊路街道"),
    "青浦区": ("朱家角镇", "练塘镇", "金泽镇", "赵巷镇", "徐泾镇", "华新镇", "重固镇", "白鹤镇", "夏阳街道"),
    "奉贤区": ("南桥镇", "奉城镇", "庄行镇", "金汇镇", "四团镇", "青村镇", "柘林镇", "海湾镇", "西渡街道"),
    "金山区": ("朱泾镇", "枫泾镇", "张堰镇", "亭林镇", "吕巷镇", "廊下镇", "金山卫镇", "漕泾镇", "山阳镇"),
    "崇明区": ("城桥镇", "堡镇", "新河镇", "庙镇", "竖新镇", "向化镇", "三星镇", "港沿镇", "陈家镇"),
    "虹口区": ("嘉兴路街道", "四川北路街道", "欧阳路街道", "广中路街道", "江湾镇街道"),
    "杨浦区": ("五角场街道", "新江湾城街道", "殷行街道", "控江路街道", "大桥街道"),
}
PLACES: tuple[tuple[str, str], ...] = tuple(
    (district, town) for district, towns in DISTRICTS.items() for town in towns
)

# Qualifiers that make a repeated project name distinct, as real towns number their phases and sites.
QUALIFIERS = ("（一期）", "（二期）", "（三期）", "（东片区）", "（西片区）", "（南片区）", "（北片区）",
              "（续建）", "（新建）", "（补充）", "（追加）", "（第二批）", "（第三批）")


@dataclass(frozen=True)
class ProjectType:
    """One kind of project: how it is named, who runs it, its budget range and its phrase banks."""

    key: str
    subject: str
    names: tuple[str, ...]
    units: tuple[str, ...]
    budget: tuple[float, float]
    goals: tuple[str, ...]
    outcomes: tuple[str, ...]
    quantity: tuple[tuple[str, str, int, int], ...]
    quality: tuple[str, ...]
    timeliness: tuple[tuple[str, str], ...]
    benefit: tuple[tuple[str, str, str], ...]
    satisfaction: tuple[str, ...]
    departments: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ("",)


_PARTY_CENTRE = "上海市{d}{t}社区党群服务中心"
_AFFAIRS_CENTRE = "上海市{d}{t}社区事务受理服务中心"
_TOWN_OFFICE = "上海市{d}{t}人民政府办公室"

PROJECT_TYPES: tuple[ProjectType, ...] = (
    ProjectType(
        "社工", "社工队伍",
        ("社工", "社工经费", "社区社工服务经费", "{tn}社工站运营经费", "专职社工薪酬保障", "司法社工经费"),
        (_PARTY_CENTRE, "上海市{d}{t}社会工作服务站", "{t}社会事务管理办公室"),
        (20, 2500),
        ("保障社工{y}年度工资福利、公用经费等的正常支出。", "完成社工经费的划拨，保障社工个人利益。",
         "稳定社工队伍，提升社区专业服务能力。", "按照社工薪酬体系，足额发放社工工资及各项补贴。",
         "通过专业社工介入，为辖区困难群体提供个案和小组服务。"),
        ("按时按实完成了{y}年度社工工资、福利、公用经费等正常支出。", "全年在岗社工{a}名，开展个案服务{b}例。",
         "社工队伍保持稳定，全年无欠薪情况发生。", "组织社工专业培训{a}场，持证社工比例达到{p}%。",
         "社工日常工作有序开展，服务对象反映良好。"),
        (("社工数量", "人", 10, 120), ("社工人数", "人", 10, 120), ("个案服务数", "例", 50, 800),
         ("专业培训场次", "场", 4, 30)),
        ("资金发放准确率", "社工考核达标率", "持证上岗率"),
        (("社工经费拨付及时性", "及时"), ("工资发放及时性", "每月")),
        (("社会效益指标", "社工日常工作开展情况", "=100.00(%)"), ("社会效益指标", "社区专业服务能力", "提升"),
         ("可持续影响指标", "社工队伍稳定性", "保持稳定")),
        ("社工满意度", "服务对象满意度", "相关社工满意度"),
        suffixes=("", "（党群中心）", "（平安办）", "（社区办）"),
    ),
    ProjectType(
        "安保", "安保队伍",
        ("安保经费", "社会治安保障经费", "特勤安保服务费", "治安巡逻队经费", "{tn}地区联防队经费"),
        (_PARTY_CENTRE, "{t}平安办", "上海市{d}{t}综合治理办公室"),
        (30, 1500),
        ("区域治安长效管理制度建立健全。", "确保有人有岗，有岗有责，有责有效，协助派出所开展社会治理。",
         "加强群防群治力量建设，压降辖区可防性案件。", "保障安保队伍正常运转，维护社会和谐稳定。"),
        ("各支安保队伍在全镇范围内积极开展治安、交通等各类事件处置，有效提升{tn}治安环境。",
         "全年出动巡逻{b}人次，协助处置各类警情{b}起。", "辖区可防性案件同比下降{q}%。",
         "协助派出所及相关部门开展社会治理工作。", "重大节假日期间安保勤务零差错。"),
        (("安保人数", "人", 10, 400), ("特勤安保人数", "人", 50, 400), ("交通辅警人数", "人", 10, 80),
         ("联动执法人数", "人", 5, 30), ("巡逻频次", "次/日", 2, 6)),
        ("安保人员勤务完成率", "安保人员突发事件处置率", "勤务考核合格率"),
        (("突发事件处置及时性", "1小时"), ("安保人员面对突发事件快速处置率", "=100.00(%)")),
        (("社会效益指标", "压降辖区内警情", "有效压降"), ("社会效益指标", "区域内治安状况", "提升"),
         ("可持续影响指标", "长效管理机制", "建立健全")),
        ("相关单位满意度", "居民群众满意度"),
        suffixes=("", "（平安办）"),
    ),
    ProjectType(
        "党建", "党建工作",
        ("党建活动", "党建活动经费", "区域化党建经费", "两新组织党建经费", "下拨经费", "社区党校运行经费",
         "党员志愿服务经费"),
        (_PARTY_CENTRE, "上海市{d}{t}党建服务中心", "中共上海市{d}{t}委员会组织办"),
        (5, 300),
        ("进一步做实“三基”工作、做亮区域化党建、做强“两新”党建工作。", "推动党的建设工作走内涵式、高质量发展之路。",
         "发放支部书记、下派“两新”党组织书记补贴、支部教育经费。", "开展各类党员志愿活动，全面提升志愿者的综合服务能力。",
         "做大社区党校品牌，提升党员教育培训质量。"),
        ("开展了{a}场党务工作者培训、{a}次党务工作检查。", "全年发展党员{a}名，100%完成计划数。",
         "社区党校开展各类培训{b}场次，受众近{c}人次。", "孵化{a}个党员志愿服务项目，激发党员的服务意识。",
         "指导完成{a}家居村党群服务站升级迭代。", "增强了全镇党组织的凝聚力。"),
        (("开展活动次数", "次", 4, 60), ("志愿活动次数", "次", 4, 40), ("培训场次", "场", 5, 300),
         ("覆盖党组织数", "个", 20, 200)),
        ("活动开展质量达标率", "资金发放准确率", "活动开展达标率"),
        (("活动开展及时性", "按计划开展"), ("补贴发放及时性", "每季度")),
        (("社会效益指标", "提升党组织的凝聚力", "提升率"), ("社会效益指标", "党员先锋模范作用", "有效发挥"),
         ("可持续影响指标", "区域化党建长效机制", "建立健全")),
        ("党员满意度", "党员群众满意度", "参与党员满意度"),
        suffixes=("", "（党群中心）", "（组织办）"),
    ),
    ProjectType(
        "信访", "信访工作",
        ("劝导队经费", "维稳经费", "信访代理员经费", "信访矛盾化解专项经费", "人民建议征集经费"),
        ("{t}信访办", "上海市{d}{t}信访办公室"),
        (3, 400),
        ("确保本区域的社会稳定。", "将矛盾化解在基层，化解在萌芽状态。", "提高协管员工作的积极性，配合信访部门做好信访工作。",
         "及时受理群众来信来访，依法按政策解决群众合理诉求。"),
        ("把赴京人员吸附在本地，确保{tn}区域内的社会稳定。", "全年受理群众来信来访{b}件次，按期办结率{p}%。",
         "维护本地区的稳定和谐，促进经济有序发展。", "化解信访积案{a}件，重点时段未发生越级集访。",
         "劝导队有效协助信访工作人员开展工作，是信访工作不可缺少的一支队伍。"),
        (("信访代理员人数", "人", 10, 60), ("劝导队人数", "人", 4, 20), ("化解积案数", "件", 5, 60)),
        ("维稳工作完成达标率", "信访代理员经费发放准确率", "信访事项按期办结率"),
        (("维稳事件发生响应及时性", "及时"), ("信访代理员发放及时率", "每月")),
        (("社会效益指标", "保障地区稳定性", "保障"), ("社会效益指标", "降低矛盾发生率", "降低"),
         ("可持续影响指标", "长效管理机制", "建立健全")),
        ("周边居民满意率", "信访群众满意度"),
        suffixes=("", "（信）", "（信访办）"),
    ),
    ProjectType(
        "平安", "平安建设",
        ("平安志愿者经费", "图像视频监控系统租赁经费", "实有人口信息采集终端租赁服务费", "禁毒与反邪教",
         "重精患者监护人奖励费", "平安治理可视化安全管控运维服务经费", "“两个实有”工作奖励费"),
        (_PARTY_CENTRE, "{t}平安办", "上海市{d}{t}城市运行管理中心"),
        (5, 2500),
        ("按时支付志愿者工作经费及购买志愿者装备，做好后勤保障工作。", "补齐监控盲区，逐步实现镇域内视频监控全覆盖。",
         "将本年度符合政策条件的人员纳入奖补范围，以奖代补政策100%落实。", "对吸毒人员进行综合干预，健全完善“一人一策”动态管理措施。",
         "年度人口信息准确率达到市人口办核定的标准。"),
        ("年内志愿者按时进行巡防服务，并支付各项志愿者费用。", "完成镇域内视频监控全覆盖，接入点位{c}个。",
         "按计划完成各种禁毒、反邪教宣传活动，对辖区内相关人员进行有效管控。", "保证重精患者签约率100%，并按时支付监护人奖励费。",
         "完成人房信息登记注销等工作，保证实有人口信息准确。"),
        (("志愿者人数", "人", 100, 1500), ("监控点位数", "个", 200, 8000), ("信息采集设备", "台", 50, 300),
         ("重精患者监护人数", "人", 20, 120), ("宣传活动场次", "场", 6, 50)),
        ("设备合格率", "志愿者服务工作达标率", "信息登记准确率"),
        (("设备故障响应及时性", "2小时"), ("现场巡检保养", "每季度一次"), ("奖励费发放及时性", "第一季度")),
        (("社会效益指标", "城市治安管理水平", "提升"), ("社会效益指标", "安全隐患", "消除"),
         ("社会效益指标", "肇事肇祸发生率", "降低"), ("可持续影响指标", "长效管理制度", "建立健全")),
        ("居民群众满意度", "志愿者满意度", "相关单位满意度"),
        suffixes=("", "（平安办）"),
    ),
    ProjectType(
        "教育", "社区教育",
        ("社区学校办学经费", "老年大学分校运行经费", "市民终身学习体验基地建设", "学前教育看护点补贴",
         "青少年暑期托管服务"),
        ("上海市{d}{t}社区学校", "上海市{d}{t}社区教育中心", "{t}社会事业发展中心"),
        (5, 600),
        ("完善社区教育网络，满足居民多样化学习需求。", "开设各类课程，推动学习型社区建设。",
         "为辖区双职工家庭提供暑期托管服务，解决看护难题。", "保障社区学校日常运行和教学活动正常开展。"),
        ("全年开设课程{a}门，参与学员{c}人次。", "暑期托管服务学生{b}名，未发生安全责任事故。",
         "完成教学点设施更新{a}处。", "社区学校教学秩序良好，学员结业率达到{p}%。"),
        (("开设课程数", "门", 10, 150), ("参训学员人数", "人次", 500, 20000), ("托管学生人数", "名", 40, 600)),
        ("课程开课率", "教学质量合格率", "学员结业率"),
        (("课程开设及时性", "按学期计划"), ("托管服务时间", "7月-8月")),
        (("社会效益指标", "居民终身学习氛围", "提升"), ("社会效益指标", "双职工家庭看护压力", "缓解"),
         ("可持续影响指标", "社区教育长效机制", "建立健全")),
        ("学员满意度", "家长满意度"),
        departments=("上海市{d}教育局",),
    ),
    ProjectType(
        "卫生", "社区卫生",
        ("家庭医生签约服务经费", "人才健康体检", "社区卫生服务中心运行补助", "重点人群健康管理",
         "爱国卫生运动经费", "病媒生物防制经费"),
        ("上海市{d}{t}社区卫生服务中心", "{t}爱国卫生运动委员会办公室", _PARTY_CENTRE),
        (3, 1200),
        ("做实家庭医生签约服务，提高重点人群签约率。", "开展病媒生物防制，降低四害密度。",
         "做好重点人才健康服务，跟踪体检中发现的健康隐患。", "保障社区卫生服务中心基本医疗和公共卫生服务正常运转。"),
        ("全年签约居民{c}人，重点人群签约率{p}%。", "完成病媒生物防制{b}户次，四害密度控制在标准以内。",
         "体检活动已完成，实际体检人数未达到预期。", "基本公共卫生服务项目全部按计划完成。",
         "对体检中发现的重大健康隐患做了跟踪服务保障工作。"),
        (("签约居民人数", "人", 2000, 60000), ("体检人数", "人", 50, 800), ("防制覆盖户数", "户", 1000, 30000),
         ("开展活动次数", "次", 1, 20)),
        ("签约服务规范率", "消杀作业合格率", "活动开展质量达标率"),
        (("体检报告反馈时间", "15个工作日内"), ("消杀作业频次", "每月一次")),
        (("社会效益指标", "居民健康水平", "提升"), ("社会效益指标", "四害密度", "降低"),
         ("可持续影响指标", "健康管理长效机制", "建立健全")),
        ("签约居民满意度", "人才满意度", "居民满意度"),
        departments=("上海市{d}卫生健康委员会",),
    ),
    ProjectType(
        "养老", "为老服务",
        ("长者照护之家运营补贴", "老年人助餐服务补贴", "居家养老服务经费", "综合为老服务中心运营经费",
         "高龄老人慰问经费"),
        ("上海市{d}{t}综合为老服务中心", "{t}社区事务办公室", _AFFAIRS_CENTRE),
        (10, 1800),
        ("为辖区老年人提供助餐、助浴、助洁等居家养老服务。", "保障长者照护之家正常运营，满足失能失智老人照护需求。",
         "按标准发放高龄老人慰问金，体现党和政府关怀。", "完善“15分钟养老服务圈”建设。"),
        ("全年提供助餐服务{c}人次，服务老人{b}名。", "照护之家床位使用率达到{p}%。",
         "走访慰问高龄老人{b}人次，慰问金全部发放到位。", "为老服务设施运行平稳，未发生安全事故。"),
        (("助餐服务人次", "人次", 5000, 120000), ("服务老人人数", "人", 100, 3000), ("照护床位数", "张", 20, 120),
         ("慰问人数", "人", 100, 2000)),
        ("服务质量达标率", "慰问金发放准确率", "床位使用率"),
        (("助餐服务提供时间", "每日"), ("慰问金发放时间", "春节前")),
        (("社会效益指标", "老年人生活质量", "提高"), ("社会效益指标", "家庭照护负担", "减轻"),
         ("可持续影响指标", "养老服务体系", "持续完善")),
        ("服务老人满意度", "老年人及家属满意度"),
        departments=("上海市{d}民政局",),
    ),
    ProjectType(
        "环卫", "市容环卫",
        ("生活垃圾分类减量经费", "道路保洁服务费", "公共厕所管理经费", "垃圾清运处置费", "市容环境整治经费"),
        ("{t}城市建设管理办公室", "上海市{d}{t}市容环境卫生管理所", "{t}城运中心"),
        (50, 3000),
        ("持续推进生活垃圾分类，巩固垃圾分类实效。", "做好道路清扫保洁，保持市容环境整洁有序。",
         "规范生活垃圾收运处置，实现日产日清。", "加强公共厕所日常管理，提升如厕环境。"),
        ("全年清运生活垃圾{c}吨，湿垃圾分出量稳步提升。", "道路保洁面积{c}平方米，机扫率达到{p}%。",
         "居住区垃圾分类实效达标率保持{p}%以上。", "公共厕所运行正常，投诉量同比下降。"),
        (("保洁道路面积", "万平方米", 20, 600), ("垃圾清运量", "吨", 5000, 90000), ("公共厕所数量", "座", 10, 80),
         ("分类投放点", "个", 50, 600)),
        ("道路保洁质量达标率", "垃圾分类实效达标率", "清运作业合格率"),
        (("垃圾清运及时性", "日产日清"), ("保洁作业频次", "每日两次")),
        (("生态效益指标", "市容环境面貌", "改善"), ("社会效益指标", "垃圾分类知晓率", "提高"),
         ("可持续影响指标", "垃圾分类长效机制", "建立健全")),
        ("居民满意度", "周边居民满意度", "市民满意率"),
        departments=("上海市{d}绿化和市容管理局",),
    ),
    ProjectType(
        "绿化", "绿化养护",
        ("公共绿地养护经费", "行道树修剪及补种", "口袋公园建设", "林地养护管理费", "绿化提升改造工程"),
        ("{t}城市建设管理办公室", "上海市{d}{t}绿化管理所", "{t}林业站"),
        (20, 2000),
        ("做好辖区公共绿地日常养护，提升绿化景观品质。", "完成行道树修剪、补种和病虫害防治。",
         "新建口袋公园，为居民提供休憩空间。", "落实林地管护责任，保障林木健康生长。"),
        ("全年养护绿地{c}平方米，修剪行道树{c}株。", "完成口袋公园建设{a}处并对外开放。",
         "病虫害防治{a}次，绿地完好率{p}%。", "绿化养护考核成绩保持区内前列。"),
        (("养护绿地面积", "万平方米", 5, 300), ("修剪行道树", "株", 500, 20000), ("新建口袋公园", "处", 1, 12),
         ("林地面积", "亩", 100, 8000)),
        ("养护质量达标率", "苗木成活率", "工程验收合格率"),
        (("养护作业及时性", "按季节计划"), ("工程完工时间", "{y}年12月底前")),
        (("生态效益指标", "城市绿化覆盖率", "提高"), ("社会效益指标", "居民休闲环境", "改善"),
         ("可持续影响指标", "绿化长效管护机制", "建立健全")),
        ("周边居民满意度", "游园群众满意度"),
        departments=("上海市{d}绿化和市容管理局",),
    ),
    ProjectType(
        "水务", "河道水务",
        ("河道保洁养护经费", "河长制工作经费", "农村生活污水设施运维", "排水管网疏通养护", "防汛物资储备经费"),
        ("{t}水务站", "{t}河长制办公室", "{t}城市建设管理办公室"),
        (20, 2500),
        ("落实河长制，做好镇管河道日常保洁养护。", "保障农村生活污水处理设施稳定运行，出水达标。",
         "完成排水管网疏通，提升汛期排水能力。", "储备防汛物资，确保汛期安全。"),
        ("全年保洁河道{a}条，长度{b}公里，水质稳定达标。", "污水处理设施运行负荷率{p}%，出水水质达标。",
         "疏通排水管网{b}公里，汛期未发生严重积水。", "河道无黑臭，断面水质持续改善。"),
        (("保洁河道条数", "条", 10, 300), ("管网疏通长度", "公里", 10, 400), ("运维设施数量", "座", 5, 200)),
        ("河道保洁质量合格率", "设施出水达标率", "疏通作业合格率"),
        (("巡河频次", "每周一次"), ("故障响应时间", "24小时内")),
        (("生态效益指标", "河道水质", "改善"), ("社会效益指标", "汛期积水点", "减少"),
         ("可持续影响指标", "河长制长效管理", "建立健全")),
        ("沿河居民满意度", "周边居民满意率"),
        departments=("上海市{d}水务局",),
    ),
    ProjectType(
        "道路养护", "道路设施",
        ("镇管道路养护经费", "桥梁检测及维修", "村级道路大修工程", "道路照明设施维护", "人行道修复工程"),
        ("{t}城市建设管理办公室", "上海市{d}{t}市政养护所", "{t}规划建设和环境保护办公室"),
        (30, 3000),
        ("做好镇管道路、桥梁日常养护，保障道路通行安全。", "完成村级道路大修，改善农村出行条件。",
         "开展桥梁定期检测，及时消除结构安全隐患。", "保障道路照明设施完好率。"),
        ("全年养护道路{b}公里，完成坑塘修补{c}平方米。", "完成桥梁检测{a}座，维修{a}座。",
         "村级道路大修工程已竣工验收。", "道路照明设施亮灯率保持{p}%以上。"),
        (("养护道路长度", "公里", 10, 400), ("检测桥梁数量", "座", 5, 120), ("修复人行道面积", "平方米", 1000, 50000),
         ("维护路灯数量", "盏", 200, 8000)),
        ("道路完好率", "工程验收合格率", "路灯亮灯率"),
        (("病害处置及时性", "48小时内"), ("工程完工时间", "{y}年11月底前")),
        (("社会效益指标", "道路通行条件", "改善"), ("社会效益指标", "交通安全隐患", "消除"),
         ("可持续影响指标", "设施长效养护机制", "建立健全")),
        ("沿线居民满意度", "出行群众满意度"),
        departments=("上海市{d}建设和管理委员会",),
    ),
    ProjectType(
        "文化活动", "群众文化",
        ("社区文化活动经费", "文化配送服务", "非遗传承保护经费", "市民文化节活动", "下发基层书报杂志费"),
        ("上海市{d}{t}社区文化活动中心", "{t}文化服务中心", _PARTY_CENTRE),
        (3, 500),
        ("丰富群众文化生活，开展形式多样的文化活动。", "做好文化配送，推动优质文化资源下沉居村。",
         "保护传承非物质文化遗产，培育传承人队伍。", "全面做好征订工作，100%完成征订数量。"),
        ("全年开展文化活动{b}场，惠及群众{c}人次。", "配送文艺演出、讲座{b}场，覆盖全部居村。",
         "举办非遗展示活动{a}场，新增传承人{a}名。", "根据区政法委要求完成征订量100%。"),
        (("文化活动场次", "场", 20, 600), ("文化配送场次", "场", 20, 300), ("各类书报杂志", "份", 100, 3000)),
        ("活动开展质量达标率", "书报杂志验收合格率", "配送节目合格率"),
        (("按时完成书报杂志征订", "11月-12月"), ("活动开展及时性", "按计划开展")),
        (("社会效益指标", "群众文化获得感", "提升"), ("社会效益指标", "干部群众知识储备", "扩展"),
         ("可持续影响指标", "文化惠民长效机制", "建立健全")),
        ("参与群众满意度", "各单位干部群众满意度"),
        departments=("上海市{d}文化和旅游局",),
    ),
    ProjectType(
        "体育", "全民健身",
        ("全民健身设施维护", "社区运动会经费", "百姓健身步道建设", "体育赛事活动经费", "市民健身驿站运营"),
        ("{t}社区体育指导中心", "上海市{d}{t}社区文化活动中心", "{t}社会事业发展中心"),
        (3, 400),
        ("维护社区健身设施，保障群众安全健身。", "举办社区运动会，激发群众健身热情。",
         "新建百姓健身步道，完善15分钟体育生活圈。"),
        ("完成健身苑点器材维护{b}件，更新{a}处。", "举办运动会比赛项目{a}个，参赛群众{c}人次。",
         "健身步道建成并投入使用。", "健身设施完好率达到{p}%。"),
        (("维护健身器材数", "件", 100, 2000), ("赛事活动场次", "场", 3, 40), ("健身步道长度", "米", 300, 5000)),
        ("器材完好率", "赛事组织合格率", "工程验收合格率"),
        (("器材报修响应时间", "48小时内"), ("赛事举办时间", "按赛事计划")),
        (("社会效益指标", "群众健身参与度", "提高"), ("社会效益指标", "居民身体素质", "增强")),
        ("健身群众满意度", "参赛群众满意度"),
        departments=("上海市{d}体育局",),
    ),
    ProjectType(
        "就业援助", "就业援助",
        ("就业困难人员援助经费", "公益性岗位补贴", "创业带动就业补贴", "职业技能培训补贴", "人才活动"),
        ("上海市{d}{t}社区事务受理服务中心", "{t}社区就业援助服务站", _PARTY_CENTRE),
        (5, 900),
        ("帮扶就业困难人员实现就业，兜牢民生底线。", "开发公益性岗位，托底安置就业困难人员。",
         "开展职业技能培训，提升劳动者就业能力。", "推进人才驿站建设，推动人才工作提质增效。"),
        ("全年帮扶就业困难人员{b}名实现就业。", "开发公益性岗位{b}个，安置率{p}%。",
         "组织职业技能培训{a}期，参训{b}人次，取证率{p}%。", "按计划完成人才驿站建设。"),
        (("帮扶就业人数", "人", 20, 800), ("公益性岗位数", "个", 20, 400), ("培训人次", "人次", 50, 3000),
         ("开展活动次数", "次", 2, 30)),
        ("补贴发放准确率", "培训合格率", "活动开展质量达标率"),
        (("补贴发放及时性", "每季度"), ("培训开班时间", "按计划开班")),
        (("社会效益指标", "零就业家庭动态清零", "保持"), ("社会效益指标", "以人才工作赋能营商环境提升", "提升"),
         ("经济效益指标", "劳动者收入水平", "提高")),
        ("援助对象满意度", "参训人员满意度", "人才满意度"),
        departments=("上海市{d}人力资源和社会保障局",),
    ),
    ProjectType(
        "社区治理", "社区治理",
        ("居民区自治项目经费", "“美丽家园”微更新", "居委会工作经费", "楼组自治金", "物业矛盾调解经费"),
        ("{t}社区自治办公室", "上海市{d}{t}社区发展服务中心", _PARTY_CENTRE),
        (5, 800),
        ("支持居民区开展自治项目，激发居民参与社区治理的积极性。", "实施小区微更新，改善居民居住环境。",
         "保障居委会日常运转，提升为民服务能力。", "化解物业矛盾纠纷，维护小区和谐。"),
        ("全年立项自治项目{a}个，参与居民{c}人次。", "完成微更新小区{a}个，惠及居民{c}户。",
         "调解物业纠纷{b}起，调解成功率{p}%。", "居委会工作经费全部按标准拨付到位。"),
        (("自治项目数", "个", 5, 80), ("微更新小区数", "个", 2, 30), ("覆盖居委数", "个", 10, 60),
         ("调解纠纷数", "起", 20, 500)),
        ("项目验收合格率", "资金使用合规率", "调解成功率"),
        (("项目完成时间", "{y}年12月底前"), ("经费拨付及时性", "按季度")),
        (("社会效益指标", "居民参与度", "提高"), ("社会效益指标", "社区治理现代化", "推进"),
         ("可持续影响指标", "居民自治长效机制", "建立健全")),
        ("居民满意度", "居委会满意度", "居民群众满意率"),
    ),
    ProjectType(
        "数字化", "数字化建设",
        ("户籍档案数字化加工项目", "“一网统管”平台运维", "城运中心系统升级", "政务服务“一网通办”终端租赁",
         "数字孪生社区试点建设"),
        ("{t}城运中心", _AFFAIRS_CENTRE, "上海市{d}{t}城市运行管理中心"),
        (10, 1500),
        ("为最大限度实现“让数据多跑腿、让群众零跑路”的工作目标，推进数字化转型。", "保障“一网统管”平台稳定运行。",
         "完成城运系统升级，提升城市运行管理能力。", "对历史档案进行数字化加工归档。"),
        ("平台全年稳定运行，系统可用率{p}%。", "完成档案数字化加工{c}卷。",
         "接入物联感知设备{b}个，处置工单{c}件。", "完成系统升级并通过验收。"),
        (("接入感知设备数", "个", 100, 5000), ("数字化加工卷数", "卷", 1000, 60000), ("终端设备数", "台", 10, 200)),
        ("系统可用率", "数据准确率", "工程验收合格率"),
        (("故障响应时间", "2小时"), ("项目完成时间", "{y}年12月底前")),
        (("社会效益指标", "城市运行管理能力", "提升"), ("社会效益指标", "群众办事效率", "提高"),
         ("可持续影响指标", "数据共享机制", "建立健全")),
        ("相关单位满意度", "办事群众满意度"),
    ),
    ProjectType(
        "装修工程", "工程",
        ("派出所新址装修工程", "社区服务中心修缮工程", "党群服务站改造工程", "办公用房维修改造", "村委会办公楼修缮工程"),
        (_PARTY_CENTRE, "{t}城市建设管理办公室", "{t}机关事务管理中心"),
        (30, 3000),
        ("{y}年完成装修工程并投入使用。", "年内完成相关经费的支付。", "改善办公和服务环境，提升群众办事体验。"),
        ("年内装修工程完成，并验收合格。", "根据支付进度完成相关经费支付。", "工程已竣工验收并投入使用，未发生安全事故。",
         "完成修缮面积{c}平方米。"),
        (("装修面积", "平方米", 500, 20000), ("修缮面积", "平方米", 500, 20000)),
        ("工程验收合格率", "工程质量达标率"),
        (("工程完工时间", "{y}年12月底前"), ("进度款支付及时性", "按合同约定")),
        (("社会效益指标", "民警工作环境", "改善"), ("社会效益指标", "居民群众办事便利性", "提高")),
        ("相关单位满意度", "使用单位满意度", "居民群众满意度"),
        suffixes=("", "（平安办）", "（党群中心）"),
    ),
    ProjectType(
        "质保金", "质保金",
        ("党群服务中心规范化建设质保金", "微史馆质保金", "道路工程质保金", "绿化工程质保金", "装修工程质保金"),
        (_PARTY_CENTRE, "{t}城市建设管理办公室"),
        (0.3, 60),
        ("按合同约定，质保期满后支付工程质保金。", "竣工移交后{a}个月支付质保金。",
         "镇府抄【{yp}】{b}号，{y}年10月中下旬支付质保金。"),
        ("质保期内工程运行正常，未发生质量问题。", "质保金已按合同约定支付完毕。"),
        (("工程完成率", "次", 1, 1),),
        ("工程验收完成率",),
        (("质保金支付时间", "质保期满后"),),
        (("社会效益指标", "提升党组织凝聚力", "提升率"), ("社会效益指标", "工程质量", "保障")),
        ("党员群众满意度", "使用单位满意度"),
        suffixes=("", "（党群中心）"),
    ),
    ProjectType(
        "租赁服务", "租赁服务",
        ("办公场地租赁费", "车辆租赁服务费", "设备租赁服务费", "移动信息采集终端租赁服务费", "视频监控系统租赁经费"),
        (_PARTY_CENTRE, _TOWN_OFFICE, "{t}平安办"),
        (5, 2500),
        ("租赁相关设备并做好日常维护，保障工作正常开展。", "按合同支付租赁服务经费。", "保障办公场地正常使用。"),
        ("租赁相关设备，使用良好，并支付相应经费。", "按合同约定按季度支付租金。", "租赁设备全年运行正常，故障及时修复。"),
        (("租赁设备数量", "台", 5, 300), ("租赁面积", "平方米", 100, 5000), ("租赁车辆数", "辆", 2, 40)),
        ("设备故障维修率", "设备完好率"),
        (("租金支付及时性", "按季度"), ("故障处置及时性", "24小时内")),
        (("社会效益指标", "人口信息质量", "提升"), ("社会效益指标", "工作效率", "提高")),
        ("相关单位满意度", "使用部门满意度"),
    ),
    ProjectType(
        "公用事业", "公用事业",
        ("派出所公用事业费", "办公楼公用经费", "社区用房水电费"),
        (_PARTY_CENTRE, "{t}机关事务管理中心"),
        (5, 200),
        ("按时支付各项经费。", "保障办公场所水、电、燃气正常供应。"),
        ("按时支付水、电、燃气各项费用。", "全年未发生欠费停供情况。"),
        (("公用事业费数量", "项", 3, 5),),
        ("后勤保障率",),
        (("支付及时性", "每月"),),
        (("社会效益指标", "保障日常办公秩序", "=100(%)"),),
        ("相关单位满意度",),
    ),
)

GENERIC_GOALS = (
    "保障{s}{y}年度各项经费的正常支出。", "按照年度工作计划，有序推进{s}相关工作。",
    "规范资金管理，提高财政资金使用效益。", "确保项目按时保质完成，资金使用合规。",
    "进一步提升{s}服务水平，增强群众获得感。", "严格执行预算，做到专款专用。",
)
GOAL_OPENERS = ("", "", "", "", "根据{t}年度工作安排，", "{y}年，", "围绕年度重点工作，", "按照上级部门要求，",
                "通过项目实施，", "结合{tn}实际，")
GOAL_CLOSERS = ("切实增强群众获得感、幸福感、安全感。", "为{t}经济社会发展提供有力保障。", "确保各项任务按期完成。",
                "努力实现社会效益最大化。", "资金使用做到专款专用、规范高效。")
SPENDING_REPORTS = ("全年实际支出{}万元，预算执行率{}%。", "年度执行资金{}万元，执行率{}%。",
                    "累计支付{}万元，资金执行率为{}%。")
GENERIC_OUTCOMES = (
    "项目按计划实施，资金使用规范。", "各项工作有序推进，基本达到预期效果。", "全年未发生资金使用违规情况。",
    "相关经费已按合同约定支付。", "{s}工作得到上级部门肯定。", "项目实施过程中严格履行政府采购程序。",
)
DEFERRALS = (
    "因{y}年度资金紧张，部分经费于{y1}年度支付。", "因{y}年度资金紧张，{y1}年支付。",
    "受财力影响，剩余款项结转至{y1}年度支付。", "因资金拨付进度调整，尾款延至{y1}年一季度支付。",
    "因{y}年度资金紧张，部分费用用存量资金支付。",
)
LOW_EXECUTION = (
    "因实际使用量无法准确预估，故执行率较低。", "部分合同尚未完成结算审价，相应款项暂未支付。",
    "项目实施进度晚于计划，部分经费未能在年内支出。", "实际服务人数少于预算测算人数，经费有结余。",
    "因政府采购流程耗时较长，项目于年底方才启动。",
)
ZERO_EXECUTION = (
    "项目尚在招投标阶段，年内未发生支出。", "因{y}年度资金紧张，{y1}年支付。", "项目因故暂缓实施，年内未发生支出。",
)
ZERO_EXECUTION_RETENTION = ("质保期未满，质保金尚未支付。", "因{y}年度资金紧张，{y1}年支付。")
DEVIATION_REASONS = (
    "实际{name}{actual}，后续及时调整经费。", "受客观因素影响未完成目标，下一年度将加强计划管理。",
    "服务对象流动性大，实际数量低于预期，将优化测算口径。", "因人员离职未及时补充，下一步加快招聘。",
    "年中政策调整导致{name}减少，明年预算编制时予以调整。", "部分工作延至次年实施，将加快推进进度。",
)

# 分值 of 产出 / 效益 / 满意度 indicators; with the 10 of 预算执行率 they make 100.
WEIGHT_SPLITS = ((30, 30, 30), (40, 30, 20), (50, 30, 10), (50, 20, 20), (40, 40, 10), (60, 20, 10),
                 (45, 30, 15), (30, 40, 20), (40, 35, 15), (50, 25, 15))
GENERIC_QUALITY = ("资金发放准确率", "资金使用合规率")
GENERIC_TIMELINESS = (("资金支付及时性", "及时"), ("项目完成及时性", "按计划完成"))
GENERIC_SATISFACTION = ("相关单位满意度", "居民群众满意度")
GRADE_BANDS = ((9000, "优"), (8000, "良"), (6000, "中"), (0, "差"))
ANOMALY_KINDS = ("rate_mismatch", "total_mismatch", "missing_reason")
ANOMALY_SHARE = 0.06
BUDGET_WEIGHT = 10


# ---------------------------------------------------------------------------------------------
# The form as numbers and texts, before rendering. Money is in cents of 万元 and scores in
# hundredths, so every printed figure is exact integer arithmetic.
# ---------------------------------------------------------------------------------------------


@dataclass
class Indicator:
    """One indicator row: labels, printed target and actual, weight and score in hundredths."""

    level1: str
    level2: str
    name: str
    target: str
    actual: str
    weight: int
    score: int
    deviation: str = ""


@dataclass
class SyntheticForm:
    """A generated form: its printed text plus what went into it, for tests and fixtures."""

    project_name: str
    department: str
    unit: str
    year: int
    anomaly: str | None
    text: str = ""
    total: int = 0
    indicators: list[Indicator] = field(default_factory=list)


def truncate_rate(executed: int, budget: int) -> int:
    """执行率 in hundredths of a percent, truncated as the forms print it (95.539 → 9553)."""
    return executed * 10000 // budget if budget else 0


def budget_score(rate: int, weight: int = BUDGET_WEIGHT) -> int:
    """Budget 得分 in hundredths: min(执行率, 100%) × weight, truncated."""
    return min(rate, 10000) * weight // 100


def grade_of(total: int) -> str:
    """The grade band of a total score in hundredths (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差)."""
    return next(grade for floor, grade in GRADE_BANDS if total >= floor)


def money(cents: int) -> str:
    """Print cents of 万元 as the forms do: 208707 → "2,087.07"."""
    return f"{cents // 100:,}.{cents % 100:02d}"


def hundredths(value: int) -> str:
    """Print a score in hundredths with two decimals: 955 → "9.55"."""
    return f"{value // 100}.{value % 100:02d}"


def short_total(value: int) -> str:
    """Print a 总分 as the seed does, without trailing zeros: 9480 → "94.8", 10000 → "100"."""
    return hundredths(value).rstrip("0").rstrip(".")


class _FormBuilder:
    """Draws one form's contents from a shared random stream."""

    def __init__(self, rng: random.Random, year: int, used_names: set[str]):
        self.rng = rng
        self.year = year
        self.used_names = used_names

    def build(self) -> SyntheticForm:
        rng = self.rng
        kind = rng.choice(PROJECT_TYPES)
        district, town = rng.choice(PLACES)
        short_town = re.sub(r"(新镇|镇|街道)$", "", town)
        self.words = {"d": district, "t": town, "tn": short_town, "y": self.year, "y1": self.year + 1,
                      "s": kind.subject, "yp": self.year - rng.randint(1, 6)}
        unit = self._fill(rng.choice(kind.units))
        name = self._unique_name(kind, unit)
        anomaly = rng.choice(ANOMALY_KINDS) if rng.random() < ANOMALY_SHARE else None
        form = SyntheticForm(name, self._department(kind, district, town), unit, self.year, anomaly)
        self._funds(kind)
        self.goal = self._goal(kind)
        self.outcome = self._outcome(kind)
        form.indicators = self._indicators(kind, anomaly == "missing_reason")
        self._score(form)
        return form

    def _unique_name(self, kind: ProjectType, unit: str) -> str:
        rng = self.rng
        base = self._fill(rng.choice(kind.names))
        if rng.random() < 0.3 and not base.startswith(self.words["tn"]):
            base = self.words["t"] + base
        name = base + rng.choice(kind.suffixes)
        attempt = 0
        while f"{name}|{unit}" in self.used_names:
            attempt += 1
            qualifier = rng.choice(QUALIFIERS) if attempt < 6 else f"（第{attempt}批）"
            name = base + qualifier + rng.choice(kind.suffixes)
        self.used_names.add(f"{name}|{unit}")
        return name

    def _department(self, kind: ProjectType, district: str, town: str) -> str:
        if kind.departments and self.rng.random() < 0.35:
            return self._fill(self.rng.choice(kind.departments))
        office = "办事处" if town.endswith("街道") else "人民政府"
        return f"上海市{district}{town}{office}" + ("(汇总)" if self.rng.random() < 0.5 else "")

    def _goal(self, kind: ProjectType) -> str:
        rng = self.rng
        opener = self._fill(rng.choice(GOAL_OPENERS))
        text = opener + self._sentences(kind.goals, GENERIC_GOALS, rng.randint(1, 3))
        if rng.random() < 0.3:
            text += f"全年安排预算{money(self.budget)}万元，用于{kind.subject}相关支出。"
        if rng.random() < 0.3:
            text += self._fill(rng.choice(GOAL_CLOSERS))
        return text

    def _outcome(self, kind: ProjectType) -> str:
        rng = self.rng
        text = self._sentences(kind.outcomes, GENERIC_OUTCOMES, rng.randint(1, 4))
        if self.executed and rng.random() < 0.3:
            text += rng.choice(SPENDING_REPORTS).format(money(self.executed), hundredths(self.rate))
        return text + self._funds_story(kind)

    def _sentences(self, specific: tuple[str, ...], generic: tuple[str, ...], count: int) -> str:
        # Mostly the type's own clauses, with a generic one now and then, never the same twice.
        pool = list(specific) + [self.rng.choice(generic)]
        chosen = self.rng.sample(pool, min(count, len(pool)))
        return "".join(self._fill(clause) for clause in chosen)

    def _fill(self, clause: str) -> str:
        # Fresh counts per sentence, so one outcome does not repeat the same figure three times.
        if "{" not in clause:
            return clause
        rng = self.rng
        return clause.format_map({**self.words, "a": rng.randint(2, 60), "b": rng.randint(50, 2000),
                                  "c": rng.randint(1000, 50000), "p": rng.randint(85, 100), "q": rng.randint(2, 25)})

    def _funds(self, kind: ProjectType) -> None:
        rng = self.rng
        low, high = kind.budget
        budget = int(math.exp(rng.uniform(math.log(max(low, 0.3)), math.log(min(high, 3000)))) * 100)
        budget = max(30, min(budget, 300000))
        draw = rng.random()
        if draw < 0.12:
            initial = 0  # added during the year
        elif draw < 0.35:
            initial = max(30, int(budget * rng.uniform(0.7, 1.3)))
        else:
            initial = budget
        self.budget, self.initial = budget, initial
        self.executed = budget * self._execution_share(kind) // 10000
        self.rate = truncate_rate(self.executed, budget)
        self.split = self._split_sources()

    def _execution_share(self, kind: ProjectType) -> int:
        """执行率 drawn in hundredths of a percent: mostly near full, some low, a few nothing."""
        draw = self.rng.random()
        zero_share = 0.3 if kind.key == "质保金" else 0.04
        if draw < zero_share:
            return 0
        if draw < zero_share + 0.30:
            return 10000
        if draw < zero_share + 0.70:
            return self.rng.randint(9000, 9999)
        if draw < zero_share + 0.85:
            return self.rng.randint(6000, 8999)
        if draw < zero_share + 0.95:
            return self.rng.randint(1000, 5999)
        return self.rng.randint(30, 999)

    def _split_sources(self) -> dict[str, tuple[int, int, int]]:
        """Split (initial, annual, executed) over 当年财政拨款 / 上年结转资金 / 其他资金, adding up exactly."""
        draw = self.rng.random()
        shares = {"carryover": 0.0, "other": 0.0}
        if draw < 0.10:
            shares["carryover"] = self.rng.uniform(0.05, 0.6)
        elif draw < 0.15:
            shares["other"] = self.rng.uniform(0.05, 0.4)
        split: dict[str, tuple[int, int, int]] = {}
        spent = self.executed
        remaining_initial, remaining_budget = self.initial, self.budget
        for source in ("carryover", "other"):
            initial = int(self.initial * shares[source])
            budget = int(self.budget * shares[source])
            executed = min(budget, spent)  # carried-over money is spent first
            split[source] = (initial, budget, executed)
            spent -= executed
            remaining_initial -= initial
            remaining_budget -= budget
        split["fiscal"] = (remaining_initial, remaining_budget, spent)
        return split

    def _funds_story(self, kind: ProjectType) -> str:
        rng = self.rng
        if self.rate == 0:
            return self._fill(rng.choice(ZERO_EXECUTION_RETENTION if kind.key == "质保金" else ZERO_EXECUTION))
        if self.rate < 9000 and rng.random() < 0.7:
            bank = DEFERRALS if rng.random() < 0.5 else LOW_EXECUTION
            return self._fill(rng.choice(bank))
        return ""

    def _indicators(self, kind: ProjectType, force_silent_miss: bool) -> list[Indicator]:
        rng = self.rng
        output_weight, benefit_weight, satisfaction_weight = rng.choice(WEIGHT_SPLITS)
        output_rows = self._output_rows(kind, output_weight // 5)
        benefit_rows = self._benefit_rows(kind, benefit_weight // 5)
        satisfaction_rows = self._satisfaction_rows(kind, satisfaction_weight // 5)
        rows: list[Indicator] = []
        for level1, group, weight in (("产出指标", output_rows, output_weight),
                                      ("效益指标", benefit_rows, benefit_weight),
                                      ("满意度指标", satisfaction_rows, satisfaction_weight)):
            for row, row_weight in zip(group, self._split_weight(weight, len(group))):
                row.level1, row.weight, row.score = level1, row_weight * 100, row_weight * 100
                rows.append(row)
        quantitative = [row for row in rows if row.level2 == "数量指标"]
        for row in quantitative:
            if rng.random() < 0.06:
                self._miss(row, silent=False)
        if force_silent_miss:
            self._miss(quantitative[0], silent=True)
        return rows

    def _split_weight(self, total: int, parts: int) -> list[int]:
        """Split a group's weight into `parts` multiples of 5 (seed forms rarely use odd weights)."""
        units = total // 5
        cuts = sorted(self.rng.sample(range(1, units), parts - 1)) if parts > 1 else []
        bounds = [0, *cuts, units]
        return [(bounds[i + 1] - bounds[i]) * 5 for i in range(parts)]

    def _output_rows(self, kind: ProjectType, max_rows: int) -> list[Indicator]:
        rng = self.rng
        specs = rng.sample(kind.quantity, rng.randint(1, min(3, len(kind.quantity))))
        rows = [self._quantity_row(spec) for spec in specs]
        quality = rng.sample(kind.quality + GENERIC_QUALITY, rng.randint(1, 2))
        rows += [Indicator("", "质量指标", name, *self._percent_pair(), 0, 0) for name in quality]
        if rng.random() < 0.6:
            name, target = rng.choice(kind.timeliness + GENERIC_TIMELINESS)
            rows.append(Indicator("", "时效指标", name, self._fill(target), self._met(), 0, 0))
        if rng.random() < 0.1:
            actual = f"{rng.randint(9000, 10000) / 100:.2f}(%)"
            rows.append(Indicator("", "成本指标", "预算控制率", "≤100.00(%)", actual, 0, 0))
        return rows[:max_rows]

    def _quantity_row(self, spec: tuple[str, str, int, int]) -> Indicator:
        name, unit, low, high = spec
        number = self.rng.randint(low, high)
        op = "=" if self.rng.random() < 0.7 else "≥"
        printed = f"{number}.00" if self.rng.random() < 0.85 else str(number)
        actual = number if op == "=" or self.rng.random() < 0.7 else number + self.rng.randint(1, max(1, number // 10))
        return Indicator("", "数量指标", name, f"{op}{printed}({unit})", f"{actual}.00({unit})", 0, 0)

    def _percent_pair(self) -> tuple[str, str]:
        rng = self.rng
        draw = rng.random()
        if draw < 0.15:
            return rng.choice(("合格率", "质量达标率", "100%", "准确率百分百")), self._met()
        unit = "%" if rng.random() < 0.8 else "百分比"
        target = rng.choice((100, 100, 98, 95, 90))
        op = "=" if target == 100 else "≥"
        return f"{op}{target}.00({unit})", f"{rng.randint(target, 100)}.00({unit})"

    def _met(self) -> str:
        return "达成指标" if self.rng.random() < 0.85 else self.rng.choice(("已完成", "按时完成", "已达成"))

    def _benefit_rows(self, kind: ProjectType, max_rows: int) -> list[Indicator]:
        specs = self.rng.sample(kind.benefit, self.rng.randint(1, min(3, len(kind.benefit))))
        rows = []
        for level2, name, target in specs:
            actual = "100.00(%)" if target.startswith("=") else self._met()
            rows.append(Indicator("", level2, name, target, actual, 0, 0))
        rows.sort(key=lambda row: row.level2 == "可持续影响指标")  # sustained-impact rows come last
        return rows[:max_rows]

    def _satisfaction_rows(self, kind: ProjectType, max_rows: int) -> list[Indicator]:
        rng = self.rng
        names = rng.sample(kind.satisfaction + GENERIC_SATISFACTION, rng.randint(1, 2))
        rows = []
        for name in names:
            if rng.random() < 0.2:
                name = name.replace("满意度", "满意率")
            draw = rng.random()
            if draw < 0.6:
                floor = rng.choice((90, 90, 85, 95))
                unit = "%" if rng.random() < 0.8 else "百分比"
                target, actual = f"≥{floor}.00({unit})", f"{rng.randint(floor, 99)}.00({unit})"
            elif draw < 0.8:
                target, actual = rng.choice(("百分之九十", "90%", "满意率", "满意度", "≥85(百分比)")), self._met()
            else:
                target, actual = "=90.00(%)", f"{rng.randint(90, 98)}.00(%)"
            rows.append(Indicator("", "服务对象满意度指标", name, target, actual, 0, 0))
        return rows[:max_rows]

    def _miss(self, row: Indicator, silent: bool) -> None:
        """Make a quantity row fall short of its target, scored down, with a reason unless `silent`."""
        match = re.match(r"^[=≥](\d+)(?:\.00)?\((.+)\)$", row.target)
        number, unit = int(match.group(1)), match.group(2)
        achieved = max(0, int(number * self.rng.uniform(0.4, 0.95)))
        if achieved >= number:
            achieved = number - 1
        row.actual = f"{achieved}.00({unit})"
        row.score = max(0, min(row.weight - 10, row.weight * achieved // max(number, 1)))
        row.deviation = ""
        if not silent:
            row.deviation = self.rng.choice(DEVIATION_REASONS).format(name=row.name, actual=f"{achieved}{unit}")

    def _score(self, form: SyntheticForm) -> None:
        rng = self.rng
        self.printed_rate = self.rate
        if form.anomaly == "rate_mismatch":
            self.printed_rate = self._wrong_rate()
        self.budget_points = budget_score(self.printed_rate)
        form.total = self.budget_points + sum(row.score for row in form.indicators)
        if form.anomaly == "total_mismatch":
            form.total = self._wrong_total(form.total)
        self.show_grade = rng.random() < 0.75

    def _wrong_rate(self) -> int:
        # The common slips: the rate taken against 年初预算数, or two digits swapped on entry.
        if self.initial and abs(truncate_rate(self.executed, self.initial) - self.rate) > 5:
            return truncate_rate(self.executed, self.initial)
        step = self.rng.randint(150, 1500)
        up, down = self.rate + step, self.rate - step
        if up > 10000:
            return down
        return up if down < 0 or self.rng.random() < 0.5 else down

    def _wrong_total(self, total: int) -> int:
        # Full budget points counted regardless of the rate, or a plain addition slip.
        if self.budget_points <= BUDGET_WEIGHT * 100 - 50:
            return total - self.budget_points + BUDGET_WEIGHT * 100
        delta = self.rng.randint(50, 300)
        return total - delta if total - delta >= 0 else total + delta


# ---------------------------------------------------------------------------------------------
# Rendering: a few column layouts seen in the seed, with its spacer cells and punctuation variants.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    """Where a layout puts its cells; blanks stand in for the merged cells of the source sheet."""

    name_gap: int       # blank cells between 项目名称 and the name
    fund_pad: int       # blank cells before the fund-row labels
    indicator_gap: int  # blank cells between 三级指标 and 年度指标值
    padded_title: bool  # title and year lines padded with tabs, no blank line after


LAYOUTS = (_Layout(2, 3, 2, False), _Layout(1, 2, 1, True), _Layout(1, 2, 1, False), _Layout(1, 1, 0, False))


def render(form: SyntheticForm, builder: _FormBuilder, rng: random.Random) -> str:
    """Print a built form in the seed's tab-separated layout.

    Args:
        form: the form's identity, indicators and total.
        builder: the builder that drew the funds and narratives.
        rng: the random stream choosing the layout and punctuation.

    Returns:
        The form's text block, without a trailing newline.
    """
    layout = rng.choice(LAYOUTS)
    width = 8 + layout.indicator_gap
    dash = rng.choice(("—", "—", "－", "-"))
    paren = rng.choice((("(", ")"), ("（", "）")))
    lines = _title_lines(form.year, layout, width, rng)
    lines.append(_row(["项目名称", *[""] * layout.name_gap, form.project_name], width))
    lines.append(_row(["主管部门", *[""] * layout.name_gap, form.department, "", "实施单位", form.unit], width))
    lines += _fund_lines(builder, layout, paren, dash, rng)
    lines += _goal_lines(builder, layout, width)
    lines += _indicator_lines(form, layout, width, rng)
    lines.append(_row(["总分", *[""] * (4 + layout.indicator_gap), "100", short_total(form.total)], width))
    if builder.show_grade:
        lines.append(_row(["评分等级", "", grade_of(form.total)], width - 1))
    return "\n".join(lines)


def _row(cells: list[str], width: int) -> str:
    return "\t".join(cells + [""] * (width - len(cells)))


def _title_lines(year: int, layout: _Layout, width: int, rng: random.Random) -> list[str]:
    title = "财政项目支出绩效自评表" if rng.random() < 0.95 else "财政项目支出绩效自我评价"
    if layout.padded_title:
        return [_row([title], width - 1), _row([f"({year}年度)"], width - 1)]
    year_line = rng.choice((f" （{year}年度）", f" ({year}年度)"))
    return [title, year_line, ""]


def _fund_lines(builder: _FormBuilder, layout: _Layout, paren: tuple[str, str], dash: str,
                rng: random.Random) -> list[str]:
    rate_header = rng.choice(("执行率(%)", "执行率(%)", "执行率（%）", "执行率"))
    header = [f"项目资金 {paren[0]}万元{paren[1]}", *[""] * layout.fund_pad,
              "年初预算数", "全年预算数", "全年执行数", "分数", rate_header, "得分"]
    pad = [""] * layout.fund_pad
    total = [*pad, "年度资金总额", money(builder.initial), money(builder.budget), money(builder.executed),
             f"{BUDGET_WEIGHT}.00", hundredths(builder.printed_rate), hundredths(builder.budget_points)]
    lines = ["\t".join(header), "\t".join(total)]
    for label, source in (("其中：当年财政拨款", "fiscal"), ("上年结转资金", "carryover"), ("其他资金", "other")):
        initial, budget, executed = builder.split[source]
        whole = source == "fiscal" and budget == builder.budget
        rate = builder.printed_rate if whole else truncate_rate(executed, budget)
        lines.append("\t".join([*pad, label, money(initial), money(budget), money(executed), dash,
                                hundredths(rate), dash]))
    return lines


def _goal_lines(builder: _FormBuilder, layout: _Layout, width: int) -> list[str]:
    gap = [""] * (2 + layout.indicator_gap)
    return [_row(["年度 总体 目标", "预期目标", *gap, "实际完成情况"], width),
            _row(["", builder.goal, *gap, builder.outcome], width)]


def _indicator_lines(form: SyntheticForm, layout: _Layout, width: int, rng: random.Random) -> list[str]:
    gap = [""] * layout.indicator_gap
    deviation_header = "偏差原因分析及改进措施" if rng.random() < 0.85 else "偏差原因分析"
    lines = [_row(["一级指标", "二级指标", "三级指标", *gap, "年度指标值", "实际完成值", "分值", "得分",
                   deviation_header], width)]
    previous_level1 = previous_level2 = None
    for row in form.indicators:
        # Merged 一级/二级 cells print only on the first row of their run.
        level1 = row.level1 if row.level1 != previous_level1 else ""
        level2 = row.level2 if level1 or row.level2 != previous_level2 else ""
        previous_level1, previous_level2 = row.level1, row.level2
        lines.append(_row([level1, level2, row.name, *gap, row.target, row.actual, hundredths(row.weight),
                           hundredths(row.score), row.deviation], width))
    return lines


def generate(count: int, seed: int = 0, year: int = 2023) -> Iterator[SyntheticForm]:
    """Generate forms with their text and what went into them (anomaly kind, total, indicators).

    Args:
        count: how many forms.
        seed: the random seed; the same seed gives the same forms.
        year: the fiscal year printed on the forms.

    Returns:
        An iterator of SyntheticForm, each with its `text` filled in.
    """
    rng = random.Random(seed)
    used_names: set[str] = set()
    for _ in range(count):
        builder = _FormBuilder(rng, year, used_names)
        form = builder.build()
        form.text = render(form, builder, rng)
        yield form


def generate_forms(count: int, seed: int = 0, year: int = 2023) -> Iterator[str]:
    """Generate synthetic self-evaluation forms in the seed corpus's text format.

    Args:
        count: how many forms.
        seed: the random seed; the same seed gives the same text.
        year: the fiscal year printed on the forms.

    Returns:
        An iterator of form text blocks (no trailing newline); join them with blank lines to make a file.
    """
    return (form.text for form in generate(count, seed, year))


def write_corpus(out_dir: Path, count: int, seed: int = 0, forms_per_file: int = 100, year: int = 2023) -> list[Path]:
    """Write generated forms into text files of `forms_per_file` forms each.

    Args:
        out_dir: the folder to write to (created if missing).
        count: how many forms in all.
        seed: the random seed.
        forms_per_file: forms per file; the last file holds the rest.
        year: the fiscal year printed on the forms.

    Returns:
        The paths written, in order.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    batch: list[str] = []
    for text in generate_forms(count, seed, year):
        batch.append(text)
        if len(batch) == forms_per_file:
            paths.append(_write_batch(out_dir, year, seed, len(paths), batch))
            batch = []
    if batch:
        paths.append(_write_batch(out_dir, year, seed, len(paths), batch))
    return paths


def _write_batch(out_dir: Path, year: int, seed: int, index: int, forms: list[str]) -> Path:
    path = out_dir / f"synthetic_{year}_s{seed}_{index + 1:05d}.txt"
    path.write_text("\n\n\n".join(forms) + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------
# Previous-year edition of real forms: same projects, a year earlier, reworded and refigured.
# ---------------------------------------------------------------------------------------------

# Indicator wordings that drift between years; the first matching pair is applied.
WORDING_DRIFT = (
    ("满意度", "满意率"), ("满意率", "满意度"), ("开展活动次数", "活动开展次数"), ("资金发放准确率", "经费发放准确率"),
    ("达标率", "合格率"), ("及时性", "及时率"), ("工作开展情况", "工作完成情况"), ("人数", "数量"),
    ("完成率", "完成比例"),
)
NARRATIVE_DRIFT = (
    ("按时按实完成了", "按时足额完成了"), ("有效提升", "进一步提升"), ("保障", "确保"), ("并支付", "并及时支付"),
    ("全面", "全方位"), ("按计划完成", "按年度计划完成"),
)
_QUANTITY = re.compile(r"^([=≥]?)(\d+(?:\.\d+)?)\((.+)\)$")
_COUNT_UNITS = ("人", "个", "次", "台", "份", "条", "处", "名", "场", "平方米")
PREVIOUS_YEAR_PROJECTS = 10


def make_previous_year(seed_text: str, year: int = 2022, seed: int = 0) -> str:
    """Write a previous-year edition of about ten of the seed file's projects.

    Each chosen project keeps its implementing unit and a name that links across years (some
    gain a year prefix such as "2022年度"), while its indicator wordings drift (满意度 → 满意率 …),
    its counts, budgets and execution change, and its rate, scores, total and grade are recomputed.

    Args:
        seed_text: the text of a seed corpus file.
        year: the year of the edition to write.
        seed: the random seed choosing projects and changes.

    Returns:
        The edition's text, forms separated by blank lines.
    """
    from store.parser import split_forms
    from store.readers.base import Row, Table

    rng = random.Random(seed)
    lines = seed_text.splitlines()
    table = Table(None, [Row(tuple(cell.strip() for cell in line.split("\t")), number)
                         for number, line in enumerate(lines, start=1)])
    blocks = [lines[segment.rows[0].line - 1: segment.rows[-1].line] for segment in split_forms(table)]
    source_year = next((int(m.group(1)) for line in lines if (m := re.search(r"((?:19|20)\d{2})年度", line))), year + 1)
    candidates = [index for index, block in enumerate(blocks) if _editable(block)]
    chosen = sorted(rng.sample(candidates, min(PREVIOUS_YEAR_PROJECTS, len(candidates))))
    renamed = set(rng.sample(chosen, max(3, len(chosen) * 2 // 5)))
    editions = [_previous_block(blocks[index], source_year, year, index in renamed, rng) for index in chosen]
    return "\n\n".join("\n".join(block) for block in editions) + "\n"


def _cells(line: str) -> list[str]:
    return line.split("\t")


def _editable(block: list[str]) -> bool:
    """Whether a seed form can be re-figured: a sane funds row and no ordinal (第三届) in its name."""
    total = next((line for line in block if "年度资金总额" in line), None)
    name = next((line for line in block if line.startswith("项目名称")), "")
    if total is None or re.search(r"第.届", name):
        return False
    numbers = [float(cell.replace(",", "")) for cell in _cells(total) if re.fullmatch(r"[\d,]+\.\d+", cell.strip())]
    return len(numbers) >= 6 and numbers[2] <= numbers[1]


def _previous_block(block: list[str], source_year: int, year: int, rename: bool, rng: random.Random) -> list[str]:
    shift = {source_year: year, source_year + 1: year + 1}
    block = [re.sub(r"((?:19|20)\d{2})(?=年)", lambda m: str(shift.get(int(m.group(1)), m.group(1))), line)
             for line in block]
    out: list[str] = []
    header: list[str] | None = None
    state = {"budget_points": 0, "indicator_points": 0, "total": 0}
    after_goal_header = False
    for line in block:
        cells = _cells(line)
        stripped = [cell.strip() for cell in cells]
        if after_goal_header:
            cells = [_drift_narrative(cell, rng) for cell in cells]
        after_goal_header = "预期目标" in stripped
        if stripped and stripped[0] == "项目名称" and rename:
            cells = _renamed(cells, year, rng)
        elif "年度资金总额" in stripped or "其中：当年财政拨款" in stripped:
            cells = _refigured_funds(cells, state, rng)
        elif "三级指标" in stripped:
            header = stripped
        elif header is not None and _is_total(stripped):
            cells = _retotalled(cells, state)
            header = None
        elif header is not None and len(_numeric_positions(cells)) >= 2:
            # The score is the row's last bare number, whether or not the row lines up with its header.
            state["indicator_points"] += round(float(cells[_numeric_positions(cells)[-1]]) * 100)
            if _is_indicator_row(stripped, header):
                cells = _reworded_indicator(cells, header, rng)
        elif stripped and stripped[0] == "评分等级":
            cells = [grade_of(state["total"]) if cell.strip() in ("优", "良", "中", "差") else cell for cell in cells]
        out.append("\t".join(cells))
    return out


def _numeric_positions(cells: list[str]) -> list[int]:
    return [i for i, cell in enumerate(cells) if re.fullmatch(r"\d+(?:\.\d+)?", cell.strip())]


def _renamed(cells: list[str], year: int, rng: random.Random) -> list[str]:
    index = next(i for i, cell in enumerate(cells) if i > 0 and cell.strip())
    cells = list(cells)
    cells[index] = rng.choice((f"{year}年度", f"{year}年")) + cells[index].strip()
    return cells


def _refigured_funds(cells: list[str], state: dict, rng: random.Random) -> list[str]:
    positions = [i for i, cell in enumerate(cells) if re.fullmatch(r"[\d,]+\.\d+", cell.strip())]
    values = [int(round(float(cells[i].replace(",", "")) * 100)) for i in positions]
    if "figures" not in state:
        initial, budget, executed = values[0], values[1], values[2]
        factor = rng.uniform(0.8, 1.15)
        new_budget = max(30, int(budget * factor))
        new_initial = int(initial * factor) if initial else 0
        old_share = executed * 10000 // budget if budget else 0
        share = 0 if old_share == 0 else min(10000, max(100, old_share + rng.randint(-300, 300)))
        new_executed = new_budget * share // 10000
        rate = truncate_rate(new_executed, new_budget)
        state["figures"] = (new_initial, new_budget, new_executed, rate)
        state["budget_points"] = budget_score(rate)
    new_initial, new_budget, new_executed, rate = state["figures"]
    printed = [money(new_initial), money(new_budget), money(new_executed)]
    cells = list(cells)
    for slot, position in enumerate(positions):
        if slot < 3:
            cells[position] = printed[slot]
        elif len(positions) == 6 and slot == 4:
            cells[position] = hundredths(rate)
        elif len(positions) == 6 and slot == 5:
            cells[position] = hundredths(state["budget_points"])
        elif len(positions) == 4 and slot == 3:
            cells[position] = hundredths(rate)
    return cells


def _is_indicator_row(stripped: list[str], header: list[str]) -> bool:
    weight_at = header.index("分值") if "分值" in header else None
    return weight_at is not None and weight_at + 1 < len(stripped) and bool(stripped[header.index("三级指标")]) \
        and re.fullmatch(r"\d+(?:\.\d+)?", stripped[weight_at]) is not None


def _reworded_indicator(cells: list[str], header: list[str], rng: random.Random) -> list[str]:
    cells = list(cells)
    name_at, target_at, actual_at = header.index("三级指标"), header.index("年度指标值"), header.index("实际完成值")
    name = cells[name_at].strip()
    drift = next(((old, new) for old, new in WORDING_DRIFT if old in name), None)
    if drift and ("满意" in name or rng.random() < 0.5):
        cells[name_at] = name.replace(*drift)
    target, actual = _QUANTITY.match(cells[target_at].strip()), _QUANTITY.match(cells[actual_at].strip())
    if target and actual and float(target.group(2)) == float(actual.group(2)) and target.group(3) in _COUNT_UNITS:
        number = max(1, round(float(target.group(2)) * rng.uniform(0.85, 1.1)))
        cells[target_at] = f"{target.group(1)}{number:.2f}({target.group(3)})"
        cells[actual_at] = f"{number:.2f}({actual.group(3)})"
    return cells


def _is_total(stripped: list[str]) -> bool:
    filled = [cell for cell in stripped if cell]
    if not filled:
        return False
    # 人才活动 in the seed prints its totals row without the 总分 label: just 100 and the score.
    return filled[0] == "总分" or (len(filled) == 2 and all(re.fullmatch(r"\d+(?:\.\d+)?", c) for c in filled))


def _retotalled(cells: list[str], state: dict) -> list[str]:
    state["total"] = state["budget_points"] + state["indicator_points"]
    cells = list(cells)
    cells[_numeric_positions(cells)[-1]] = short_total(state["total"])
    return cells


def _drift_narrative(cell: str, rng: random.Random) -> str:
    if len(cell.strip()) <= 8:
        return cell
    for old, new in rng.sample(NARRATIVE_DRIFT, 2):
        if old in cell:
            return cell.replace(old, new, 1)
    return cell


def main(argv: list[str] | None = None) -> int:
    """Command line: python -m bench.synthetic OUT_DIR --forms N [--seed S] [--year Y] [--previous-of SEED]."""
    parser = argparse.ArgumentParser(prog="python -m bench.synthetic", description=__doc__)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--forms", type=int, default=0, help="how many synthetic forms to write")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--year", type=int, default=None, help="fiscal year (default 2023, or 2022 with --previous-of)")
    parser.add_argument("--forms-per-file", type=int, default=100)
    parser.add_argument("--previous-of", type=Path, help="also write a previous-year edition of this seed file")
    args = parser.parse_args(argv)
    written: list[Path] = []
    if args.forms:
        written = write_corpus(args.out_dir, args.forms, args.seed, args.forms_per_file, args.year or 2023)
    if args.previous_of:
        edition_year = args.year or 2022
        text = make_previous_year(args.previous_of.read_text(encoding="utf-8-sig"), edition_year, args.seed)
        path = Path(args.out_dir) / f"previous_{edition_year}_{args.previous_of.stem}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    print(f"wrote {len(written)} files to {args.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
