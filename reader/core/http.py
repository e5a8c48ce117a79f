"""The HTTP client every download goes through: polite, bounded, and clear when it fails.

`HttpClient` is async (httpx): one connection pool reused for every request, a global limit
and a per-host limit on concurrent requests, gzip/deflate/brotli decoded here with the size
cap counted *after* decompression (so a gzip bomb is refused after `max_bytes`, never
inflated in memory), a connect timeout and a total timeout per request, and a User-Agent
that names us. Conditional-GET headers are the caller's (see `reader.core.feeds.refresh`).

`fetch_url` is the one-off synchronous form, for importing a single page.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import zlib
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import brotli
import httpx

from reader import __version__
from reader.core.errors import ReaderError

USER_AGENT = f"reader/{__version__} (+terminal news reader)"
"""Sent with every request, so site owners can tell who is fetching."""

MAX_BYTES = 10 * 1024 * 1024
"""Default cap on a body, after decompression."""
TIMEOUT = 10.0
"""Default total time allowed for one request, connecting and reading included (seconds)."""
CONNECT_TIMEOUT = 5.0
"""Default time allowed to open a connection (seconds)."""
MAX_REDIRECTS = 10
_CHUNK = 64 * 1024
_PERMANENT = {301, 308}


@dataclass(frozen=True, slots=True)
class HttpResponse:
    """A response read in full (within the size cap)."""

    url: str
    """The final URL, after redirects."""
    status: int
    """HTTP status code (2xx, or 304 for a conditional GET)."""
    headers: dict[str, str] = field(default_factory=dict)
    """Response headers, names in lower case."""
    content: bytes = b""
    """The body, decompressed."""
    permanent_redirect: str | None = None
    """The new URL when every redirect followed was permanent (301/308), else `None`."""

    @property
    def not_modified(self) -> bool:
        """The server answered 304: nothing changed since the validators we sent."""
        return self.status == 304

    @property
    def charset(self) -> str | None:
        """The charset named by Content-Type, if any."""
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None

    @property
    def media_type(self) -> str:
        """The Content-Type without parameters, lower case (`""` when absent)."""
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


class FetchError(ReaderError):
    """A download failed; the message names the URL and the reason."""

    def __init__(
        self,
        url: str,
        reason: str,
        *,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        """The URL asked for."""
        self.reason = reason
        """Why it failed, in a few words: "HTTP 404", "timed out after 10 s"."""
        self.status = status
        """The HTTP status when the server answered with an error, else `None`."""
        self.headers = dict(headers or {})
        """The error response's headers (lower-case names), e.g. for Retry-After."""

    @property
    def retry_after(self) -> datetime | None:
        """When the server asked us to come back (429/503 with Retry-After), UTC."""
        return parse_retry_after(self.headers.get("retry-after"))


def parse_retry_after(value: str | None, now: datetime | None = None) -> datetime | None:
    """A Retry-After header (seconds or an HTTP date) as an aware UTC datetime."""
    if not value:
        return None
    now = now or datetime.now(UTC)
    value = value.strip()
    if value.isdigit():
        return now + timedelta(seconds=min(int(value), 30 * 86400))
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class _Decoder:
    """Decompresses Content-Encoding chunk by chunk, never producing more than asked."""

    def __init__(self, encoding: str) -> None:
        self.codings = [c.strip().lower() for c in encoding.split(",") if c.strip()]
        self.codings = [c for c in self.codings if c not in ("identity", "")]
        if len(self.codings) > 1:
            raise ValueError(f"stacked content encodings ({encoding})")
        self.coding = self.codings[0] if self.codings else None
        if self.coding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self.coding == "deflate":
            self._zlib = zlib.decompressobj()
            self._raw_deflate_tried = False
        elif self.coding == "br":
            self._brotli = brotli.Decompressor()
        elif self.coding is not None:
            raise ValueError(f"unsupported content encoding {encoding!r}")

    def decode(self, data: bytes, limit: int) -> list[bytes]:
        """Decompress `data`, returning pieces; stops once more than `limit` bytes came out."""
        if self.coding is None:
            return [data]
        if self.coding == "br":
            return self._brotli_decode(data, limit)
        return self._zlib_decode(data, limit)

    def _zlib_decode(self, data: bytes, limit: int) -> list[bytes]:
        pieces, produced = [], 0
        while True:
            try:
                piece = self._zlib.decompress(data, _CHUNK)
            except zlib.error:
                if self.coding == "deflate" and not self._raw_deflate_tried:
                    # Some servers send raw deflate without the zlib header.
                    self._raw_deflate_tried = True
                    self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise
            pieces.append(piece)
            produced += len(piece)
            data = self._zlib.unconsumed_tail
            if not data or produced > limit or self._zlib.eof:
                return pieces

    def _brotli_decode(self, data: bytes, limit: int) -> list[bytes]:
        pieces, produced = [], 0
        piece = self._brotli.process(data, output_buffer_limit=_CHUNK)
        while True:
            pieces.append(piece)
            produced += len(piece)
            if not piece or produced > limit or self._brotli.is_finished():
                return pieces
            piece = self._brotli.process(b"", output_buffer_limit=_CHUNK)


