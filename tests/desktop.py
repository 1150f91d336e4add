"""A real X display for desktop tests: Xvfb with a system-tray host (trayer).

Skips, saying why, where the Debian packages are missing; CI installs them
(.ci/run), so there the tests run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

NEEDED = ("Xvfb", "trayer", "xdotool", "import")


def missing_tools() -> list[str]:
    return [tool for tool in NEEDED if shutil.which(tool) is None]


@contextmanager
def xvfb_display(tray_host: bool = True) -> Iterator[str]:
    """A fresh X display (``:N``), with a tray host docked top right unless
    tray_host is False (then start_tray_host starts one later)."""
    missing = missing_tools()
    if missing:
        pytest.skip(f"no X display for desktop tests: install {', '.join(missing)} "
                    f"(Debian: xvfb trayer xdotool imagemagick; .ci/run does)")  # fmt: skip
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as fh:
        number = fh.readline().strip()
    if not number:
        xvfb.kill()
        pytest.skip("Xvfb did not start a display")
    display = f":{number}"
    try:
        if tray_host:
            with start_tray_host(display):
                yield display
        else:
            yield display
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


@contextmanager
def start_tray_host(display: str) -> Iterator[None]:
    """trayer on display, owning the tray selection, until the block ends."""
    env = {**os.environ, "DISPLAY": display}
    trayer = None
    for _ in range(3):  # trayer now and then never takes the tray selection: start it again
        trayer = subprocess.Popen(
            ["trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel",
             "--width", "200", "--height", "40"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and not _tray_host_ready(display):
            time.sleep(0.2)
        if _tray_host_ready(display):
            break
        trayer.terminate()
        trayer.wait(timeout=10)
    else:
        raise AssertionError(f"trayer never became the tray host on {display}")
    time.sleep(0.5)
    try:
        yield
    finally:
        trayer.terminate()
        trayer.wait(timeout=10)


def _tray_host_ready(display: str) -> bool:
    """trayer owns the system-tray selection, so icons can dock."""
    import Xlib.display

    connection = Xlib.display.Display(display)
    try:
        atom = connection.intern_atom("_NET_SYSTEM_TRAY_S0")
        return connection.get_selection_owner(atom) != 0
    finally:
        connection.close()


def screenshot(display: str, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["import", "-display", display, "-window", "root", str(out)], check=True,
                   timeout=30)  # fmt: skip
    return out


def window_geometry(display: str, name: str) -> tuple[int, int, int, int] | None:
    """x, y, width, height of the largest mapped window with this name, or None."""
    env = {**os.environ, "DISPLAY": display}
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name], env=env,
                           capture_output=True, text=True, timeout=10).stdout.split()  # fmt: skip
    best = None
    for window in found:
        info = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window], env=env,
                              capture_output=True, text=True, timeout=10).stdout  # fmt: skip
        values = dict(line.split("=", 1) for line in info.split() if "=" in line)
        box = int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"])
        if best is None or box[2] * box[3] > best[2] * best[3]:
            best = box
    return best


def click(display: str, x: int, y: int, button: int = 1) -> None:
    env = {**os.environ, "DISPLAY": display}
    subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", str(button)], env=env,
                   check=True, timeout=10)  # fmt: skip


def visible_windows(display: str) -> dict[str, tuple[int, int, int, int]]:
    """Every mapped window: id -> (x, y, width, height)."""
    env = {**os.environ, "DISPLAY": display}
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", ""], env=env,
                           capture_output=True, text=True, timeout=10).stdout.split()  # fmt: skip
    boxes = {}
    for window in found:
        info = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window], env=env,
                              capture_output=True, text=True, timeout=10).stdout  # fmt: skip
        values = dict(line.split("=", 1) for line in info.split() if "=" in line)
        if "X" in values:
            boxes[window] = (int(values["X"]), int(values["Y"]), int(values["WIDTH"]),
                             int(values["HEIGHT"]))  # fmt: skip
    return boxes


def icon_extent(shot: Path, box: tuple[int, int, int, int]) -> tuple[int, int]:
    """Width and height of the teal icon drawn inside box on a screenshot."""
    from PIL import Image

    x, y, w, h = box
    with Image.open(shot) as image:
        part = image.convert("RGB").crop((x, y, x + w, y + h))
    teal = [(i, j) for i in range(part.width) for j in range(part.height)
            if (lambda r, g, b: g > r + 40 and b > r + 40)(*part.getpixel((i, j)))]  # fmt: skip
    if not teal:
        return 0, 0
    xs, ys = [p[0] for p in teal], [p[1] for p in teal]
    return max(xs) - min(xs) + 1, max(ys) - min(ys) + 1


def evaluate(cdp_port: int, url_part: str, expression: str) -> Any:
    """Evaluate JavaScript in the embedded browser's page whose URL has url_part,
    through the Chrome DevTools protocol (QtWebEngine's remote debugging)."""
    import asyncio

    import websockets

    with urllib.request.urlopen(f"http://127.0.0.1:{cdp_port}/json/list", timeout=5) as r:
        targets = json.load(r)
    page = next(t for t in targets if t.get("type") == "page" and url_part in t.get("url", ""))

    async def run() -> Any:
        async with websockets.connect(page["webSocketDebuggerUrl"], max_size=None) as ws:
            await ws.send(json.dumps({"id": 1, "method": "Runtime.evaluate",
                                      "params": {"expression": expression,
                                                 "returnByValue": True}}))  # fmt: skip
            while True:
                answer = json.loads(await ws.recv())
                if answer.get("id") == 1:
                    return answer["result"]["result"].get("value")

    return asyncio.run(run())


def descendants(pid: int) -> set[int]:
    """Every process below pid (Linux /proc)."""
    found: set[int] = set()
    stack = [pid]
    while stack:
        current = stack.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                if child not in found:
                    found.add(child)
                    stack.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"
