"""PLACEHOLDER until the coverage work lands: per-event, per-outlet comparisons."""

from analysis import tables


def coverage(tabs, kb):
    """Return the coverage tables (empty for now) and the articles table unchanged."""
    out = {name: tables.empty(name) for name in tables.COVERAGE_TABLES}
    out["articles"] = tabs["articles"]
    return out
