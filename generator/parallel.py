"""Rendering on every core: an emitter returns each file as its text or as a thunk that renders it,
and :func:`realize` runs the thunks, half of them in a forked copy of this process when that pays.

A fork shares everything already built (the IR, the plan, the views, the compiled templates)
without pickling any of it; only the rendered texts come back, through a pipe. It is used on Linux
only (where fork is cheap), with two or more cores and enough thunks, in a process with no other
thread (where fork is safe). The child renders every other thunk; if any of them fails, the parent
renders that one itself, so the error (a template's file and line) is raised here exactly as
without a fork. The same rule decides whether the pipeline's language workers and a background
cache write (:func:`in_background`) fork.
"""

from __future__ import annotations

import atexit
import os
import pickle
import sys
import threading
from typing import Callable, Mapping, Union

Rendered = Union[str, Callable[[], str]]
FORK_FROM = 64  # fewer thunks than this are rendered here (a fork and its copy-on-write cost ~10-30 ms)


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether work can go to forked processes: Linux, two cores or more, not inside a worker, and
    no other thread (a fork copies only this one: a lock another thread holds would stay locked)."""
    return sys.platform == "linux" and cores() >= 2 and not _IN_WORKER and threading.active_count() == 1


_IN_WORKER = False


def in_worker() -> None:
    """Marks this process as a worker (already one of several): it renders on its own core only."""
    global _IN_WORKER
    _IN_WORKER = True


def in_background(work: Callable[[], None]) -> None:
    """Runs ``work`` (which must write only to its own files, e.g. a cache entry, and may fail
    silently) in a forked child when forking pays, else here and now. Children that ended are
    reaped at the next call; the process waits for the others when it exits."""
    for pid in list(_BACKGROUND):
        if _reap(pid, os.WNOHANG):
            _BACKGROUND.remove(pid)
    if not can_fork():
        work()
        return
    if not _BACKGROUND:
        atexit.register(wait_background)
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            work()
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    _BACKGROUND.append(pid)


_BACKGROUND: list[int] = []


def _reap(pid: int, flags: int = 0) -> bool:
    try:
        return os.waitpid(pid, flags)[0] != 0
    except ChildProcessError:
        return True


def wait_background() -> None:
    """Waits for every child :func:`in_background` started."""
    while _BACKGROUND:
        _reap(_BACKGROUND.pop())


def realize(files: Mapping[str, Rendered]) -> dict[str, str]:
    """Every file's text: thunks rendered, on two processes when it pays."""
    thunks = [(path, f) for path, f in files.items() if not isinstance(f, str)]
    out = {path: f for path, f in files.items() if isinstance(f, str)}
    if len(thunks) < FORK_FROM or not can_fork():
        out.update((path, f()) for path, f in thunks)
        return out
    theirs, mine = thunks[1::2], thunks[0::2]
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: render its half, send the texts (or the index of the first failure), leave
        os.close(read_end)
        code = 0
        try:
            done: list[str] = []
            failed = -1
            for i, (_, f) in enumerate(theirs):
                try:
                    done.append(f())
                except BaseException:
                    failed = i
                    break
            data = pickle.dumps((failed, done), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    try:
        out.update((path, f()) for path, f in mine)
    finally:
        with os.fdopen(read_end, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
    if status != 0 or not data:
        out.update((path, f()) for path, f in theirs)  # the child died: render its half here
        return out
    failed, done = pickle.loads(data)
    out.update((path, text) for (path, _), text in zip(theirs, done, strict=False))  # done stops at a failure
    if failed >= 0:
        out.update((path, f()) for path, f in theirs[failed:])  # raises the child's error here, with its traceback
    return out
