# Beyond the tutorial: "The token in an HttpOnly cookie".
# POST /login checks the password form and answers with the signed JWT in a cookie, not in the body:
# the browser keeps it, sends it back by itself on every request below its path, and never shows it
# to JavaScript (HttpOnly). APIKeyCookie reads it for GET /users/me; POST /logout has the browser
# drop it. Not one of FastAPI's tutorial apps: it answers FastAPI's issue #796, "how do I keep the
# token in a cookie?", with the JWT tutorial's users, hashing and tokens.
#
# To run it:
#   pip install "fastapi[standard]" pyjwt "pwdlib[argon2]"
#   fastapi dev main.py    # then open http://127.0.0.1:8000/docs
from datetime import datetime, timedelta, timezone
from typing import Annotated

import jwt
from fastapi import Depends, FastAPI, HTTPException, Response, status
from fastapi.security import APIKeyCookie, OAuth2PasswordRequestForm
from jwt.exceptions import InvalidTokenError
from pwdlib import PasswordHash
from pydantic import BaseModel

# Whoever knows this key can sign tokens the app will trust. Make your own with
# `openssl rand -hex 32` and load it from the environment.
SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 30

# Used to set the cookie and to delete it: a browser removes a cookie only when the name and the
# path (and the domain, none here) are the ones it was set with.
COOKIE_NAME = "access_token"
COOKIE_PATH = "/"

# Only johndoe (password "secret"), with the JWT tutorial's Argon2 hash.
fake_users_db = {
    "johndoe": {
        "username": "johndoe",
        "full_name": "John Doe",
        "email": "johndoe@example.com",
        "hashed_password": "$argon2id$v=19$m=65536,t=3,p=4$wagCPXjifgvUFBzq4hqe3w$CYaIb8sB+wtD+Vu/P4uod1+Qof8h+1g7bbDlBID48Rc",
        "disabled": False,
    }
}


class User(BaseModel):
    username: str
    email: str | None = None
    full_name: str | None = None
    disabled: bool | None = None


class UserInDB(User):
    hashed_password: str


password_hash = PasswordHash.recommended()

# Verified against when the username is unknown, so that both failed logins take as long.
DUMMY_HASH = password_hash.hash("timing-equaliser")

# Reads the cookie access_token from the request's Cookie header. None at all, or an empty one,
# never reaches get_current_user: FastAPI answers 401 "Not authenticated" with
# "WWW-Authenticate: APIKey" itself. It does not check the value; get_current_user does.
cookie_scheme = APIKeyCookie(name=COOKIE_NAME)

app = FastAPI()


def get_user(username: str) -> UserInDB | None:
    if username in fake_users_db:
        return UserInDB(**fake_users_db[username])
    return None


def authenticate_user(username: str, password: str) -> UserInDB | None:
    user = get_user(username)
    if user is None:
        password_hash.verify(password, DUMMY_HASH)
        return None
    if not password_hash.verify(password, user.hashed_password):
        return None
    return user


def create_access_token(data: dict, expires_delta: timedelta) -> str:
    claims = data.copy()
    claims["exp"] = datetime.now(timezone.utc) + expires_delta
    return jwt.encode(claims, SECRET_KEY, algorithm=ALGORITHM)


async def get_current_user(token: Annotated[str, Depends(cookie_scheme)]) -> UserInDB:
    # The same challenge as APIKeyCookie's own 401: there is no standard one for a cookie.
    credentials_exception = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "APIKey"},
    )
    try:
        # The cookie's Max-Age is the browser's courtesy; exp is what the server enforces, on a
        # copied cookie value too.
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
    except InvalidTokenError:
        raise credentials_exception
    username = payload.get("sub")
    if username is None:
        raise credentials_exception
    user = get_user(username)
    if user is None:
        raise credentials_exception
    return user


@app.post("/login")
async def login(
    response: Response,
    form_data: Annotated[OAuth2PasswordRequestForm, Depends()],
):
    user = authenticate_user(form_data.username, form_data.password)
    if user is None:
        raise HTTPException(status_code=400, detail="Incorrect username or password")
    access_token = create_access_token(
        {"sub": user.username}, timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES)
    )
    response.set_cookie(
        key=COOKIE_NAME,
        value=access_token,
        httponly=True,  # not in document.cookie: a script injected into the page cannot read it
        samesite="lax",  # not sent with another site's POST: the lesson's CSRF section
        path=COOKIE_PATH,
        max_age=ACCESS_TOKEN_EXPIRE_MINUTES * 60,  # the browser drops it when the JWT expires
        # secure=True,  # in production, behind HTTPS: never sent over plain HTTP
    )
    # The token is only in the cookie: a body that repeated it would hand it to JavaScript again.
    return {"message": f"Logged in as {user.username}"}


@app.post("/logout")
async def logout(response: Response):
    # Max-Age=0 and an expiry of now: the browser drops the cookie. The JWT itself stays valid
    # until its exp for anyone who copied it; revoking it is the lesson "refresh-and-logout".
    response.delete_cookie(key=COOKIE_NAME, path=COOKIE_PATH, httponly=True, samesite="lax")
    return {"message": "Logged out"}


# The return type User leaves hashed_password out of the response.
@app.get("/users/me")
async def read_users_me(
    current_user: Annotated[UserInDB, Depends(get_current_user)],
) -> User:
    return current_user
