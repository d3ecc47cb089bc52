"""Stops the clock of a Python process before it runs anything else, for the agreement tests.

Python imports `sitecustomize` at start-up from its path; lesson-server.ts puts this folder on
PYTHONPATH and names the instant in FROZEN_CLOCK_SECONDS (seconds since 1970, a fraction allowed) when
it runs a JWT lesson as `python -m fastapi run main.py`. time-machine then makes time.time() and
datetime.now() return that instant for the whole life of the server (tick=False), so the tokens
the app mints carry a known `exp`, and the stand-in, given the same instant, must mint the same bytes.
Monotonic clocks, which the event loop waits on, keep running.
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
