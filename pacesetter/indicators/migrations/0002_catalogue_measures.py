"""Indicators stop holding what is counted: each points to a catalogue measure.

Indicators with the same name and unit, whatever their plan, become one measure, so their
figures can be merged into one (datavalues 0002). Codes are not compared: a plan's codes
(I01, I02, …) are its own, and two plans' I02 are usually different quantities."""

import django.db.models.deletion
from django.db import migrations, models

MEASURE_FIELDS = ("unit", "value_type", "aggregation", "direction", "frequency")


def _free_code(Measure, wanted: str, pk: int) -> str:
    code, number = wanted, pk
    while not code or Measure.objects.filter(code=code).exists():
        code = f"M{number:04d}"
        number += 1
    return code


def to_measures(apps, schema_editor):
    Indicator = apps.get_model("indicators", "Indicator")
    HistoricalIndicator = apps.get_model("indicators", "HistoricalIndicator")
    Measure = apps.get_model("catalogue", "Measure")
    by_quantity: dict = {}
    by_indicator: dict = {}
    for ind in Indicator.objects.select_related("goal__plan").order_by("pk"):
        quantity = (ind.name.strip(), ind.unit)
        measure = by_quantity.get(quantity)
        if measure is None:
            # The first plan to track the quantity defines it (its code, its owner).
            measure = by_quantity[quantity] = Measure.objects.create(
                code=_free_code(Measure, ind.code, ind.pk), name=quantity[0], unit=ind.unit,
                value_type=ind.value_type, aggregation=ind.aggregation,
                direction=ind.direction, frequency=ind.frequency,
                additive=ind.value_type not in ("percent", "milestone"),
                owner_id=ind.goal.plan.owner_id, is_demo=ind.is_demo)
        by_indicator[ind.pk] = measure
        ind.measure = measure
        ind.save(update_fields=["measure"])
    # Past versions lose their unit columns below: they keep what they counted as a measure
    # (a deleted indicator's versions, the measure of the same name and unit if any).
    for past in HistoricalIndicator.objects.order_by("history_id"):
        measure = by_indicator.get(past.id) or by_quantity.get((past.name.strip(), past.unit))
        if measure is not None:
            past.measure_id = measure.pk
            past.save(update_fields=["measure"])
    _check_now(schema_editor)


def _check_now(schema_editor):
    # PostgreSQL refuses to ALTER a table with deferred foreign-key checks still pending
    # from the rows just written ("pending trigger events"): run the checks now.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        schema_editor.execute("SET CONSTRAINTS ALL DEFERRED")


def from_measures(apps, schema_editor):
    Indicator = apps.get_model("indicators", "Indicator")
    for ind in Indicator.objects.select_related("measure"):
        for field in MEASURE_FIELDS:
            setattr(ind, field, getattr(ind.measure, field))
        ind.save(update_fields=list(MEASURE_FIELDS))
    _check_now(schema_editor)


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
