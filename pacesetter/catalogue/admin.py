from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from pacesetter.catalogue.models import Collection, Measure


@admin.register(Measure)
class MeasureAdmin(SimpleHistoryAdmin):
    list_display = ["code", "name", "unit", "value_type", "aggregation", "additive", "owner"]
    list_filter = ["value_type", "aggregation", "additive", "direction", "frequency"]
    search_fields = ["code", "name", "definition"]
    autocomplete_fields = ["owner"]


@admin.register(Collection)
class CollectionAdmin(SimpleHistoryAdmin):
    list_display = ["measure", "orgunit", "collector"]
    list_filter = ["collector"]
    search_fields = ["measure__name", "orgunit__name", "collector__name"]
    autocomplete_fields = ["measure", "orgunit", "collector"]
