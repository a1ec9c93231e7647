"""Org units of the demo: public geography of Ningde and Zherong, plus typical county departments."""

PROVINCE = ("350000", "福建省", "province")
CITY = ("350900", "宁德市", "city")
COUNTIES = [
    ("350902", "蕉城区"),
    ("350981", "福安市"),
    ("350982", "福鼎市"),
    ("350921", "霞浦县"),
    ("350922", "古田县"),
    ("350923", "屏南县"),
    ("350924", "寿宁县"),
    ("350925", "周宁县"),
    ("350926", "柘荣县"),
]
ZHERONG = "350926"
TOWNSHIPS = [
    ("350926100", "双城镇"),
    ("350926101", "富溪镇"),
    ("350926200", "城郊乡"),
    ("350926201", "乍洋乡"),
    ("350926202", "东源乡"),
    ("350926203", "黄柏乡"),
    ("350926204", "宅中乡"),
    ("350926205", "楮坪乡"),
    ("350926206", "英山乡"),
]
DEPARTMENTS = [
    ("ZR-FGJ", "柘荣县发展和改革局", "县发改局"),
    ("ZR-GXJ", "柘荣县工业和信息化局", "县工信局"),
    ("ZR-SWJ", "柘荣县商务局", "县商务局"),
    ("ZR-WTLJ", "柘荣县文体和旅游局", "县文体旅局"),
    ("ZR-ZJJ", "柘荣县住房和城乡建设局", "县住建局"),
    ("ZR-JYJ", "柘荣县教育局", "县教育局"),
    ("ZR-WJJ", "柘荣县卫生健康局", "县卫健局"),
    ("ZR-ZRZYJ", "柘荣县自然资源局", "县自然资源局"),
    ("ZR-JTJ", "柘荣县交通运输局", "县交通运输局"),
    ("ZR-SPJ", "柘荣县行政审批服务局", "县行政审批服务局"),
    ("ZR-XNB", "柘荣县机关效能建设领导小组办公室", "县效能办"),
    ("ZR-YQ", "柘荣经济开发区管委会", "开发区管委会"),
]

# Demo accounts: (username, display name, unit code, roles).
ACCOUNTS = [
    ("admin", "系统管理员", ZHERONG, ["admin"]),
    ("office", "县效能办（计划办）", ZHERONG, ["plan_office"]),
    ("leader", "县领导", ZHERONG, ["leader"]),
    ("head-shuangcheng", "双城镇负责人", "350926100", ["unit_head"]),
    ("reporter-shuangcheng", "双城镇填报员", "350926100", ["reporter"]),
    ("reporter-fuxi", "富溪镇填报员", "350926101", ["reporter"]),
    ("reporter-gongxin", "县工信局填报员", "ZR-GXJ", ["reporter"]),
    ("reporter-chengjiao", "城郊乡填报员", "350926200", ["reporter"]),
    ("reporter-zhayang", "乍洋乡填报员", "350926201", ["reporter"]),
    ("reporter-dongyuan", "东源乡填报员", "350926202", ["reporter"]),
    ("reporter-huangbai", "黄柏乡填报员", "350926203", ["reporter"]),
    ("reporter-zhaizhong", "宅中乡填报员", "350926204", ["reporter"]),
    ("reporter-chuping", "楮坪乡填报员", "350926205", ["reporter"]),
    ("reporter-yingshan", "英山乡填报员", "350926206", ["reporter"]),
    ("reporter-fagai", "县发改局填报员", "ZR-FGJ", ["reporter"]),
    ("reporter-shangwu", "县商务局填报员", "ZR-SWJ", ["reporter"]),
    ("reporter-wenlv", "县文体旅局填报员", "ZR-WTLJ", ["reporter"]),
    ("reporter-zhujian", "县住建局填报员", "ZR-ZJJ", ["reporter"]),
    ("reporter-jiaoyu", "县教育局填报员", "ZR-JYJ", ["reporter"]),
    ("reporter-zherong", "柘荣县填报员（报市）", ZHERONG, ["reporter"]),
    ("office-ningde", "宁德市效能办（计划办）", "350900", ["plan_office"]),
]
PASSWORD = "pacesetter-demo"
