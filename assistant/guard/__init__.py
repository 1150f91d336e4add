"""The guard: is this content sensitive, and where may it run?

detection (``sensitivity``), the org policy, the router's decision, redaction,
endpoint keys, and ``check``, which ties them together for the core.
"""
