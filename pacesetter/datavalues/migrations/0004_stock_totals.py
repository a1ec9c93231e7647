"""Totals of additive ``last`` measures (stocks) are kept too (``datavalues.stocks``)."""

from django.db import migrations


def compute_totals(apps, schema_editor):
    # The live code: the rebuild is plain SQL over the tables this migration leaves as they are.
    from pacesetter.datavalues.rollups import rebuild

    rebuild()


class Migration(migrations.Migration):
    dependencies = [("datavalues", "0003_month_totals")]

    operations = [migrations.RunPython(compute_totals, migrations.RunPython.noop)]
