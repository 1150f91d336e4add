"""Outputs: atomic writes of summaries, notes and reports, and summaries inserted into copies."""
