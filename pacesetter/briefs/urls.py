from django.urls import path

from pacesetter.briefs import views

urlpatterns = [
    path("", views.brief, name="brief"),
]
