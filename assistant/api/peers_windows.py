"""Windows: which account owns the client end of a loopback connection.

``GetExtendedTcpTable`` (iphlpapi) lists every TCP socket with the id of the
process that owns it; the client's socket is the row whose local end is the
request's client address and port and whose remote port is the service's. That
process's token gives its user's SID, which must equal this process's SID::

    peer_is_this_user_windows(("127.0.0.1", 51234), ("127.0.0.1", 8765))

Fails closed: a missing row, a process we may not open (another user's, as a
rule) or any failed call is a refusal. The byte layouts are parsed by pure
functions (``parse_tcp4_table``, ``parse_tcp6_table``, ``owning_pid``), so they
are tested on any system with buffers laid out as Windows lays them out.
"""

from __future__ import annotations

import ctypes
import ipaddress
import struct
from typing import Any, NamedTuple

AF_INET, AF_INET6 = 2, 23
TCP_TABLE_OWNER_PID_ALL = 5  # TCP_TABLE_CLASS, iprtrmib.h
MIB_TCP_STATE_TIME_WAIT = 11  # MIB_TCP_STATE, tcpmib.h
NO_ERROR, ERROR_INSUFFICIENT_BUFFER = 0, 122
PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
TOKEN_QUERY = 0x0008
TOKEN_USER_CLASS = 1  # TOKEN_INFORMATION_CLASS.TokenUser

# MIB_TCPTABLE_OWNER_PID (tcpmib.h): DWORD dwNumEntries, then the rows.
# MIB_TCPROW_OWNER_PID: DWORD dwState, dwLocalAddr, dwLocalPort, dwRemoteAddr,
# dwRemotePort, dwOwningPid (24 bytes). An address is the IN_ADDR's 4 bytes in
# network order; a port is in network order in the DWORD's first two bytes
# ("the upper 16 bits may contain uninitialized data").
ROW4 = struct.Struct("<I4s2s2x4s2s2xI")
# MIB_TCP6TABLE_OWNER_PID: DWORD dwNumEntries, then MIB_TCP6ROW_OWNER_PID:
# UCHAR ucLocalAddr[16], DWORD dwLocalScopeId, DWORD dwLocalPort,
# UCHAR ucRemoteAddr[16], DWORD dwRemoteScopeId, DWORD dwRemotePort,
# DWORD dwState, DWORD dwOwningPid (56 bytes).
ROW6 = struct.Struct("<16sI2s2x16sI2s2xII")
COUNT = struct.Struct("<I")


class TcpRow(NamedTuple):
    local: tuple[str, int]
    remote: tuple[str, int]
    state: int
    pid: int


def parse_tcp4_table(buf: bytes) -> list[TcpRow]:
    """The rows of a MIB_TCPTABLE_OWNER_PID buffer."""
    (count,) = COUNT.unpack_from(buf, 0)
    if COUNT.size + count * ROW4.size > len(buf):
        raise ValueError("TCP table shorter than its row count")
    rows = []
    for i in range(count):
        state, laddr, lport, raddr, rport, pid = ROW4.unpack_from(buf, COUNT.size + i * ROW4.size)
        rows.append(
            TcpRow(
                (str(ipaddress.IPv4Address(laddr)), int.from_bytes(lport, "big")),
                (str(ipaddress.IPv4Address(raddr)), int.from_bytes(rport, "big")),
                state,
                pid,
            )
        )
    return rows


def parse_tcp6_table(buf: bytes) -> list[TcpRow]:
    """The rows of a MIB_TCP6TABLE_OWNER_PID buffer."""
    (count,) = COUNT.unpack_from(buf, 0)
    if COUNT.size + count * ROW6.size > len(buf):
        raise ValueError("TCP6 table shorter than its row count")
    rows = []
    for i in range(count):
        laddr, _, lport, raddr, _, rport, state, pid = ROW6.unpack_from(
            buf, COUNT.size + i * ROW6.size
        )
        rows.append(
            TcpRow(
                (str(ipaddress.IPv6Address(laddr)), int.from_bytes(lport, "big")),
                (str(ipaddress.IPv6Address(raddr)), int.from_bytes(rport, "big")),
                state,
                pid,
            )
        )
    return rows


