# Beyond the tutorial, "Optional and alternative credentials".
# With auto_error=False a security scheme hands the function None instead of answering 401 itself.
# So /greeting serves anonymous and logged-in visitors alike, and /reports takes a bearer token or
# an API key and refuses only when neither names anyone. FastAPI's docs have no tutorial app for
# this; the classes are FastAPI's own, from fastapi/security/.
#
# To run it:
#   pip install "fastapi[standard]"
#   fastapi dev main.py    # then open http://127.0.0.1:8000/docs
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import (
    APIKeyHeader,
    HTTPAuthorizationCredentials,
    HTTPBearer,
    HTTPDigest,
    OAuth2PasswordBearer,
    OAuth2PasswordRequestForm,
)
from pydantic import BaseModel

# As in lesson 3: a stored "hash" is the password with "fakehashed" in front, and the token is
# the username itself. Not secure; lesson 4 signs real tokens.
fake_users_db = {
    "johndoe": {"username": "johndoe", "full_name": "John Doe", "hashed_password": "fakehashedsecret"},
    "alice": {"username": "alice", "full_name": "Alice Wonderson", "hashed_password": "fakehashedsecret2"},
}

# API keys are for programs rather than people: each key names the client it was handed to.
fake_api_keys = {"robot-key": "report-robot"}

app = FastAPI()

# auto_error=False: a request without "Authorization: Bearer ..." gets None here, not a 401.
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token", auto_error=False)
# The same for the header X-API-Key: when it is missing or empty, the key is None.
api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False)
# A second reader of the same Authorization header, to compare the two (see /token-readers).
http_bearer = HTTPBearer(auto_error=False)
# auto_error stays on: without "Authorization: Digest ..." FastAPI answers 401 itself.
digest_scheme = HTTPDigest()


class User(BaseModel):
    username: str
    full_name: str


class Caller(BaseModel):
    name: str
    via: str


def fake_hash_password(password: str) -> str:
    return "fakehashed" + password


async def get_optional_user(token: Annotated[str | None, Depends(oauth2_scheme)]) -> User | None:
    if token is None:
        return None
    # A token that was sent but names no one is refused: auto_error=False forgives a missing
    # credential, never a wrong one.
    user = fake_users_db.get(token)
    if not user:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Invalid token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return User(**user)


async def get_caller(
    token: Annotated[str | None, Depends(oauth2_scheme)],
    api_key: Annotated[str | None, Depends(api_key_header)],
) -> Caller:
    # Both schemes have run before this line, and neither refused anything. Each credential that
    # arrived is tried in turn; only when neither names anyone is the answer 401.
    if token is not None and token in fake_users_db:
        return Caller(name=token, via="bearer token")
    if api_key is not None and api_key in fake_api_keys:
        return Caller(name=fake_api_keys[api_key], via="API key")
    raise HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Not authenticated",
        # One challenge per way in, as RFC 9110 allows.
        headers={"WWW-Authenticate": "Bearer, APIKey"},
    )


@app.post("/token")
async def login(form_data: Annotated[OAuth2PasswordRequestForm, Depends()]):
    user = fake_users_db.get(form_data.username)
    if not user or fake_hash_password(form_data.password) != user["hashed_password"]:
        raise HTTPException(status_code=400, detail="Incorrect username or password")
    return {"access_token": user["username"], "token_type": "bearer"}


@app.get("/greeting")
async def read_greeting(user: Annotated[User | None, Depends(get_optional_user)]):
    if user is None:
        return {"message": "Hello, stranger", "logged_in": False}
    return {"message": f"Hello, {user.full_name}", "logged_in": True}


@app.get("/reports")
async def read_reports(caller: Annotated[Caller, Depends(get_caller)]):
    return {"caller": caller.name, "via": caller.via}


@app.get("/token-readers")
async def read_token_readers(
    token: Annotated[str | None, Depends(oauth2_scheme)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(http_bearer)],
):
    # Both read "Authorization: Bearer ...", but they disagree on what counts as no token.
    return {"oauth2_scheme": token, "http_bearer": credentials}


@app.get("/digest")
async def read_digest(credentials: Annotated[HTTPAuthorizationCredentials, Depends(digest_scheme)]):
    # HTTPDigest only checked that the scheme is "Digest" and that something follows it. The
    # realm, the nonce and the response hash of RFC 7616 are yours to check; here nothing is.
    return {"scheme": credentials.scheme, "credentials": credentials.credentials}
