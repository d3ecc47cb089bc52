# Beyond the tutorial: "Log in with an identity provider".
# This API logs nobody in itself. An identity provider (a Keycloak realm here; Auth0, Entra ID
# and any other OpenID Connect provider work the same way) signs RS256 tokens, and the API checks
# each one against the provider's published public keys, its issuer, its audience and its expiry.
# The docs' Authorize button runs the authorization-code flow with PKCE at the provider.
#
# To run it:
#   pip install "fastapi[standard]" "pyjwt[crypto]"
#   IDP_ISSUER=http://localhost:8080/realms/playground fastapi dev main.py
# then open http://127.0.0.1:8000/docs. The provider must know the client, the API and a user:
# the lesson's "Take it home" lists what to set up in Keycloak.
import os
from typing import Annotated

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import OAuth2AuthorizationCodeBearer, OpenIdConnect
from pydantic import BaseModel

# The provider's issuer, exactly as its tokens' "iss" writes it. For Keycloak that is
# <server>/realms/<realm>; every other URL of the provider is found below it.
ISSUER = os.environ.get("IDP_ISSUER", "http://localhost:8080/realms/playground")
# This API's name at the provider: the tokens it accepts carry it in "aud".
AUDIENCE = "playground-api"
# The docs' client at the provider: a public client (a browser keeps no secret), so it uses PKCE.
CLIENT_ID = "playground-docs"

# Where Swagger UI sends you to log in, and where it trades the code for tokens. These are a
# Keycloak realm's paths; other providers list theirs in their discovery document.
oauth2_scheme = OAuth2AuthorizationCodeBearer(
    authorizationUrl=f"{ISSUER}/protocol/openid-connect/auth",
    tokenUrl=f"{ISSUER}/protocol/openid-connect/token",
    scopes={
        "openid": "Sign in with OpenID Connect: also get an ID token",
        "profile": "Your name and username",
        "email": "Your email address",
    },
)
# The same provider described by its discovery document alone: Swagger UI reads the rest there.
oidc_scheme = OpenIdConnect(openIdConnectUrl=f"{ISSUER}/.well-known/openid-configuration")

# The provider's public keys (its JWKS). PyJWKClient fetches them when the first token comes,
# keeps them for five minutes, and fetches them again for a token whose "kid" it does not know,
# which is how the API follows the provider when it rotates its keys.
jwks_client = jwt.PyJWKClient(f"{ISSUER}/protocol/openid-connect/certs")

# FastAPI's /docs passes this to Swagger UI's initOAuth: log in as this client, with PKCE.
app = FastAPI(swagger_ui_init_oauth={"clientId": CLIENT_ID, "usePkceWithAuthorizationCodeGrant": True})


class User(BaseModel):
    # The provider's id for the user: stable, where usernames and emails can change.
    sub: str
    username: str | None = None
    email: str | None = None


def verify_token(token: str) -> User:
    credentials_exception = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        # The key the token's "kid" names, from the provider's JWKS (PyJWKClientError if none).
        signing_key = jwks_client.get_signing_key_from_jwt(token)
        # Checks the RS256 signature with that key, then exp (and iat, nbf), iss and aud.
        claims = jwt.decode(
            token,
            signing_key,
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "sub"]},
        )
    except jwt.PyJWTError:
        # Every refusal looks the same from outside. (If the provider cannot be reached, PyJWT
        # raises PyJWKClientConnectionError, a PyJWTError too: the caller gets a 401 then.)
        raise credentials_exception from None
    return User(sub=claims["sub"], username=claims.get("preferred_username"), email=claims.get("email"))


async def get_current_user(token: Annotated[str, Depends(oauth2_scheme)]) -> User:
    return verify_token(token)


async def get_current_user_oidc(authorization: Annotated[str, Depends(oidc_scheme)]) -> User:
    # OpenIdConnect hands over the whole Authorization header, scheme and all: checking that it
    # is a bearer token is up to the app.
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer":
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Could not validate credentials",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return verify_token(token)


@app.get("/users/me")
async def read_users_me(current_user: Annotated[User, Depends(get_current_user)]) -> User:
    return current_user


@app.get("/items/")
async def read_items(current_user: Annotated[User, Depends(get_current_user_oidc)]):
    return [{"item_id": "Foo", "owner": current_user.sub}]
