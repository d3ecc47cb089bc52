# Lesson 5, "OAuth2 scopes".
# The JWT login of lesson 4 plus OAuth2 scopes. The client asks for scopes when it logs in, the
# token carries them in its "scope" claim, and each route declares the scopes it needs.
# It answers every request as FastAPI's tutorial005_an_py310.py does:
# https://github.com/fastapi/fastapi/blob/master/docs_src/security/tutorial005_an_py310.py
#
# Written without Annotated: each dependency is the default value of its parameter, as in
# FastAPI's docs before 0.95. FastAPI 0.92 (Debian 12's python3-fastapi) runs this form, not the
# Annotated one; start it there with `uvicorn main:app --reload` (it has no `fastapi` command).
#
# To run it:
#   pip install "fastapi[standard]" pyjwt "pwdlib[argon2]"
#   fastapi dev main.py    # then open http://127.0.0.1:8000/docs
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, FastAPI, HTTPException, Security, status
from fastapi.security import (
    OAuth2PasswordBearer,
    OAuth2PasswordRequestForm,
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
    security_scopes: SecurityScopes, token: str = Depends(oauth2_scheme)
) -> UserInDB:
    # security_scopes holds every scope required on the way here, the route's first.
    if security_scopes.scopes:
        authenticate_value = f'Bearer scope="{security_scopes.scope_str}"'
    else:
        authenticate_value = "Bearer"
    credentials_exception = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": authenticate_value},
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
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Not enough permissions",
            headers={"WWW-Authenticate": authenticate_value},
        )
    return user


# Requires "me" from get_current_user; the disabled check runs only after the scopes passed.
async def get_current_active_user(
    current_user: UserInDB = Security(get_current_user, scopes=["me"]),
) -> UserInDB:
    if current_user.disabled:
        raise HTTPException(status_code=400, detail="Inactive user")
    return current_user


@app.post("/token")
async def login_for_access_token(
    form_data: OAuth2PasswordRequestForm = Depends(),
) -> Token:
    user = authenticate_user(form_data.username, form_data.password)
    if user is None:
        raise HTTPException(status_code=400, detail="Incorrect username or password")
    # Whatever scopes the client asked for go into the token; the routes decide what counts.
    # A real app must grant only the scopes this user is allowed to have.
    access_token = create_access_token(
        {"sub": user.username, "scope": " ".join(form_data.scopes)},
        timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES),
    )
    return Token(access_token=access_token, token_type="bearer")


@app.get("/users/me/")
async def read_users_me(
    current_user: UserInDB = Depends(get_current_active_user),
) -> User:
    return current_user


# Requires "items" here, plus the "me" that get_current_active_user asks for.
@app.get("/users/me/items/")
async def read_own_items(
    current_user: UserInDB = Security(get_current_active_user, scopes=["items"]),
):
    return [{"item_id": "Foo", "owner": current_user.username}]


# Any valid token of a known user will do: no scopes, and disabled users pass.
@app.get("/status/")
async def read_system_status(
    current_user: UserInDB = Depends(get_current_user),
):
    return {"status": "ok"}
