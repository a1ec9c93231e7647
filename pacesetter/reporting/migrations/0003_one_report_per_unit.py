"""One report per unit and month across every plan, instead of one per plan.

Where a unit held several plans' reports for a month, the furthest along the workflow
is kept and the others' transitions are moved onto it, so the audit trail survives."""

from django.db import migrations, models

STATE_RANK = {"accepted": 4, "signed": 3, "submitted": 2, "returned": 1, "draft": 0}


def merge(apps, schema_editor):
    Report = apps.get_model("reporting", "Report")
    ReportTransition = apps.get_model("reporting", "ReportTransition")
    groups: dict = {}
    for report in Report.objects.order_by("pk").iterator():
        groups.setdefault((report.orgunit_id, report.period), []).append(report)
    for copies in groups.values():
        if len(copies) < 2:
            continue
        copies.sort(key=lambda r: (STATE_RANK.get(r.state, 0), r.version, r.pk), reverse=True)
        keep, *drop = copies
        for other in drop:
            ReportTransition.objects.filter(report=other).update(report=keep)
            other.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("reporting", "0002_history"),
        ("datavalues", "0002_figures_by_measure"),
    ]

    operations = [
        migrations.RunPython(merge, migrations.RunPython.noop),
        migrations.RemoveConstraint(model_name="report", name="unique_report"),
        migrations.RemoveField(model_name="report", name="plan"),
        migrations.RemoveField(model_name="historicalreport", name="plan"),
        migrations.AddConstraint(
            model_name="report",
            constraint=models.UniqueConstraint(fields=("orgunit", "period"),
                                               name="unique_unit_report")),
    ]
