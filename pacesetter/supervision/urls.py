from django.urls import path

from pacesetter.supervision import views

app_name = "supervision"
urlpatterns = [
    path("", views.task_list, name="task_list"),
    path("new/", views.task_new, name="task_new"),
    path("<str:code>/", views.task_detail, name="task_detail"),
    path("<str:code>/step/<str:step>/", views.task_step, name="task_step"),
    path("<str:code>/extension/", views.task_extend, name="task_extend"),
    path("<str:code>/extension/<int:pk>/", views.task_decide, name="task_decide"),
]
