from django.contrib import admin

from pacesetter.reporting.models import Report, ReportTransition


class ReportTransitionInline(admin.TabularInline):
    model = ReportTransition
    extra = 0
    can_delete = False
    readonly_fields = ["from_state", "to_state", "actor", "at", "reason"]
    fields = readonly_fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ["orgunit", "period", "state", "due_date", "submitted_at"]
    list_filter = ["state", "period"]
    search_fields = ["orgunit__name", "period"]
    readonly_fields = ["state", "submitted_at", "version"]
    inlines = [ReportTransitionInline]
