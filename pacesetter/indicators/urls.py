from django.urls import path

from pacesetter.indicators import views

urlpatterns = [
    path(
        "plans/<slug:code>/indicators/<str:indicator>/targets/<int:year>/",
        views.target_split,
        name="target_split",
    ),
    path(
        "plans/<slug:code>/indicators/<str:indicator>/collection/",
        views.collection,
        name="indicator_collection",
    ),
]
