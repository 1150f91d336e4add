"""The local HTTPS service: the pane's and the window's endpoints over the same core."""
