# Lesson 7: HTTP Basic with a real check. One username and password are accepted.
import secrets
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPBasic, HTTPBasicCredentials

app = FastAPI()

security = HTTPBasic()


def get_current_username(
    credentials: Annotated[HTTPBasicCredentials, Depends(security)],
) -> str:
    # compare_digest works on bytes, so both sides are encoded first. It takes as long for
    # "swordfisX" as for "xxxxxxxxx": the time of the answer gives nothing away.
    # Both checks always run, so the timing does not reveal which of the two was wrong either.
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
def read_current_user(username: Annotated[str, Depends(get_current_username)]):
    return {"username": username}
