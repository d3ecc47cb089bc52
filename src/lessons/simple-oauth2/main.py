# Lesson 3, "Simple OAuth2 with password and Bearer".
# A /token route checks the password form against a user table, and /users/me looks the token
# up in the same table. The token is just the username, so this is still not secure.
# It answers every request as FastAPI's tutorial003_an_py310.py does:
# https://github.com/fastapi/fastapi/blob/master/docs_src/security/tutorial003_an_py310.py
#
# To run it:
#   pip install "fastapi[standard]"
#   fastapi dev main.py    # then open http://127.0.0.1:8000/docs
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm
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


@app.post("/token")
async def login(form_data: Annotated[OAuth2PasswordRequestForm, Depends()]):
    user_dict = fake_users_db.get(form_data.username)
    if not user_dict:
        # The same answer as for a wrong password. The timing still differs: an unknown user is
        # refused before any hashing. Lesson 4 evens that out with a dummy hash.
        raise HTTPException(status_code=400, detail="Incorrect username or password")
    user = UserInDB(**user_dict)
    if fake_hash_password(form_data.password) != user.hashed_password:
        raise HTTPException(status_code=400, detail="Incorrect username or password")
    return {"access_token": user.username, "token_type": "bearer"}


@app.get("/users/me")
async def read_users_me(current_user: Annotated[User, Depends(get_current_active_user)]):
    # The annotation says User, but the object is still the UserInDB from get_user, and with no
    # response model FastAPI serialises all of it: hashed_password goes out too.
    return current_user
