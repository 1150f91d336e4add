"""Builds of the models Deskmate ships: seeded, so two builds give the same file."""
