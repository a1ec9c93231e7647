from django.urls import path

from pacesetter.servicedesk import views

app_name = "servicedesk"
urlpatterns = [
    path("", views.desk, name="desk"),
    path("queue/", views.queue, name="queue"),
    path("metrics/", views.metrics, name="metrics"),
    path("r/<str:code>/", views.detail, name="detail"),
    path("r/<str:code>/<str:action>/", views.act, name="act"),
]
