"""A real HTTP server on 127.0.0.1 for tests and benchmarks: a route table and a request log.

Tests get one from the `http_server` fixture (tests/conftest.py)::

    def test_something(http_server):
        http_server.route("/feed.xml", body=RSS, content_type="application/rss+xml",
                          etag='"v1"')                    # answers 304 to If-None-Match "v1"
        http_server.redirect("/old", "/feed.xml", status=301)
        http_server.route("/slow", body=b"late", delay=30)  # never answers within a test timeout
        http_server.route("/gz", body=RSS, gzip=True)       # Content-Encoding: gzip
        http_server.route("/dyn", handler=lambda request: Reply(200, {}, b"..."))
        url = http_server.url("/feed.xml")
        ...
        assert http_server.requests_for("/feed.xml")[-1].headers["if-none-match"] == '"v1"'

Routes can be changed at any time (`route` again replaces one); unknown paths answer 404,
or go to `http_server.fallback` when set (a handler callable serving a whole tree).
The server speaks HTTP/1.1 with keep-alive, one thread per connection, and stops promptly
even while a delayed route is still waiting.
"""

from __future__ import annotations

import gzip as gzip_module
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass(frozen=True)
class RecordedRequest:
    """One request the server received."""

    method: str
    path: str
    """The path with its query string, as sent."""
    headers: dict[str, str]
    """Request headers, names in lower case."""
    client_port: int = 0
    """The client's port: requests on one reused connection share it."""


@dataclass(frozen=True)
class Reply:
    """What a handler callable returns."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


@dataclass
class Route:
    """How the server answers one path."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0
    """Seconds to wait before answering (interrupted when the server stops)."""
    etag: str | None = None
    """Sent as ETag; a request whose If-None-Match matches gets a 304."""
    last_modified: str | None = None
    """Sent as Last-Modified; a request whose If-Modified-Since equals it gets a 304."""
    gzip: bool = False
    """Compress the body and send Content-Encoding: gzip."""
    handler: Callable[[RecordedRequest], Reply] | None = None
    """Computes the answer instead of the fields above (delay still applies)."""


class TestServer:
    """A threaded HTTP server on an ephemeral port of 127.0.0.1."""

    __test__ = False  # not a pytest test class

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.fallback: Callable[[RecordedRequest], Reply] | None = None
        """Answers paths that have no route (default: 404)."""
        self.record = True
        """Keep a log of requests (benchmarks turn it off)."""
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd = _Server(("127.0.0.1", 0), _make_handler(self))
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        """The absolute URL of `path` on this server."""
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def route(
        self,
        path: str,
        body: bytes | str = b"",
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        content_type: str | None = None,
        delay: float = 0.0,
        etag: str | None = None,
        last_modified: str | None = None,
        gzip: bool = False,
        handler: Callable[[RecordedRequest], Reply] | None = None,
    ) -> str:
        """Answer `path` (without query string) this way from now on; returns its URL."""
        all_headers = dict(headers or {})
        if content_type:
            all_headers["Content-Type"] = content_type
        if isinstance(body, str):
            body = body.encode()
        with self._lock:
            self.routes[path] = Route(
                status, all_headers, body, delay, etag, last_modified, gzip, handler
            )
        return self.url(path)

    def redirect(self, path: str, to: str, *, status: int = 301) -> str:
        """Redirect `path` to `to` (a path or an absolute URL); returns the URL of `path`."""
        return self.route(path, status=status, headers={"Location": to})

    def requests_for(self, path: str) -> list[RecordedRequest]:
        """Requests received for `path` (query string ignored), oldest first."""
        with self._lock:
            return [r for r in self.requests if urlsplit(r.path).path == path]

    def start(self) -> TestServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> TestServer:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def _answer(self, request: RecordedRequest) -> tuple[int, dict[str, str], bytes]:
        with self._lock:
            if self.record:
                self.requests.append(request)
            route = self.routes.get(urlsplit(request.path).path)
        if route is None and self.fallback is not None:
            reply = self.fallback(request)
            return reply.status, dict(reply.headers), reply.body
        if route is None:
            return 404, {"Content-Type": "text/plain"}, b"not found"
        if route.delay and self._stopping.wait(route.delay):
            raise ConnectionAbortedError("server stopping")
        if route.handler is not None:
            reply = route.handler(request)
            return reply.status, dict(reply.headers), reply.body
        headers = dict(route.headers)
        if route.etag:
            headers["ETag"] = route.etag
        if route.last_modified:
            headers["Last-Modified"] = route.last_modified
        if _not_modified(route, request.headers):
            return 304, {k: v for k, v in headers.items() if k in ("ETag", "Last-Modified")}, b""
        body = route.body
        if route.gzip:
            body = gzip_module.compress(body)
            headers["Content-Encoding"] = "gzip"
        return route.status, headers, body


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024  # benchmarks open hundreds of connections at once

    def handle_error(self, request, client_address) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _not_modified(route: Route, headers: dict[str, str]) -> bool:
    if route.status != 200:
        return False
    if route.etag and "if-none-match" in headers:
        return route.etag in [t.strip() for t in headers["if-none-match"].split(",")]
    return bool(route.last_modified) and headers.get("if-modified-since") == route.last_modified


def _make_handler(server: TestServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self._respond(send_body=True)

        def do_HEAD(self) -> None:
            self._respond(send_body=False)

        def _respond(self, *, send_body: bool) -> None:
            request = RecordedRequest(
                self.command,
                self.path,
                {k.lower(): v for k, v in self.headers.items()},
                self.client_address[1],
            )
            try:
                status, headers, body = server._answer(request)
            except ConnectionAbortedError:
                self.close_connection = True
                return
            self.send_response(status)
            names = {k.lower() for k in headers}
            for name, value in headers.items():
                self.send_header(name, value)
            if "date" not in names:
                self.send_header("Date", formatdate(usegmt=True))
            if "content-length" not in names:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if send_body and status != 304:
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # tests read `server.requests` instead of stderr

    return Handler


def serve(routes: dict[str, Route] | None = None) -> TestServer:
    """A started server with these routes (for scripts; tests use the fixture)."""
    server = TestServer().start()
    if routes:
        server.routes.update(routes)
    return server
