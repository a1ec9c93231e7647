from ninja import Router

from pacesetter.api import selectors
from pacesetter.api.pagination import LimitOffsetPagination, paginate
from pacesetter.api.schemas import UnitOut

router = Router(tags=["units"])


@router.get("", response=list[UnitOut], url_name="list_units")
@paginate(LimitOffsetPagination, max_limit=1000)
def list_units(request):
    """Org units the caller may view, in tree order."""
    return selectors.units_visible(user=request.auth)


@router.get("/{code}", response=UnitOut, url_name="get_unit")
def get_unit(request, code: str):
    return selectors.unit_get(user=request.auth, code=code)
