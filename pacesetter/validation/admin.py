from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from pacesetter.validation.models import ValidationRule


@admin.register(ValidationRule)
class ValidationRuleAdmin(SimpleHistoryAdmin):
    """Rules are written as ``children(I10) <= I10``; the form refuses what cannot be parsed."""

    list_display = ["name", "plan", "left", "operator", "right", "severity", "is_active"]
    list_filter = ["plan", "severity", "is_active"]
    search_fields = ["name", "left", "right"]
