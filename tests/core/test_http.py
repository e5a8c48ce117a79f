"""The HTTP client against a real server on 127.0.0.1: limits, redirects, errors in one line."""

from __future__ import annotations

import asyncio
import gzip
import socket

import brotli
import pytest

from reader.core.http import USER_AGENT, FetchError, HttpClient, fetch_url, parse_retry_after


def test_fetch_url_returns_body_headers_and_final_url(http_server):
    url = http_server.route("/page", "<p>Bonjour</p>", content_type="text/html; charset=utf-8")

    response = fetch_url(url)

    assert response.status == 200
    assert response.url == url
    assert response.content == b"<p>Bonjour</p>"
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.charset == "utf-8"
    assert response.permanent_redirect is None
    request = http_server.requests_for("/page")[0]
    assert request.headers["user-agent"] == USER_AGENT
    assert "br" in request.headers["accept-encoding"]


def test_gzip_and_brotli_bodies_are_decoded(http_server):
    http_server.route("/gz", "x" * 100_000, gzip=True)
    http_server.route(
        "/br", headers={"Content-Encoding": "br"}, body=brotli.compress(b"y" * 100_000)
    )

    assert fetch_url(http_server.url("/gz")).content == b"x" * 100_000
    assert fetch_url(http_server.url("/br")).content == b"y" * 100_000


def test_a_gzip_bomb_is_refused_after_the_cap(http_server):
    bomb = gzip.compress(b"\0" * (50 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 100_000
    url = http_server.route("/bomb", bomb, headers={"Content-Encoding": "gzip"})

    with pytest.raises(FetchError) as caught:
        fetch_url(url, max_bytes=1024 * 1024)

    assert str(caught.value) == f"{url}: body larger than 1 MB"


def test_a_body_over_the_cap_is_refused_with_the_reason(http_server):
    url = http_server.route("/big", b"z" * 300_000)

    with pytest.raises(FetchError, match=r"/big: body larger than 200 kB"):
        fetch_url(url, max_bytes=200 * 1024)


def test_http_errors_name_the_url_and_the_status(http_server):
    url = http_server.url("/missing")

    with pytest.raises(FetchError) as caught:
        fetch_url(url)

    assert str(caught.value) == f"{url}: HTTP 404"
    assert caught.value.status == 404


def test_retry_after_is_kept_on_the_error(http_server):
    url = http_server.route("/busy", "slow down", status=429, headers={"Retry-After": "120"})

    with pytest.raises(FetchError) as caught:
        fetch_url(url)

    assert caught.value.status == 429
    assert caught.value.retry_after is not None


def test_retry_after_reads_seconds_and_http_dates():
    from datetime import UTC, datetime

    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert parse_retry_after("60", now) == datetime(2026, 1, 1, 0, 1, tzinfo=UTC)
    assert parse_retry_after("Thu, 01 Jan 2026 02:00:00 GMT", now) == datetime(
        2026, 1, 1, 2, tzinfo=UTC
    )
    assert parse_retry_after("soon", now) is None


def test_a_server_that_never_answers_times_out(http_server):
    url = http_server.route("/never", "late", delay=30)

    with pytest.raises(FetchError) as caught:
        fetch_url(url, timeout=0.3)

    assert str(caught.value) == f"{url}: timed out after 0.3 s"


def test_connection_refused_is_said_plainly():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/feed"

    with pytest.raises(FetchError) as caught:
        fetch_url(url)

    assert str(caught.value) == f"{url}: connection refused"


def test_only_http_urls_are_fetched():
    with pytest.raises(FetchError, match="not an http"):
        fetch_url("file:///etc/passwd")


def test_permanent_redirects_report_the_new_url(http_server):
    target = http_server.route("/new.xml", "<rss/>")
    http_server.redirect("/old.xml", "/new.xml", status=301)

    response = fetch_url(http_server.url("/old.xml"))

    assert response.url == target
    assert response.permanent_redirect == target


def test_a_temporary_redirect_anywhere_in_the_chain_keeps_the_old_url(http_server):
    http_server.route("/final", "ok")
    http_server.redirect("/step", "/final", status=308)
    http_server.redirect("/start", "/step", status=302)

    response = fetch_url(http_server.url("/start"))

    assert response.url == http_server.url("/final")
    assert response.permanent_redirect is None


def test_redirect_loops_end_with_an_error(http_server):
    http_server.redirect("/a", "/b", status=302)
    http_server.redirect("/b", "/a", status=302)

    with pytest.raises(FetchError, match="more than 10 redirects"):
        fetch_url(http_server.url("/a"))


async def test_conditional_headers_are_sent_and_304_has_no_body(http_server):
    url = http_server.route("/feed", "<rss/>", etag='"v1"')

    async with HttpClient() as client:
        first = await client.get(url)
        second = await client.get(url, headers={"If-None-Match": first.headers["etag"]})

    assert first.status == 200
    assert second.status == 304 and second.not_modified and second.content == b""
    assert http_server.requests_for("/feed")[1].headers["if-none-match"] == '"v1"'


async def test_the_per_host_limit_bounds_requests_in_flight(http_server):
    import threading

    in_flight, peak, lock = [0], [0], threading.Lock()

    from tests.http_server import Reply

    def handler(request):
        with lock:
            in_flight[0] += 1
            peak[0] = max(peak[0], in_flight[0])
        import time

        time.sleep(0.05)
        with lock:
            in_flight[0] -= 1
        return Reply(200, {}, b"ok")

    url = http_server.route("/slow", handler=handler)

    async with HttpClient(max_connections=10, per_host=2) as client:
        await asyncio.gather(*(client.get(f"{url}?n={i}") for i in range(8)))

    assert peak[0] == 2


async def test_connections_are_reused(http_server):
    url = http_server.route("/ping", "pong")

    async with HttpClient() as client:
        for _ in range(5):
            await client.get(url)

    assert len({r.client_port for r in http_server.requests_for("/ping")}) == 1


async def test_connections_survive_304s_redirects_and_errors(http_server):
    http_server.route("/feed", "<rss/>", etag='"v1"')
    http_server.redirect("/moved", "/feed", status=302)

    async with HttpClient() as client:
        await client.get(http_server.url("/feed"), headers={"If-None-Match": '"v1"'})
        await client.get(http_server.url("/moved"))
        with pytest.raises(FetchError):
            await client.get(http_server.url("/missing"))
        await client.get(http_server.url("/feed"))

    assert len({r.client_port for r in http_server.requests}) == 1
