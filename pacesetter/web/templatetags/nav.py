"""The top bar's links, each shown only to those the policy lets follow it: one rule per link,
here, so a reporter is not offered a review queue nor a leader a data-entry page."""

from __future__ import annotations

from django import template

from pacesetter.core import policy

register = template.Library()

# Link (as the top bar names it) → the actions of which the user needs at least one somewhere.
RULES: dict[str, tuple[str, ...]] = {
    # Those who enter a unit's figures.
    "entry": (policy.ENTER,),
    # Unit heads sign what their units submit; offices accept what was signed.
    "reviews": (policy.SIGN, policy.ACCEPT),
    # Entry templates and uploads for those who enter; a plan's exports for its office.
    "data": (policy.ENTER, policy.MANAGE),
    # The board for who instructs or supervises; a unit's tasks for who answers them.
    "tasks": (policy.INSTRUCT, policy.SUPERVISE, policy.ANSWER),
    "plan_import": (policy.MANAGE,),
    # Flagged figures are questioned by those who accept the reports (validation.quality).
    "quality": (policy.ACCEPT,),
}


@register.simple_tag(takes_context=True)
def nav_links(context) -> dict[str, bool]:
    """``{% nav_links as nav %}`` then ``{% if nav.reviews %}``."""
    user = context["request"].user
    return {
        name: any(policy.has_any(user, action) for action in actions)
        for name, actions in RULES.items()
    }
