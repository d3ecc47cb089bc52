# Lesson 4, "OAuth2 with JWT tokens".
# A real login: POST /token checks the password against an Argon2 hash and answers with a signed
# JWT that expires after 30 minutes; the /users/me/ routes verify that JWT on every call.
# It answers every request as FastAPI's tutorial004_an_py310.py does:
# https://github.com/fastapi/fastapi/blob/master/docs_src/security/tutorial004_an_py310.py
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
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
from jwt.exceptions import InvalidTokenError
from pwdlib import PasswordHash
from pydantic import BaseModel

# Whoever knows this key can sign tokens the app will trust. Make your own with
# `openssl rand -hex 32` and load it from the environment; PyJWT uses the 64 characters
# themselves as the HMAC key.
SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 30

# Only johndoe (password "secret"). The playground's "disabled alice" switch adds a disabled
# alice (password "secretalice") here, as FastAPI's own test does. To add a user of your own,
# store get_password_hash("their password") as hashed_password, for example from a shell:
#   python -c 'from main import get_password_hash; print(get_password_hash("hunter2"))'
fake_users_db = {
    "johndoe": {
        "username": "johndoe",
        "full_name": "John Doe",
        "email": "johndoe@example.com",
        "hashed_password": "$argon2id$v=19$m=65536,t=3,p=4$wagCPXjifgvUFBzq4hqe3w$CYaIb8sB+wtD+Vu/P4uod1+Qof8h+1g7bbDlBID48Rc",
        "disabled": False,
    }
}


class Token(BaseModel):
    # The two fields OAuth2 requires in a token response.
    access_token: str
    token_type: str


class TokenData(BaseModel):
    # What the app takes from a verified token: whom it is about.
    username: str | None = None


class User(BaseModel):
    username: str
    email: str | None = None
    full_name: str | None = None
    disabled: bool | None = None


class UserInDB(User):
    hashed_password: str


# Argon2id with pwdlib's recommended parameters (64 MiB, 3 passes, 4 lanes).
password_hash = PasswordHash.recommended()


def get_password_hash(password: str) -> str:
    # A new salt every time, so the same password never gives the same hash twice.
    return password_hash.hash(password)


def verify_password(plain_password: str, hashed_password: str) -> bool:
    # The parameters and the salt are read from the stored hash itself.
    return password_hash.verify(plain_password, hashed_password)


# Verified against when the username is unknown: a failed login then costs one Argon2 run
# whether or not the user exists, so response times do not reveal valid usernames.
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


def create_access_token(data: dict, expires_delta: timedelta) -> str:
    claims = data.copy()
    # PyJWT turns the datetime into whole seconds since 1970.
    claims["exp"] = datetime.now(timezone.utc) + expires_delta
    return jwt.encode(claims, SECRET_KEY, algorithm=ALGORITHM)


def read_token(token: str) -> TokenData | None:
    """What the token says if PyJWT accepts it and it names a subject, else None."""
    try:
        # Checks the signature and refuses other algorithms, expired tokens, tokens not valid yet
        # (nbf, iat), a non-empty audience, and a sub that is not a string.
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
    except InvalidTokenError:
        return None
    if payload.get("sub") is None:
        return None
    return TokenData(username=payload["sub"])


async def get_current_user(token: str = Depends(oauth2_scheme)) -> UserInDB:
    credentials_exception = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    # One answer for a bad token, a token without sub, and a sub that is not a user.
    token_data = read_token(token)
    if token_data is None:
        raise credentials_exception
    user = get_user(token_data.username)
    if user is None:
        raise credentials_exception
    return user


async def get_current_active_user(
    current_user: UserInDB = Depends(get_current_user),
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
        # A 401 with a Bearer challenge here; tutorials 003 and 005 answer 400 instead.
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    access_token = create_access_token(
        {"sub": user.username}, timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES)
    )
    return Token(access_token=access_token, token_type="bearer")


# The return type User leaves hashed_password out of the response.
@app.get("/users/me/")
async def read_users_me(
    current_user: UserInDB = Depends(get_current_active_user),
) -> User:
    return current_user


@app.get("/users/me/items/")
async def read_own_items(
    current_user: UserInDB = Depends(get_current_active_user),
):
    return [{"item_id": "Foo", "owner": current_user.username}]
