"""Runs extraction in several worker processes, each loading the spaCy model once, and returns results in order."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Hashable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from itertools import islice

from extract.model import Article, Extraction

# Workers take small chunks so that neither one sits idle at the end of an import waiting for the other's
# last batch; spaCy's small model runs as fast on batches of 8 as of 32.
CHUNK_SIZE = 8
# Chunks queued per worker: enough that a worker never waits for the writer.
CHUNKS_AHEAD = 3
# Finished chunks waiting behind a slow one, at most: the bound that keeps memory flat.
MAX_CHUNKS_HELD = 64

_extractor = None
_load_error: Exception | None = None


def extract_in_processes(items: Iterable[tuple[Hashable, Article]], *, jobs: int, model: str | None = None,
                         chunk_size: int = CHUNK_SIZE) -> Iterator[list[tuple[Hashable, Extraction | str]]]:
    """Extract `(tag, article)` pairs in `jobs` processes; yields each chunk's `(tag, extraction)` pairs in order.

    A failing article comes back as `(tag, message)` instead of stopping the others. Items are pulled from
    `items` only as workers need them, so it may be a generator reading files lazily; it is advanced only
    between the chunks this generator yields, never while the caller handles one.
    """
    chunks = _chunked(iter(items), chunk_size)
    # spawn, not fork: the caller may be a threaded Textual app, and a forked thread-holding process can hang.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_load_extractor,
                             initargs=(model,)) as pool:
        in_flight: deque = deque()  # (tags, future) in input order, finished or not

        def keep_workers_busy() -> None:
            # Results leave in order, but a slow chunk at the head (one very long article) must not leave the
            # other workers idle: top up the queue whenever chunks finish, within a bound that keeps memory flat.
            while len(in_flight) < MAX_CHUNKS_HELD and sum(not f.done() for _, f in in_flight) < jobs * CHUNKS_AHEAD:
                chunk = next(chunks, None)
                if chunk is None:
                    return
                tags = [tag for tag, _ in chunk]
                in_flight.append((tags, pool.submit(_extract_chunk, [article for _, article in chunk])))

        try:
            keep_workers_busy()
            while in_flight:
                tags, future = in_flight[0]
                while not future.done():
                    wait([f for _, f in in_flight if not f.done()], return_when=FIRST_COMPLETED)
                    keep_workers_busy()
                in_flight.popleft()
                results = future.result()
                keep_workers_busy()
                yield list(zip(tags, results))
        except BaseException:
            # Interrupted, or the caller stopped early: drop the queued chunks instead of extracting them.
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _chunked(items: Iterator, size: int) -> Iterator[list]:
    while chunk := list(islice(items, size)):
        yield chunk


def _load_extractor(model: str | None) -> None:
    global _extractor, _load_error
    from extract.nlp import load_model
    from extract.pipeline import Extractor

    try:
        _extractor = Extractor(load_model(model))
    except Exception as error:  # raised again on the first chunk, where the caller sees it
        _load_error = error


def _extract_chunk(articles: list[Article]) -> list[Extraction | str]:
    if _load_error is not None:
        raise _load_error
    try:
        return list(_extractor.extract_many(articles, batch_size=len(articles)))
    except Exception:
        # One bad article must not cost its neighbours their extraction: retry them one by one.
        return [_extract_one(article) for article in articles]


def _extract_one(article: Article) -> Extraction | str:
    try:
        return _extractor.extract(article)
    except Exception as error:
        return f"could not extract: {type(error).__name__}: {error}"
