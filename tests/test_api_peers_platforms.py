"""The Windows and macOS peer checks (issue 15).

Their OS tables are parsed by pure functions; here those are fed buffers built
with ctypes structures that copy the C declarations (tcpmib.h for Windows,
sys/proc_info.h for macOS), so the layout is checked independently of the
offsets the parsers use. The real OS calls run only on their own system (a
live socket of this process must be found and accepted; a port nobody holds
must be refused); elsewhere they are skipped.
"""

from __future__ import annotations

import ctypes
import socket
import sys
from collections.abc import Iterator

import pytest

from assistant.api import peers_macos, peers_windows
from assistant.api.peers import peer_is_this_user

DWORD, UCHAR = ctypes.c_uint32, ctypes.c_ubyte


def _nport(port: int) -> int:
    """A DWORD whose in-memory first two bytes are the port in network order,
    upper bytes garbage (as Windows documents dwLocalPort)."""
    return int.from_bytes(port.to_bytes(2, "big") + b"\xab\xcd", "little")


# --- Windows: tcpmib.h -------------------------------------------------------


class MIB_TCPROW_OWNER_PID(ctypes.Structure):  # noqa: N801 (the C name)
    _fields_ = [("dwState", DWORD), ("dwLocalAddr", DWORD), ("dwLocalPort", DWORD),
                ("dwRemoteAddr", DWORD), ("dwRemotePort", DWORD),
                ("dwOwningPid", DWORD)]  # fmt: skip


class MIB_TCP6ROW_OWNER_PID(ctypes.Structure):  # noqa: N801
    _fields_ = [("ucLocalAddr", UCHAR * 16), ("dwLocalScopeId", DWORD), ("dwLocalPort", DWORD),
                ("ucRemoteAddr", UCHAR * 16), ("dwRemoteScopeId", DWORD),
                ("dwRemotePort", DWORD), ("dwState", DWORD), ("dwOwningPid", DWORD)]  # fmt: skip


Row4, Row6 = MIB_TCPROW_OWNER_PID, MIB_TCP6ROW_OWNER_PID


def _table(row_type: type[ctypes.Structure], rows: list[ctypes.Structure]) -> bytes:
    class Table(ctypes.Structure):
        _fields_ = [("dwNumEntries", DWORD), ("table", row_type * max(1, len(rows)))]

    table = Table()
    table.dwNumEntries = len(rows)
    for i, row in enumerate(rows):
        table.table[i] = row
    return bytes(table)


def _in_addr(ip: str) -> int:
    """An IN_ADDR read as a DWORD on a little-endian machine (bytes in network order)."""
    return int.from_bytes(socket.inet_aton(ip), "little")


def _row4(
    local: tuple[str, int], remote: tuple[str, int], pid: int, state: int = 5
) -> MIB_TCPROW_OWNER_PID:
    return MIB_TCPROW_OWNER_PID(state, _in_addr(local[0]), _nport(local[1]),
                                _in_addr(remote[0]), _nport(remote[1]), pid)  # fmt: skip


def _row6(
    local: tuple[str, int], remote: tuple[str, int], pid: int, state: int = 5
) -> MIB_TCP6ROW_OWNER_PID:
    row = MIB_TCP6ROW_OWNER_PID()
    row.ucLocalAddr[:] = list(socket.inet_pton(socket.AF_INET6, local[0]))
    row.ucRemoteAddr[:] = list(socket.inet_pton(socket.AF_INET6, remote[0]))
    row.dwLocalPort, row.dwRemotePort = _nport(local[1]), _nport(remote[1])
    row.dwState, row.dwOwningPid = state, pid
    return row


def test_windows_row_sizes_match_the_headers() -> None:
    assert ctypes.sizeof(MIB_TCPROW_OWNER_PID) == peers_windows.ROW4.size == 24
    assert ctypes.sizeof(MIB_TCP6ROW_OWNER_PID) == peers_windows.ROW6.size == 56


