"""API keys for cloud endpoints: in the OS keyring, or from the environment for CI.

Keys are stored under the service name ``deskmate`` with the endpoint's name as
the user name. ``DESKMATE_KEY_<NAME>`` (upper case, ``-`` as ``_``) supplies a key
where there is no keyring, as in CI. A key is never written to a file, a log or
an error message.
"""

from __future__ import annotations

import os
import re

from deskmate_base.errors import KeyringError

SERVICE = "deskmate"


def env_name(endpoint: str) -> str:
    return "DESKMATE_KEY_" + re.sub(r"[^A-Z0-9]", "_", endpoint.upper())


def _keyring_get(endpoint: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError as BackendError

    try:
        return keyring.get_password(SERVICE, endpoint)
    except BackendError:
        return None


def get_key(endpoint: str) -> str | None:
    """The endpoint's key from the keyring, else the environment; None if neither."""
    return _keyring_get(endpoint) or os.environ.get(env_name(endpoint)) or None


def key_source(endpoint: str) -> str:
    if _keyring_get(endpoint):
        return "keyring"
    if os.environ.get(env_name(endpoint)):
        return "environment"
    return "missing"


def set_key(endpoint: str, secret: str) -> None:
    import keyring
    from keyring.errors import KeyringError as BackendError

    if not secret.strip():
        raise KeyringError("the key is empty; paste the key and press Enter")
    try:
        keyring.set_password(SERVICE, endpoint, secret.strip())
    except BackendError as exc:
        raise KeyringError(
            f"no usable OS keyring ({type(exc).__name__}); unlock or install one "
            f"(Windows Credential Manager, macOS Keychain, Secret Service), or set "
            f"{env_name(endpoint)} in the environment"
        ) from None


def delete_key(endpoint: str) -> bool:
    import keyring
    from keyring.errors import KeyringError as BackendError
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, endpoint)
    except PasswordDeleteError:
        return False
    except BackendError as exc:
        raise KeyringError(f"no usable OS keyring ({type(exc).__name__})") from None
    return True
