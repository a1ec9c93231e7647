"""Figures are keyed by measure × org unit × period instead of by one plan's indicator.

Where several plans held their own copy of the same figure, the copies become one: the
furthest along the workflow wins (accepted, then submitted, then draft; then the latest
edit), and the other copies' histories are appended to the survivor's, so nothing
recorded is lost."""

import django.db.models.deletion
from django.db import migrations, models

STATE_RANK = {"accepted": 2, "submitted": 1, "draft": 0}


def to_measures(apps, schema_editor):
    DataValue = apps.get_model("datavalues", "DataValue")
    DataValueChange = apps.get_model("datavalues", "DataValueChange")
    Indicator = apps.get_model("indicators", "Indicator")
    DataValue.objects.update(measure_id=models.Subquery(
        Indicator.objects.filter(pk=models.OuterRef("indicator_id")).values("measure_id")[:1]))
    duplicated = (DataValue.objects.order_by().values("measure_id", "orgunit_id", "period")
                  .annotate(copies=models.Count("pk")).filter(copies__gt=1))
    for group in list(duplicated):
        copies = list(DataValue.objects.select_related("indicator__goal__plan").filter(
            measure_id=group["measure_id"], orgunit_id=group["orgunit_id"],
            period=group["period"]))
        copies.sort(key=lambda d: (STATE_RANK.get(d.state, 0), d.updated_at, d.pk), reverse=True)
        keep, *drop = copies
        # The survivor's history goes on; each dropped copy's follows it, marked as merged,
        # so the versions stay a gapless sequence and no recorded change is lost.
        last = keep.changes.aggregate(last=models.Max("version"))["last"] or 0
        version = max(keep.version, last)
        for other in drop:
            for change in DataValueChange.objects.filter(datavalue=other).order_by("version", "pk"):
                version += 1
                change.datavalue_id, change.version = keep.pk, version
                change.reason = (change.reason + " " if change.reason else "") + \
                    f"[merged from {other.indicator.goal.plan.code} {other.indicator.code}]"
                change.save(update_fields=["datavalue", "version", "reason"])
            other.delete()
        keep.version = version
        keep.save(update_fields=["version"])
    _check_now(schema_editor)


def _check_now(schema_editor):
    # PostgreSQL refuses to ALTER a table with deferred foreign-key checks still pending
    # from the rows just written ("pending trigger events"): run the checks now.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        schema_editor.execute("SET CONSTRAINTS ALL DEFERRED")


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0001_initial"),
        ("datavalues", "0001_initial"),
        ("indicators", "0002_catalogue_measures"),
    ]

    operations = [
        migrations.AddField(
            model_name="datavalue", name="measure",
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT,
                                    related_name="values", to="catalogue.measure",
                                    verbose_name="measure")),
        migrations.RunPython(to_measures, migrations.RunPython.noop),
        migrations.RemoveConstraint(model_name="datavalue", name="unique_datavalue"),
        migrations.RemoveField(model_name="datavalue", name="indicator"),
        migrations.AlterField(
            model_name="datavalue", name="measure",
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT,
                                    related_name="values", to="catalogue.measure",
                                    verbose_name="measure")),
        migrations.AddConstraint(
            model_name="datavalue",
            constraint=models.UniqueConstraint(fields=("measure", "orgunit", "period"),
                                               name="unique_datavalue")),
    ]
