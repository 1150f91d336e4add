"""macOS: is the client end of a loopback connection held by our own user?

libproc lists the processes of one uid (``proc_listpids(PROC_UID_ONLY, uid)``),
each process's open files (``proc_pidinfo(PROC_PIDLISTFDS)``) and, for a
socket, its addresses (``proc_pidfdinfo(PROC_PIDFDSOCKETINFO)``). The client's
socket is the TCP socket whose local end is the request's client address and
port and whose foreign port is the service's::

    peer_is_this_user_macos(("127.0.0.1", 51234), ("127.0.0.1", 8765))

Only this user's processes are searched, and each one's uid is read again
(``proc_pidinfo(PROC_PIDTBSDINFO)``, ``pbi_uid``) before it counts, so a
socket held by another account is never found: that is a refusal, as is any
failed call (fail closed). The byte layouts are parsed by pure functions
(``parse_fd_list``, ``socket_ends``, ``bsdinfo_uid``), tested on any system with
buffers laid out as the headers lay them out (sys/proc_info.h, 64-bit).
"""

from __future__ import annotations

import ctypes
import ipaddress
import os
import struct
from typing import Any

PROC_UID_ONLY = 4  # proc_listpids type, sys/proc_info.h
PROC_PIDLISTFDS = 1
PROC_PIDTBSDINFO = 3
PROC_PIDFDSOCKETINFO = 3  # proc_pidfdinfo flavor
PROX_FDTYPE_SOCKET = 2
SOCKINFO_TCP = 2  # socket_info.soi_kind
INI_IPV4, INI_IPV6 = 0x1, 0x2  # in_sockinfo.insi_vflag

# struct proc_fdinfo { int32_t proc_fd; uint32_t proc_fdtype; }
FDINFO = struct.Struct("<iI")
# struct proc_bsdinfo: pbi_flags, pbi_status, pbi_xstatus, pbi_pid, pbi_ppid
# (uint32 each), then uid_t pbi_uid at offset 20; the whole struct is 136 bytes.
BSDINFO_SIZE, BSDINFO_UID = 136, 20
# struct socket_fdinfo { struct proc_fileinfo pfi (24 bytes); struct socket_info psi; }
# socket_info: vinfo_stat soi_stat (136 bytes), uint64 soi_so, uint64 soi_pcb,
# int soi_type, soi_protocol, soi_family (at 160), 8 shorts, uint32 soi_oobmark,
# two sockbuf_info (24 bytes each), int soi_kind (at 232), uint32 rfu_1, then the
# soi_proto union (at 240; 528 bytes, its largest member un_sockinfo).
# soi_proto.pri_tcp starts with in_sockinfo: int insi_fport (0), int insi_lport
# (4), both in network order in their first two bytes; uint64 insi_gencnt (8);
# uint32 insi_flags (16), insi_flow (20); uint8 insi_vflag (24), insi_ip_ttl;
# uint32 rfu_1 (28); insi_faddr (32) and insi_laddr (48), 16 bytes each: an
# in6_addr, or for IPv4 an in4in6_addr (12 bytes of padding, then the in_addr).
SOCKET_FDINFO_SIZE = 792
PSI = 24
SOI_KIND = PSI + 232
PROTO = PSI + 240
FPORT, LPORT, VFLAG, FADDR, LADDR = PROTO + 0, PROTO + 4, PROTO + 24, PROTO + 32, PROTO + 48


def parse_fd_list(buf: bytes) -> list[int]:
    """The socket descriptors in a PROC_PIDLISTFDS answer."""
    usable = len(buf) - len(buf) % FDINFO.size
    return [fd for fd, kind in FDINFO.iter_unpack(buf[:usable]) if kind == PROX_FDTYPE_SOCKET]


