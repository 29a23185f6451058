"""Fetching feeds and pages safely: timeouts, a size cap, conditional GET, few redirects, and the SSRF
guard (private, loopback, link-local and reserved addresses refused unless MIZAN_FETCH_ALLOW_PRIVATE)
checked again after every redirect."""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests
from django.conf import settings

USER_AGENT = "Mizan-Intake/1 (+https://github.com/mizan; fact-checking)"


class FetchError(Exception):
    """The URL could not be fetched; the message says why in one line."""


@dataclass
class Fetched:
    url: str  # after redirects
    status: int  # 200, or 304 (not modified: body empty)
    body: bytes
    etag: str = ""
    last_modified: str = ""
    content_type: str = ""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def address_check(url: str) -> None:
    """Refuse non-http(s) URLs and hosts that resolve to a non-public address."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise FetchError(f"not an http(s) URL: {url[:200]!r}")
    if settings.MIZAN_FETCH_ALLOW_PRIVATE:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except (socket.gaierror, UnicodeError, ValueError) as exc:
        raise FetchError(f"cannot resolve {parts.hostname!r}: {exc}") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global or address.is_multicast:
            raise FetchError(
                f"{parts.hostname!r} resolves to {address}, a private, loopback, link-local or reserved"
                " address (refused; MIZAN_FETCH_ALLOW_PRIVATE=1 allows it)"
            )


def fetch(url: str, *, etag: str = "", last_modified: str = "", max_bytes: int | None = None) -> Fetched:
    """GET with conditional headers; follows at most MIZAN_FETCH_MAX_REDIRECTS redirects itself so
    that every hop is checked. Raises FetchError (refused, too big, HTTP error, network error)."""
    max_bytes = max_bytes or settings.MIZAN_FETCH_MAX_BYTES
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    timeout = (settings.MIZAN_FETCH_CONNECT_TIMEOUT, settings.MIZAN_FETCH_READ_TIMEOUT)
    deadline = time.monotonic() + settings.MIZAN_FETCH_TOTAL_TIMEOUT
    with requests.Session() as session:
        session.trust_env = False  # no proxies from the environment: the address check must hold
        for _hop in range(settings.MIZAN_FETCH_MAX_REDIRECTS + 1):
            address_check(url)
            try:
                response = session.get(
                    url, headers=headers, timeout=timeout, stream=True, allow_redirects=False
                )
            except requests.RequestException as exc:
                raise FetchError(f"{type(exc).__name__}: {exc}"[:500]) from exc
            with response:
                if response.is_redirect:
                    location = response.headers.get("Location", "")
                    if not location:
                        raise FetchError(f"HTTP {response.status_code} without a Location")
                    url = urljoin(url, location)
                    continue
                if response.status_code == 304:
                    return Fetched(url=url, status=304, body=b"", etag=etag, last_modified=last_modified)
                if response.status_code != 200:
                    raise FetchError(f"HTTP {response.status_code} from {url[:200]}")
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise FetchError(f"{declared} bytes declared, over the {max_bytes}-byte limit")
                chunks, size = [], 0
                try:
                    for chunk in response.iter_content(64 * 1024):  # decompressed: caps zip bombs too
                        size += len(chunk)
                        if time.monotonic() > deadline:
                            raise FetchError(f"slower than {settings.MIZAN_FETCH_TOTAL_TIMEOUT} s in total")
                        if size > max_bytes:
                            raise FetchError(f"over the {max_bytes}-byte limit")
                        chunks.append(chunk)
                except requests.RequestException as exc:
                    raise FetchError(f"{type(exc).__name__}: {exc}"[:500]) from exc
                return Fetched(
                    url=url,
                    status=200,
                    body=b"".join(chunks),
                    etag=response.headers.get("ETag", "")[:500],
                    last_modified=response.headers.get("Last-Modified", "")[:100],
                    content_type=response.headers.get("Content-Type", "")[:200],
                )
        raise FetchError(f"more than {settings.MIZAN_FETCH_MAX_REDIRECTS} redirects")
