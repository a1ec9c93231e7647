from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from pacesetter.servicedesk.models import Category, RequestReply, ServiceRequest


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "unit", "response_hours", "resolution_days", "active"]
    list_filter = ["active"]
    search_fields = ["code", "name"]


class ReplyInline(admin.TabularInline):
    model = RequestReply
    extra = 0
    readonly_fields = ["kind", "author", "unit", "at", "text"]
    can_delete = False


@admin.register(ServiceRequest)
class ServiceRequestAdmin(SimpleHistoryAdmin):
    # Read-only: every change goes through the services, which check and record it.
    list_display = ["code", "title", "enterprise", "category", "unit", "state", "filed_at"]
    list_filter = ["state", "category"]
    search_fields = ["code", "title", "enterprise"]
    inlines = [ReplyInline]

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_add_permission(self, request) -> bool:
        return False
