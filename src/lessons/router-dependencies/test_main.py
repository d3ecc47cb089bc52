# Tests for main.py that log in without a password or a token: app.dependency_overrides puts a
# function of the test's own where get_current_user was. Save it beside main.py and run
# `python -m pytest`.
import pytest
from fastapi.testclient import TestClient

from main import User, app, get_current_user

client = TestClient(app)

JOHN = User(username="johndoe", full_name="John Doe", roles=[])
ALICE = User(username="alice", full_name="Alice Chains", roles=["admin"])


def log_in_as(user: User) -> None:
    # Every Depends(get_current_user) and Security(get_current_user, ...) now calls this instead.
    # Nothing reads a token any more, so no scope is checked either; require_admin still runs.
    app.dependency_overrides[get_current_user] = lambda: user


@pytest.fixture(autouse=True)
def log_out():
    yield
    # The overrides live on the app: clear them, or the next test would start logged in.
    app.dependency_overrides.clear()


def test_the_public_router_needs_no_login():
    response = client.get("/status")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_the_protected_router_refuses_a_caller_without_a_token():
    response = client.get("/items/")
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_a_logged_in_user_reaches_every_route_of_the_protected_router():
    log_in_as(JOHN)
    assert client.get("/items/").status_code == 200
    response = client.get("/users/me")
    assert response.json() == {"username": "johndoe", "full_name": "John Doe", "roles": []}


def test_the_admin_router_checks_the_role_of_the_fake_user():
    log_in_as(JOHN)
    response = client.get("/admin/users")
    assert response.status_code == 403
    assert response.json() == {"detail": "Admins only"}


def test_an_admin_reaches_the_admin_router():
    log_in_as(ALICE)
    assert client.get("/admin/users").status_code == 200
    # The override stands in for the whole of get_current_user, its scope check included.
    response = client.get("/admin/reports")
    assert response.json() == {"reports": ["2026-q1-sales"], "read_by": "alice"}


def test_the_scope_check_itself_needs_a_real_token():
    # No override here: log in for real, without the "reports" scope.
    login = client.post("/token", data={"username": "alice", "password": "secretalice"})
    token = login.json()["access_token"]
    response = client.get("/admin/reports", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 403
    challenge = response.headers["www-authenticate"]
    assert challenge == 'Bearer error="insufficient_scope", scope="reports"'
