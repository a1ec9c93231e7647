from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from pacesetter.planimport.models import Candidate, ImportedPlan


@admin.register(ImportedPlan)
class ImportedPlanAdmin(admin.ModelAdmin):
    list_display = ["plan", "file_name", "created_by", "created_at", "activated_at"]
    readonly_fields = ["plan", "created_by", "created_at", "activated_at"]


@admin.register(Candidate)
class CandidateAdmin(SimpleHistoryAdmin):
    # Read-mostly: the review page is where candidates change (its checks live in services).
    list_display = ["number", "name", "kind", "status", "lead_unit", "draft"]
    list_filter = ["kind", "status"]
    search_fields = ["name", "quote"]
    readonly_fields = [
        "draft",
        "number",
        "kind",
        "quote",
        "start",
        "end",
        "extracted",
        "merged_into",
        "confidence",
    ]
