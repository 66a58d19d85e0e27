"""Newslens analysis library: news articles to tables of entities, stances, memberships and coverage."""

__version__ = "0.1.0"