def test_windows_v4_table_finds_the_client_sockets_process() -> None:
    buf = _table(MIB_TCPROW_OWNER_PID, [
        _row4(("127.0.0.1", 8765), ("0.0.0.0", 0), 4000, state=2),  # the listener
        _row4(("127.0.0.1", 8765), ("127.0.0.1", 51234), 4000),  # the service's end
        _row4(("127.0.0.1", 51234), ("127.0.0.1", 8765), 1312),  # the client's end
        _row4(("127.0.0.1", 51999), ("127.0.0.1", 8765), 0, state=11),  # TIME_WAIT
    ])  # fmt: skip
    rows = peers_windows.parse_tcp4_table(buf)
    assert rows[2] == peers_windows.TcpRow(("127.0.0.1", 51234), ("127.0.0.1", 8765), 5, 1312)
    assert peers_windows.owning_pid(rows, ("127.0.0.1", 51234), 8765) == 1312
    assert peers_windows.owning_pid(rows, ("127.0.0.1", 51999), 8765) is None
    assert peers_windows.owning_pid(rows, ("127.0.0.1", 51234), 9999) is None
    assert peers_windows.owning_pid(rows, ("127.0.0.2", 51234), 8765) is None


def test_windows_v6_table_and_v4_mapped_clients() -> None:
    buf = _table(MIB_TCP6ROW_OWNER_PID, [
        _row6(("::1", 8765), ("::1", 40000), 4000),
        _row6(("::1", 40000), ("::1", 8765), 2222),
        _row6(("::ffff:127.0.0.1", 40001), ("::ffff:127.0.0.1", 8765), 3333),
    ])  # fmt: skip
    rows = peers_windows.parse_tcp6_table(buf)
    assert [r.pid for r in rows] == [4000, 2222, 3333]
    assert peers_windows.owning_pid(rows, ("::1", 40000), 8765) == 2222
    assert peers_windows.owning_pid(rows, ("127.0.0.1", 40001), 8765) == 3333


def test_windows_short_table_is_refused() -> None:
    buf = _table(MIB_TCPROW_OWNER_PID, [_row4(("127.0.0.1", 1), ("127.0.0.1", 2), 9)])
    broken = (7).to_bytes(4, "little") + buf[4:]  # claims 7 rows, holds 1
    with pytest.raises(ValueError):
        peers_windows.parse_tcp4_table(broken)


# --- macOS: sys/proc_info.h (64-bit) -----------------------------------------


class proc_fileinfo(ctypes.Structure):  # noqa: N801
    _fields_ = [("fi_openflags", ctypes.c_uint32), ("fi_status", ctypes.c_uint32),
                ("fi_offset", ctypes.c_int64), ("fi_type", ctypes.c_int32),
                ("fi_guardflags", ctypes.c_uint32)]  # fmt: skip


class vinfo_stat(ctypes.Structure):  # noqa: N801
    _fields_ = [("vst_dev", ctypes.c_uint32), ("vst_mode", ctypes.c_uint16),
                ("vst_nlink", ctypes.c_uint16), ("vst_ino", ctypes.c_uint64),
                ("vst_uid", ctypes.c_uint32), ("vst_gid", ctypes.c_uint32),
                *[(n, ctypes.c_int64) for n in ("vst_atime", "vst_atimensec", "vst_mtime",
                  "vst_mtimensec", "vst_ctime", "vst_ctimensec", "vst_birthtime",
                  "vst_birthtimensec", "vst_size", "vst_blocks")],
                ("vst_blksize", ctypes.c_int32), ("vst_flags", ctypes.c_uint32),
                ("vst_gen", ctypes.c_uint32), ("vst_rdev", ctypes.c_uint32),
                ("vst_qspare", ctypes.c_int64 * 2)]  # fmt: skip


class sockbuf_info(ctypes.Structure):  # noqa: N801
    _fields_ = [*[(n, ctypes.c_uint32) for n in ("sbi_cc", "sbi_hiwat", "sbi_mbcnt",
                "sbi_mbmax", "sbi_lowat")], ("sbi_flags", ctypes.c_short),
                ("sbi_timeo", ctypes.c_short)]  # fmt: skip


