# Lesson 6: HTTP Basic. The client sends the username and password themselves on every request.
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.security import HTTPBasic, HTTPBasicCredentials

app = FastAPI()

# Reads "Authorization: Basic <base64 of username:password>". A missing or unreadable header
# never reaches the route: FastAPI answers 401 with "WWW-Authenticate: Basic" itself.
security = HTTPBasic()


@app.get("/users/me")
def read_current_user(credentials: Annotated[HTTPBasicCredentials, Depends(security)]):
    # Nothing is checked yet: whatever pair arrived is sent back, password included.
    return {"username": credentials.username, "password": credentials.password}
