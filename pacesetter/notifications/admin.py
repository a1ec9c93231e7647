from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from pacesetter.notifications.models import Delivery, RobotEndpoint
from pacesetter.notifications.services import deliveries_retry


@admin.register(RobotEndpoint)
class RobotEndpointAdmin(SimpleHistoryAdmin):
    list_display = ["name", "unit", "platform", "enabled"]
    list_filter = ["platform", "enabled"]
    search_fields = ["name", "unit__name", "unit__code"]
    raw_id_fields = ["unit"]


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = [
        "created_at",
        "channel",
        "target",
        "subject",
        "state",
        "attempts",
        "next_attempt_at",
        "sent_at",
    ]
    list_filter = ["state", "channel"]
    search_fields = ["email", "subject", "last_error"]
    list_select_related = ["endpoint"]
    actions = ["retry"]
    # A record of what was sent: read here, written only by the services.
    readonly_fields = [f.name for f in Delivery._meta.fields]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Try the given-up deliveries again"))
    def retry(self, request, queryset):
        count = deliveries_retry(ids=queryset.values_list("pk", flat=True))
        self.message_user(
            request,
            ngettext(
                "%d delivery will be tried again.", "%d deliveries will be tried again.", count
            )
            % count,
            messages.SUCCESS,
        )
