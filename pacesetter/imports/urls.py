from django.urls import path

from pacesetter.imports import views

app_name = "imports"
urlpatterns = [
    path("", views.data_page, name="page"),
    path("template/", views.template_download, name="template"),
    path("upload/", views.upload, name="upload"),
    path("errors.xlsx", views.errors_download, name="errors"),
    path("export/", views.export_download, name="export"),
    path("previews/<uuid:pk>/", views.preview_page, name="preview"),
    path("previews/<uuid:pk>/apply/", views.preview_apply, name="apply"),
]
