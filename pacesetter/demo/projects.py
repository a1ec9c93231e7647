"""Demo key projects. The first six are named in the interview; every figure (investment,
dates, progress) and the further projects are invented for the demo."""

from dataclasses import dataclass


@dataclass(frozen=True)
class ProjectSpec:
    code: str
    name: str
    category: str
    stage: str
    lead: str
    township: str | None
    total: int  # 万元
    plan_2023: int  # 万元
    start: str
    end: str
    pace: float  # share of the time-linear plan reached by October
    quote: str = ""
    milestones: tuple = ()  # (name, planned month in 2023, achieved?)
    problem: str = ""


PROJECTS = [
    ProjectSpec("XM01", "职业中专学校整体搬迁", "社会事业", "continuing", "ZR-JYJ", "350926200",
                32000, 9000, "2022-03-01", "2024-08-31", 0.93, "職校",
                (("主体结构封顶", 5, True), ("室外配套工程完工", 11, False))),
    ProjectSpec("XM02", "教师进修学校整体搬迁", "社会事业", "continuing", "ZR-JYJ", "350926200",
                12000, 4000, "2022-06-01", "2024-06-30", 0.78, "進修校",
                (("主体结构封顶", 6, False), ("装修工程启动", 10, False)),
                "征迁遗留问题尚未解决，影响场地平整"),
    ProjectSpec("XM03", "柘荣二中整体搬迁", "社会事业", "new", "ZR-JYJ", "350926100",
                45000, 8000, "2023-03-01", "2025-08-31", 1.05, "二中",
                (("开工建设", 3, True), ("教学楼主体施工过半", 10, True))),
    ProjectSpec("XM04", "县医院整体搬迁", "社会事业", "continuing", "ZR-WJJ", "350926100",
                68000, 15000, "2021-10-01", "2024-12-31", 0.86, "縣醫院整體搬遷",
                (("医技楼封顶", 4, True), ("设备采购招标", 9, False)),
                "医疗设备采购资金缺口约3000万元，需县级协调"),
    ProjectSpec("XM05", "“一区三园”基础设施和公共服务体系建设", "基础设施", "continuing", "ZR-YQ",
                None, 56000, 12000, "2022-01-01", "2025-12-31", 0.91, "“一區三園”基礎設施",
                (("园区道路二期通车", 7, True), ("污水处理厂扩容", 12, False))),
    ProjectSpec("XM06", "温福高铁柘荣站（过境设站）前期工作", "基础设施", "preparation", "ZR-FGJ",
                None, 0, 0, "2023-01-01", "2023-12-31", 1.0, "溫福高鐵“過境設站”",
                (("设站方案报省发改委", 6, True), ("纳入线路可研", 12, False))),
    ProjectSpec("XM07", "生物医药产业园标准厂房", "产业", "new", "ZR-YQ", "350926101",
                26000, 10000, "2023-02-01", "2024-10-31", 1.1, "",
                (("开工建设", 2, True), ("一期厂房封顶", 9, True))),
    ProjectSpec("XM08", "太子参精深加工生产线", "产业", "continuing", "ZR-GXJ", "350926101",
                15000, 6000, "2022-09-01", "2023-12-31", 0.97, "",
                (("生产线设备安装", 8, True), ("投产", 12, False))),
    ProjectSpec("XM09", "刀剪产业园二期", "产业", "new", "ZR-GXJ", "350926200",
                18000, 7000, "2023-04-01", "2024-12-31", 0.64, "",
                (("开工建设", 4, True), ("厂房主体完工", 10, False)),
                "用地报批滞后，二期地块尚未供地"),
    ProjectSpec("XM10", "钢铁铸造企业技术改造", "产业", "continuing", "ZR-GXJ", "350926201",
                22000, 9000, "2022-05-01", "2023-12-31", 0.82, "",
                (("环保设施改造完成", 6, True), ("新产线试产", 11, False))),
    ProjectSpec("XM11", "东狮山景区提升（3A级创建）", "文旅", "continuing", "ZR-WTLJ", "350926100",
                9000, 4000, "2022-08-01", "2023-12-31", 1.02, "",
                (("游客中心完工", 5, True), ("通过3A级景区评定", 11, False))),
    ProjectSpec("XM12", "华夏剪纸文化街区", "文旅", "new", "ZR-ZJJ", "350926100",
                11000, 5000, "2023-03-01", "2024-06-30", 0.71, "",
                (("立面改造开工", 4, True), ("一期开街", 10, False)),
                "沿街商户搬迁协商进度慢"),
    ProjectSpec("XM13", "乍洋乡特色民宿集群", "文旅", "new", "ZR-WTLJ", "350926201",
                4000, 2500, "2023-03-01", "2023-12-31", 0.88, "",
                (("首批民宿营业", 9, True),)),
    ProjectSpec("XM14", "城区污水管网改造提升", "基础设施", "continuing", "ZR-ZJJ", "350926100",
                14000, 6000, "2022-07-01", "2023-12-31", 0.95, "",
                (("主干管网贯通", 8, True),)),
    ProjectSpec("XM15", "宅中乡乡村振兴示范线", "基础设施", "new", "ZR-FGJ", "350926204",
                6000, 3000, "2023-02-01", "2023-12-31", 1.08, "",
                (("示范点建成", 9, True),)),
    ProjectSpec("XM16", "县城公共停车场", "基础设施", "completed", "ZR-ZJJ", "350926100",
                3000, 1200, "2022-10-01", "2023-06-30", 1.0, "",
                (("竣工验收", 6, True),)),
]
