"""The verbs that put a named work into use (…年底前投入使用, 古洞站启用), clause-final.

Generic policy language in simplified characters (the analysis text is converted first).
"""

from __future__ import annotations

_AUDIENCES = ("公众", "市民", "普通市民", "居民", "读者", "游客")  # whom a facility opens to
# Clause-final verbs of a work put into use (…年底前投入使用).
MILESTONE_USE_VERBS = [
    "投入使用",
    "投入正式使用",
    "投入运营",
    "投入营业",
    "建成使用",
    "竣工使用",
    "主体完工",
    "封顶",  # 主体封顶: a building's structure topped out
    "结顶",
    "投入运行",
    "投入试运营",
    "试运营",
    "营运",  # 今年底将陆续启用营运 (Taiwan's 运营)
    "开园",  # a park or kindergarten opened
    "完工交屋",  # 社会住宅预计年底完工交屋: homes handed over (Taiwan)
    "开馆",
    "开业",
    "完工",
    "动工",
    "启用",  # 古洞站启用: a facility opened
    "入伙",  # 首批公营房屋明年入伙: housing handed to its residents
    "落成",
    "投入服务",  # Hong Kong's 投入使用
    "开始营运",
    "开始运营",
    "投入营运",
    "正式运行",  # a centre running for good (not 运行良好)
    "开办",  # a new school or kindergarten opened
    "投运",  # 投入运行 written short (污水处理厂二期建成投运)
    "建成投运",
    "建成开放",  # a park, a greenway or a road section opened to the public
    # …opened to the public, to residents, readers, visitors (not 对外开放, a policy)
    *(to + who + "开放" for to in "对向" for who in _AUDIENCES),
    "正式开放",
    "开门应诊",  # a hospital's new site receives patients
    "开诊",
    "完工交付",  # a school or housing handed over when finished
    "建成交付",
]
