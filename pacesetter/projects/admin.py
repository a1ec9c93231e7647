from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from pacesetter.projects.models import InvestmentPlan, Milestone, Problem, ProgressReport, Project


class InvestmentPlanInline(admin.TabularInline):
    model = InvestmentPlan
    extra = 0


class MilestoneInline(admin.TabularInline):
    model = Milestone
    extra = 0


class ProgressInline(admin.TabularInline):
    model = ProgressReport
    extra = 0
    fields = ["period", "investment", "narrative"]


@admin.register(Project)
class ProjectAdmin(SimpleHistoryAdmin):
    list_display = ["code", "name", "category", "stage", "lead_unit", "total_investment", "is_demo"]
    list_filter = ["plan", "stage", "category", "lead_unit", "is_demo"]
    search_fields = ["code", "name", "lead_official"]
    autocomplete_fields = ["lead_unit", "co_units", "township"]
    inlines = [InvestmentPlanInline, MilestoneInline, ProgressInline]


@admin.register(Problem)
class ProblemAdmin(SimpleHistoryAdmin):
    list_display = ["description", "project", "indicator", "level", "owner", "deadline", "status"]
    list_filter = ["status", "level", "owner"]
    search_fields = ["description", "project__name", "indicator__name"]
    autocomplete_fields = ["project", "indicator", "owner"]


for model in (InvestmentPlan, Milestone, ProgressReport):
    admin.site.register(model, SimpleHistoryAdmin)
