from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from pacesetter.accounts.forms import AdminSignInForm, SignInForm
from pacesetter.api.main import api

handler400 = "pacesetter.config.errors.bad_request"
handler403 = "pacesetter.config.errors.permission_denied"
handler404 = "pacesetter.config.errors.page_not_found"
handler500 = "pacesetter.config.errors.server_error"

admin.site.site_header = _("Pacesetter administration")
admin.site.site_title = _("Pacesetter")
admin.site.login_form = AdminSignInForm

urlpatterns = [
    path("admin/", admin.site.urls),
    path(
        "login/",
        auth_views.LoginView.as_view(
            redirect_authenticated_user=True, authentication_form=SignInForm
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", api.urls),
    path("data/", include("pacesetter.imports.urls")),
    path("plan-import/", include("pacesetter.planimport.urls")),
    path("tasks/", include("pacesetter.supervision.urls")),
    path("service/", include("pacesetter.servicedesk.urls")),
    path("attachments/", include("pacesetter.attachments.urls")),
    path("public/", include("pacesetter.publicpages.urls")),
    path("brief/", include("pacesetter.briefs.urls")),
    path("", include("pacesetter.bulletins.urls")),
    path("", include("pacesetter.reporting.urls")),
    path("", include("pacesetter.indicators.urls")),
    path("", include("pacesetter.web.urls")),
]
