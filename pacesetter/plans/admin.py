from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin
from treebeard.admin import TreeAdmin
from treebeard.forms import movenodeform_factory

from pacesetter.plans.models import Goal, Plan


@admin.register(Plan)
class PlanAdmin(SimpleHistoryAdmin):
    list_display = [
        "name",
        "owner",
        "first_year",
        "last_year",
        "status",
        "is_published",
        "publish_targets",
        "publish_status",
        "publish_rankings",
        "publish_bulletins",
        "is_demo",
    ]
    list_filter = ["status", "is_published", "first_year"]
    search_fields = ["name", "code", "owner__name"]
    autocomplete_fields = ["owner"]


@admin.register(Goal)
class GoalAdmin(TreeAdmin, SimpleHistoryAdmin):
    form = movenodeform_factory(Goal)
    list_display = ["name", "code", "level", "plan"]
    list_filter = ["plan", "level"]
    search_fields = ["name", "code"]
