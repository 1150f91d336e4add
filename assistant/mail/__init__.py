"""Email triage: categories for messages (the taxonomy), rules, the trained classifier,
the model fallback, and the store of corrections.

"Label" in this package means an email category from the taxonomy, never a
Purview sensitivity label (those are ``connectors.mip_labels``).
"""
