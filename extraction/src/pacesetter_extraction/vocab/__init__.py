"""Word tables of general policy-language vocabulary (simplified characters), by what they
decide: figures, time, exclusions, indicator names, works. Read as ``vocab.NAME``.

Everything here is generic to Chinese government plans and work reports; nothing names a
particular document. The analysis text is converted to simplified characters first, so only
simplified forms are listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .exclusions import (  # noqa: F401
    ATTRIBUTE_WORDS,
    BARE_SPEC_NOUNS,
    CAPACITY_WORDS,
    DELTA_RE,
    DESCRIPTOR_AFTER,
    ENTITY_HEADS,
    FOCUS_VERBS,
    GOAL_SETTING_PLACES,
    META_NOUNS,
    SCOPE_RE,
    SINCE_DELTA_RE,
    SITE_AREA_WORDS,
    SPEC_COUNT_NOUNS,
    TASK_SHARE_RE,
    WORK_PLACES,
    kept_record,
)
from .figures import (  # noqa: F401
    AGE_FACT_WORDS,
    AGE_UNITS,
    BASE_UNITS,
    CHANGE_WORDS,
    COUNT_UNITS,
    LEVEL_CHANGE_VERBS,
    MAGNITUDES,
    MEASURE_UNITS,
    NON_ENUM_UNITS,
    PERCENT_UNITS,
    PREFIX_COMPARATORS,
    SUFFIX_COMPARATORS,
    VALUE_VERBS,
)
from .names import (  # noqa: F401
    ABBREVIATIONS,
    BULLET_MARKS,
    GOES_ON_OPENINGS,
    INNER_VERBS,
    LEADING_NOISE,
    NAME_TRAILING_WORDS,
    NATIONAL_GDP_RE,
    PAIR_EXPANSIONS,
    PART_OPENINGS,
    QUANTITY_ENDS,
    SCOPE_WORDS,
    TRAILING_NOISE,
    TRAILING_VERBS,
)
from .time import (  # noqa: F401
    ACHIEVEMENT_WORDS,
    COMPARISON_BASE,
    COMPARISON_CLAUSE,
    FORECAST_WORDS,
    FUTURE_WORDS,
    FUTURE_WORDS_IN_TERMS,
    GOAL_SETTING_VERBS,
    GOAL_WORDS,
    HEADING_FUTURE,
    HEADING_PAST,
    HEADING_PRESENT,
    HYPOTHETICAL_WORDS,
    LE_NOT_ASPECT,
    PAST_SPLIT_WORDS,
    PAST_WORDS,
    PAST_YEAR_WORDS,
    SAME_PERIOD_WORDS,
)
from .uses import MILESTONE_USE_VERBS  # noqa: F401
from .works import (  # noqa: F401
    COMPLETION_VERBS,
    DESIGNATION_HEADS,
    DOCUMENT_HEADS,
    EVALUATIVE_WORDS,
    GENERIC_OBJECT_END,
    GENERIC_OBJECT_START,
    LINK_VERBS_END,
    MILESTONE_PUSH_OBJECTS,
    MILESTONE_VERBS_END,
    MILESTONE_VERBS_FRONT,
    ONLINE_HEADS,
    ONLINE_VERBS,
    OPENING_VERBS,
    PROJECT_HEADS,
    PROJECT_VERBS,
    PUBLISH_VERBS,
    PUT_TO_USE_VERBS,
    WORK_DONE_END,
    WORK_EVENT_VERBS,
    WORK_HEADS,
    WORK_THEN_USE,
)


def alt(words: Iterable[str]) -> str:
    """Regex alternation, longest first so that 超过 wins over 超."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
