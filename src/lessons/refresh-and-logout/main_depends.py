# "Short-lived tokens, refresh and logout", beyond FastAPI's security tutorial.
# The JWT app of lesson 4, with access tokens that live five minutes, a refresh token to get the
# next one without the password, and a logout that revokes both before they run out.
# It builds on FastAPI's tutorial004_an_py310.py:
# https://github.com/fastapi/fastapi/blob/master/docs_src/security/tutorial004_an_py310.py
#
# Written without Annotated: each dependency is the default value of its parameter, as in
# FastAPI's docs before 0.95. FastAPI 0.92 (Debian 12's python3-fastapi) runs this form, not the
# Annotated one; start it there with `uvicorn main:app --reload` (it has no `fastapi` command).
#
# To run it:
#   pip install "fastapi[standard]" pyjwt "pwdlib[argon2]"
#   fastapi dev main.py    # then open http://127.0.0.1:8000/docs
import secrets
from datetime import datetime, timedelta, timezone
from typing import Literal

import jwt
from fastapi import Depends, FastAPI, Form, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from jwt.exceptions import InvalidTokenError
from pwdlib import PasswordHash
from pydantic import BaseModel

# Make your own with `openssl rand -hex 32` and load it from the environment.
SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"
ALGORITHM = "HS256"
# Short: an access token is checked by its signature alone, so a stolen one works until it
# expires. A refresh token gets the next one, and the server can refuse that.
ACCESS_TOKEN_EXPIRE_MINUTES = 5
REFRESH_TOKEN_EXPIRE_DAYS = 7

# Only johndoe (password "secret"), as in lesson 4.
fake_users_db = {
    "johndoe": {
        "username": "johndoe",
        "full_name": "John Doe",
        "email": "johndoe@example.com",
        "hashed_password": "$argon2id$v=19$m=65536,t=3,p=4$wagCPXjifgvUFBzq4hqe3w$CYaIb8sB+wtD+Vu/P4uod1+Qof8h+1g7bbDlBID48Rc",
        "disabled": False,
    }
}

# What the server remembers, in memory here (a restart forgets it all); a database table or
# Redis in a real app. Every value is plain JSON, so a test can put entries in by hand.
# Each live refresh token: whose it is, the login session it belongs to, when it expires.
refresh_tokens: dict[str, dict] = {}
# Each refresh token already exchanged, with its session: seeing one again means a copy of it
# is in someone else's hands.
spent_refresh_tokens: dict[str, str] = {}
# The denylist: the jti of each access token revoked by a logout, with the token's exp. Once
# exp has passed, jwt.decode refuses the token anyway and its entry can go.
revoked_jtis: dict[str, int] = {}


class Token(BaseModel):
    access_token: str
    token_type: str
    # Seconds until access_token expires, as OAuth2 suggests (RFC 6749, section 5.1).
    expires_in: int
    refresh_token: str


class User(BaseModel):
    username: str
    email: str | None = None
    full_name: str | None = None
    disabled: bool | None = None


class UserInDB(User):
    hashed_password: str


password_hash = PasswordHash.recommended()


def get_password_hash(password: str) -> str:
    return password_hash.hash(password)


def verify_password(plain_password: str, hashed_password: str) -> bool:
    return password_hash.verify(plain_password, hashed_password)


# A failed login costs one Argon2 run whether or not the user exists.
DUMMY_HASH = get_password_hash("timing-equaliser")

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")

app = FastAPI()


def get_user(username: str) -> UserInDB | None:
    if username in fake_users_db:
        return UserInDB(**fake_users_db[username])
    return None


def authenticate_user(username: str, password: str) -> UserInDB | None:
    user = get_user(username)
    if user is None:
        verify_password(password, DUMMY_HASH)
        return None
    if not verify_password(password, user.hashed_password):
        return None
    return user


def new_id(nbytes: int) -> str:
    # Unguessable: nbytes from the operating system's random source, as base64url text.
    return secrets.token_urlsafe(nbytes)