def owning_pid(rows: list[TcpRow], client: tuple[str, int], server_port: int) -> int | None:
    """The pid owning the socket whose local end is ``client`` and whose remote
    port is ``server_port`` (a v4 client also as its v4-mapped v6 spelling)."""
    ip = ipaddress.ip_address(client[0])
    spellings = {ip}
    if isinstance(ip, ipaddress.IPv4Address):
        spellings.add(ipaddress.IPv6Address(f"::ffff:{ip}"))
    elif ip.ipv4_mapped is not None:
        spellings.add(ip.ipv4_mapped)
    for row in rows:
        if row.state == MIB_TCP_STATE_TIME_WAIT or row.pid == 0:
            continue
        if (
            row.local[1] == client[1]
            and row.remote[1] == server_port
            and ipaddress.ip_address(row.local[0]) in spellings
        ):
            return row.pid
    return None


def peer_is_this_user_windows(client: tuple[str, int], server: tuple[str, int]) -> bool:
    try:
        rows = parse_tcp4_table(_tcp_table(AF_INET)) + parse_tcp6_table(_tcp_table(AF_INET6))
        pid = owning_pid(rows, client, int(server[1]))
        return pid is not None and _same_sid_as_us(pid)
    except (OSError, ValueError, AttributeError, struct.error):
        return False


def _dll(name: str) -> Any:
    return getattr(ctypes, "WinDLL")(name, use_last_error=True)  # noqa: B009 (absent off Windows)


def _tcp_table(family: int) -> bytes:
    get_table = _dll("iphlpapi").GetExtendedTcpTable
    size = ctypes.c_uint32(0)
    for _ in range(8):  # the table can grow between the size query and the copy
        buf = ctypes.create_string_buffer(max(size.value, 4))
        size.value = len(buf)
        status = get_table(buf, ctypes.byref(size), False, family, TCP_TABLE_OWNER_PID_ALL, 0)
        if status == NO_ERROR:
            return buf.raw[: size.value]
        if status != ERROR_INSUFFICIENT_BUFFER:
            raise OSError(status, "GetExtendedTcpTable failed")
    raise OSError(ERROR_INSUFFICIENT_BUFFER, "GetExtendedTcpTable kept growing")


def _same_sid_as_us(pid: int) -> bool:
    kernel32, advapi32 = _dll("kernel32"), _dll("advapi32")
    kernel32.OpenProcess.restype = ctypes.c_void_p
    kernel32.GetCurrentProcess.restype = ctypes.c_void_p
    process = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not process:
        return False  # another account's process, as a rule: refuse
    try:
        theirs = _token_user(advapi32, kernel32, ctypes.c_void_p(process))
        ours = _token_user(advapi32, kernel32, ctypes.c_void_p(kernel32.GetCurrentProcess()))
        if theirs is None or ours is None:
            return False
        # TOKEN_USER starts with SID_AND_ATTRIBUTES, whose first member is the PSID.
        their_sid = ctypes.c_void_p.from_buffer(theirs).value
        our_sid = ctypes.c_void_p.from_buffer(ours).value
        return bool(advapi32.EqualSid(ctypes.c_void_p(their_sid), ctypes.c_void_p(our_sid)))
    finally:
        kernel32.CloseHandle(ctypes.c_void_p(process))


def _token_user(advapi32: Any, kernel32: Any, process: ctypes.c_void_p) -> Any:
    token = ctypes.c_void_p()
    if not advapi32.OpenProcessToken(process, TOKEN_QUERY, ctypes.byref(token)):
        return None
    try:
        needed = ctypes.c_uint32(0)
        advapi32.GetTokenInformation(token, TOKEN_USER_CLASS, None, 0, ctypes.byref(needed))
        if not needed.value:
            return None
        buf = ctypes.create_string_buffer(needed.value)
        if not advapi32.GetTokenInformation(
            token, TOKEN_USER_CLASS, buf, needed, ctypes.byref(needed)
        ):
            return None
        return buf
    finally:
        kernel32.CloseHandle(token)
