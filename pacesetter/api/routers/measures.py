"""The indicator catalogue (指标库), read-only: what each code in a figure means."""

from ninja import Router

from pacesetter.api import selectors
from pacesetter.api.pagination import LimitOffsetPagination, paginate
from pacesetter.api.schemas import MeasureOut

router = Router(tags=["measures"])


@router.get("", response=list[MeasureOut], url_name="list_measures")
@paginate(LimitOffsetPagination, max_limit=5000)
def list_measures(request):
    """Measures of the plans the caller may see, and those defined by units in its view.
    Their codes are what ``/api/datavalues`` lists and accepts."""
    return selectors.measures_visible(user=request.auth)


@router.get("/{code}", response=MeasureOut, url_name="get_measure")
def get_measure(request, code: str):
    return selectors.measure_get(user=request.auth, code=code)
