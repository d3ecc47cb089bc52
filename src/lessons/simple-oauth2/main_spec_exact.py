# Lesson 3, "Simple OAuth2 with password and Bearer", with the playground's "spec-exact errors"
# switch on: main.py changed so that POST /token answers its errors as OAuth2 itself says, RFC 6749
# section 5.2 (https://www.rfc-editor.org/rfc/rfc6749#section-5.2): 400 with {"error": ...}
# instead of FastAPI's {"detail": ...}, and 400 instead of 422 for a bad form. /users/me is as in
# main.py. Diff it against main.py to see the change.
#
# To run it:
#   pip install "fastapi[standard]"
#   fastapi dev main.py    # then open http://127.0.0.1:8000/docs
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Request, Response, status
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestFormStrict
from pydantic import BaseModel

# Stored "hashes" are the password with "fakehashed" in front. Lesson 4 uses Argon2.
fake_users_db = {
    "johndoe": {
        "username": "johndoe",
        "full_name": "John Doe",
        "email": "johndoe@example.com",
        "hashed_password": "fakehashedsecret",
        "disabled": False,
    },
    "alice": {
        "username": "alice",
        "full_name": "Alice Wonderson",
        "email": "alice@example.com",
        "hashed_password": "fakehashedsecret2",
        "disabled": True,
    },
}

app = FastAPI()

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


def fake_hash_password(password: str) -> str:
    return "fakehashed" + password


class User(BaseModel):
    username: str
    email: str | None = None
    full_name: str | None = None
    disabled: bool | None = None


class UserInDB(User):
    # Added after User's fields, so it comes last in the JSON body.
    hashed_password: str


def get_user(db: dict, username: str) -> UserInDB | None:
    if username in db:
        return UserInDB(**db[username])
    return None


def fake_decode_token(token: str) -> UserInDB | None:
    # The token *is* the username: anyone who can guess a username can pose as that user.
    return get_user(fake_users_db, token)


async def get_current_user(token: Annotated[str, Depends(oauth2_scheme)]) -> UserInDB:
    user = fake_decode_token(token)
    if not user:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Not authenticated",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


async def get_current_active_user(current_user: Annotated[User, Depends(get_current_user)]) -> User:
    # Logging in still works for a disabled user; using the token does not.
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
async def login(
    # The strict form requires grant_type=password, as RFC 6749 does for this flow.
    form_data: Annotated[OAuth2PasswordRequestFormStrict, Depends()],
    response: Response,
):
    user_dict = fake_users_db.get(form_data.username)
    if not user_dict:
        # The same answer as for a wrong password. The timing still differs: an unknown user is
        # refused before any hashing. Lesson 4 evens that out with a dummy hash.
        raise TokenError("invalid_grant", "Incorrect username or password")
    user = UserInDB(**user_dict)
    if fake_hash_password(form_data.password) != user.hashed_password:
        raise TokenError("invalid_grant", "Incorrect username or password")
    response.headers.update(NO_STORE)
    return {"access_token": user.username, "token_type": "bearer"}


@app.exception_handler(RequestValidationError)
async def token_form_error_handler(request: Request, exc: RequestValidationError) -> Response:
    # Only the token endpoint's form is answered as RFC 6749 says; any other route keeps FastAPI's
    # 422. The router put the path function it matched in the request's scope.
    if request.scope.get("endpoint") is not login:
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


@app.get("/users/me")
async def read_users_me(current_user: Annotated[User, Depends(get_current_active_user)]):
    # The annotation says User, but the object is still the UserInDB from get_user, and with no
    # response model FastAPI serialises all of it: hashed_password goes out too.
    return current_user
