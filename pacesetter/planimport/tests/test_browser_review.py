"""Plan import in Chromium: upload, find a sentence, edit, merge, accept, pick a unit, activate."""

import re

import pytest

from pacesetter.planimport.tests.conftest import INLINE, SEED

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


def test_the_plan_office_turns_a_document_into_an_active_plan(
    demo, page_for, live_server, tmp_path
):
    from playwright.sync_api import expect

    from pacesetter.planimport.models import ImportedPlan

    if SEED.exists():
        document, first_target = SEED, "生物医药产业产值"
    else:  # the repository carries no copy of the seed; the inline text exercises the same path
        document, first_target = tmp_path / "plan.txt", "规上工业产值"
        document.write_text(INLINE, encoding="utf-8")

    office = page_for("office")
    office.goto(live_server.url + "/plan-import/")
    office.fill("#id_year", "2023")
    office.fill("#id_name", "导入测试计划")
    office.set_input_files("#id_document", str(document))
    office.click("#read-document")
    office.wait_for_url(re.compile(r"/plan-import/\d+/$"))
    draft = ImportedPlan.objects.get()

    # Clicking a candidate scrolls the document to its sentence and lights it up.
    target = draft.candidates.get(name=first_target)
    office.click(f"#c-{target.pk} a.quote-link")
    mark = office.locator(f'#source-text mark[data-c~="{target.pk}"]').first
    expect(mark).to_have_class(re.compile(r"\bcurrent\b"))
    expect(mark).to_be_in_viewport()
    assert target.quote in mark.inner_text() or mark.inner_text() in target.quote

    # Edit a target's name, and fold the second project into the first.
    office.fill(f"#c{target.pk}-name", first_target + "（全年）")
    office.click(f"#c{target.pk}-save")
    expect(office.locator(f"#c{target.pk}-name")).to_have_value(first_target + "（全年）")
    first, second = draft.candidates.filter(kind="project").order_by("number")[:2]
    office.select_option(f"#c{second.pk}-into", str(first.pk))
    office.click(f"#c{second.pk}-merge")
    expect(office.locator(f"#c-{second.pk}")).to_have_class(re.compile(r"\bstatus-merged\b"))

    # Activation before any lead unit is chosen is refused with the candidate named.
    office.click("#accept-pending")
    office.click("#activate")
    expect(office.locator("[role=alert]").first).to_contain_text("#")
    assert office.url.startswith(live_server.url + f"/plan-import/{draft.pk}/")

    office.select_option("#lead-unit", label="县工信局")
    office.click("#fill-lead-unit")
    office.click("#activate")
    office.wait_for_url(re.compile(r"/plans/[\w-]+/$"))
    assert office.url.endswith(f"/plans/{draft.plan.code}/")
    # Every accepted target and milestone is listed as an indicator row of the new plan.
    listed = draft.candidates.filter(kind__in=["target", "milestone"]).values_list(
        "name", flat=True
    )
    assert first_target + "（全年）" in listed
    for name in listed:
        expect(office.locator("tr.indicator", has_text=name).first).to_be_visible()
    assert not [e for e in office.errors if "404" not in e]


def test_a_scraped_run_without_breaks_wraps_in_the_source_panel_on_a_phone(
    demo, page_for, live_server, tmp_path
):
    from playwright.sync_api import expect

    document = tmp_path / "scraped.txt"
    debris = '\\u003cdiv class=\\"rich_media_content\\"\\u003e' * 6
    document.write_text(debris + "\n2027年,全县新建公园12个。\n", encoding="utf-8")
    office = page_for("office", width=390)
    office.goto(live_server.url + "/plan-import/")
    office.fill("#id_year", "2027")
    office.set_input_files("#id_document", str(document))
    office.click("#read-document")
    office.wait_for_url(re.compile(r"/plan-import/\d+/$"))
    panel = office.locator("#source-text")
    expect(panel).to_contain_text("rich_media_content")
    # The page's debris is shown as it came, wrapped: nothing hides past the panel's edge.
    assert panel.evaluate("e => e.scrollWidth <= e.clientWidth")
