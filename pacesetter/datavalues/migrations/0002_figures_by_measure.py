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
    groups: dict = {}
    for dv in DataValue.objects.select_related("indicator").order_by("pk").iterator():
        groups.setdefault((dv.indicator.measure_id, dv.orgunit_id, dv.period), []).append(dv)
    for (measure_id, _unit, _period), copies in groups.items():
        copies.sort(key=lambda d: (STATE_RANK.get(d.state, 0), d.updated_at, d.pk), reverse=True)
        keep, *drop = copies
        version = keep.version
        for other in drop:
            for change in DataValueChange.objects.filter(datavalue=other).order_by("version", "pk"):
                version += 1
                change.datavalue_id, change.version = keep.pk, version
                change.reason = (change.reason + " " if change.reason else "") + \
                    f"[merged from indicator {other.indicator_id}]"
                change.save(update_fields=["datavalue", "version", "reason"])
            other.delete()
        keep.measure_id, keep.version = measure_id, version
        keep.save(update_fields=["measure", "version"])


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
