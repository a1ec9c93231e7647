from django.urls import path

from pacesetter.bulletins import views

app_name = "bulletins"
urlpatterns = [
    path("plans/<slug:code>/bulletin/", views.preview, name="bulletin_preview"),
    path("plans/<slug:code>/bulletin/publish/", views.publish, name="bulletin_publish"),
    path(
        "plans/<slug:code>/bulletin/<str:period>.<str:fmt>",
        views.download,
        name="bulletin_download",
    ),
    path("plans/<slug:code>/bulletins/<int:pk>/", views.published, name="bulletin_published"),
    path(
        "plans/<slug:code>/bulletins/<int:pk>.<str:fmt>",
        views.published_download,
        name="bulletin_file",
    ),
]
