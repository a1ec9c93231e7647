from django.urls import path

from pacesetter.reporting import views

urlpatterns = [
    path("entry/", views.entry_home, name="entry_home"),
    path("entry/<str:unit>/<str:period>/", views.entry_grid, name="entry_grid"),
    path("entry/<str:unit>/<str:period>/collected/", views.collected_grid, name="collected_grid"),
    path("reports/<str:unit>/<str:period>/", views.report_detail, name="report_detail"),
    path(
        "reports/<str:unit>/<str:period>/<str:action>/", views.report_action, name="report_action"
    ),
    path("reviews/", views.reviews, name="reviews"),
    path("inbox/", views.inbox, name="inbox"),
    path("values/<int:pk>/history/", views.value_history, name="value_history"),
]
