"""Which OS account is on the other end of a loopback connection.

The local API answers only processes of the user it runs as: a session secret
alone cannot stop another account on a shared machine (Citrix, Remote Desktop
Services, lab PCs) from loading ``/pane/`` and receiving the cookie. So every
request is first matched to the socket that opened it, and that socket's
owner must be this process's user::

    peer_is_this_user(("127.0.0.1", 51234), ("127.0.0.1", 8765))  # True or False

Linux: the kernel lists every TCP socket with its owner's uid in
``/proc/net/tcp`` and ``/proc/net/tcp6``; the client's socket is the row whose
local end is the request's client address and whose remote end is the server.
Windows (``peers_windows.py``): ``GetExtendedTcpTable`` gives the pid owning
the client's socket, and that process's token SID must equal ours. macOS
(``peers_macos.py``): the socket must be found among our own user's processes
with libproc. Every system fails closed. On any other system (the BSDs) the
check is skipped (``PEER_CHECK_AVAILABLE``); docs/security.md says so.
"""

from __future__ import annotations

import ipaddress
import os
import sys
from pathlib import Path

PEER_CHECK_AVAILABLE = sys.platform.startswith("linux") or sys.platform in ("win32", "darwin")
TABLES = (Path("/proc/net/tcp"), Path("/proc/net/tcp6"))
_TIME_WAIT = "06"  # a closed socket kept by the kernel: its uid column is always 0


def peer_is_this_user(client: tuple[str, int] | None, server: tuple[str, int] | None) -> bool:
    """True when the client's socket belongs to this process's user. Fails
    closed: an address that is not a loopback IP, or a socket the kernel does
    not list, is refused."""
    if not PEER_CHECK_AVAILABLE:
        return True
    if client is None or server is None:
        return False
    if sys.platform == "win32":
        from assistant.api.peers_windows import peer_is_this_user_windows

        return _loopback(client) and peer_is_this_user_windows(client, server)
    if sys.platform == "darwin":
        from assistant.api.peers_macos import peer_is_this_user_macos

        return _loopback(client) and peer_is_this_user_macos(client, server)
    uid = peer_uid(client, server)
    return uid is not None and uid == os.geteuid()


def _loopback(client: tuple[str, int]) -> bool:
    try:
        ip = ipaddress.ip_address(client[0])
        int(client[1])
    except (ValueError, TypeError, IndexError):
        return False
    return ip.is_loopback or _is_mapped_loopback(ip)


def peer_uid(client: tuple[str, int], server: tuple[str, int]) -> int | None:
    """The uid owning the socket at ``client`` connected to ``server``, or None."""
    try:
        client_ip = ipaddress.ip_address(client[0])
        server_port = int(server[1])
        client_port = int(client[1])
    except (ValueError, TypeError, IndexError):
        return None
    if not client_ip.is_loopback and not _is_mapped_loopback(client_ip):
        return None
    wanted = {_hex_address(client_ip, client_port)}
    if isinstance(client_ip, ipaddress.IPv4Address):  # as tcp6 lists a v4-mapped peer
        wanted.add(_hex_address(ipaddress.IPv6Address(f"::ffff:{client_ip}"), client_port))
    for table in TABLES:
        try:
            lines = table.read_text(encoding="ascii").splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if len(fields) < 8 or fields[1] not in wanted or fields[3] == _TIME_WAIT:
                continue
            if int(fields[2].rpartition(":")[2], 16) != server_port:
                continue
            return int(fields[7])
    return None


def _is_mapped_loopback(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    mapped = getattr(ip, "ipv4_mapped", None)
    return mapped is not None and mapped.is_loopback


def _hex_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address, port: int) -> str:
    """The kernel's spelling: each 32-bit word of the address printed as a
    host-order integer (127.0.0.1 is ``0100007F`` on little-endian machines)."""
    packed = ip.packed
    words = (packed[i : i + 4] for i in range(0, len(packed), 4))
    text = "".join(f"{int.from_bytes(word, sys.byteorder):08X}" for word in words)
    return f"{text}:{port:04X}"
