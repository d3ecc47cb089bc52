# An app with FastAPI's HTTPBearer, which no tutorial uses, so that the agreement tests check the
# stand-in's HTTPBearer (src/server/security/http-bearer.ts) against the real one too.
from fastapi import Depends, FastAPI
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI()

security = HTTPBearer()


@app.get("/users/me")
def read_current_user(credentials: HTTPAuthorizationCredentials = Depends(security)):
    return {"scheme": credentials.scheme, "credentials": credentials.credentials}
