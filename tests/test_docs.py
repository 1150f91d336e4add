"""The README and CI stay true to the code."""

from __future__ import annotations

import re
import subprocess
import sys

import click

from assistant.cli import cli
from deskmate_base.errors import exit_codes
from tests.conftest import REPO, run_cli

README = (REPO / "README.md").read_text(encoding="utf-8")


def _quickstart_commands() -> list[str]:
    section = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_gives_exactly_two_quickstart_commands() -> None:
    run, test = _quickstart_commands()
    assert "deskmate summarize samples/" in run
    assert (REPO / run.split("deskmate summarize ", 1)[1].strip()).is_file()
    assert "pytest" in test


def test_ci_runs_the_readme_test_command() -> None:
    test_command = _quickstart_commands()[1]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()
    assert '"$rc" -eq 5' in ci  # no tests collected is a failure


def test_readme_exit_code_table_matches_errors() -> None:
    table = dict(re.findall(r"^\| (\d+) \| (.+?) \|$", README, flags=re.M))
    assert sorted(int(c) for c in table) == sorted(exit_codes())


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        found.append((f"{prefix}{name}", command))
        if isinstance(command, click.Group):
            found += _commands(command, f"{prefix}{name} ")
    return found


def test_every_command_has_help_and_is_in_readme() -> None:
    for name, command in _commands(cli):
        assert command.help, f"'deskmate {name}' has no help text"
        assert f"deskmate {name}" in README, f"'deskmate {name}' is not in the README"


def test_help_and_version_do_not_import_heavy_modules() -> None:
    probe = (
        "import sys\n"
        "from assistant.cli import main\n"
        "try:\n    main([sys.argv[1]])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('llama_cpp', 'docx', 'openpyxl', 'sqlite_utils', 'numpy')"
        " if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    for flag in ("--help", "--version"):
        out = subprocess.run(
            [sys.executable, "-c", probe, flag], capture_output=True, text=True, cwd=REPO
        ).stdout
        assert "HEAVY []" in out, out


def test_version_and_help_respond() -> None:
    version = run_cli("--version")
    assert version.returncode == 0 and version.stdout.strip() == "deskmate, version 0.1.0"
    help_ = run_cli("--help")
    assert help_.returncode == 0 and "summarize" in help_.stdout and "models" in help_.stdout
