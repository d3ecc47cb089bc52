# Lesson 2, "Get the current user".
# A dependency turns the bearer token into a user object. The "decoding" is fake.
# It answers every request as FastAPI's tutorial002_an_py310.py does:
# https://github.com/fastapi/fastapi/blob/master/docs_src/security/tutorial002_an_py310.py
#
# Written without Annotated: each dependency is the default value of its parameter, as in
# FastAPI's docs before 0.95. FastAPI 0.92 (Debian 12's python3-fastapi) runs this form, not the
# Annotated one; start it there with `uvicorn main:app --reload` (it has no `fastapi` command).
#
# To run it:
#   pip install "fastapi[standard]"
#   fastapi dev main.py    # then open http://127.0.0.1:8000/docs
from fastapi import Depends, FastAPI
from fastapi.security import OAuth2PasswordBearer
from pydantic import BaseModel

app = FastAPI()

# Still no token route: "token" is only written into the OpenAPI document.
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


class User(BaseModel):
    # The JSON body lists the fields in this order.
    username: str
    email: str | None = None
    full_name: str | None = None
    disabled: bool | None = None


def fake_decode_token(token: str) -> User:
    # Stands in for real token checking (lesson 4 uses a signed JWT). It trusts any token,
    # including an empty one, and always describes John Doe.
    return User(username=token + "fakedecoded", email="john@example.com", full_name="John Doe")


async def get_current_user(token: str = Depends(oauth2_scheme)) -> User:
    # A dependency that itself depends on the security scheme: FastAPI runs the scheme first,
    # so a request without "Authorization: Bearer ..." never gets here.
    return fake_decode_token(token)


@app.get("/users/me")
async def read_users_me(current_user: User = Depends(get_current_user)):
    return current_user
