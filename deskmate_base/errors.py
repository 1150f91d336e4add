"""User-facing errors and their exit codes.

Every error a user can cause or fix is a ``DeskmateError``. The CLI prints
``deskmate: error: <message>`` on one line and exits with the class's code;
other surfaces (API, tray) show the same message. Lower-level exceptions are
converted at the boundary with ``raise ... from exc`` and never leak.

    DeskmateError (1)
    ├── InputError
    │   ├── FileMissingError (3)
    │   ├── UnsupportedFileError (4)    directory, unknown extension
    │   ├── CorruptFileError (5)        unreadable, truncated, zip bomb, binary garbage
    │   ├── EncryptedFileError (6)      password-protected OOXML
    │   ├── EmptyFileError (7)          zero bytes or no text
    │   ├── FileTooLargeError (8)
    │   └── OutputExistsError (9)       refusing to overwrite
    ├── ModelError (10)                 model missing or failed to run
    │   └── ChecksumMismatchError (11)
    ├── CatalogError (12)               bad catalog entry or name
    ├── PolicyError (13)                policy file missing, malformed or invalid
    ├── KeyringError (14)               no OS keyring to store a key in
    ├── CloudError (15)                 cloud endpoint unreachable, slow or failing
    │   └── CloudAuthError (16)         the endpoint rejected the key
    ├── BlockedError (17)               policy forbids processing this content
    ├── DesktopError (18)               no display or toolkit, or a tray already running
    │   └── ServiceNotRunningError (25) 'deskmate open' found no running service
    ├── UnknownMessageError (19)        a message id Deskmate has not labelled
    ├── TrainingDataError (20)          too few or too narrow examples to train on
    ├── PreferencesError (21)           the user's preferences.json is unreadable
    ├── FolderSpecError (22)            a watched-folder spec is not PATH=WORKFLOW
    ├── SigningKeyError (23)            a missing, unusable or existing signing key
    ├── ReleaseCheckError (24)          a release folder fails its checksums or signatures
    └── Cancelled (130)                 stopped by the user or a closed connection

Exit code 2 is reserved for command-line usage errors (bad options), and 130
for Ctrl-C. Keep README.md's table in step with this one.
"""

from __future__ import annotations

import unicodedata


def printable(text: str) -> str:
    """``text`` with control and invisible formatting characters escaped
    (``\\x1b``, ``\\u202e``), so a hostile file name cannot move the cursor,
    clear the terminal, hide text or reorder it where an error is shown."""
    out = []
    for char in text:
        if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp"):
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


class DeskmateError(Exception):
    """Base class: a message for the user, saying what went wrong and how to fix it.
    The message is made printable (control characters escaped) once, here, so
    every surface shows the same safe line."""

    exit_code = 1
    kind = "error"

    def __init__(self, message: str) -> None:
        message = printable(message)
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(DeskmateError):
    kind = "input"


class FileMissingError(InputError):
    exit_code = 3
    kind = "file_missing"


class UnsupportedFileError(InputError):
    exit_code = 4
    kind = "unsupported_file"


class CorruptFileError(InputError):
    exit_code = 5
    kind = "corrupt_file"


class EncryptedFileError(InputError):
    exit_code = 6
    kind = "encrypted_file"


class EmptyFileError(InputError):
    exit_code = 7
    kind = "empty_file"


class FileTooLargeError(InputError):
    exit_code = 8
    kind = "file_too_large"


class OutputExistsError(InputError):
    exit_code = 9
    kind = "output_exists"


class ModelError(DeskmateError):
    exit_code = 10
    kind = "model"


class ChecksumMismatchError(ModelError):
    exit_code = 11
    kind = "checksum_mismatch"


class CatalogError(DeskmateError):
    exit_code = 12
    kind = "catalog"


class PolicyError(DeskmateError):
    exit_code = 13
    kind = "policy"


class KeyringError(DeskmateError):
    exit_code = 14
    kind = "keyring"


class CloudError(DeskmateError):
    exit_code = 15
    kind = "cloud"


class CloudAuthError(CloudError):
    exit_code = 16
    kind = "cloud_auth"


class BlockedError(DeskmateError):
    exit_code = 17
    kind = "blocked"


class DesktopError(DeskmateError):
    """The tray or window cannot run here: no display, no toolkit, already running."""

    exit_code = 18
    kind = "desktop"


class ServiceNotRunningError(DesktopError):
    """``deskmate open`` found no Deskmate service on the port."""

    exit_code = 25
    kind = "service_not_running"


class UnknownMessageError(DeskmateError):
    """A correction names a message id that Deskmate never labelled."""

    exit_code = 19
    kind = "unknown_message"


class TrainingDataError(DeskmateError):
    """Too few examples, or too few labels, to train the label classifier."""

    exit_code = 20
    kind = "training_data"


class PreferencesError(DeskmateError):
    """The user's desktop preferences (preferences.json) cannot be read."""

    exit_code = 21
    kind = "preferences"


class FolderSpecError(DeskmateError):
    """A watched-folder spec is not PATH=WORKFLOW."""

    exit_code = 22
    kind = "folder_spec"


class SigningKeyError(DeskmateError):
    """A signing or verifying key is missing, unusable, or would be overwritten."""

    exit_code = 23
    kind = "signing_key"


class ReleaseCheckError(DeskmateError):
    """A release folder does not match its SHA256SUMS or signatures."""

    exit_code = 24
    kind = "release_check"


class Cancelled(DeskmateError):
    """The user (or a disconnected client) stopped the request."""

    exit_code = 130
    kind = "cancelled"


USAGE_EXIT_CODE = 2
INTERRUPTED_EXIT_CODE = 130


def exit_codes() -> dict[int, str]:
    """Exit code -> error class name, for documentation and tests."""
    codes: dict[int, str] = {0: "success", USAGE_EXIT_CODE: "usage"}
    stack: list[type[DeskmateError]] = [DeskmateError]
    while stack:
        cls = stack.pop()
        codes.setdefault(cls.exit_code, cls.__name__)
        stack.extend(cls.__subclasses__())
    codes[INTERRUPTED_EXIT_CODE] = "interrupted"
    return codes
