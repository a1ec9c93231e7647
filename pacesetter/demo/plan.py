"""The Zherong 2023 plan as the interview states it (targets quoted from the source);
``demo=True`` marks what the interview does not say and the demo invents."""

from dataclasses import dataclass, field

PLAN_CODE = "zherong-2023"
PLAN_NAME = "柘荣县2023年“深学争优、敢为争先、实干争效”行动"
YEAR = 2023

# (code, parent code or None, level, name)
GOALS = [
    ("P1", None, "pillar", "深学争优"),
    ("P1.1", "P1", "goal", "传承弘扬“柘荣现象”"),
    ("P2", None, "pillar", "敢为争先"),
    ("P2.1", "P2", "campaign", "工业提质攻坚年"),
    ("P2.1.1", "P2.1", "goal", "做强“闽东药城”：做好“药、钢、特”的文章"),
    ("P2.2", "P2", "campaign", "城乡品质攻坚年"),
    ("P2.2.1", "P2.2", "goal", "构建“中国慢城”"),
    ("P2.3", "P2", "campaign", "营商环境攻坚年"),
    ("P2.3.1", "P2.3", "goal", "打响最优服务：“柘好办”服务品牌"),
    ("P3", None, "pillar", "实干争效"),
    ("P3.1", "P3", "goal", "“开门红”：抓项目、抓招商、抓培育、抓服务"),
    ("P3.2", "P3", "goal", "“办实事”：教育、卫生两大领域"),
]


@dataclass(frozen=True)
class IndicatorSpec:
    code: str
    goal: str
    name: str
    unit: str
    comparator: str
    target: str
    lead: str
    value_type: str = "number"
    aggregation: str = "cumulative"
    quote: str = ""
    # Who reports and how fast (share of the linear path reached by October); towns report
    # with per-town targets that add up to the plan target.
    reporters: str = "lead"
    # An office that gives some towns' figures (代报), and those towns.
    collected_by: str = ""
    collected_for: tuple[str, ...] = ()
    pace: float = 1.0
    demo: bool = False
    town_targets: dict = field(default_factory=dict)


TOWN_PACE = {  # invented: some towns ahead, some behind
    "350926100": 1.18,
    "350926101": 1.07,
    "350926200": 0.97,
    "350926201": 0.84,
    "350926202": 0.91,
    "350926203": 0.72,
    "350926204": 1.02,
    "350926205": 0.88,
    "350926206": 0.79,
}

TOWN_DRIFT = {  # invented: who speeds up late in the year and who slows down
    "350926201": 0.35,
    "350926205": -0.3,
    "350926202": 0.25,
    "350926204": -0.2,
}

INDICATORS = [
    IndicatorSpec(
        "I01",
        "P2.1.1",
        "生物医药产业产值",
        "亿元",
        ">",
        "20",
        "ZR-GXJ",
        quote="推动生物醫藥產業產值突破20億元",
        pace=1.06,
    ),
    IndicatorSpec(
        "I02",
        "P2.1.1",
        "钢铁铸造产业产值",
        "亿元",
        ">",
        "36",
        "ZR-GXJ",
        quote="鋼鐵鑄造產業產值突破36億元",
        pace=0.81,
    ),
    IndicatorSpec(
        "I03",
        "P2.1.1",
        "刀剪产业产值",
        "亿元",
        ">",
        "21",
        "ZR-GXJ",
        quote="刀剪產業產值突破21億元",
        pace=0.97,
    ),
    IndicatorSpec(
        "I04",
        "P2.1.1",
        "僧服产业产值",
        "亿元",
        "=",
        "2.3",
        "ZR-GXJ",
        quote="僧服產業完成產值2.3億元",
        pace=0.9,
    ),
    IndicatorSpec(
        "I05",
        "P2.2.1",
        "创建省级全域旅游示范县",
        "是/否",
        "=",
        "1",
        "ZR-WTLJ",
        value_type="milestone",
        aggregation="last",
        quote="創建省級全域旅遊示範縣",
    ),
    IndicatorSpec(
        "I06",
        "P2.2.1",
        "3A级旅游景区创建",
        "个",
        ">=",
        "3",
        "ZR-WTLJ",
        value_type="count",
        aggregation="last",
        quote="推進3個3A級旅遊景區創建",
        pace=0.67,
    ),
    IndicatorSpec(
        "I07",
        "P2.2.1",
        "特色民宿建设",
        "个",
        ">=",
        "6",
        "ZR-WTLJ",
        value_type="count",
        aggregation="last",
        quote="建設6個特色民宿",
        reporters="towns",
        # invented: the tourism bureau registers the guesthouses of the three 乡, which have
        # no tourism staff of their own; the two 镇 report their own
        collected_by="ZR-WTLJ",
        collected_for=("350926200", "350926205", "350926206"),
        town_targets={
            "350926100": 2,
            "350926101": 1,
            "350926200": 1,
            "350926205": 1,
            "350926206": 1,
        },
    ),
    IndicatorSpec(
        "I08",
        "P2.2.1",
        "特色文化街区建设",
        "条",
        ">=",
        "2",
        "ZR-ZJJ",
        value_type="count",
        aggregation="last",
        quote="2條特色文化街區",
        pace=0.5,
    ),
    IndicatorSpec(
        "I09",
        "P2.2.1",
        "“华夏剪纸城”定位打造",
        "是/否",
        "=",
        "1",
        "ZR-WTLJ",
        value_type="milestone",
        aggregation="last",
        quote="定位“華夏剪紙城”",
    ),
    IndicatorSpec(
        "I10",
        "P2.3.1",
        "新签约工业、服务业项目投资",
        "亿元",
        ">=",
        "30",
        "ZR-SWJ",
        quote="力爭2023年新簽約工業、服務業項目投資30億元以上",
        reporters="towns",
        town_targets={
            "350926100": 6,
            "350926101": 5,
            "350926200": 4,
            "350926201": 3,
            "350926202": 2.5,
            "350926203": 2.5,
            "350926204": 2.5,
            "350926205": 2,
            "350926206": 2.5,
        },
    ),
    IndicatorSpec(
        "I11",
        "P2.3.1",
        "重点项目开工个数",
        "个",
        ">=",
        "130",
        "ZR-FGJ",
        value_type="count",
        aggregation="last",
        quote="緊盯全年130個重點項目",
        pace=0.95,
    ),
    IndicatorSpec(
        "I12",
        "P2.3.1",
        "推动温福高铁“过境设站”",
        "是/否",
        "=",
        "1",
        "ZR-FGJ",
        value_type="milestone",
        aggregation="last",
        quote="推動溫福高鐵“過境設站”",
    ),
]

# Milestone indicators: the month they were achieved in the simulation (None: not yet).
MILESTONE_DONE = {"I05": None, "I09": 8, "I12": None}
