# Serves a lesson's FastAPI app for the walkthroughs, unchanged, behind Starlette's CORSMiddleware,
# so that the playground (another origin) may read its answers. The app is imported from its file
# (LESSON_APP); ALLOW_ORIGINS lists the playground's origins, comma-separated. Left empty, no
# middleware is added: a server the browser refuses to read, for the CORS advice.
#
#   LESSON_APP=src/lessons/simple-oauth2/main_depends.py ALLOW_ORIGINS=http://127.0.0.1:4173 \
#     python3 -m uvicorn cors_wrapper:app --app-dir e2e/support --port 8000
import importlib.util
import os

from starlette.middleware.cors import CORSMiddleware

spec = importlib.util.spec_from_file_location("lesson_app", os.environ["LESSON_APP"])
if spec is None or spec.loader is None:
    raise SystemExit(f"cannot import {os.environ['LESSON_APP']}")
lesson = importlib.util.module_from_spec(spec)
spec.loader.exec_module(lesson)

origins = [origin for origin in os.environ.get("ALLOW_ORIGINS", "").split(",") if origin]
app = (
    CORSMiddleware(
        lesson.app,
        allow_origins=origins,
        allow_methods=["*"],
        allow_headers=["*"],
        # Else the page cannot read WWW-Authenticate, allow or location across origins.
        expose_headers=["*"],
    )
    if origins
    else lesson.app
)
