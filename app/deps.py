"""Dependencies the routes take: the settings, the store and its name index, opened once per app."""

from __future__ import annotations

from secrets import compare_digest
from threading import Lock
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.errors import Unauthorized
from app.settings import Settings
from graph.store import GraphStore
from queries.resolve import NameIndex


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> GraphStore:
    return request.app.state.store


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]


def get_names(request: Request, store: StoreDep) -> NameIndex:
    """The name index every {ref} resolves through, rebuilt only when the store has changed."""
    return request.app.state.names.get(store)


def get_write_lock(request: Request) -> Lock:
    """Writes through the API go one at a time: the embedded store has one connection for the whole app."""
    return request.app.state.write_lock


NamesDep = Annotated[NameIndex, Depends(get_names)]
WriteLockDep = Annotated[Lock, Depends(get_write_lock)]

_bearer = HTTPBearer(auto_error=False, description="VILAO_API_TOKEN, when the service is configured with one")


def require_token(
    settings: SettingsDep, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> None:
    """Writing needs `Authorization: Bearer <VILAO_API_TOKEN>` when the service has a token set."""
    if settings.api_token is None:
        return
    given = credentials.credentials if credentials else ""
    if not compare_digest(given.encode(), settings.api_token.encode()):
        raise Unauthorized("this needs the API token: Authorization: Bearer <VILAO_API_TOKEN>")
