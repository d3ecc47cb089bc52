# Beyond the tutorial, "Protect a whole router, and test it".
# One dependency on an APIRouter guards every route in it, with a public router beside it. Inside,
# an admin router adds a role check, and one of its routes a scope check: a role is what the user
# is, a scope is what this one token may do. test_main.py, beside it, logs in through
# app.dependency_overrides instead of a password and a token.
#
# Written without Annotated: each dependency is the default value of its parameter, as in
# FastAPI's docs before 0.95. FastAPI 0.92 (Debian 12's python3-fastapi) runs this form, not the
# Annotated one; start it there with `uvicorn main:app --reload` (it has no `fastapi` command).
#
# To run it:
#   pip install "fastapi[standard]" pyjwt "pwdlib[argon2]" pytest
#   fastapi dev main.py    # then open http://127.0.0.1:8000/docs
#   python -m pytest       # runs test_main.py
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Security, status
from fastapi.security import (
    OAuth2PasswordBearer,
    OAuth2PasswordRequestForm,
    SecurityScopes,
)
from jwt.exceptions import InvalidTokenError
from pwdlib import PasswordHash
from pydantic import BaseModel

# Make your own with `openssl rand -hex 32` and keep it out of the source.
SECRET_KEY = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = 30

# johndoe / secret, a user with no role, and alice / secretalice, an admin. Roles live here, on the
# server, not in tokens: whatever token a user sends, the role comes from this record, and a change
# here takes effect on the next request.
fake_users_db = {
    "johndoe": {
        "username": "johndoe",
        "full_name": "John Doe",
        "roles": [],
        "hashed_password": "$argon2id$v=19$m=65536,t=3,p=4$wagCPXjifgvUFBzq4hqe3w$CYaIb8sB+wtD+Vu/P4uod1+Qof8h+1g7bbDlBID48Rc",
    },
    "alice": {
        "username": "alice",
        "full_name": "Alice Chains",
        "roles": ["admin"],
        "hashed_password": "$argon2id$v=19$m=65536,t=3,p=4$g2/AV1zwopqUntPKJavBFw$BwpRGDCyUHLvHICnwijyX8ROGoiUPwNKZ7915MeYfCE",
    },
}


class Token(BaseModel):
    access_token: str
    token_type: str


class User(BaseModel):
    username: str
    full_name: str | None = None
    roles: list[str] = []


class UserInDB(User):
    hashed_password: str


password_hash = PasswordHash.recommended()

# Checked when the username is unknown, so every failed login costs one Argon2 run.
DUMMY_HASH = password_hash.hash("timing-equaliser")

# A scope is what one token may do: the client asks for it at login and the token carries it.
oauth2_scheme = OAuth2PasswordBearer(
    tokenUrl="token",
    scopes={"reports": "Read the admin reports."},
)


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


async def get_current_user(
    security_scopes: SecurityScopes, token: str = Depends(oauth2_scheme)
) -> UserInDB:
    # Who is calling: any valid token of a known user, or 401.
    credentials_exception = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
    except InvalidTokenError:
        raise credentials_exception
    username = payload.get("sub")
    if username is None:
        raise credentials_exception
    user = get_user(username)
    if user is None:
        raise credentials_exception
    # What this token may do: the scopes asked for on the way here (none for a plain Depends) must
    # all be in its "scope" claim. A valid token short of a scope is a 403, as RFC 6750 says, and
    # the challenge names the scope to log in with.
    scope = payload.get("scope")
    granted = scope.split(" ") if isinstance(scope, str) else []
    if any(needed not in granted for needed in security_scopes.scopes):
        challenge = f'Bearer error="insufficient_scope", scope="{security_scopes.scope_str}"'
        raise HTTPException(
            status_code=status.HTTP_403_FORBIDDEN,
            detail="Not enough permissions",
            headers={"WWW-Authenticate": challenge},
        )
    return user


async def require_admin(
    current_user: UserInDB = Depends(get_current_user),
) -> UserInDB:
    # What the user is: the role comes from the user's record, whatever the token says. No new
    # login can fix a missing role, so the 403 carries no challenge.
    if "admin" not in current_user.roles:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="Admins only")
    return current_user


# Anyone may call these.
public_router = APIRouter()


@public_router.post("/token")
async def login_for_access_token(
    form_data: OAuth2PasswordRequestForm = Depends(),
) -> Token:
    user = authenticate_user(form_data.username, form_data.password)
    if user is None:
        raise HTTPException(status_code=400, detail="Incorrect username or password")
    # The requested scopes go into the token unchecked, so that the routes' checks show. A real app
    # grants only the scopes this user and this client may have.
    access_token = create_access_token(
        {"sub": user.username, "scope": " ".join(form_data.scopes)},
        timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES),
    )
    return Token(access_token=access_token, token_type="bearer")


@public_router.get("/status")
async def read_status():
    return {"status": "ok"}


# One dependency for the whole router: every route in it, and in the routers it includes, runs
# get_current_user before anything of its own.
protected_router = APIRouter(dependencies=[Depends(get_current_user)])


@protected_router.get("/users/me")
async def read_users_me(
    current_user: UserInDB = Depends(get_current_user),
) -> User:
    # The router has already called get_current_user in this request: FastAPI hands this
    # parameter the same value instead of calling it again.
    return current_user


@protected_router.get("/items/")
async def read_items():
    # No parameter asks for the user, and still no request gets here without a valid token.
    return [{"item_id": "Foo"}, {"item_id": "Bar"}]


# Its routes run protected_router's get_current_user first, then require_admin, then their own.
admin_router = APIRouter(prefix="/admin", dependencies=[Depends(require_admin)])


@admin_router.get("/users")
async def list_users():
    return [User(**user) for user in fake_users_db.values()]


@admin_router.get("/reports")
async def read_reports(
    current_user: UserInDB = Security(get_current_user, scopes=["reports"]),
):
    # The role check ran first; this Security asks get_current_user again, now for "reports".
    return {"reports": ["2026-q1-sales"], "read_by": current_user.username}


protected_router.include_router(admin_router)

app = FastAPI()
app.include_router(public_router)
app.include_router(protected_router)
