"""A writer killed mid-way, for the store and build crash tests: fork, count file operations, die at one."""

from __future__ import annotations

import os
from collections.abc import Callable

from analysis import store


def dies_at(kill_at: int, action: Callable[[], object], *, exchange: Callable | None = None) -> bool:
    """Run action() in a forked child that dies (os._exit) at its kill_at-th Parquet write, rename or
    exchange; return whether it died (False: the action finished before that many)."""
    pid = os.fork()
    if pid == 0:  # the child: count the writes and renames, die at one of them
        try:
            count = [0]

            def dying(fn):
                def wrapped(*a, **k):
                    count[0] += 1
                    if count[0] == kill_at:
                        os._exit(9)
                    return fn(*a, **k)
                return wrapped

            store._write_parquet = dying(store._write_parquet)
            store.os.replace = dying(os.replace)
            store.os.rename = dying(os.rename)
            store._exchange = dying(exchange or store._exchange)
            action()
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 9
