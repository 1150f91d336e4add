"""Signing: Ed25519 signatures, the signed org policy, and release checks."""
