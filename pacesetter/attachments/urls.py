from django.urls import path

from pacesetter.attachments import views

app_name = "attachments"
urlpatterns = [
    path("<int:pk>/", views.download, name="download"),
    path("upload/<str:kind>/<int:pk>/", views.upload, name="upload"),
]
