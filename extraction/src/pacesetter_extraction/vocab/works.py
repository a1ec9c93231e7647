"""Milestones and projects: the verbs, designations and heads of named works.

Generic policy language in simplified characters (the analysis text is converted first);
nothing names a particular document.
"""

from __future__ import annotations

# --- milestones and projects --------------------------------------------------
MILESTONE_VERBS_FRONT = [
    "开工建设",
    "开工实施",
    *("动工建设", "动建"),  # 年底动建外科综合大楼: 动工兴建, shortened
    "建成投用",
    "建成投产",
    "建成运营",
    "建成",
    "投用",
    "投产",
    "启用",  # 启用金华市儿童福利院新院: a named facility put to use
    "开通",
    "通车",
    "竣工",
    "创建",
    "争创",
    "创成",
    "获批",
    "进入",
    "启动",
    "完成",
    "成为",
    "建设成为",
    "打造成为",
    "建设成",
    "公布",
    "出台",
    "印发",
    "开工",
    "完工",  # 完工曾家岩大桥、红岩村大桥: a work finished, the verb told first
    "跻身",  # 跻身全国百强区: a ranked designation entered (with a level, as 进入)
    "新开工",  # 新开工…桥梁工程: a named work started this year
    "上线运营",
    "上线",
    "落地",
    "推出",
    "发布",
    "新建",
    "设立",
    "成立",  # 成立…碳中和办公室: a body set up
    "展开",  # Hong Kong's 开展: 展开…扩建工程 starts a named work
    "试行",  # 明年在马鞍山试行首个都市农场: a pilot launched
    "通过",  # 通过5A级景观质量评审: an assessment passed (only before one, milestones.py)
]
# Publishing a named document is checkable: 出台…实施方案, 公布…重建计划.
PUBLISH_VERBS = ["公布", "出台", "印发", "推出"]
DOCUMENT_HEADS = ["计划", "方案", "规划", "意见", "办法", "条例", "纲要", "规划纲要", "建议"]
# A service put online (上线运营…平台, 发布…手机版) is an event.
ONLINE_VERBS = ["上线运营", "上线", "发布"]
ONLINE_HEADS = ["平台", "系统", "专区", "小程序", "手机版", "客户端"]
MILESTONE_VERBS_END = [
    "落成",  # 力促…市场竣工落成
    "竣工落成",
    "开通",
    "开通运营",  # 推动…高铁开通运营: the opening, told with the service that follows it
    "通车",
    "通车运营",
    "通水",  # 鄂北…一期工程建成通水: a water work's opening, as 通车 is a road's
    "建成通水",
    "投用",
    "投产",
    "竣工",
    "建成",
    "启动",
    "运营",
    "开工",
    "建成投用",
    "全线开通",
    *("动工建设", "动建"),
    "开工建设",  # …,即将开工建设: the work the sentence names
    "上路",  # 2026年长照3.0上路: a scheme goes live (Taiwan)
    "展开",  # 北环线主线工程会展开: a named work started (Hong Kong)
    "开展",  # …第二期工程明年中开展: the same, as mainland copies write it
    "上线运行",
    "上线",
    "交付使用",
    "获批挂牌",  # …5A级景区要获批挂牌: a designation's plaque won
    "轨通",  # 地铁三号线年内实现轨通: a metro line's track laid through
    "具备通车条件",  # 地道7月底具备通车条件: a road ready to open
    # …ready for its use: 通水 (water works), 开园 (a park), 交房/入住 (housing), 演出 (a theatre)
    *("具备通水条件", "具备开园条件", "具备交房条件", "具备入住条件", "具备演出条件"),
    "开街运营",  # 老街区首开区开街运营: a restored street quarter opened
    "开街",
    "通航",  # 北运河京冀段将实现通航: a waterway opened to ships, as a road to traffic
    *("并网发电", "全容量并网"),  # a power plant connected to the grid
    *("发包", "决标", "招标", "完成招标"),  # a named work let (Taiwan's 发包, Hong Kong's 招标)
    "成工",  # …大楼2021年第三季成工: Hong Kong's 完工
    "动土",  # 东区市场拚动土: Taiwan's groundbreaking
    "奠基",
    *("装机", "量产", "达产"),  # a plant's machines in, its output begun, its design output reached
    "通车营运",
]
# Verbs that start or finish a work: with them a named work's construction is a checkable
# event (完成危桥改建工程, 启动污水厂改扩建工程), while 加快/推进…建设 stays ongoing.
WORK_EVENT_VERBS = ["完成", "启动", "开工建设", "开工实施", "动工建设", "展开"]
# What a named work ends in.
WORK_HEADS = [
    "工程",
    "项目",
    "改造",
    "改建",
    "改扩建",
    "扩建",
    "配套建设",
    "建设",
    "整治",
    "治理",
    "平整",  # 土地平整: land formed for building
    "搬迁",  # 完成潼关中学整体搬迁: a named facility moved, one event
    "改造提升",
    "提升改造",
    "绿化提升",
    "主体结构",  # 崧泽大道主体结构(9月底完成): a work's structure finished
]
# Decisions a push can win: a site chosen, approval, a project listed, landing, or setting up
# a facility (设 + 站/点/所/厂/馆).
MILESTONE_PUSH_OBJECTS = [
    "选址",
    "落地",
    "落地建设",
    "签约落地",
    "获批",
    "立项",
    *("设站", "设点", "设所", "设厂", "设馆"),
]
# A work's verb and 并 before 投入使用 (污水处理厂扩容并投入使用) finish it.
WORK_THEN_USE = ["扩容", "改造", "改建", "扩建", "建设", "提升", "建成", "完工"]
# Clause-final completion of a named work (T2航站楼完成改造).
WORK_DONE_END = [
    "完成改造",
    "完成建设",
    "完成扩建",
    "完成改建",
    "完成提升改造",
    "完成项目建设",
    "完成安装",
    "完成平整",  # 商业用地在2026年完成平整: land formed, ready to build on
    "完成施工",
    "完成验收",
    "完成拆除",
    "完成搬迁",
]
# Links opened between named places (实现A、B高速公路贯通).
LINK_VERBS_END = ["贯通", "通达", "连通", "全线贯通", "连接"]
# A milestone names a facility, project, title or designation.
DESIGNATION_HEADS = [
    "专列",  # 开通…货运专列: a service opened on a named route
    "班列",
    "航线",
    "示范县",
    "示范区",
    "示范市",
    "示范镇",
    "示范乡镇",
    "示范村",
    "示范园",
    "示范基地",
    "大县",
    "强县",
    "百强县",
    "百强区",
    "城市",
    "县城",
    "园区",
    "产业园",
    "开发区",
    "高新区",
    "站",
    "场",
    "项目",
    "工程",
    "线",
    "高铁",
    "铁路",
    "公路",
    "高速",  # 开工建设滨唐高速: an expressway by its short name
    "机场",
    "港",
    "码头",
    "医院",
    "院区",  # 建成投用西安市中医医院南院区: a hospital's or school's new site
    "校区",
    "学校",
    "小学",  # 开工建设新城小学: a school by its level
    "中学",
    "食堂",
    "中心",
    "馆",
    "桥",
    "隧道",
    "住宅",  # 樸子海線社會住宅(預計116年興建完成): a housing estate by name
    "安置房",
    "公寓",
    "景区",
    "基地",
    "企业",
    "称号",
    "品牌",
    "城",
    "期",
    ")",
    "小镇",
    "名村",
    "名镇",
    "保护区",
    "公园",
    "试验区",
    "先行区",
    "集聚区",
    "厂",
    "库",
    "院",
    "园",
    "路",
    "大道",
    "风貌区",  # 白象街传统风貌区: a restored street quarter
    "街区",
    "首开区",  # 老街区首开区: the part of a quarter opened first
    "路段",  # 交通北路段, 公园东段, 沙河段: a named section of a road, a park or a river
    "东段",
    "西段",
    "南段",
    "北段",
    "中段",
    "河段",
    "延伸段",
    "水系",  # 生态城水系: a named network of waterways built as one work
    "管网",
    "管道",  # 建成第四条对澳供水管道
    "电站",
    "堤",
    "坝",
    "楼",
    "用房",  # 教学用房及辅助用房: a school's or office's building
    "综合体",
    "市场",
    "枢纽",
    "通道",
    "口岸",
    "大桥",
    "办公室",
    "胜地",
    "目的地",
    "平台",
    "酒店",
    "网站",
    "专线",
    "热线",
]
# Verbs that finish a work, before "并投入使用" (建成X并投入使用, 完成X建设并投用).
COMPLETION_VERBS = ["建成", "完成", "竣工"]
GENERIC_OBJECT_START = ["一批", "重点", "若干", "各类", "相关", "一系列", "各项", "全面", "更多"]
GENERIC_OBJECT_END = [
    "建设",
    "工作",
    "体系",
    "机制",
    "格局",
    "制度",
    "目标",
    "任务",
    "计划",
    "思路",  # 启动、梯次推进…的思路: a way of working
    "品牌",  # 创建…等国家级品牌: a kind of distinction, the titles are named before it
    "要求",
    "原则",
]
PROJECT_HEADS = [
    "整体搬迁",
    "搬迁",
    "基础设施",
    "改扩建",
    "扩建",
    "新建工程",
    "改造工程",
    "工程",
    "项目",
]
PROJECT_VERBS = [
    "统筹推动",
    "统筹推进",
    "推动",
    "推进",
    "抓好",
    "实施",
    "建设",
    "加快",
    "启动",
    "完成",
    "开工建设",
    "持续抓好",
]

