from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from pacesetter.accounts.models import RoleAssignment, User


class RoleAssignmentInline(admin.TabularInline):
    model = RoleAssignment
    extra = 1
    autocomplete_fields = ["orgunit"]


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    fieldsets = [
        *BaseUserAdmin.fieldsets,
        (_("Pacesetter"), {"fields": ["display_name", "orgunit"]}),
    ]
    list_display = ["username", "display_name", "orgunit", "is_active", "last_login"]
    list_filter = ["is_active", "is_staff", "roles__role"]
    search_fields = ["username", "display_name", "orgunit__name"]
    autocomplete_fields = ["orgunit"]
    inlines = [RoleAssignmentInline]


@admin.register(RoleAssignment)
class RoleAssignmentAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "orgunit"]
    list_filter = ["role"]
    search_fields = ["user__username", "user__display_name", "orgunit__name"]
    autocomplete_fields = ["user", "orgunit"]
