"""What pystray's plain-X11 backend (``_xorg``) lacks, patched in from outside.

- Its window does not ask for button events, so the left click (Open Deskmate)
  never arrives: ask for them.
- Its icon is stretched to the dock's slot (24x38 in a 40 px panel): keep it square.
- It asks the tray host to dock the icon once, when it starts. Where no panel
  runs yet (Deskmate started at login before the desktop's panel), or the host
  drops that one request, the icon never appears. So a thread checks every few
  seconds whether the icon sits in a tray, and asks again while it does not;
  this also brings the icon back after the panel restarts.
"""

from __future__ import annotations

import threading
from typing import Any

DOCK_CHECK_S = 2.0  # how often an undocked icon asks the tray host again


def fix_x11_icon(icon: Any, stopped: threading.Event) -> None:
    """Apply the fixes to a pystray icon of the ``_xorg`` backend (any other
    backend is left alone). Call it before the icon's loop starts, from the
    thread that made the icon."""
    window = getattr(icon, "_window", None)
    if window is None or not type(icon).__module__.endswith("_xorg"):
        return
    import types

    import Xlib.X

    icon._assert_icon_data = types.MethodType(_square_icon_data, icon)
    window.change_attributes(
        event_mask=Xlib.X.ExposureMask | Xlib.X.StructureNotifyMask | Xlib.X.ButtonPressMask
    )
    icon._display.flush()
    threading.Thread(
        target=_keep_docked, args=(icon, window.id, stopped), name="deskmate-dock", daemon=True
    ).start()


def _keep_docked(icon: Any, window_id: int, stopped: threading.Event) -> None:
    """Ask the tray host to dock the icon again while it is not docked."""
    import Xlib.display
    import Xlib.error
    import Xlib.X

    try:
        connection = Xlib.display.Display()  # our own: Xlib connections are per thread
    except Exception:
        return  # no display: the icon's own loop reports that
    try:
        while not stopped.wait(DOCK_CHECK_S):
            try:
                docked = is_docked(connection, window_id)
            except Xlib.error.XError:
                return  # the icon's window is gone: the tray is quitting
            if docked or stopped.is_set() or not getattr(icon, "visible", False):
                continue
            if connection.get_selection_owner(icon._net_system_tray_sx) == Xlib.X.NONE:
                continue  # no tray host (yet): nobody to ask
            # pystray runs _show in the icon's own thread; it sends the dock
            # request to whoever owns the tray selection now.
            icon._show()
    except Exception:
        return  # never take the tray down over the icon's placement
    finally:
        connection.close()


def is_docked(connection: Any, window_id: int) -> bool:
    """The window has been taken into a tray: a tray host reparents the icons it
    embeds, and pystray never maps its window itself."""
    window = connection.create_resource_object("window", window_id)
    tree = window.query_tree()
    return bool(tree.parent) and tree.parent.id != tree.root.id


def _square_icon_data(icon: Any, width: int, height: int) -> None:
    """pystray's _xorg ``_assert_icon_data``, fitting the icon without stretching it."""
    from PIL import Image

    data = icon._icon_data
    if data is not None and data.size == (width, height):
        return
    side = max(1, min(width, height))
    picture = icon._icon.convert("RGBA").resize((side, side), Image.Resampling.LANCZOS)
    data = Image.new("RGB", (width, height))
    data.paste(picture, ((width - side) // 2, (height - side) // 2), picture)
    setattr(data, "tostring", data.tobytes)  # noqa: B010  what pystray calls
    icon._icon_data = data
