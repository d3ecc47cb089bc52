"""Stops the clock of a Python process, and seeds its random ids, before it runs anything else, for
the agreement tests.

Python imports `sitecustomize` at start-up from its path; lesson-server.ts puts this folder on
PYTHONPATH and names the instant in FROZEN_CLOCK_SECONDS (seconds since 1970, a fraction allowed) when
it runs a JWT lesson as `python -m fastapi run main.py`. time-machine then makes time.time() and
datetime.now() return that instant for the whole life of the server (tick=False), so the tokens
the app mints carry a known `exp`, and the stand-in, given the same instant, must mint the same bytes.
Monotonic clocks, which the event loop waits on, keep running.

A stateful lesson's main.py hands out ids from secrets.token_urlsafe (refresh tokens, a JWT's jti).
With SEEDED_RANDOM_IDS set, that function returns a fixed sequence instead: the n-th call gives
the first `nbytes` bytes of SHAKE-256 over "<seed>:<n>", as base64url without padding. The stand-in
draws the same sequence (src/testing/current-fastapi/seeded-random-ids.ts), so both sides hand out
the same ids when they get the same requests in the same order. main.py itself is not changed.
"""
import os
import sys

_instant = os.environ.get("FROZEN_CLOCK_SECONDS")
if _instant:
    try:
        import time_machine

        time_machine.travel(float(_instant), tick=False).start()
    except Exception as error:  # A silent fallback to the real clock would hide why logins differ.
        print(f"frozen-clock: could not stop the clock at {_instant}: {error!r}", file=sys.stderr, flush=True)
        os._exit(3)

_seed = os.environ.get("SEEDED_RANDOM_IDS")
if _seed:
    import base64
    import hashlib
    import itertools
    import secrets

    _calls = itertools.count(1)

    def _seeded_token_urlsafe(nbytes=None):
        size = 32 if nbytes is None else nbytes
        digest = hashlib.shake_256(f"{_seed}:{next(_calls)}".encode()).digest(size)
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")

    secrets.token_urlsafe = _seeded_token_urlsafe
