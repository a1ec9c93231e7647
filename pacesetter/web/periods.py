"""The month a page opens on (the rule lives in analytics, beside the rules and digests that
judge the same month)."""

from pacesetter.analytics.months import default_period

__all__ = ["default_period"]
