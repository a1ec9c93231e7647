"""``{% attachments_for obj as items %}`` lists an object's files for ``_list.html``;
``{% attachment_form obj next %}`` renders the upload form. The page has checked that the
user may see ``obj``; the form is shown only to those who may add files."""

from django import template
from django.db.models import Model

from pacesetter.attachments import registry, selectors

register = template.Library()


@register.simple_tag
def attachments_for(obj: Model) -> list[selectors.AttachmentItem]:
    return selectors.attachment_items(obj)


@register.inclusion_tag("attachments/_form.html", takes_context=True)
def attachment_form(context: template.Context, obj: Model, next: str = "") -> dict:
    request = context.get("request")
    user = getattr(request, "user", None)
    return {
        "hide": user is None or not registry.can_attach(user, obj),
        "owner_kind": registry.kind_of(obj),
        "owner_pk": obj.pk,
        "next": next or (request.get_full_path() if request else ""),
        "csrf_token": context.get("csrf_token"),
    }
