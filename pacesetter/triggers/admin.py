from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from pacesetter.triggers.models import Rule


@admin.register(Rule)
class RuleAdmin(SimpleHistoryAdmin):
    list_display = ["plan", "kind", "threshold", "deadline_days", "priority", "enabled"]
    list_filter = ["plan", "kind", "enabled", "is_demo"]
