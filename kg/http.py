"""The one HTTP client of kg: remote SPARQL queries (`kg sparql --endpoint`)
and loading a SPARQL server (`kg push sparql`), over httpx.

httpx brings what real triple stores need for writes (Virtuoso, Fuseki,
GraphDB): basic and digest authentication, connection reuse across the many
requests of a push, timeouts and redirects.  Credentials come, first found
first, from the options (user/password or token), the environment
(KG_SPARQL_USER, KG_SPARQL_PASSWORD, KG_SPARQL_TOKEN), the URL's user info or
~/.netrc (or $NETRC).  With a user, the scheme follows the server's challenge
(digest or basic); a token is sent as a bearer token.  Credentials never appear
in an error message, a repr or a child process's command line.
"""
from __future__ import annotations

import netrc
import os
import re
import urllib.parse
from dataclasses import dataclass, field

import httpx

from kg.errors import KgError

# Seconds to wait for the server (env KG_HTTP_TIMEOUT).
HTTP_TIMEOUT = 60.0
ENV_USER, ENV_PASSWORD, ENV_TOKEN = "KG_SPARQL_USER", "KG_SPARQL_PASSWORD", "KG_SPARQL_TOKEN"
REDACTED = "***"


@dataclass(frozen=True)
class Credentials:
    """Who we are to the server: a user and password, or a bearer token."""

    user: str | None = None
    password: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)
    source: str = "options"  # where they came from, for messages

    def secrets(self) -> list[str]:
        return [s for s in (self.password, self.token) if s]

    def __repr__(self) -> str:
        what = "token" if self.token else f"user {self.user!r}"
        return f"Credentials({what} from {self.source})"


def credentials(url: str, *, user: str | None = None, password: str | None = None,
                token: str | None = None) -> Credentials | None:
    """The credentials for URL: the options, else the environment, else the
    URL's user info, else ~/.netrc; None when nothing gives any."""
    if token or user:
        return Credentials(user, password, token, "options")
    env = os.environ
    if env.get(ENV_TOKEN):
        return Credentials(token=env[ENV_TOKEN], source=ENV_TOKEN)
    if env.get(ENV_USER):
        return Credentials(env[ENV_USER], env.get(ENV_PASSWORD, ""), source=ENV_USER)
    parts = urllib.parse.urlsplit(url)
    if parts.username:
        return Credentials(urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or ""),
                           source="the URL")
    return _from_netrc(parts.hostname or "")


def _from_netrc(host: str) -> Credentials | None:
    path = os.environ.get("NETRC") or os.path.join(os.path.expanduser("~"), ".netrc")
    if not host or not os.path.isfile(path):
        return None
    try:
        entry = netrc.netrc(path).authenticators(host)
    except (netrc.NetrcParseError, OSError) as e:
        # the parser's message may quote the file: name the file and line only
        line = f" line {e.lineno}" if getattr(e, "lineno", None) else ""
        raise KgError(f"cannot read {path}{line}: not a valid netrc file") from None
    if not entry:
        return None
    login, _account, password = entry
    return Credentials(login, password or "", source=path)


def shown_url(url: str) -> str:
    """URL as it may appear in a message: no user info, no query string."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, "", ""))


class HttpStatusError(KgError):
    """The server answered with an HTTP error status."""

    def __init__(self, url: str, status: int, detail: str):
        self.status = status
        hint = " (check the user and password, or the token)" if status in (401, 403) else ""
        super().__init__(f"SPARQL endpoint {url} answered HTTP {status}{hint}" + (f": {detail}" if detail else ""))


class _ChallengeAuth(httpx.Auth):
    """A bearer token; or a user and password answered to the server's
    challenge, digest or basic (then sent with every later request)."""

    requires_request_body = True

    def __init__(self, creds: Credentials):
        self.creds = creds
        self.scheme: httpx.Auth | None = None

    def auth_flow(self, request):
        if self.creds.token:
            request.headers["Authorization"] = f"Bearer {self.creds.token}"
            yield request
            return
        if self.scheme is not None:
            yield from self.scheme.auth_flow(request)
            return
        response = yield request
        challenge = response.headers.get("www-authenticate", "").lower()
        if response.status_code != 401 or not challenge:
            return
        user, password = self.creds.user or "", self.creds.password or ""
        if challenge.startswith("digest") or ", digest" in challenge:
            self.scheme = httpx.DigestAuth(user, password)
        elif "basic" in challenge:
            self.scheme = httpx.BasicAuth(user, password)
        else:
            return
        flow = self.scheme.auth_flow(request)
        retry = next(flow)
        if "Authorization" not in retry.headers:  # digest: the header answers this challenge
            retry = flow.send(response)
        yield retry


class Client:
    """HTTP for one endpoint: one connection pool and one set of credentials.

        with Client(creds) as http:
            content_type, body = http.request("GET", url, params={"query": q})
    """

    def __init__(self, creds: Credentials | None = None, timeout: float | None = None):
        self.creds = creds
        timeout = timeout if timeout is not None else float(os.environ.get("KG_HTTP_TIMEOUT", HTTP_TIMEOUT))
        self._client = httpx.Client(
            auth=_ChallengeAuth(creds) if creds else None,
            timeout=timeout,
            follow_redirects=True,
            trust_env=True,  # proxies and CA bundles from the environment, as urllib did (credentials: ours only)
        )

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def redact(self, text: str) -> str:
        for secret in self.creds.secrets() if self.creds else ():
            text = text.replace(secret, REDACTED)
        return text

    def request(self, method: str, url: str, *, content: bytes | None = None,
                headers: dict[str, str] | None = None, params: dict[str, str] | None = None) -> tuple[str, bytes]:
        """One request: (content type, body).  Any failure is a one-line
        KgError naming the URL without user info or query string."""
        shown = shown_url(url)
        url = _without_userinfo(url)
        try:
            response = self._client.request(method, url, content=content, headers=headers, params=params)
        except httpx.TimeoutException:
            raise KgError(f"SPARQL endpoint {shown} did not answer in {self._client.timeout.read:g}s "
                          "(set KG_HTTP_TIMEOUT to wait longer)") from None
        except httpx.HTTPError as e:
            reason = self.redact(str(e) or type(e).__name__)
            raise KgError(f"cannot reach SPARQL endpoint {shown}: {reason}") from None
        if response.status_code >= 400:
            raise HttpStatusError(shown, response.status_code, self.redact(_first_line(response.content)))
        return response.headers.get("content-type", ""), response.content


def _without_userinfo(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


_TAG = re.compile(r"<!DOCTYPE[^>]*>|<(script|style|title)\b.*?</\1>|<[^>]+>", re.IGNORECASE | re.DOTALL)


def _first_line(body: bytes) -> str:
    """The server's explanation, one line: the text of an HTML error page
    (Virtuoso's say what failed in its body), else the first line."""
    text = body.decode("utf-8", "replace").strip()
    if text[:1] == "<":
        return " ".join(_TAG.sub(" ", text).split())[:300]
    line = next((l.strip() for l in text.splitlines() if l.strip()), "")
    return " ".join(line.split())[:300]
