"""Long-running surfaces: the local service, watched folders, the tray and its window."""

from __future__ import annotations

from pathlib import Path

import click

from assistant.cli.base import (
    cli,
)
from assistant.desktop.window import TABS as WINDOW_TABS


@cli.command()
@click.option("--port", type=click.IntRange(1024, 65535), default=8765, show_default=True)
@click.option(
    "--cert",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="An existing certificate (PEM), e.g. from office-addin-dev-certs.",
)
@click.option(
    "--key",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="The private key for --cert.",
)
def serve(port: int, cert: Path | None, key: Path | None) -> None:
    """Run the local service for the Office add-in pane (HTTPS, 127.0.0.1 only).

    On first run it makes a local CA and a localhost certificate; trust the CA
    once with `deskmate addin trust-cert`.
    """
    from assistant.api.certs import trust_instructions
    from assistant.api.server import make_server, server_tls

    if (cert is None) != (key is None):
        raise click.UsageError("give both --cert and --key, or neither")
    tls = server_tls(cert, key)
    if tls.ca is not None:
        click.echo(f"Using the Deskmate CA {tls.ca}; trust it once with: "
                   f"{trust_instructions(tls.ca)}", err=True)  # fmt: skip
    click.echo(f"Deskmate is serving https://localhost:{port}/pane/ (Ctrl-C stops it)", err=True)
    _log_service_events()
    make_server(port, tls).run()


def _log_service_events() -> None:
    """The service's own one-line events (a client that left, a cancelled
    generation; never content) on stderr, beside uvicorn's warnings."""
    import logging

    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s deskmate: %(message)s"))
    log = logging.getLogger("deskmate.api")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False


@cli.command()
@click.option(
    "--folder",
    "folders",
    multiple=True,
    metavar="PATH=WORKFLOW",
    help="A folder to watch and its workflow (summarize, notes or label); repeatable. "
    "Default: the folders in your preferences (the tray's Settings tab), at first "
    "~/Deskmate/Summarize, ~/Deskmate/Notes and ~/Deskmate/Mail.",
)
@click.option("--once", is_flag=True, help="Process what is there now, then exit.")
@click.option(
    "--settle",
    type=click.FloatRange(0.1, 60),
    default=1.0,
    show_default=True,
    help="Seconds a file must stay unchanged before it counts as complete.",
)
@click.option(
    "--max-tokens",
    type=click.IntRange(16, 4096),
    default=256,
    show_default=True,
    help="Longest summary to generate, in tokens.",
)
def watch(folders: tuple[str, ...], once: bool, settle: float, max_tokens: int) -> None:
    """Watch folders: each file dropped in is summarized (or turned into notes)
    into the folder's Outbox, exactly once, even across a crash."""
    from assistant.watch.watcher import Watcher, parse_folder, watched_folders

    chosen = [parse_folder(f) for f in folders] or watched_folders()
    watcher = Watcher(chosen, settle_s=settle, max_tokens=max_tokens)
    if once:
        counts = watcher.run_once()
        click.echo(
            ", ".join(f"{n} {state}" for state, n in sorted(counts.items())) or "nothing to do"
        )
        return
    for folder in chosen:
        click.echo(f"Watching {folder.path} ({folder.workflow}) -> {folder.outbox}", err=True)
    try:
        watcher.run_forever()
    except KeyboardInterrupt:
        watcher.stopping.set()


@cli.command()
@click.option("--port", type=click.IntRange(1024, 65535), default=8765, show_default=True,
              help="Port of the local service the tray runs.")  # fmt: skip
@click.option("--no-watch", is_flag=True, help="Do not run the watched folders.")
def tray(port: int, no_watch: bool) -> None:
    """Run Deskmate in the system tray, with the local service and watched folders.

    One tray per user. Quit from its menu (or Ctrl-C) stops everything it started.
    """
    from assistant.desktop.tray import block_stop_signals

    block_stop_signals()  # before any thread starts (see its docstring)
    from assistant.desktop.instance import single_instance
    from assistant.desktop.services import Services
    from assistant.desktop.tray import Tray, tray_backend_problem
    from assistant.guard.policy import load_policy
    from assistant.watch.watcher import desktop_notification
    from deskmate_base.errors import DesktopError

    problem = tray_backend_problem()
    if problem:
        raise DesktopError(f"cannot show a tray icon: {problem}; use 'deskmate serve' and "
                           f"'deskmate watch' instead")  # fmt: skip
    with single_instance():
        notice = load_policy().untrusted
        services = Services(port=port, watch=not no_watch, notify=desktop_notification)
        click.echo(f"Deskmate is in the tray; its service is on {services.url}/app/", err=True)
        Tray(services, notice=notice).run()


@cli.command("open")
@click.option("--port", type=click.IntRange(1024, 65535), default=8765, show_default=True,
              help="Port of the running Deskmate service.")  # fmt: skip
@click.option("--tab", type=click.Choice(WINDOW_TABS),
              default="history", show_default=True, help="The tab to show first.")  # fmt: skip
def open_window(port: int, tab: str) -> None:
    """Open the Deskmate window (history, metrics, settings) of a running tray or serve."""
    from assistant.desktop.tray import unblocked_signals

    unblocked_signals()  # the tray starts windows with its signals blocked
    from assistant.desktop.window import open_window as show

    show(port=port, tab=tab)
