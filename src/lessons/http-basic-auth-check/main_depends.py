# Lesson 7, "HTTP Basic auth: checking the username".
# HTTP Basic with a real check: one username and password are accepted.
# It answers every request as FastAPI's tutorial007_an_py310.py does:
# https://github.com/fastapi/fastapi/blob/master/docs_src/security/tutorial007_an_py310.py
#
# Written without Annotated: each dependency is the default value of its parameter, as in
# FastAPI's docs before 0.95. FastAPI 0.92 (Debian 12's python3-fastapi) runs this form, not the
# Annotated one; start it there with `uvicorn main:app --reload` (it has no `fastapi` command).
#
# To run it:
#   pip install "fastapi[standard]"
#   fastapi dev main.py    # then open http://127.0.0.1:8000/docs
import secrets

from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPBasic, HTTPBasicCredentials

app = FastAPI()

security = HTTPBasic()


def get_current_username(
    credentials: HTTPBasicCredentials = Depends(security),
) -> str:
    # compare_digest takes as long for "swordfisX" as for "xxxxxxxxx": the time of the answer
    # gives nothing away. It accepts two str only if both are ASCII; comparing UTF-8 bytes works
    # for any value. Both checks always run, so the timing does not reveal which one failed.
    username_ok = secrets.compare_digest(
        credentials.username.encode("utf8"), b"stanleyjobson"
    )
    password_ok = secrets.compare_digest(
        credentials.password.encode("utf8"), b"swordfish"
    )
    if not (username_ok and password_ok):
        # The same answer for a wrong username and a wrong password; the Basic challenge
        # asks the client (a browser shows its login prompt) to try again.
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Basic"},
        )
    return credentials.username


@app.get("/users/me")
def read_current_user(username: str = Depends(get_current_username)):
    return {"username": username}