class in_sockinfo(ctypes.Structure):  # noqa: N801
    _fields_ = [("insi_fport", ctypes.c_int), ("insi_lport", ctypes.c_int),
                ("insi_gencnt", ctypes.c_uint64), ("insi_flags", ctypes.c_uint32),
                ("insi_flow", ctypes.c_uint32), ("insi_vflag", ctypes.c_uint8),
                ("insi_ip_ttl", ctypes.c_uint8), ("rfu_1", ctypes.c_uint32),
                ("insi_faddr", ctypes.c_ubyte * 16), ("insi_laddr", ctypes.c_ubyte * 16),
                ("in4_tos", ctypes.c_ubyte), ("in6_hlim", ctypes.c_uint8),
                ("in6_cksum", ctypes.c_int), ("in6_ifindex", ctypes.c_ushort),
                ("in6_hops", ctypes.c_short)]  # fmt: skip


class tcp_sockinfo(ctypes.Structure):  # noqa: N801
    _fields_ = [("tcpsi_ini", in_sockinfo), ("tcpsi_state", ctypes.c_int),
                ("tcpsi_timer", ctypes.c_int * 4), ("tcpsi_mss", ctypes.c_int),
                ("tcpsi_flags", ctypes.c_uint32), ("rfu_1", ctypes.c_uint32),
                ("tcpsi_tp", ctypes.c_uint64)]  # fmt: skip


class un_sockinfo(ctypes.Structure):  # noqa: N801 (the union's largest member)
    _fields_ = [("unsi_conn_so", ctypes.c_uint64), ("unsi_conn_pcb", ctypes.c_uint64),
                ("unsi_addr", ctypes.c_char * 255),
                ("unsi_caddr", ctypes.c_char * 255)]  # fmt: skip


class soi_proto(ctypes.Union):  # noqa: N801
    _fields_ = [("pri_in", in_sockinfo), ("pri_tcp", tcp_sockinfo), ("pri_un", un_sockinfo)]


class socket_info(ctypes.Structure):  # noqa: N801
    _fields_ = [("soi_stat", vinfo_stat), ("soi_so", ctypes.c_uint64),
                ("soi_pcb", ctypes.c_uint64), ("soi_type", ctypes.c_int),
                ("soi_protocol", ctypes.c_int), ("soi_family", ctypes.c_int),
                *[(n, ctypes.c_short) for n in ("soi_options", "soi_linger", "soi_state",
                  "soi_qlen", "soi_incqlen", "soi_qlimit", "soi_timeo")],
                ("soi_error", ctypes.c_ushort), ("soi_oobmark", ctypes.c_uint32),
                ("soi_rcv", sockbuf_info), ("soi_snd", sockbuf_info),
                ("soi_kind", ctypes.c_int), ("rfu_1", ctypes.c_uint32),
                ("soi_proto", soi_proto)]  # fmt: skip


class socket_fdinfo(ctypes.Structure):  # noqa: N801
    _fields_ = [("pfi", proc_fileinfo), ("psi", socket_info)]


def _mac_socket(local: tuple[str, int], foreign: tuple[str, int], kind: int = 2) -> bytes:
    info = socket_fdinfo()
    info.psi.soi_kind = kind
    ini = info.psi.soi_proto.pri_tcp.tcpsi_ini
    ini.insi_lport, ini.insi_fport = _nport(local[1]) & 0xFFFF, _nport(foreign[1]) & 0xFFFF
    v6 = ":" in local[0]
    ini.insi_vflag = 0x2 if v6 else 0x1
    for field, ip in (("insi_laddr", local[0]), ("insi_faddr", foreign[0])):
        raw = socket.inet_pton(socket.AF_INET6, ip) if v6 else bytes(12) + socket.inet_aton(ip)
        getattr(ini, field)[:] = list(raw)
    info.psi.soi_proto.pri_tcp.tcpsi_state = 4  # TSI_S_ESTABLISHED
    return bytes(info)


