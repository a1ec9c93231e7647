from django.urls import path

from pacesetter.planimport import views

app_name = "planimport"
urlpatterns = [
    path("", views.upload, name="upload"),
    path("<int:pk>/", views.review, name="review"),
    path("<int:pk>/candidates/<int:cid>/", views.candidate, name="candidate"),
    path("<int:pk>/candidates/<int:cid>/merge/", views.merge, name="merge"),
    path("<int:pk>/accept-pending/", views.accept_pending, name="accept_pending"),
    path("<int:pk>/section/", views.section, name="section_status"),
    path("<int:pk>/lead-unit/", views.lead_unit, name="lead_unit"),
    path("<int:pk>/name/", views.rename, name="rename"),
    path("<int:pk>/activate/", views.activate, name="activate"),
]
