"""The base every Deskmate package may import: the version, user-facing errors and paths.

``assistant``, ``local_models`` and ``connectors`` all import from here, and this
package imports none of them, so the layers below ``assistant`` never reach into it.
"""

__version__ = "0.1.0"
