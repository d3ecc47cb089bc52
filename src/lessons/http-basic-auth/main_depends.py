# Lesson 6, "HTTP Basic auth".
# The client sends the username and password themselves on every request.
# It answers every request as FastAPI's tutorial006_an_py310.py does:
# https://github.com/fastapi/fastapi/blob/master/docs_src/security/tutorial006_an_py310.py
#
# Written without Annotated: each dependency is the default value of its parameter, as in
# FastAPI's docs before 0.95. FastAPI 0.92 (Debian 12's python3-fastapi) runs this form, not the
# Annotated one; start it there with `uvicorn main:app --reload` (it has no `fastapi` command).
#
# To run it:
#   pip install "fastapi[standard]"
#   fastapi dev main.py    # then open http://127.0.0.1:8000/docs
from fastapi import Depends, FastAPI
from fastapi.security import HTTPBasic, HTTPBasicCredentials

app = FastAPI()

# Reads "Authorization: Basic <base64 of username:password>". A missing or unreadable header
# never reaches the route: FastAPI answers 401 with "WWW-Authenticate: Basic" itself. With
# HTTPBasic(realm="Staff area") that header would be: Basic realm="Staff area".
security = HTTPBasic()


@app.get("/users/me")
def read_current_user(credentials: HTTPBasicCredentials = Depends(security)):
    # Nothing is checked yet: whatever pair arrived is sent back, password included.
    return {"username": credentials.username, "password": credentials.password}
