"""PLACEHOLDER until the alliances work lands: stance claims from a Doc."""


def relations(doc, kb):
    """Yield relations-table records (none yet)."""
    return iter(())
