"""The batch runner: read each source, extract its claims, hand both to the store.

Reading and extraction are pure and may run in worker processes (``jobs``); storing always
happens here in the parent, one source at a time and in input order, so the database sees
one writer and every run of the same batch stores the same things in the same order. One
bad source never stops a batch: its failure is recorded with its reason and the batch goes on.
"""

from __future__ import annotations

import multiprocessing
import os
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import dataclass
from typing import Literal, Protocol

from factcheck.documents import SourceDocument
from factcheck.errors import FactcheckError
from factcheck.extract import Claim, iter_claims
from factcheck.ingest.sources import (
    STDIN,
    STDIN_LOCATION,
    ReadOptions,
    expand_locations,
    location_of,
    read_source,
)

OutcomeStatus = Literal["new", "updated", "unchanged"]


class Outcome(Protocol):
    """What storing one source did; the store's ``SaveOutcome`` has this shape."""

    @property
    def status(self) -> OutcomeStatus: ...

    @property
    def claims_added(self) -> int: ...


Store = Callable[[SourceDocument, Iterable[Claim]], Outcome]
"""Stores one source and its claims in one transaction (all or nothing). The claims may be
a generator still extracting (``iter_claims``): an error it raises is that source's
failure, and the store must let it pass so that the transaction is rolled back."""

Extractor = Callable[..., Iterable[Claim]]
"""``iter_claims(text, *, document=name)``; a module-level function when ``jobs > 1``."""

STREAM_ABOVE = 1_000_000
"""Sources longer than this (characters) are extracted in the parent as they are stored,
even with ``jobs``: a worker would have to send all their claims back at once."""

Progress = Callable[[int, int, str], None]
"""Called after each source with (sources done, sources in the batch, its location)."""

StoredHash = Callable[[str], str | None]
"""The content hash stored for a location, or None: a source whose text has that hash is
``unchanged``, and its claims are not extracted again."""