def socket_ends(buf: bytes) -> tuple[tuple[str, int], tuple[str, int]] | None:
    """(local, foreign) ends of a TCP socket from a socket_fdinfo, or None."""
    if len(buf) < SOCKET_FDINFO_SIZE:
        return None
    (kind,) = struct.unpack_from("<i", buf, SOI_KIND)
    if kind != SOCKINFO_TCP:
        return None
    vflag = buf[VFLAG]
    ends = []
    for addr_at, port_at in ((LADDR, LPORT), (FADDR, FPORT)):
        raw = buf[addr_at : addr_at + 16]
        ip: ipaddress.IPv4Address | ipaddress.IPv6Address
        if vflag & INI_IPV6:
            ip = ipaddress.IPv6Address(raw)
        elif vflag & INI_IPV4:
            ip = ipaddress.IPv4Address(raw[12:])
        else:
            return None
        ends.append((str(ip), int.from_bytes(buf[port_at : port_at + 2], "big")))
    return ends[0], ends[1]


def bsdinfo_uid(buf: bytes) -> int:
    """pbi_uid of a proc_bsdinfo."""
    if len(buf) < BSDINFO_SIZE:
        raise ValueError("proc_bsdinfo too short")
    return int(struct.unpack_from("<I", buf, BSDINFO_UID)[0])


def is_client_socket(
    ends: tuple[tuple[str, int], tuple[str, int]] | None,
    client: tuple[str, int],
    server_port: int,
) -> bool:
    if ends is None:
        return False
    (local_ip, local_port), (_, foreign_port) = ends
    if local_port != client[1] or foreign_port != server_port:
        return False
    ours, theirs = ipaddress.ip_address(local_ip), ipaddress.ip_address(client[0])
    return _plain(ours) == _plain(theirs)


def _plain(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> Any:
    mapped = getattr(ip, "ipv4_mapped", None)
    return mapped if mapped is not None else ip


def peer_is_this_user_macos(client: tuple[str, int], server: tuple[str, int]) -> bool:
    try:
        return _find(client, int(server[1]))
    except (OSError, ValueError, struct.error):
        return False


def _find(client: tuple[str, int], server_port: int) -> bool:
    libproc = ctypes.CDLL("/usr/lib/libproc.dylib", use_errno=True)
    uid = os.geteuid()
    for pid in _user_pids(libproc, uid):
        for fd in parse_fd_list(_pidinfo(libproc, pid, PROC_PIDLISTFDS)):
            info = ctypes.create_string_buffer(SOCKET_FDINFO_SIZE)
            got = libproc.proc_pidfdinfo(pid, fd, PROC_PIDFDSOCKETINFO, info, len(info))
            if got < SOCKET_FDINFO_SIZE:
                continue  # closed meanwhile, or not inspectable
            if is_client_socket(socket_ends(info.raw), client, server_port):
                bsd = ctypes.create_string_buffer(BSDINFO_SIZE)
                got = libproc.proc_pidinfo(pid, PROC_PIDTBSDINFO, 0, bsd, len(bsd))
                return got >= BSDINFO_SIZE and bsdinfo_uid(bsd.raw) == uid
    return False


def _user_pids(libproc: Any, uid: int) -> list[int]:
    size = libproc.proc_listpids(PROC_UID_ONLY, uid, None, 0)
    if size <= 0:
        raise OSError(ctypes.get_errno(), "proc_listpids failed")
    buf = (ctypes.c_int32 * (size // 4 + 64))()
    got = libproc.proc_listpids(PROC_UID_ONLY, uid, buf, ctypes.sizeof(buf))
    if got <= 0:
        raise OSError(ctypes.get_errno(), "proc_listpids failed")
    return [pid for pid in buf[: got // 4] if pid > 0]


def _pidinfo(libproc: Any, pid: int, flavor: int) -> bytes:
    size = libproc.proc_pidinfo(pid, flavor, 0, None, 0)
    if size <= 0:
        return b""  # gone, or not ours to inspect
    buf = ctypes.create_string_buffer(size + 32 * FDINFO.size)
    got = libproc.proc_pidinfo(pid, flavor, 0, buf, len(buf))
    return buf.raw[: max(got, 0)]
