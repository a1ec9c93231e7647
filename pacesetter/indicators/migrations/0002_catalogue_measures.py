"""Indicators stop holding what is counted: each points to a catalogue measure.

Indicators of different plans with the same code and unit, or the same name and unit,
become one measure, so their figures can be merged into one (datavalues 0002)."""

import django.db.models.deletion
from django.db import migrations, models

MEASURE_FIELDS = ("unit", "value_type", "aggregation", "direction", "frequency")


def to_measures(apps, schema_editor):
    Indicator = apps.get_model("indicators", "Indicator")
    Measure = apps.get_model("catalogue", "Measure")
    by_code: dict = {}
    by_name: dict = {}
    for ind in Indicator.objects.select_related("goal__plan").order_by("pk"):
        measure = by_code.get((ind.code, ind.unit)) or by_name.get((ind.name, ind.unit))
        if measure is None:
            code = ind.code if not Measure.objects.filter(code=ind.code).exists() else f"M{ind.pk:04d}"
            measure = Measure.objects.create(
                code=code, name=ind.name, unit=ind.unit, value_type=ind.value_type,
                aggregation=ind.aggregation, direction=ind.direction, frequency=ind.frequency,
                additive=ind.value_type not in ("percent", "milestone"),
                owner_id=ind.goal.plan.owner_id, is_demo=ind.is_demo)
        by_code.setdefault((ind.code, ind.unit), measure)
        by_name.setdefault((ind.name, ind.unit), measure)
        ind.measure = measure
        ind.save(update_fields=["measure"])


def from_measures(apps, schema_editor):
    Indicator = apps.get_model("indicators", "Indicator")
    for ind in Indicator.objects.select_related("measure"):
        for field in MEASURE_FIELDS:
            setattr(ind, field, getattr(ind.measure, field))
        ind.save(update_fields=list(MEASURE_FIELDS))


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0001_initial"),
        ("indicators", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="indicator", name="measure",
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.PROTECT,
                                    related_name="indicators", to="catalogue.measure",
                                    verbose_name="measure")),
        migrations.AddField(
            model_name="historicalindicator", name="measure",
            field=models.ForeignKey(blank=True, db_constraint=False, null=True,
                                    on_delete=django.db.models.deletion.DO_NOTHING,
                                    related_name="+", to="catalogue.measure",
                                    verbose_name="measure")),
        migrations.RunPython(to_measures, from_measures),
        *[migrations.RemoveField(model_name=model, name=field)
          for model in ("indicator", "historicalindicator") for field in MEASURE_FIELDS],
        migrations.AlterField(
            model_name="indicator", name="measure",
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT,
                                    related_name="indicators", to="catalogue.measure",
                                    verbose_name="measure")),
        migrations.AddField(
            model_name="target", name="adopted_from",
            field=models.ForeignKey(blank=True, null=True,
                                    on_delete=django.db.models.deletion.SET_NULL,
                                    related_name="adoptions", to="indicators.target",
                                    verbose_name="adopted from")),
        migrations.AddField(
            model_name="historicaltarget", name="adopted_from",
            field=models.ForeignKey(blank=True, db_constraint=False, null=True,
                                    on_delete=django.db.models.deletion.DO_NOTHING,
                                    related_name="+", to="indicators.target",
                                    verbose_name="adopted from")),
    ]
