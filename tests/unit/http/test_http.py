"""kg.http against a real HTTP server started here (a thread on loopback):
basic and bearer authentication from options, the environment, the URL and a
netrc file, and secrets never shown in errors.  Digest authentication is
tested live against Virtuoso in test_endpoint.py."""
from __future__ import annotations

import base64
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kg import api
from kg.errors import KgError
from kg.http import Client, credentials

USER, PASSWORD, TOKEN = "analyst", "pa55-wörd:x", "tok-3f9a77c1"
ANSWER = {"head": {"vars": ["n"]}, "results": {"bindings": [{"n": {"type": "literal", "value": "7"}}]}}


class Handler(BaseHTTPRequestHandler):
    """/basic wants USER:PASSWORD, /bearer wants TOKEN; a refusal echoes what
    it was sent (as careless servers do), so redaction is tested for real."""

    seen: list[dict] = []

    def do_GET(self):
        got = self.headers.get("Authorization", "")
        Handler.seen.append({"path": self.path, "authorization": got})
        path = self.path.split("?", 1)[0]
        if path == "/basic":
            ok = got == "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
            sent = base64.b64decode(got[6:]).decode("utf-8", "replace") if got.startswith("Basic ") else got
            challenge = 'Basic realm="kg"'
        else:
            ok = got == f"Bearer {TOKEN}"
            sent, challenge = got, 'Bearer realm="kg"'
        if ok:
            body = json.dumps(ANSWER).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
        else:
            body = f"refused credentials {sent!s}\n".encode()
            self.send_response(401)
            self.send_header("WWW-Authenticate", challenge)
            self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_ambient_credentials(monkeypatch, tmp_path):
    for name in ("KG_SPARQL_USER", "KG_SPARQL_PASSWORD", "KG_SPARQL_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NETRC", str(tmp_path / "no-netrc"))
    Handler.seen.clear()


def n(result) -> int:
    return int(result.rows[0][0])


def test_basic_auth_from_options_answers_the_challenge(server):
    assert n(api.sparql("ASK {}", endpoint=server + "/basic", user=USER, password=PASSWORD)) == 7
    first, second = Handler.seen
    assert first["authorization"] == "" and second["authorization"].startswith("Basic ")


def test_bearer_token_from_options_and_environment(server, monkeypatch):
    assert n(api.sparql("ASK {}", endpoint=server + "/bearer", token=TOKEN)) == 7
    monkeypatch.setenv("KG_SPARQL_TOKEN", TOKEN)
    assert n(api.sparql("ASK {}", endpoint=server + "/bearer")) == 7
    assert [s["authorization"] for s in Handler.seen] == [f"Bearer {TOKEN}"] * 2


def test_user_from_environment_url_and_netrc(server, monkeypatch, tmp_path):
    monkeypatch.setenv("KG_SPARQL_USER", USER)
    monkeypatch.setenv("KG_SPARQL_PASSWORD", PASSWORD)
    assert n(api.sparql("ASK {}", endpoint=server + "/basic")) == 7
    monkeypatch.delenv("KG_SPARQL_USER")
    monkeypatch.delenv("KG_SPARQL_PASSWORD")
    with_userinfo = server.replace("http://", "http://analyst:pa55-w%C3%B6rd%3Ax@")
    assert n(api.sparql("ASK {}", endpoint=with_userinfo + "/basic")) == 7
    netrc = tmp_path / "netrc"
    netrc.write_text(f"machine 127.0.0.1 login {USER} password {PASSWORD}\n", encoding="utf-8")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    assert repr(credentials(server)) == f"Credentials(user {USER!r} from {netrc})"
    assert n(api.sparql("ASK {}", endpoint=server + "/basic")) == 7


def test_options_win_over_environment(monkeypatch):
    monkeypatch.setenv("KG_SPARQL_TOKEN", "from-env")
    assert credentials("http://h/sparql", user="me", password="pw").user == "me"
    assert credentials("http://h/sparql").token == "from-env"


@pytest.mark.parametrize("path,kwargs,secret", [
    ("/basic", {"user": USER, "password": "wrong-" + PASSWORD}, "wrong-" + PASSWORD),
    ("/bearer", {"token": "tok-wrong-99"}, "tok-wrong-99"),
])
def test_refusals_are_one_line_and_never_show_the_secret(server, path, kwargs, secret):
    with pytest.raises(KgError) as e:
        api.sparql("ASK {}", endpoint=server.replace("http://", "http://someone:urlsecret@") + path, **kwargs)
    message = str(e.value)
    assert "HTTP 401" in message and "refused credentials" in message and "***" in message
    assert secret not in message and "urlsecret" not in message and "\n" not in message
    assert repr(credentials(server, **kwargs)).count("wrong") == 0


def test_a_server_that_is_not_there_is_one_line(server):
    with Client(credentials(server, token=TOKEN)) as http:
        closed = server.rsplit(":", 1)[0] + ":9"  # discard port: nothing listens
        with pytest.raises(KgError, match="cannot reach SPARQL endpoint http://127.0.0.1:9/x") as e:
            http.request("GET", closed + "/x?query=secret")
    assert TOKEN not in str(e.value) and "secret" not in str(e.value)


def test_a_broken_netrc_names_the_file_not_its_content(tmp_path, monkeypatch):
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login me password hunter2 bogus\n", encoding="utf-8")
    monkeypatch.setenv("NETRC", str(netrc))
    with pytest.raises(KgError) as e:
        credentials("http://127.0.0.1:1/sparql")
    assert str(netrc) in str(e.value) and "hunter2" not in str(e.value)
