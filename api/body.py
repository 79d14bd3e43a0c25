"""Reading a request body under the size limit: refused (413) as soon as it is known to be too big, from
its declared Content-Length or while it streams in, so an oversized body is never held in memory."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import PlainTextResponse


class BodyTooLarge(Exception):
    def __init__(self, limit: int, what: str = "request body"):
        super().__init__(f"{what} over {limit} bytes")

    def response(self) -> PlainTextResponse:
        return PlainTextResponse(str(self), status_code=413)


async def read_body(request: Request, limit: int, what: str = "request body") -> bytes:
    """The whole body, or BodyTooLarge once it is over `limit` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge(limit, what)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(limit, what)
        chunks.append(chunk)
    return b"".join(chunks)
