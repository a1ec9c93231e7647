from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from pacesetter.attachments import registry, selectors, services, storage
from pacesetter.core.exceptions import DomainError
from pacesetter.core.redirects import local_path


@login_required
@require_GET
def download(request: HttpRequest, pk: int) -> FileResponse:
    # 404, not 403, for a file one may not see: its existence is not revealed either.
    attachment = selectors.attachment_visible(user=request.user, pk=pk)
    if attachment is None:
        raise Http404
    try:
        handle = open(storage.path_of(attachment.stored_as), "rb")  # noqa: SIM115 (FileResponse closes it)
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=attachment.name,
        content_type=attachment.content_type_name,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _next_url(request: HttpRequest) -> str:
    return local_path(request, request.POST.get("next", "")) or "/"


@login_required
@require_POST
def upload(request: HttpRequest, kind: str, pk: int) -> HttpResponseRedirect:
    model = registry.model_for(kind)
    if model is None:
        raise Http404
    obj = get_object_or_404(model, pk=pk)
    if not registry.can_view(request.user, obj):
        raise Http404
    upload = request.FILES.get("file")
    if upload is None:
        messages.error(request, _("Choose a file to attach."))
    else:
        try:
            attachment = services.attach(actor=request.user, obj=obj, upload=upload)
        except PermissionDenied:
            messages.error(request, _("You may not attach files here."))
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("%(name)s attached.") % {"name": attachment.name})
    return HttpResponseRedirect(_next_url(request))
