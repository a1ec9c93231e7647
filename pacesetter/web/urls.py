from django.urls import path

from pacesetter.web import pages, quality, views

urlpatterns = [
    path("", views.home, name="home"),
    path("plans/<slug:code>/", views.plan_detail, name="plan_detail"),
    path(
        "plans/<slug:code>/indicators/<str:indicator>/",
        pages.indicator_detail,
        name="indicator_detail",
    ),
    path("plans/<slug:code>/ranking/", pages.ranking, name="ranking"),
    path("plans/<slug:code>/projects/", pages.project_list, name="project_list"),
    path("plans/<slug:code>/projects/<str:project>/", pages.project_detail, name="project_detail"),
    path("plans/<slug:code>/units/<str:unit>/", pages.unit_detail, name="unit_detail"),
    path("plans/<slug:code>/quality/", quality.quality, name="quality"),
    path("quality/", quality.quality_home, name="quality_home"),
]