# Words that praise a kind of thing (卓越的全球城市, 布局合理的水源工程): before 的 they describe what
# is to be built, where a milestone names it (全县统一的政务平台 still names one platform).
EVALUATIVE_WORDS = [
    "卓越",
    "一流",
    "合理",
    "宜居",
    "宜业",
    "美丽",
    "和谐",
    "繁荣",
    "现代化",
    "高效",
    "有力",
    "完备",
    "先进",
    "领先",
    "知名",
    "著名",
    "优美",
    "幸福",
    "富裕",
    "包容",
    "活力",
    "魅力",
]
# A facility put to use, which a plan's numbered list or a 计划… lead makes an event
# (计划…;…,城北幼儿园投入使用).
PUT_TO_USE_VERBS = [
    *("投入使用", "投入正式使用", "投入运营", "投入运行", "建成投用", "启用", "开园", "投用"),
    *("投运", "建成投运", "建成开放", "开门应诊", "完工交付", "建成交付", "交付使用"),
]
# Verbs that tell a named facility is finished or opened (…大桥建成通车, …高铁开通运营).
OPENING_VERBS = [
    "建成",
    "启用",
    "竣工",
    "完工",
    "投用",
    "开通",
    "通车",
    "通水",
    "建成通水",
    "投入使用",
    "落成",
    "竣工落成",
    "开通运营",
    "通车运营",
    "建成通车",
    "建成投用",
    "投入运营",
    "建成投运",
    "建成开放",
    "开门应诊",
    "完工交付",
    "开街运营",
    "通航",
    "投产",
    "并网发电",  # 风电项目预计年底并网发电: a power plant connected to the grid
    "全容量并网",
]