def issue_tokens(username: str, session: str) -> Token:
    """A new access token and a new refresh token, both for this login session."""
    now = datetime.now(timezone.utc)
    claims = {
        "sub": username,
        # sid names the login session, so that logout can end it; jti names this one token,
        # so that logout can revoke it.
        "sid": session,
        "jti": new_id(16),
        "exp": now + timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES),
    }
    access_token = jwt.encode(claims, SECRET_KEY, algorithm=ALGORITHM)
    refresh_token = new_id(32)
    expires_at = now + timedelta(days=REFRESH_TOKEN_EXPIRE_DAYS)
    refresh_tokens[refresh_token] = {
        "username": username,
        "session": session,
        "expires_at": int(expires_at.timestamp()),
    }
    return Token(
        access_token=access_token,
        token_type="bearer",
        expires_in=ACCESS_TOKEN_EXPIRE_MINUTES * 60,
        refresh_token=refresh_token,
    )


def end_session(session: str) -> None:
    """No refresh token of this session works any more."""
    for token in [token for token, record in refresh_tokens.items() if record["session"] == session]:
        del refresh_tokens[token]


def use_refresh_token(refresh_token: str) -> dict:
    """The refresh token's record, taken out so that it never works again; else a 401."""
    invalid = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Invalid refresh token",
        headers={"WWW-Authenticate": "Bearer"},
    )
    if refresh_token in spent_refresh_tokens:
        # Used twice: the client and someone else both hold it, and we cannot tell which is
        # which. End the session, so that the newer refresh token stops working too.
        end_session(spent_refresh_tokens[refresh_token])
        raise invalid
    record = refresh_tokens.pop(refresh_token, None)
    if record is None:
        raise invalid
    if record["expires_at"] <= datetime.now(timezone.utc).timestamp():
        raise invalid
    spent_refresh_tokens[refresh_token] = record["session"]
    return record


async def get_token_claims(token: str = Depends(oauth2_scheme)) -> dict:
    """The claims of a valid access token that no logout revoked; else a 401."""
    credentials_exception = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        # Besides the checks of lesson 4, PyJWT refuses a token that lacks one of these claims.
        claims = jwt.decode(
            token,
            SECRET_KEY,
            algorithms=[ALGORITHM],
            options={"require": ["exp", "sub", "sid", "jti"]},
        )
    except InvalidTokenError:
        raise credentials_exception
    # The signature and exp are fine, but a logout revoked this very token.
    if claims["jti"] in revoked_jtis:
        raise credentials_exception
    return claims


async def get_current_user(claims: dict = Depends(get_token_claims)) -> UserInDB:
    user = get_user(claims["sub"])
    if user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Could not validate credentials",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


async def get_current_active_user(
    current_user: UserInDB = Depends(get_current_user),
) -> UserInDB:
    if current_user.disabled:
        raise HTTPException(status_code=400, detail="Inactive user")
    return current_user


# One token endpoint, two grants. Swagger UI's Authorize sends grant_type=password with the
# username and password; a client whose access token ran out sends grant_type=refresh_token
# with the refresh token it was given.
@app.post("/token")
async def login_for_access_token(
    grant_type: Literal["password", "refresh_token"] = Form(),
    username: str = Form(default=""),
    password: str = Form(default=""),
    refresh_token: str = Form(default=""),
) -> Token:
    if grant_type == "password":
        user = authenticate_user(username, password)
        if user is None:
            raise HTTPException(
                status_code=status.HTTP_401_UNAUTHORIZED,
                detail="Incorrect username or password",
                headers={"WWW-Authenticate": "Bearer"},
            )
        return issue_tokens(user.username, session=new_id(16))
    # Rotation: the refresh token works once, and the answer carries its successor.
    record = use_refresh_token(refresh_token)
    return issue_tokens(record["username"], session=record["session"])


# Revokes the access token it is called with, and ends its session: the session's refresh
# token stops working too. Other access tokens of the session still work until their exp,
# five minutes at most.
@app.post("/logout")
async def logout(claims: dict = Depends(get_token_claims)):
    now = datetime.now(timezone.utc).timestamp()
    for jti, exp in list(revoked_jtis.items()):
        if exp <= now:
            del revoked_jtis[jti]
    revoked_jtis[claims["jti"]] = int(claims["exp"])
    end_session(claims["sid"])
    return {"message": "Logged out"}


@app.get("/users/me/")
async def read_users_me(
    current_user: UserInDB = Depends(get_current_active_user),
) -> User:
    return current_user
