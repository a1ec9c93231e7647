from django import template

from pacesetter.core import policy

register = template.Library()


@register.simple_tag(takes_context=True)
def can(context, action: str, obj) -> bool:
    """``{% can "accept" report as may_accept %}``: templates ask the same policy as views."""
    return policy.can(context["request"].user, action, obj)