def test_macos_struct_sizes_and_offsets_match_the_headers() -> None:
    assert ctypes.sizeof(socket_fdinfo) == peers_macos.SOCKET_FDINFO_SIZE == 792
    assert ctypes.sizeof(vinfo_stat) == 136
    psi = socket_fdinfo.psi.offset
    assert psi + socket_info.soi_kind.offset == peers_macos.SOI_KIND
    assert psi + socket_info.soi_proto.offset == peers_macos.PROTO
    assert peers_macos.PROTO + in_sockinfo.insi_laddr.offset == peers_macos.LADDR
    assert peers_macos.PROTO + in_sockinfo.insi_vflag.offset == peers_macos.VFLAG


def test_macos_socket_ends_of_v4_and_v6_sockets() -> None:
    v4 = _mac_socket(("127.0.0.1", 51234), ("127.0.0.1", 8765))
    assert peers_macos.socket_ends(v4) == (("127.0.0.1", 51234), ("127.0.0.1", 8765))
    v6 = _mac_socket(("::1", 40000), ("::1", 8765))
    assert peers_macos.socket_ends(v6) == (("::1", 40000), ("::1", 8765))
    assert peers_macos.socket_ends(_mac_socket(("127.0.0.1", 1), ("127.0.0.1", 2), kind=1)) is None
    assert peers_macos.socket_ends(v4[:500]) is None
    ends = peers_macos.socket_ends(v4)
    assert peers_macos.is_client_socket(ends, ("127.0.0.1", 51234), 8765)
    assert not peers_macos.is_client_socket(ends, ("127.0.0.1", 51234), 9999)
    assert not peers_macos.is_client_socket(ends, ("127.0.0.1", 8765), 51234)  # server's end
    mapped = peers_macos.socket_ends(_mac_socket(("::ffff:127.0.0.1", 40001), ("::1", 8765)))
    assert peers_macos.is_client_socket(mapped, ("127.0.0.1", 40001), 8765)


def test_macos_fd_list_and_bsdinfo_uid() -> None:
    class proc_fdinfo(ctypes.Structure):  # noqa: N801
        _fields_ = [("proc_fd", ctypes.c_int32), ("proc_fdtype", ctypes.c_uint32)]

    fds = (proc_fdinfo * 4)((0, 1), (3, 2), (4, 7), (9, 2))  # vnode, socket, kqueue, socket
    assert peers_macos.parse_fd_list(bytes(fds) + b"\x01\x02") == [3, 9]
    bsd = bytearray(peers_macos.BSDINFO_SIZE)
    # struct proc_bsdinfo: five uint32 (flags, status, xstatus, pid, ppid), then pbi_uid
    fields = (ctypes.c_uint32 * 6).from_buffer(bsd)
    fields[3], fields[5] = 4321, 501
    assert peers_macos.bsdinfo_uid(bytes(bsd)) == 501
    with pytest.raises(ValueError):
        peers_macos.bsdinfo_uid(bytes(bsd[:40]))


# --- the real OS calls, on their own systems ---------------------------------


@pytest.fixture
def connected() -> Iterator[tuple[tuple[str, int], tuple[str, int]]]:
    listener = socket.create_server(("127.0.0.1", 0))
    client = socket.create_connection(listener.getsockname())
    accepted, _ = listener.accept()
    try:
        yield client.getsockname(), listener.getsockname()
    finally:
        for s in (client, accepted, listener):
            s.close()


@pytest.mark.skipif(sys.platform != "win32", reason="GetExtendedTcpTable exists only on Windows")
def test_windows_finds_this_users_socket_for_real(connected) -> None:
    client, server = connected
    assert peers_windows.peer_is_this_user_windows(client, server)
    assert not peers_windows.peer_is_this_user_windows((client[0], 1), server)
    assert peer_is_this_user(client, server)


@pytest.mark.skipif(sys.platform != "darwin", reason="libproc exists only on macOS")
def test_macos_finds_this_users_socket_for_real(connected) -> None:
    client, server = connected
    assert peers_macos.peer_is_this_user_macos(client, server)
    assert not peers_macos.peer_is_this_user_macos((client[0], 1), server)
    assert peer_is_this_user(client, server)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/net/tcp is Linux's")
def test_linux_finds_this_users_socket_for_real(connected) -> None:
    client, server = connected
    assert peer_is_this_user(client, server)
    assert not peer_is_this_user((client[0], 1), server)
