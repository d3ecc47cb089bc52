# Lesson 1, "First steps".
# The security scheme finds the bearer token; nothing checks it yet.
# It answers every request as FastAPI's tutorial001_an_py310.py does:
# https://github.com/fastapi/fastapi/blob/master/docs_src/security/tutorial001_an_py310.py
#
# Written without Annotated: each dependency is the default value of its parameter, as in
# FastAPI's docs before 0.95. FastAPI 0.92 (Debian 12's python3-fastapi) runs this form, not the
# Annotated one; start it there with `uvicorn main:app --reload` (it has no `fastapi` command).
#
# To run it:
#   pip install "fastapi[standard]"
#   fastapi dev main.py    # then open http://127.0.0.1:8000/docs
from fastapi import Depends, FastAPI
from fastapi.security import OAuth2PasswordBearer

app = FastAPI()

# Clients are told to fetch tokens from "token", relative to where the docs are served.
# This app does not implement that route: the URL only appears in the OpenAPI document.
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


@app.get("/items/")
async def read_items(token: str = Depends(oauth2_scheme)):
    # Runs only when the request had "Authorization: Bearer <token>".
    return {"token": token}
