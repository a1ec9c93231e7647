from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from pacesetter.indicators.models import Indicator, Target


class TargetInline(admin.TabularInline):
    model = Target
    extra = 0
    autocomplete_fields = ["orgunit"]
    fields = [
        "year",
        "orgunit",
        "adopted_from",
        "comparator",
        "is_growth",
        "value",
        "value_max",
        "stretch_value",
        "baseline",
    ]


@admin.register(Indicator)
class IndicatorAdmin(SimpleHistoryAdmin):
    list_display = ["name", "code", "goal", "measure", "lead_unit"]
    list_filter = ["goal__plan", "lead_unit"]
    search_fields = ["name", "code", "goal__name"]
    autocomplete_fields = ["goal", "measure", "lead_unit", "co_units"]
    inlines = [TargetInline]


@admin.register(Target)
class TargetAdmin(SimpleHistoryAdmin):
    list_display = [
        "indicator",
        "year",
        "orgunit",
        "comparator",
        "is_growth",
        "value",
        "stretch_value",
    ]
    list_filter = ["year", "comparator", "is_growth", "indicator__goal__plan"]
    search_fields = ["indicator__name", "orgunit__name"]
    autocomplete_fields = ["indicator", "orgunit"]
