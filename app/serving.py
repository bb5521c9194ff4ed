"""The HTTP protocol `vilao serve` runs: uvicorn's own, with Nagle's algorithm off on every connection.

asyncio turns it off only for sockets that say they are TCP, and uvicorn's workers (--workers N) accept on a
socket opened without saying so: the small body after the headers then waited for the client's delayed ACK,
40 ms on every answer, however fast the answer was.
"""

from __future__ import annotations

import socket
from asyncio import BaseTransport

try:  # uvicorn's choice when the protocol is "auto": httptools if installed, h11 otherwise
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as _Protocol
except ImportError:
    from uvicorn.protocols.http.h11_impl import H11Protocol as _Protocol  # type: ignore[assignment]

PROTOCOL = "app.serving:NoDelayProtocol"  # how uvicorn.run(http=...) names it


class NoDelayProtocol(_Protocol):  # type: ignore[misc, valid-type]
    def connection_made(self, transport: BaseTransport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
