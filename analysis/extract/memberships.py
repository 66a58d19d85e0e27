"""PLACEHOLDER until the memberships work lands: membership claims from a Doc."""


def memberships(doc, kb):
    """Yield memberships-table records (none yet)."""
    return iter(())
