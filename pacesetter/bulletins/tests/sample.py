"""A small hand-built bulletin for the renderers' tests (the demo's real one is built from the
analytics in test_content.py): every kind of section, table, chart and cell."""

from pacesetter.bulletins.document import Bulletin, Chart, Section, Series, Table


def sample_bulletin() -> Bulletin:
    ranking = Table(
        key="composite",
        title="综合排名",
        columns=["名次", "单位", "得分", "晋位"],
        rows=[[1, "富溪镇", 1.05, 2], [2, "双城镇", 0.98, -1], [3, "城郊乡", None, 0]],
        percent_columns=[2],
        signed_columns=[3],
    )
    red = Table(
        key="red",
        title="红色指标",
        columns=["指标", "完成率", "时序进度", "责任单位"],
        rows=[["刀剪产业产值", 0.41, 0.75, "县工信局"]],
        percent_columns=[1, 2],
    )
    return Bulletin(
        plan_code="sample",
        plan_name="柘荣县2023年争先晋位行动",
        period="202310",
        masthead="柘荣县争先晋位工作通报",
        number="2023年第10期",
        title="关于2023年10月争先晋位行动推进情况的通报",
        issuer="柘荣县人民政府督查室",
        issued="2023年11月10日",
        language="zh-hans",
        sections=[
            Section("headline", "总体情况", paragraphs=["截至10月底，30项指标中红色2项。"]),
            Section(
                "indicators",
                "指标完成情况",
                charts=[
                    Chart(
                        key="completion",
                        title="完成率与时序进度",
                        kind="bullet",
                        labels=["生物医药产业产值", "刀剪产业产值"],
                        series=[Series("完成率", [0.9, 0.41]), Series("时序进度", [0.83, 0.83])],
                        groups=["工业提质", "工业提质"],
                    )
                ],
            ),
            Section(
                "lagging",
                "滞后指标",
                subsections=[
                    Section("red", "红色指标", tables=[red]),
                    Section("yellow", "黄色指标", paragraphs=["无。"]),
                ],
            ),
            Section(
                "rankings",
                "争先晋位排名",
                tables=[ranking],
                charts=[
                    Chart(
                        key="composite",
                        title="综合得分",
                        kind="hbar",
                        labels=["富溪镇", "双城镇"],
                        series=[Series("得分", [1.05, 0.98])],
                    )
                ],
            ),
            Section("projects", "重点项目", items=["刀剪产业园二期：投资完成率低于时序进度。"]),
            Section("tasks", "督办与服务", paragraphs=["逾期督办件0件。"]),
            Section("reporting", "报送情况", paragraphs=["应报12家，按时报送11家。"]),
        ],
    )
