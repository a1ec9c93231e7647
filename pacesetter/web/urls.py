from django.urls import path

from pacesetter.web import views

urlpatterns = [
    path("", views.home, name="home"),
    path("plans/<slug:code>/", views.plan_detail, name="plan_detail"),
]
