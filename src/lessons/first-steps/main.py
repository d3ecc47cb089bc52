# Lesson 1: the app only locates the bearer token; nothing checks it yet.
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.security import OAuth2PasswordBearer

app = FastAPI()

# Clients are told to fetch tokens from "token", relative to where the docs are served.
# This app does not implement that route: the URL only appears in the OpenAPI document.
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


@app.get("/items/")
async def read_items(token: Annotated[str, Depends(oauth2_scheme)]):
    # Runs only when the request had "Authorization: Bearer <token>".
    return {"token": token}
