# Lesson 5, "OAuth2 scopes", with the playground's "spec-exact errors" switch on: main.py changed
# so that its errors say what the OAuth2 specs say. POST /token answers as RFC 6749 section 5.2
# does (https://www.rfc-editor.org/rfc/rfc6749#section-5.2): 400 with {"error": ...} instead of
# FastAPI's {"detail": ...}, and 400 instead of 422 for a bad form. The API's routes answer as
# RFC 6750 section 3.1 does (https://www.rfc-editor.org/rfc/rfc6750#section-3.1): the error code
# in WWW-Authenticate, and 403, not 401, for a good token without the scope a route needs.
# Diff it against main.py to see the change.
#
# To run it:
#   pip install "fastapi[standard]" pyjwt "pwdlib[argon2]"
#   fastapi dev main.py    # then open http://127.0.0.1:8000/docs
from datetime import datetime, timedelta, timezone
from typing import Annotated

import jwt
from fastapi import Depends, FastAPI, HTTPException, Request, Response, Security, status
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import (
    OAuth2PasswordBearer,
    OAuth2PasswordRequestFormStrict,
    SecurityScopes,
)
from jwt.exceptions import InvalidTokenError
from pwdlib import PasswordHash
from pydantic import BaseModel, ValidationError

# Make your own with `openssl rand -hex 32` and keep it out of the source.
SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 30

# johndoe / secret, and alice / secretalice, who is disabled. To add a user of your own, store
# get_password_hash("their password") as hashed_password, for example from a shell:
#   python -c 'from main import get_password_hash; print(get_password_hash("hunter2"))'
fake_users_db = {
    "johndoe": {
        "username": "johndoe",
        "full_name": "John Doe",
        "email": "johndoe@example.com",
        "hashed_password": "$argon2id$v=19$m=65536,t=3,p=4$wagCPXjifgvUFBzq4hqe3w$CYaIb8sB+wtD+Vu/P4uod1+Qof8h+1g7bbDlBID48Rc",
        "disabled": False,
    },
    "alice": {
        "username": "alice",
        "full_name": "Alice Chains",
        "email": "alicechains@example.com",
        "hashed_password": "$argon2id$v=19$m=65536,t=3,p=4$g2/AV1zwopqUntPKJavBFw$BwpRGDCyUHLvHICnwijyX8ROGoiUPwNKZ7915MeYfCE",
        "disabled": True,
    },
}


class Token(BaseModel):
    access_token: str
    token_type: str


class TokenData(BaseModel):
    # What the app takes from a verified token: whom it is about, and what it may do.
    username: str | None = None
    scopes: list[str] = []


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


# Checked when the username is unknown, so every failed login costs one Argon2 run.
DUMMY_HASH = get_password_hash("timing-equaliser")

# The scopes are listed with a description: Swagger UI offers them as checkboxes.
oauth2_scheme = OAuth2PasswordBearer(
    tokenUrl="token",
    scopes={"me": "Read information about the current user.", "items": "Read items."},
)

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


def create_access_token(data: dict, expires_delta: timedelta) -> str:
    claims = data.copy()
    claims["exp"] = datetime.now(timezone.utc) + expires_delta
    return jwt.encode(claims, SECRET_KEY, algorithm=ALGORITHM)


def read_token(token: str) -> TokenData | None:
    """What the token says if PyJWT accepts it and it names a subject, else None."""
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
    except InvalidTokenError:
        return None
    if payload.get("sub") is None:
        return None
    # One string, scopes separated by single spaces; "" grants nothing.
    granted = payload.get("scope", "").split(" ")
    try:
        return TokenData(username=payload["sub"], scopes=granted)
    except ValidationError:
        # A claim TokenData cannot hold. PyJWT already refuses a sub that is not a string, so
        # this is a second line of defence.
        return None


