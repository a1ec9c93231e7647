from django.contrib import admin

from pacesetter.datavalues.models import DataValue, DataValueChange


class DataValueChangeInline(admin.TabularInline):
    model = DataValueChange
    extra = 0
    can_delete = False
    readonly_fields = [
        "version",
        "changed_at",
        "changed_by",
        "old_value",
        "new_value",
        "reason",
        "channel",
    ]
    fields = readonly_fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(DataValue)
class DataValueAdmin(admin.ModelAdmin):
    """Read-only: values change through the entry grid, the API or imports, which keep history."""

    list_display = [
        "measure",
        "orgunit",
        "period",
        "value",
        "state",
        "version",
        "updated_by",
        "updated_at",
        "is_demo",
    ]
    list_filter = ["state", "period", "is_demo"]
    search_fields = ["measure__name", "measure__code", "orgunit__name", "period"]
    inlines = [DataValueChangeInline]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(DataValueChange)
class DataValueChangeAdmin(admin.ModelAdmin):
    list_display = [
        "datavalue",
        "version",
        "changed_at",
        "changed_by",
        "old_value",
        "new_value",
        "channel",
    ]
    list_filter = ["channel", "changed_at"]
    search_fields = ["datavalue__measure__name", "datavalue__orgunit__name", "reason"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
