"""One report per unit and month across every plan, instead of one per plan.

Where a unit held several plans' reports for a month, the furthest along the workflow
is kept and the others' transitions are moved onto it, so the audit trail survives."""

from django.db import migrations, models

STATE_RANK = {"accepted": 4, "signed": 3, "submitted": 2, "returned": 1, "draft": 0}


def merge(apps, schema_editor):
    Report = apps.get_model("reporting", "Report")
    ReportTransition = apps.get_model("reporting", "ReportTransition")
    duplicated = (Report.objects.order_by().values("orgunit_id", "period")
                  .annotate(copies=models.Count("pk")).filter(copies__gt=1))
    for group in list(duplicated):
        copies = list(Report.objects.select_related("plan").filter(
            orgunit_id=group["orgunit_id"], period=group["period"]))
        copies.sort(key=lambda r: (STATE_RANK.get(r.state, 0), r.version, r.pk), reverse=True)
        keep, *drop = copies
        for other in drop:
            for transition in ReportTransition.objects.filter(report=other):
                transition.report_id = keep.pk
                transition.reason = (transition.reason + " " if transition.reason else "") + \
                    f"[merged from the report of plan {other.plan.code}]"
                transition.save(update_fields=["report", "reason"])
            other.delete()
    if schema_editor.connection.vendor == "postgresql":
        # PostgreSQL refuses to ALTER a table with deferred foreign-key checks still
        # pending from the rows just written ("pending trigger events"): run them now.
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        schema_editor.execute("SET CONSTRAINTS ALL DEFERRED")


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
