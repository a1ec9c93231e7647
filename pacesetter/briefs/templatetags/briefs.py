from django import template

from pacesetter.core import policy

register = template.Library()


@register.filter
def may_brief(plans, user) -> bool:
    """Whether the top bar links to the brief: the user may view the owner of one of the
    plans the switcher lists (``briefs.selectors.brief_plans`` also keeps active ones only)."""
    return any(
        p.status == p.Status.ACTIVE and policy.can(user, policy.VIEW, p.owner) for p in plans or ()
    )
