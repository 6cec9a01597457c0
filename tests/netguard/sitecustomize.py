"""Loaded by every Python process the tests start (via PYTHONPATH): Skin Journal is
local only, so any attempt to open a network connection fails loudly."""

import socket
import sys


def _deny_network(event: str, args: tuple) -> None:
    if event == "socket.connect":
        sock, address = args[0], args[1]
        if getattr(sock, "family", None) == getattr(socket, "AF_UNIX", object()):
            return  # local IPC (D-Bus, X11) is not the network
        raise RuntimeError(f"Skin Journal must not open network connections (tried {address!r})")
    if event == "socket.getaddrinfo":
        raise RuntimeError(f"Skin Journal must not resolve network names (tried {args[0]!r})")


sys.addaudithook(_deny_network)
