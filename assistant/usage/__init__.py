"""Usage: the content-free usage log, its migrations, the time-saved estimate,
metrics, exports and the window's history.
"""
