"""The 柘好办 service desk: enterprises file and follow requests, units answer and resolve,
the plan office makes one a supervision task. The same services and visibility rule as the
pages: a request the caller may not see answers like one that does not exist."""

from datetime import date, datetime

from django.utils.translation import gettext as _
from ninja import File, Router, Schema, Status
from ninja.files import UploadedFile
from pydantic import Field

from pacesetter.api.pagination import LimitOffsetPagination, paginate
from pacesetter.api.schemas import ErrorOut
from pacesetter.api.selectors import code_check
from pacesetter.api.task_schemas import AttachmentOut
from pacesetter.attachments.services import attach
from pacesetter.core.exceptions import DomainError
from pacesetter.servicedesk import selectors, services
from pacesetter.servicedesk.models import ServiceRequest
from pacesetter.supervision.models import Task

router = Router(tags=["service desk"])
REFUSALS = {400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}
ONE = "/requests/{code}"


class CategoryOut(Schema):
    code: str
    name: str
    unit: str
    response_hours: int
    resolution_days: int

    @staticmethod
    def resolve_unit(obj) -> str:
        return obj.unit.code


class ReplyOut(Schema):
    kind: str
    at: datetime
    by: str | None
    unit: str | None
    text: str

    @staticmethod
    def resolve_by(obj) -> str | None:
        return obj.author.username if obj.author else None

    @staticmethod
    def resolve_unit(obj) -> str | None:
        return obj.unit.code if obj.unit else None


class RequestOut(Schema):
    code: str
    category: str
    unit: str
    enterprise: str
    title: str
    description: str
    state: str
    filed_at: datetime
    responded_at: datetime | None
    resolved_at: datetime | None
    response_due: datetime
    resolution_due: datetime
    task: str | None
    version: int

    @staticmethod
    def resolve_category(obj) -> str:
        return obj.category.code

    @staticmethod
    def resolve_unit(obj) -> str:
        return obj.unit.code

    @staticmethod
    def resolve_task(obj) -> str | None:
        return obj.task.code if obj.task else None


class RequestDetailOut(RequestOut):
    replies: list[ReplyOut]

    @staticmethod
    def resolve_replies(obj) -> list:
        return list(selectors.thread(obj))


class RequestIn(Schema):
    category: str = Field(max_length=30)
    title: str
    description: str


class TextIn(Schema):
    text: str
    version: int | None = None  # the version the caller saw: a stale one is a 409


class EscalateIn(Schema):
    deadline: date
    instruction: str = ""
    priority: Task.Priority = Task.Priority.NORMAL
    version: int | None = None


def _request(request, code: str) -> ServiceRequest:
    return selectors.request_get(user=request.auth, code=code_check(code, "code"))


@router.get("/categories", response=list[CategoryOut], url_name="list_service_categories")
def list_service_categories(request):
    """The categories open for requests, each with its unit and service level."""
    return selectors.categories_open()


@router.get("/requests", response=list[RequestOut], url_name="list_service_requests")
@paginate(LimitOffsetPagination, max_limit=1000)
def list_service_requests(request, state: ServiceRequest.State | None = None):
    """Requests the caller may see (its own for an enterprise), newest first."""
    requests = selectors.requests_visible(request.auth).order_by("-filed_at", "-pk")
    return requests.filter(state=state) if state else requests


@router.get(ONE, response=RequestDetailOut, url_name="get_service_request")
def get_service_request(request, code: str):
    return _request(request, code)


@router.post(
    "/requests", response={201: RequestDetailOut, **REFUSALS}, url_name="file_service_request"
)
def file_service_request(request, payload: RequestIn):
    """An enterprise files a request; it is routed to the category's unit."""
    category = selectors.categories_open().filter(code=code_check(payload.category, "category"))
    if not category.exists():
        message = _("No open category has this code: see /api/service/categories.")
        raise DomainError("invalid", message, {"category": message})
    filed = services.request_file(
        actor=request.auth,
        category=category.get(),
        title=payload.title,
        description=payload.description,
    )
    return Status(201, filed)


@router.post(
    ONE + "/reply", response={200: RequestDetailOut, **REFUSALS}, url_name="reply_service_request"
)
def reply_service_request(request, code: str, payload: TextIn):
    return services.request_reply(
        actor=request.auth,
        request=_request(request, code),
        text=payload.text,
        expected_version=payload.version,
    )


@router.post(
    ONE + "/resolve",
    response={200: RequestDetailOut, **REFUSALS},
    url_name="resolve_service_request",
)
def resolve_service_request(request, code: str, payload: TextIn):
    return services.request_resolve(
        actor=request.auth,
        request=_request(request, code),
        text=payload.text,
        expected_version=payload.version,
    )


@router.post(
    ONE + "/note", response={200: RequestDetailOut, **REFUSALS}, url_name="note_service_request"
)
def note_service_request(request, code: str, payload: TextIn):
    """The enterprise adds to its own request."""
    return services.request_note(
        actor=request.auth, request=_request(request, code), text=payload.text
    )


@router.post(
    ONE + "/escalate",
    response={200: RequestDetailOut, **REFUSALS},
    url_name="escalate_service_request",
)
def escalate_service_request(request, code: str, payload: EscalateIn):
    """The plan office makes the request a supervision task of its unit."""
    return services.request_escalate(
        actor=request.auth,
        request=_request(request, code),
        deadline=payload.deadline,
        instruction=payload.instruction,
        priority=payload.priority,
        expected_version=payload.version,
    )


@router.post(
    ONE + "/attachments",
    response={201: AttachmentOut, **REFUSALS},
    url_name="attach_to_service_request",
)
def attach_to_service_request(request, code: str, file: File[UploadedFile]):
    """Add a file to the request (the enterprise that filed it, or the unit answering it):
    an image, PDF, Word, Excel or text file."""
    return Status(201, attach(actor=request.auth, obj=_request(request, code), upload=file))