@dataclass(frozen=True, slots=True)
class Failure:
    """A source that was not stored, and why (one line, fit for a terminal)."""

    location: str
    reason: str

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Summary:
    """The account of one batch: every location given is counted in exactly one place."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    claims_added: int = 0
    skipped: int = 0
    failures: tuple[Failure, ...] = ()
    elapsed: float = 0.0

    @property
    def sources(self) -> int:
        """Sources stored or recognised as already stored."""
        return self.new + self.updated + self.unchanged

    @property
    def failed(self) -> int:
        return len(self.failures)

    def line(self) -> str:
        """The one-line summary ``factcheck ingest`` ends with."""
        return (
            f"{self.sources} {_plural(self.sources, 'source')} "
            f"({self.new} new, {self.updated} updated, {self.unchanged} unchanged), "
            f"{self.claims_added} {_plural(self.claims_added, 'claim')} added, "
            f"{self.skipped} skipped, {self.failed} failed in {self.elapsed:.1f} s"
        )


@dataclass(frozen=True, slots=True)
class _Extracted:
    document: SourceDocument
    claims: Iterable[Claim] | None  # None: the stored text is the same, nothing to extract
    extract_here: bool = False  # a big source a worker read: extract it while storing


class _ExtractionFailed(Exception):
    """The extractor failed while the store was taking its claims."""

    def __init__(self, cause: Exception) -> None:
        super().__init__(str(cause))
        self.cause = cause


def ingest(
    locations: Sequence[str],
    store: Store,
    *,
    jobs: int = 1,
    options: ReadOptions | None = None,
    extractor: Extractor = iter_claims,
    progress: Progress | None = None,
    stored_hash: StoredHash | None = None,
) -> Summary:
    """Ingest every location (files, directories, URLs, ``-``) and return the account.

    With ``stored_hash``, a source read with the text already stored at its location is
    counted unchanged without extracting its claims (re-ingesting a folder, or a live blog
    that has not moved, costs a read). Never raises for a bad source or a store error;
    ``KeyboardInterrupt`` still ends it.
    """
    started = time.perf_counter()
    options = options or ReadOptions()
    expanded = expand_locations(list(locations))
    items = list(expanded.locations)
    counts = {"new": 0, "updated": 0, "unchanged": 0}
    claims_added = 0
    failures = [Failure(where, reason) for where, reason in expanded.unreadable]

    results = _read_all(items, options, extractor, jobs, stored_hash)  # one per item, in order
    with closing(results):  # an interruption while storing still stops the workers
        for done, (item, result) in enumerate(zip(items, results, strict=True), start=1):
            if isinstance(result, Failure):
                failures.append(result)
            elif result.claims is None and not result.extract_here:
                counts["unchanged"] += 1
            else:
                claims = _claims_of(result.document, extractor) if result.extract_here \
                    else result.claims
                assert claims is not None
                try:
                    outcome = store(result.document, claims)
                except _ExtractionFailed as failed:
                    failures.append(_failure(_display(item), failed.cause, "unexpected error"))
                except Exception as exc:  # one source's store error must not end the batch
                    failures.append(_failure(_display(item), exc, "could not store it"))
                else:
                    counts[outcome.status] += 1
                    claims_added += outcome.claims_added
            if progress is not None:
                progress(done, len(items), _display(item))

    return Summary(
        new=counts["new"], updated=counts["updated"], unchanged=counts["unchanged"],
        claims_added=claims_added, skipped=len(expanded.skipped), failures=tuple(failures),
        elapsed=time.perf_counter() - started,
    )


def read_and_extract(item: str | SourceDocument, options: ReadOptions,
                     extractor: Extractor, stored: str | None = None, *,
                     lazy: bool = False) -> _Extracted | Failure:
    """Read one location (or take an already read document) and extract its claims, unless
    its text hashes to ``stored``, the hash of what is stored there.

    ``lazy`` (in the parent): the claims are a generator that extracts as the store takes
    them. Otherwise (in a worker) they are a list, except for a source over
    ``STREAM_ABOVE``, which is sent back to be extracted in the parent. Returns its
    failure instead of raising: exceptions and tracebacks do not always survive the trip
    back from a worker.
    """
    location = item.location if isinstance(item, SourceDocument) else _display(item)
    try:
        document = item if isinstance(item, SourceDocument) else read_source(item, options)
        if stored is not None and document.content_hash == stored:
            return _Extracted(document, None)
        if lazy:
            return _Extracted(document, _claims_of(document, extractor))
        if len(document.text) > STREAM_ABOVE:
            return _Extracted(document, None, extract_here=True)
        claims = list(extractor(document.text, document=document.name))
    except Exception as exc:  # anything a source does to us is that source's failure
        return _failure(location, exc, "unexpected error")
    return _Extracted(document, claims)


def _claims_of(document: SourceDocument, extractor: Extractor) -> Iterator[Claim]:
    """The claims, extracted as they are taken; an extractor error is marked as such, so
    that it is not mistaken for the store's."""
    try:
        yield from extractor(document.text, document=document.name)
    except Exception as exc:
        raise _ExtractionFailed(exc) from exc


def _read_all(items: list[str], options: ReadOptions, extractor: Extractor, jobs: int,
              stored_hash: StoredHash | None) -> Generator[_Extracted | Failure, None, None]:
    """Results in input order. Standard input is read here: a worker cannot read our stdin."""
    prepared: list[_Entry] = []
    for item in items:
        if item == STDIN:
            try:
                document = read_source(STDIN, options)
            except Exception as exc:
                prepared.append(_failure(STDIN_LOCATION, exc, "unexpected error"))
            else:
                prepared.append((document, _lookup(stored_hash, document.location)))
        else:
            prepared.append((item, _lookup(stored_hash, location_of(item))))
    workers = min(jobs, len(items))
    if workers <= 1:
        for entry in prepared:
            yield entry if isinstance(entry, Failure) else read_and_extract(
                entry[0], options, extractor, entry[1], lazy=True)
    else:
        yield from _read_in_processes(prepared, options, extractor, workers)


def _lookup(stored_hash: StoredHash | None, location: str | None) -> str | None:
    """What is stored at ``location``; a failed look-up only costs the skip, not the source."""
    if stored_hash is None or location is None:
        return None
    try:
        return stored_hash(location)
    except Exception:
        return None


_Entry = tuple[str | SourceDocument, str | None] | Failure
"""A source to read (a location, or standard input already read) with the content hash
stored for it, or the failure that reading standard input already met."""


def _pool(workers: int) -> ProcessPoolExecutor:
    # forkserver, not fork: the parent may run threads (the progress bar), and forking a
    # threaded process can deadlock the child on a lock some thread held.
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method),
                               initializer=_worker_setup, initargs=(os.getpid(),))


