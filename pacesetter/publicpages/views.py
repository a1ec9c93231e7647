"""A plan's public page (no login) and its office's page choosing what it shows."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pacesetter.bulletins.selectors import published_file
from pacesetter.core import policy
from pacesetter.core.exceptions import DomainError
from pacesetter.plans.models import Plan
from pacesetter.plans.selectors import plan_list_visible
from pacesetter.plans.services import plan_publishing_set, plan_version
from pacesetter.publicpages import selectors
from pacesetter.publicpages.forms import PublishingForm

# The bulletin's files, in the order a visitor most likely wants them.
FORMATS = [("pdf", "PDF"), ("docx", gettext_lazy("Word")), ("xlsx", gettext_lazy("Excel annex"))]


def _public(code: str) -> Plan:
    plan = selectors.public_plan(code)
    if plan is None:
        raise Http404
    return plan


def public_plan(request, code: str):
    view = selectors.public_view(_public(code))
    return render(
        request, "publicpages/plan.html", {"view": view, "plan": view.plan, "formats": FORMATS}
    )


def public_bulletin(request, code: str, pk: int, fmt: str):
    bulletin = selectors.public_bulletin(_public(code), pk)
    found = published_file(bulletin, fmt) if bulletin else None
    if found is None or not found[0]:
        raise Http404
    data, name, content_type = found
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _managed(request, code: str) -> Plan:
    plan = plan_list_visible(user=request.user).filter(code=code).first()
    if plan is None or not policy.can(request.user, policy.MANAGE, plan.owner):
        raise Http404
    return plan


def _initial(plan: Plan) -> dict:
    return {
        "published": plan.is_published,
        "targets": plan.publish_targets,
        "status": plan.publish_status,
        "rankings": plan.publish_rankings,
        "bulletins": plan.publish_bulletins,
        "version": plan_version(plan),
    }


@login_required
def public_settings(request, code: str):
    plan = _managed(request, code)
    form = PublishingForm(request.POST or None, initial=_initial(plan))
    if request.method == "POST" and form.is_valid():
        try:
            plan_publishing_set(request.user, plan, **form.cleaned_data)
        except DomainError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, _("The public page settings were saved."))
        return redirect("publicpages:public_settings", code=plan.code)
    return render(
        request,
        "publicpages/settings.html",
        {"plan": plan, "form": form, "is_draft": plan.status == Plan.Status.DRAFT},
    )
