"""Writes need the configured bearer token; without one configured they are off."""

from __future__ import annotations

import hmac

from fastapi import Request
from fastapi.responses import PlainTextResponse

from phakhi.api.settings import Settings


def write_refusal(request: Request, settings: Settings) -> PlainTextResponse | None:
    """None when the request may write; otherwise the 401/403 response to send."""
    if not settings.update_token:
        return PlainTextResponse("writes are disabled: start the server with --update-token (or PHAKHI_UPDATE_TOKEN)",
                                 status_code=403)
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), settings.update_token.encode()):
        return PlainTextResponse("this write needs 'Authorization: Bearer <token>'", status_code=401,
                                 headers={"WWW-Authenticate": 'Bearer realm="phakhi"'})
    return None