def _worker_setup(parent: int) -> None:
    """Runs first in each worker. Ctrl-C reaches the whole terminal's process group: the
    parent handles it (and stops its workers), so a worker ignores it rather than print a
    traceback. And a worker must not outlive the ingest that started it (kill -9 of the
    parent): its parent process is the forkserver, so the prctl death signal does not fit;
    a thread watches the ingest's own process and ends the worker when it is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(parent,), name="parent-watch",
                     daemon=True).start()


def _exit_with(parent: int) -> None:
    try:
        handle = os.pidfd_open(parent)  # Linux 5.3+: readable once the process has ended
    except (AttributeError, OSError):
        while _alive(parent):
            time.sleep(1.0)
    else:
        select.select([handle], [], [])
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _read_in_processes(prepared: Iterable[_Entry], options: ReadOptions,
                       extractor: Extractor, workers: int
                       ) -> Generator[_Extracted | Failure, None, None]:
    """Keep at most two sources per worker in flight, so memory stays bounded on big batches.

    If a worker dies (killed for memory, a crash in a C extension), the pool breaks: every
    source in flight fails with it, and so does any later ``submit``. The pool is then
    replaced; the source at the head of the queue is retried alone in a process of its
    own and the others are sent again, so only the source that really kills its worker is
    reported as failed, however the death and the submits happen to interleave.
    """
    entries = iter(prepared)
    window = workers * 2
    pending: deque[tuple[_Entry, Future[_Extracted | Failure] | None]]
    pending = deque()
    pool = _pool(workers)
    finished = False

    def send(entry: _Entry) -> Future[_Extracted | Failure] | None:
        if isinstance(entry, Failure):
            return None
        try:
            return pool.submit(read_and_extract, entry[0], options, extractor, entry[1])
        except BrokenProcessPool as exc:  # a worker died since the last result was taken
            broken: Future[_Extracted | Failure] = Future()
            broken.set_exception(exc)
            return broken

    def submit(entry: _Entry) -> None:
        pending.append((entry, send(entry)))

    try:
        for entry in entries:
            submit(entry)
            if len(pending) >= window:
                break
        while pending:
            entry, future = pending.popleft()
            if future is None:
                assert isinstance(entry, Failure)
                yield entry
            else:
                assert not isinstance(entry, Failure)
                try:
                    result = future.result()
                except BrokenProcessPool:
                    _close(pool)
                    result = _alone(entry, options, extractor)
                    pool = _pool(workers)
                    waiting = list(pending)
                    pending.clear()
                    pending.extend(
                        (other, done if _succeeded(done) else send(other))
                        for other, done in waiting
                    )
                yield result
            for entry in entries:
                submit(entry)
                break
        finished = True
    finally:  # interrupted (Ctrl-C, SIGTERM, the consumer gone): stop the workers now
        if finished:
            _close(pool)
        else:
            _stop(pool)

def _succeeded(future: Future[_Extracted | Failure] | None) -> bool:
    """A result that came back before the pool broke, worth keeping."""
    return future is not None and future.done() and not future.cancelled() \
        and future.exception() is None


def _close(pool: ProcessPoolExecutor) -> None:
    pool.shutdown(wait=True, cancel_futures=True)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut the pool down without waiting for the sources in flight: their workers are
    terminated (``terminate_workers`` from Python 3.14; before it, the pool's own list)."""
    terminate = getattr(pool, "terminate_workers", None)
    if terminate is not None:
        terminate()
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(5)


def _alone(entry: tuple[str | SourceDocument, str | None], options: ReadOptions,
           extractor: Extractor) -> _Extracted | Failure:
    """Retry one source in a process of its own; if that dies too, the source is the cause."""
    item, stored = entry
    with _pool(1) as pool:
        try:
            return pool.submit(read_and_extract, item, options, extractor, stored).result()
        except BrokenProcessPool:
            location = item.location if isinstance(item, SourceDocument) else _display(item)
            return Failure(location, "the worker process reading it died (out of memory?)")


def _display(location: str) -> str:
    return STDIN_LOCATION if location == STDIN else location


def _failure(location: str, exc: BaseException, context: str) -> Failure:
    """A one-line reason; the location prefix of our own error messages is not repeated."""
    if isinstance(exc, FactcheckError):
        reason = str(exc)
        reason = reason.removeprefix(f"{location}: ")
    else:
        first = (str(exc).strip().splitlines() or [""])[0]
        reason = f"{context}: {type(exc).__name__}" + (f": {first}" if first else "")
    return Failure(location, " ".join(reason.split()) or context)


def _plural(count: int, word: str) -> str:
    return word if count == 1 else word + "s"
