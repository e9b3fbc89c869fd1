"""English words of the domain with the Chinese the forms use: expands English queries for the lexical index."""

from __future__ import annotations

import re
from functools import lru_cache

# English words the forms discuss, with the Chinese the forms use: lets an English question reach the
# lexical index and tells a real question from chatter.
GLOSSARY_EN: dict[str, str] = {
    "short of money": "资金紧张", "short of funds": "资金紧张", "lack of funds": "资金紧张", "tight funding": "资金紧张",
    "funding shortage": "资金紧张", "shortage of funds": "资金紧张", "money was tight": "资金紧张",
    "funds were tight": "资金紧张", "tight budget": "资金紧张", "cash shortage": "资金紧张", "underfunded": "资金紧张",
    "postponed": "推迟 延期 支付", "delayed": "推迟 延期 支付", "deferred": "推迟 延期 支付",
    "next year": "下一年度 次年 支付", "carried over": "结转", "drug": "禁毒", "drugs": "禁毒", "narcotics": "禁毒",
    "cult": "反邪教", "cults": "反邪教", "anti-cult": "反邪教", "publicity": "宣传", "propaganda": "宣传",
    "campaign": "宣传活动", "awareness": "宣传", "prevention": "预防", "party": "党", "party members": "党员",
    "party member": "党员", "cadre": "干部", "cadres": "干部", "training": "培训", "education": "教育",
    "volunteer": "志愿者", "volunteers": "志愿者", "police": "派出所 公安", "police station": "派出所",
    "security": "安保 治安", "public security": "治安", "guards": "安保", "patrol": "巡防", "surveillance": "监控",
    "video": "视频", "camera": "摄像头", "cameras": "摄像头", "cctv": "视频监控", "monitoring": "监控",
    "talent": "人才", "talents": "人才", "health check": "体检", "medical examination": "体检", "checkup": "体检",
    "archives": "档案", "archive": "档案", "digitisation": "数字化", "digitization": "数字化", "household": "户籍",
    "renovation": "装修 修缮", "decoration": "装修", "repair": "修缮 维修", "construction": "工程",
    "warranty": "质保金", "retention": "质保金", "deposit": "质保金", "museum": "微史馆", "mental": "重精",
    "psychiatric": "重精", "patients": "患者", "guardian": "监护人", "guardians": "监护人", "reward": "奖励",
    "subsidy": "补贴", "subsidies": "补贴", "allowance": "补贴", "social worker": "社工", "social workers": "社工",
    "petition": "信访", "petitions": "信访", "petitioners": "信访", "stability": "维稳 稳定", "stability maintenance": "维稳",
    "mediation": "劝导 化解", "dispute": "矛盾", "disputes": "矛盾纠纷", "conflict": "矛盾", "newspapers": "书报",
    "magazines": "杂志", "books": "书报", "subscription": "征订", "rental": "租赁", "lease": "租赁", "leasing": "租赁",
    "equipment": "设备", "devices": "设备", "terminal": "终端", "information collection": "信息采集",
    "population": "人口", "residents": "居民", "satisfaction": "满意度", "utilities": "公用事业费 水 电 燃气",
    "electricity": "电", "water": "水", "gas": "燃气", "logistics": "后勤", "meals": "就餐 午餐 晚餐",
    "cleaning": "保洁", "traffic": "交通", "ceremony": "仪式", "festival": "警察节", "flag": "警旗",
    "auxiliary police": "辅警", "community": "社区", "village": "村", "service centre": "服务中心",
    "service center": "服务中心", "disability": "残保金 残疾人", "disabled": "残疾人", "wages": "工资", "salary": "工资",
    "salaries": "工资", "welfare": "福利", "crime": "犯罪", "justice": "司法", "safety": "平安 安全",
    "visualisation": "可视化", "visualization": "可视化", "maintenance": "运维 维护", "operations": "运维",
    "not reached": "未达到", "fell short": "未达到", "shortfall": "未达到", "fewer people": "人数未达到预期",
    "physical": "体检", "exam": "体检", "activities": "活动", "activity": "活动", "events": "活动", "funds": "经费",
    "grassroots": "基层", "branch": "支部", "secretary": "书记", "secretaries": "书记", "rent": "租赁", "paid": "支付",
    "payment": "支付", "pay": "支付", "quality deposit": "质保金", "completion": "竣工", "acceptance": "验收",
}


@lru_cache(maxsize=None)
def _pattern(phrase: str) -> re.Pattern:
    # Whole words only: "pay" must not match inside "payment", which has its own entry.
    return re.compile(r"(?<![a-z0-9])" + re.escape(phrase) + r"(?![a-z0-9])")


_LONGEST_FIRST = sorted(GLOSSARY_EN, key=len, reverse=True)


def expand_english(text: str) -> str:
    """The text with the Chinese for each glossary phrase it contains appended (longest phrases first).

    Args:
        text: an English query.

    Returns:
        The query followed by the Chinese terms, or the query unchanged when none apply.
    """
    lowered = text.lower()
    extra = []
    for phrase in _LONGEST_FIRST:
        pattern = _pattern(phrase)
        if pattern.search(lowered):
            extra.append(GLOSSARY_EN[phrase])
            lowered = pattern.sub(" ", lowered)
    return text if not extra else f"{text} {' '.join(dict.fromkeys(extra))}"
