"""A local stand-in for the WeCom, DingTalk and Feishu robots, for any app's tests.

    def test_x(robot_server):
        endpoint = robot_server.robot(unit, "dingtalk", secret="s")  # a RobotEndpoint here
        url = robot_server.url("/wecom?key=k")      # "/feishu…" answers the Feishu way
        # … the code under test sends its messages …
        robot_server.fail_next(2)                   # HTTP 500 twice, then success
        robot_server.fail_next(1, how="refuse")     # 200 with the platform's error code
        robot_server.requests[-1].body              # the JSON payload it received

Other apps use it with ``from pacesetter.notifications.tests.robot_server import robot_server``.
"""

from __future__ import annotations

import json
import threading
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Received:
    path: str
    query: dict[str, str]
    body: dict


@dataclass
class RobotServer:
    host: str = "127.0.0.1"
    requests: list[Received] = field(default_factory=list)
    _failures: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> RobotServer:
        self.httpd = ThreadingHTTPServer((self.host, 0), _handler(self))
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.httpd.server_port}{path}"

    def robot(self, unit, platform: str, secret: str = "", **fields):
        """A RobotEndpoint of ``unit`` whose webhook is this server."""
        from pacesetter.notifications.models import RobotEndpoint

        paths = {"wecom": "/wecom/send?key=wk", "dingtalk": "/dingtalk/send?access_token=dt"}
        return RobotEndpoint.objects.create(
            unit=unit,
            name=f"{platform} group",
            platform=platform,
            webhook_url=self.url(paths.get(platform, "/feishu/hook/fs")),
            secret=secret,
            **fields,
        )

    def fail_next(self, count: int, how: str = "status") -> None:
        """Fail the next ``count`` requests: ``status`` answers HTTP 500, ``refuse`` answers 200
        with the platform's error code, ``garbage`` answers 200 with a body that is not JSON."""
        with self._lock:
            self._failures.extend([how] * count)

    def _answer(self, path: str) -> tuple[int, bytes]:
        with self._lock:
            failure = self._failures.pop(0) if self._failures else None
        feishu = path.startswith("/feishu")
        if failure == "status":
            return 500, b'{"errcode": -1, "errmsg": "system busy"}'
        if failure == "garbage":
            return 200, b"<html>proxy error</html>"
        if failure == "refuse":
            answer = (
                {"code": 19021, "msg": "sign match fail or timestamp is not within one hour"}
                if feishu
                else {"errcode": 310000, "errmsg": "sign not match"}
            )
        else:
            answer = {"code": 0, "msg": "success"} if feishu else {"errcode": 0, "errmsg": "ok"}
        return 200, json.dumps(answer).encode()


def _handler(server: RobotServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 (http.server's name)
            parts = urllib.parse.urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            query = dict(urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
            server.requests.append(Received(parts.path, query, json.loads(raw or b"{}")))
            status, answer = server._answer(parts.path)
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, format, *args):  # keep the test output quiet
            pass

    return Handler


@pytest.fixture
def robot_server(monkeypatch):
    # A proxy configured in the environment must not stand between the test and its robot.
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    server = RobotServer().start()
    yield server
    server.stop()