async def get_current_user(
    security_scopes: SecurityScopes, token: Annotated[str, Depends(oauth2_scheme)]
) -> UserInDB:
    # security_scopes holds every scope required on the way here, the route's first.
    if security_scopes.scopes:
        scope_param = f', scope="{security_scopes.scope_str}"'
    else:
        scope_param = ""
    # RFC 6750 section 3.1: a token that is expired, forged or names nobody is "invalid_token".
    credentials_exception = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": f'Bearer error="invalid_token"{scope_param}'},
    )
    # One answer for a bad token, a token without sub, and a sub that is not a user.
    token_data = read_token(token)
    if token_data is None:
        raise credentials_exception
    user = get_user(token_data.username)
    if user is None:
        raise credentials_exception
    # Only then the scopes: every one the route needs must be in the token.
    missing = [scope for scope in security_scopes.scopes if scope not in token_data.scopes]
    if missing:
        # A good token that lacks a scope: "insufficient_scope", 403. Logging in again with the
        # same scopes would not help, which is what a 401 would ask for.
        raise HTTPException(
            status_code=status.HTTP_403_FORBIDDEN,
            detail="Not enough permissions",
            headers={"WWW-Authenticate": f'Bearer error="insufficient_scope"{scope_param}'},
        )
    return user


# Requires "me" from get_current_user; the disabled check runs only after the scopes passed.
async def get_current_active_user(
    current_user: Annotated[UserInDB, Security(get_current_user, scopes=["me"])],
) -> UserInDB:
    if current_user.disabled:
        raise HTTPException(status_code=400, detail="Inactive user")
    return current_user


# RFC 6749 section 5.1: no cache may keep an answer of the token endpoint, a token or an error.
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


class TokenError(Exception):
    """A refusal of the token endpoint, in RFC 6749's words: an error code and a description."""

    def __init__(self, error: str, description: str) -> None:
        self.error = error
        self.description = description


def token_error_response(error: str, description: str) -> JSONResponse:
    return JSONResponse(
        status_code=400,
        content={"error": error, "error_description": description},
        headers=NO_STORE,
    )


@app.exception_handler(TokenError)
async def token_error_handler(request: Request, exc: TokenError) -> JSONResponse:
    return token_error_response(exc.error, exc.description)


@app.post("/token")
async def login_for_access_token(
    # The strict form requires grant_type=password, as RFC 6749 does for this flow.
    form_data: Annotated[OAuth2PasswordRequestFormStrict, Depends()],
    response: Response,
) -> Token:
    user = authenticate_user(form_data.username, form_data.password)
    if user is None:
        raise TokenError("invalid_grant", "Incorrect username or password")
    # Whatever scopes the client asked for go into the token; the routes decide what counts.
    # A real app must grant only the scopes this user is allowed to have.
    access_token = create_access_token(
        {"sub": user.username, "scope": " ".join(form_data.scopes)},
        timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES),
    )
    response.headers.update(NO_STORE)
    return Token(access_token=access_token, token_type="bearer")


@app.exception_handler(RequestValidationError)
async def token_form_error_handler(request: Request, exc: RequestValidationError) -> Response:
    # Only the token endpoint's form is answered as RFC 6749 says; any other route keeps FastAPI's
    # 422. The router put the path function it matched in the request's scope.
    if request.scope.get("endpoint") is not login_for_access_token:
        return await request_validation_exception_handler(request, exc)
    errors = exc.errors()
    wrong_grant = [error for error in errors if error["type"] == "string_pattern_mismatch"]
    if wrong_grant:
        # grant_type is the only field with a pattern, and a client with another grant in mind
        # must hear that first: which other fields it needs depends on the grant.
        return token_error_response("unsupported_grant_type", "The only grant_type here is password")
    # A missing field, or one that is not text (a file): the description names each, as the 422 did.
    description = "; ".join(f"{error['loc'][-1]}: {error['msg']}" for error in errors)
    return token_error_response("invalid_request", description)


@app.get("/users/me/")
async def read_users_me(
    current_user: Annotated[UserInDB, Depends(get_current_active_user)],
) -> User:
    return current_user


# Requires "items" here, plus the "me" that get_current_active_user asks for.
@app.get("/users/me/items/")
async def read_own_items(
    current_user: Annotated[UserInDB, Security(get_current_active_user, scopes=["items"])],
):
    return [{"item_id": "Foo", "owner": current_user.username}]


# Any valid token of a known user will do: no scopes, and disabled users pass.
@app.get("/status/")
async def read_system_status(
    current_user: Annotated[UserInDB, Depends(get_current_user)],
):
    return {"status": "ok"}
