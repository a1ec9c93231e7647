from django.urls import path

from pacesetter.publicpages import views

app_name = "publicpages"
urlpatterns = [
    path("<slug:code>/", views.public_plan, name="public_plan"),
    path(
        "<slug:code>/bulletins/<int:pk>.<str:fmt>",
        views.public_bulletin,
        name="public_bulletin",
    ),
    path("<slug:code>/settings/", views.public_settings, name="public_settings"),
]
