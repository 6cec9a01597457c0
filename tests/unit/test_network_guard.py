import socket

import pytest


def test_opening_a_network_connection_fails_the_suite():
    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock,
        pytest.raises(RuntimeError, match="network"),
    ):
        sock.connect(("127.0.0.1", 9))