class HttpClient:
    """An async HTTP client with limits; use as `async with HttpClient() as client:`.

    Args:
        max_connections: requests in flight at once, over all hosts.
        per_host: requests in flight at once to the same host.
        timeout: total seconds allowed for one request (connect, redirects and body).
        connect_timeout: seconds allowed to open a connection.
        max_bytes: default cap on a body after decompression.
    """

    def __init__(
        self,
        *,
        max_connections: int = 16,
        per_host: int = 4,
        timeout: float = TIMEOUT,
        connect_timeout: float = CONNECT_TIMEOUT,
        max_bytes: int = MAX_BYTES,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.per_host = per_host
        self._global = asyncio.Semaphore(max_connections)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._client = httpx.AsyncClient(
            headers={
                "User-Agent": USER_AGENT,
                "Accept-Encoding": "gzip, deflate, br",
            },
            timeout=httpx.Timeout(timeout, connect=min(connect_timeout, timeout)),
            limits=httpx.Limits(
                max_connections=max_connections, max_keepalive_connections=max_connections
            ),
            follow_redirects=False,
            trust_env=False,
        )

    async def __aenter__(self) -> HttpClient:
        return self

    async def __aexit__(self, *exc_info) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close every pooled connection."""
        await self._client.aclose()

    async def get(
        self,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        max_bytes: int | None = None,
        timeout: float | None = None,
    ) -> HttpResponse:
        """GET `url`, following redirects; returns 2xx and 304 responses.

        Args:
            url: an http(s) URL.
            headers: extra request headers (Accept, If-None-Match, If-Modified-Since...).
            max_bytes: cap on the decompressed body; default the client's.
            timeout: total seconds for this request; default the client's.

        Raises:
            FetchError: on a network failure, a timeout, an HTTP error status (4xx/5xx,
                with `status` and the response headers), or a body over the cap.
        """
        limit = self.max_bytes if max_bytes is None else max_bytes
        seconds = self.timeout if timeout is None else timeout
        _check_url(url)
        async with self._host_lock(url), self._global:
            try:
                async with asyncio.timeout(seconds):
                    return await self._get(url, dict(headers or {}), limit)
            except TimeoutError:
                raise FetchError(url, f"timed out after {seconds:g} s") from None
            except httpx.TimeoutException:
                raise FetchError(url, f"timed out after {seconds:g} s") from None
            except httpx.HTTPError as error:
                raise FetchError(url, _network_reason(error)) from None

    def _host_lock(self, url: str) -> asyncio.Semaphore:
        host = (urlsplit(url).hostname or "").lower()
        if host not in self._hosts:
            self._hosts[host] = asyncio.Semaphore(self.per_host)
        return self._hosts[host]

    async def _get(self, url: str, headers: dict[str, str], limit: int) -> HttpResponse:
        current, permanent = url, True
        for _ in range(MAX_REDIRECTS + 1):
            request = self._client.build_request("GET", current, headers=headers)
            response = await self._client.send(request, stream=True)
            try:
                if response.is_redirect and "location" in response.headers:
                    permanent = permanent and response.status_code in _PERMANENT
                    current = str(response.url.join(response.headers["location"]))
                    _check_url(current, origin=url)
                    await _discard(response)
                    continue
                response_headers = {k.lower(): v for k, v in response.headers.items()}
                if response.status_code >= 400:
                    await _discard(response)
                    raise FetchError(
                        url,
                        f"HTTP {response.status_code}",
                        status=response.status_code,
                        headers=response_headers,
                    )
                content = b""
                if response.status_code == 304:
                    await _discard(response)
                else:
                    content = await _read_capped(url, response, limit)
                return HttpResponse(
                    url=str(response.url),
                    status=response.status_code,
                    headers=response_headers,
                    content=content,
                    permanent_redirect=str(response.url) if current != url and permanent else None,
                )
            finally:
                await response.aclose()
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")


async def _read_capped(url: str, response: httpx.Response, limit: int) -> bytes:
    """The body decompressed, refused as soon as it grows past `limit` bytes."""
    too_big = FetchError(url, f"body larger than {_size(limit)}")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_big
    try:
        decoder = _Decoder(response.headers.get("content-encoding", ""))
    except ValueError as error:
        raise FetchError(url, str(error)) from None
    body = bytearray()
    try:
        async for raw in _raw_chunks(response):
            for piece in decoder.decode(raw, limit - len(body)):
                body += piece
                if len(body) > limit:
                    raise too_big
    except (zlib.error, brotli.error):
        raise FetchError(url, "corrupt compressed body") from None
    return bytes(body)


async def _discard(response: httpx.Response, limit: int = 64 * 1024) -> None:
    """Read a small unwanted body (redirect, error page, 304) so the connection can be reused.

    A larger one is left unread: closing the response then closes the connection.
    """
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return
    read = 0
    async for chunk in response.aiter_raw(_CHUNK):
        read += len(chunk)
        if read > limit:
            return


async def _raw_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    async for chunk in response.aiter_raw(_CHUNK):
        if chunk:
            yield chunk


def _check_url(url: str, *, origin: str | None = None) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        where = f"redirected to {url}" if origin else "not an http(s) URL"
        raise FetchError(origin or url, where)


def _network_reason(error: httpx.HTTPError) -> str:
    text = str(error) or type(error).__name__
    lowered = text.lower()
    if isinstance(error, httpx.ConnectError):
        causes, cause = [], error.__cause__ or error.__context__
        while cause is not None and len(causes) < 5:
            causes.append(cause)
            cause = cause.__cause__ or cause.__context__
        if any(isinstance(c, ConnectionRefusedError) for c in causes):
            return "connection refused"
        if "refused" in lowered or "errno 111" in lowered:
            return "connection refused"
        if "name" in lowered and ("resolution" in lowered or "not known" in lowered):
            return "host not found"
        return f"cannot connect ({text})"
    if isinstance(error, httpx.RemoteProtocolError):
        return f"server broke the connection ({text})"
    if isinstance(error, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return "not an http(s) URL"
    return text


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):g} MB"
    if n >= 1024:
        return f"{n / 1024:g} kB"
    return f"{n} bytes"


def fetch_url(
    url: str,
    *,
    max_bytes: int = MAX_BYTES,
    timeout: float = TIMEOUT,
    headers: Mapping[str, str] | None = None,
) -> HttpResponse:
    """Download one URL synchronously, with the same limits as `HttpClient`.

    Safe to call from any thread, including one already running an event loop.

    Raises:
        FetchError: as `HttpClient.get`.
    """

    async def run() -> HttpResponse:
        async with HttpClient(timeout=timeout, max_bytes=max_bytes) as client:
            return await client.get(url, headers=headers)

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(run())
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, run()).result()
