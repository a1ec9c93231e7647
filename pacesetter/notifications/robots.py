"""Group chat robots: each platform's message format, its signature and its idea of failure.

WeCom group robot: the key is in the webhook URL; markdown body; ``errcode`` 0 is success.
DingTalk custom robot (加签): ``timestamp`` in ms and ``sign`` = urlencode(base64(HMAC-SHA256
(key=secret, msg="timestamp\\nsecret"))) as query parameters; ``errcode`` 0 is success.
Feishu custom bot (签名校验): ``timestamp`` in seconds and ``sign`` = base64(HMAC-SHA256
(key="timestamp\\nsecret", msg=b"")) in the JSON body; ``code`` 0 is success.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass

from pacesetter.notifications.models import Platform, RobotEndpoint

# A robot that does not answer within this many seconds is tried again later.
TIMEOUT = 5
# The platforms cut longer messages (WeCom: 4096 bytes of markdown); stay well below.
MAX_CHARS = 1500


class DeliveryError(Exception):
    """The robot did not take the message; the text says why, for the delivery's record."""


@dataclass(frozen=True)
class Message:
    subject: str
    body: str
    url: str = ""  # absolute, or empty


def dingtalk_sign(secret: str, timestamp_ms: int) -> str:
    digest = hmac.new(
        secret.encode(), f"{timestamp_ms}\n{secret}".encode(), hashlib.sha256
    ).digest()
    return base64.b64encode(digest).decode()


def feishu_sign(secret: str, timestamp_s: int) -> str:
    digest = hmac.new(f"{timestamp_s}\n{secret}".encode(), b"", hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def _text(message: Message) -> str:
    body = message.body[:MAX_CHARS]
    return f"{body}\n{message.url}" if message.url else body


def _markdown(message: Message) -> str:
    body = message.body[:MAX_CHARS]
    return f"{body}\n\n[{message.url}]({message.url})" if message.url else body


def request_for(
    endpoint: RobotEndpoint, message: Message, now: float | None = None
) -> tuple[str, dict]:
    """The URL and JSON payload to POST for ``message`` (``now``: seconds since the epoch)."""
    build = _BUILDERS.get(endpoint.platform)
    if build is None:
        raise DeliveryError(f"unknown platform {endpoint.platform!r}")
    return build(endpoint, message, time.time() if now is None else now)


def _wecom(endpoint: RobotEndpoint, message: Message, now: float) -> tuple[str, dict]:
    return endpoint.webhook_url, {
        "msgtype": "markdown",
        "markdown": {"content": _markdown(message)},
    }


def _dingtalk(endpoint: RobotEndpoint, message: Message, now: float) -> tuple[str, dict]:
    url = endpoint.webhook_url
    if endpoint.secret:
        stamp = int(now * 1000)
        query = urllib.parse.urlencode(
            {"timestamp": stamp, "sign": dingtalk_sign(endpoint.secret, stamp)}
        )
        url = f"{url}{'&' if '?' in url else '?'}{query}"
    return url, {
        "msgtype": "markdown",
        "markdown": {"title": message.subject[:60], "text": _markdown(message)},
    }


def _feishu(endpoint: RobotEndpoint, message: Message, now: float) -> tuple[str, dict]:
    payload: dict = {"msg_type": "text", "content": {"text": _text(message)}}
    if endpoint.secret:
        stamp = int(now)
        payload = {"timestamp": str(stamp), "sign": feishu_sign(endpoint.secret, stamp), **payload}
    return endpoint.webhook_url, payload


_BUILDERS: dict[str, Callable[[RobotEndpoint, Message, float], tuple[str, dict]]] = {
    Platform.WECOM: _wecom,
    Platform.DINGTALK: _dingtalk,
    Platform.FEISHU: _feishu,
}


def _refusal(platform: str, answer: dict) -> str | None:
    """The platform's own error in a 2xx answer, if any."""
    if platform == Platform.FEISHU:
        # Older Feishu answers carry StatusCode instead of code.
        code = answer.get("code", answer.get("StatusCode", 0))
        message = answer.get("msg", answer.get("StatusMessage", ""))
    else:
        code, message = answer.get("errcode", 0), answer.get("errmsg", "")
    return None if code in (0, "0") else f"{platform} error {code}: {message}"


def send(endpoint: RobotEndpoint, message: Message) -> None:
    """POST the message; raise DeliveryError for an HTTP error, a network error or a refusal."""
    url, payload = request_for(endpoint, message)
    request = urllib.request.Request(
        url,
        data=json.dumps(payload, ensure_ascii=False).encode(),
        headers={"Content-Type": "application/json; charset=utf-8"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            raw = response.read(65536)
    except urllib.error.HTTPError as exc:
        raise DeliveryError(f"HTTP {exc.code} {exc.reason}") from None
    except (OSError, ValueError) as exc:  # URLError, timeouts, refused connections, bad URLs
        raise DeliveryError(f"{type(exc).__name__}: {exc}") from None
    try:
        answer = json.loads(raw or b"{}")
    except ValueError:
        raise DeliveryError(f"not a JSON answer: {raw[:200]!r}") from None
    if isinstance(answer, dict) and (refusal := _refusal(endpoint.platform, answer)):
        raise DeliveryError(refusal)
