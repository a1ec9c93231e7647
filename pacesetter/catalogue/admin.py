from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from pacesetter.catalogue.models import Measure


@admin.register(Measure)
class MeasureAdmin(SimpleHistoryAdmin):
    list_display = ["code", "name", "unit", "value_type", "aggregation", "additive", "owner"]
    list_filter = ["value_type", "aggregation", "additive", "direction", "frequency"]
    search_fields = ["code", "name", "definition"]
    autocomplete_fields = ["owner"]
