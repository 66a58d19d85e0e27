"""Extractors: each turns a spaCy Doc into plain records (dicts) without changing the Doc."""
