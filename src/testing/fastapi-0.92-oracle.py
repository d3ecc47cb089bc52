"""Answers requests with a real FastAPI app, for the stand-in's agreement tests.

Reads one JSON object on stdin:
  {"app": "<path to a main_depends.py>", "replacements": [["old", "new"], ...],
   "requests": [{"method": "GET", "path": "/users/me?x=1", "headers": [["authorization", "..."]],
                 "body": "..." or null}, ...]}
and prints {"fastapi": <version>, "answers": [{"status", "headers": [[name, value], ...], "body"}]},
redirects not followed.

The app is called as an ASGI server calls it, not through TestClient: TestClient re-encodes header
values as UTF-8, while a server hands over the bytes as sent (a browser sends U+00A0 as the one
byte 0xA0) and Starlette reads them as Latin-1. Header values travel here as Latin-1 for that.

"replacements" turn today's tutorial into the one a FastAPI release shipped with (each "old"
must occur exactly once), so the app's own strings can be compared too.
"""
import asyncio
import json
import sys
import types
from urllib.parse import unquote

import fastapi


def load_app(path, replacements):
    with open(path, encoding="utf-8") as file:
        source = file.read()
    for old, new in replacements:
        if source.count(old) != 1:
            raise SystemExit(f"{path}: expected {old!r} exactly once")
        source = source.replace(old, new)
    module = types.ModuleType("lesson_app")
    module.__file__ = path
    exec(compile(source, path, "exec"), module.__dict__)
    return module.app


async def call(app, request):
    target = request["path"]
    path, _, query = target.partition("?")
    body = (request.get("body") or "").encode("utf-8")
    headers = [(b"host", b"testserver")]
    headers += [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in request.get("headers", [])]
    if body:
        headers.append((b"content-length", str(len(body)).encode()))
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": request["method"],
        "scheme": "http",
        "path": unquote(path),
        "raw_path": path.encode("latin-1"),
        "query_string": query.encode("latin-1"),
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }
    sent_body = False

    async def receive():
        nonlocal sent_body
        if not sent_body:
            sent_body = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.sleep(3600)

    answer = {"status": 0, "headers": [], "body": b""}

    async def send(message):
        if message["type"] == "http.response.start":
            answer["status"] = message["status"]
            answer["headers"] = [[n.decode("latin-1"), v.decode("latin-1")] for n, v in message["headers"]]
        elif message["type"] == "http.response.body":
            answer["body"] += message.get("body", b"")

    try:
        await app(scope, receive, send)
    except Exception:  # Starlette re-raises after sending its 500, as a server would log it.
        pass
    # The server, not the app, leaves out the body of an answer to HEAD (h11 does so for uvicorn).
    if request["method"] == "HEAD":
        answer["body"] = b""
    answer["body"] = answer["body"].decode("utf-8", "replace")
    return answer


async def main():
    job = json.load(sys.stdin)
    app = load_app(job["app"], job.get("replacements", []))
    answers = [await call(app, request) for request in job["requests"]]
    json.dump({"fastapi": fastapi.__version__, "answers": answers}, sys.stdout, ensure_ascii=False)


asyncio.run(main())
