"""Near-duplicate documents: MinHash signatures of word 5-shingles and an LSH index over them.

Wire copy is re-published with a new headline, a dateline, a changed paragraph; an exact
hash misses all of those. MinHash (datasketch's scheme) estimates the Jaccard similarity of two
documents' sets of 5-word shingles, and locality-sensitive hashing (LSH: the signature cut
into bands, documents sharing any band are candidates) finds copies without comparing
every pair, so checking a new document costs the same with 100 or 100,000 stored.

The signature depends only on the text and the parameters below (fixed seed, fixed
datasketch scheme and hash function), so signatures stored by one run are comparable
with those computed by a later one. The banding is done here rather than with
datasketch's ``MinHashLSH`` because the index is rebuilt from the database in every new
process: ``MinHashLSH.insert`` took ~160 us a document here (16 s for 100,000), the
vectorized ``add_many`` below ~25 us (2.4 s). This module knows nothing about the
store: ``seismo.store.stories`` persists signatures and keeps one index per Store.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

NUM_PERM = 128
SHINGLE_WORDS = 5
THRESHOLD = 0.8  # estimated Jaccard of 5-shingle sets at or above which a document is a copy
SCHEME = "affine32"  # datasketch's permutation scheme; stored with each signature
SEED = 1
# LSH bands x rows. datasketch's own choice for threshold 0.8 (9 x 13) finds a pair at
# Jaccard 0.8 only 40% of the time; 20 x 6 finds it 99.8% of the time (0.85: 99.99%) and
# lets through 27% of pairs at 0.5 and 1.5% at 0.3, which the exact signature
# comparison in ``best_match`` then rejects. Recall is what matters: a missed copy counts twice.
LSH_BANDS = (20, 6)

MEMO_SIZE = 20_000  # signatures remembered (16-byte key + 512 bytes each: ~11 MB)
_MEMO: dict[bytes, np.ndarray] = {}
_WORD = re.compile(r"\w+", re.UNICODE)
_MAX32 = np.uint32(0xFFFFFFFF)


def _permutations(num_perm: int = NUM_PERM, seed: int = SEED) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's ``affine32`` permutations h -> a*h + b mod 2^32 (a odd), drawn as it draws them."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


_A, _B = _permutations()


def normalize_text(text: str) -> list[str]:
    """Lower-cased words without punctuation: copies differ in quotes, dashes and spacing."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _WORD.findall(folded)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The set of ``size``-word shingles; a text shorter than that is one shingle."""
    words = normalize_text(text)
    if len(words) <= size:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def signature(text: str) -> np.ndarray:
    """The MinHash hash values of ``text`` (``NUM_PERM`` uint32), as stored in the database.

    Remembered for the last ``MEMO_SIZE`` texts (by content hash): ingest signs every article before
    the parse to find syndicated copies, and the store signs the same text again when it writes it.
    """
    key = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
    sig = _MEMO.get(key)
    if sig is None:
        sig = _MEMO[key] = _sign(text)
        if len(_MEMO) > MEMO_SIZE:
            _MEMO.pop(next(iter(_MEMO)))
    return sig


def _sign(text: str) -> np.ndarray:
    """datasketch's ``MinHash(scheme="affine32", hashfunc=sha1_hash32, seed=1).update_batch`` in a few numpy
    lines: the same values bit for bit (tests/ingest/test_dedupe_signature.py compares them), without
    importing datasketch, whose package import pulls in scipy (~0.5 s CPU in every writing process)."""
    sha1 = hashlib.sha1
    hv = np.fromiter((int.from_bytes(sha1(s).digest()[:4], "little") for s in shingles(text)), dtype=np.uint32)
    hv ^= hv >> np.uint32(16)  # MurmurHash3's 32-bit finalizer, datasketch's one-shot pre-mix
    hv *= np.uint32(0x85EBCA6B)
    hv ^= hv >> np.uint32(13)
    hv *= np.uint32(0xC2B2AE35)
    hv ^= hv >> np.uint32(16)
    sig = (hv[:, None] * _A + _B).min(axis=0) if len(hv) else np.full(NUM_PERM, _MAX32, dtype=np.uint32)
    sig = np.asarray(sig, dtype=np.uint32)
    sig.flags.writeable = False  # shared through the memo
    return sig


def to_bytes(sig: np.ndarray) -> bytes:
    """Little-endian bytes for the BLOB column."""
    return np.asarray(sig, dtype="<u4").tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    """Inverse of ``to_bytes``."""
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity: the share of hash values two signatures agree on."""
    return float(np.count_nonzero(a == b)) / len(a)


@dataclass(frozen=True)
class Match:
    """A new document found to copy a known one."""

    doc_id: str
    original: str
    similarity: float


class NearDuplicateIndex:
    """Signatures by doc_id plus, per LSH band, the documents sharing each band value.

    ``original_of`` resolves chains: a copy of a copy points at the first document,
    so every near-duplicate names the one document whose events are counted.
    """

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        bands, rows = LSH_BANDS
        self._ranges = [(b * rows, (b + 1) * rows) for b in range(bands)]
        self._buckets: list[dict[bytes, set[str]]] = [{} for _ in range(bands)]
        self._sigs: dict[str, np.ndarray] = {}
        self._original: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._sigs

    def _band_keys(self, sig: np.ndarray) -> list[bytes]:
        return [sig[start:end].tobytes() for start, end in self._ranges]

    def add(self, doc_id: str, sig: np.ndarray, duplicate_of: str | None = None) -> None:
        """Index a document (replacing an earlier signature under the same id)."""
        self.add_many([(doc_id, sig, duplicate_of)])

    def add_many(self, rows: Iterable[tuple[str, np.ndarray, str | None]]) -> None:
        """Bulk load (doc_id, signature, duplicate_of) rows, e.g. every row of the database.

        Band values are cut from one stacked matrix per band (numpy), so the Python work
        is one set insertion per document and band.
        """
        rows = list(rows)
        for doc_id, _, _ in rows:
            if doc_id in self._sigs:
                self.remove(doc_id)
        if not rows:
            return
        ids = [doc_id for doc_id, _, _ in rows]
        matrix = np.vstack([np.asarray(sig, dtype=np.uint32) for _, sig, _ in rows])
        for (start, end), bucket in zip(self._ranges, self._buckets, strict=True):
            band = np.ascontiguousarray(matrix[:, start:end])
            keys = band.view(f"V{band.shape[1] * 4}").ravel().tolist()  # bytes, in bulk
            for doc_id, key in zip(ids, keys, strict=True):
                members = bucket.get(key)
                if members is None:
                    bucket[key] = {doc_id}
                else:
                    members.add(doc_id)
        for (doc_id, _, duplicate_of), sig in zip(rows, matrix, strict=True):
            self._sigs[doc_id] = sig
            if duplicate_of:
                self._original[doc_id] = duplicate_of

    def remove(self, doc_id: str) -> None:
        """Forget a document (it was replaced or deleted)."""
        sig = self._sigs.pop(doc_id, None)
        self._original.pop(doc_id, None)
        if sig is None:
            return
        for key, bucket in zip(self._band_keys(sig), self._buckets, strict=True):
            members = bucket.get(key)
            if members is not None:
                members.discard(doc_id)
                if not members:
                    del bucket[key]

    def signature_of(self, doc_id: str) -> np.ndarray:
        """The indexed signature of ``doc_id`` (KeyError if it is not indexed)."""
        return self._sigs[doc_id]

    def candidates(self, sig: np.ndarray) -> set[str]:
        """Documents sharing at least one band with ``sig`` (see ``LSH_BANDS`` for the odds)."""
        found: set[str] = set()
        for key, bucket in zip(self._band_keys(sig), self._buckets, strict=True):
            found |= bucket.get(key, set())
        return found

    def best_match(self, sig: np.ndarray, exclude: str | None = None) -> tuple[str, float] | None:
        """The most similar indexed document at or above the threshold, ties to the smaller id.

        LSH only proposes candidates (generously, see ``LSH_BANDS``); each is judged by the
        full signature's estimated similarity, so the decision does not depend on banding luck.
        """
        best: tuple[float, str] | None = None
        for candidate in self.candidates(sig):
            if candidate == exclude:
                continue
            score = similarity(sig, self._sigs[candidate])
            if score >= self.threshold and (
                best is None or (-score, candidate) < (-best[0], best[1])
            ):
                best = (score, candidate)
        return None if best is None else (best[1], best[0])

    def original_of(self, doc_id: str) -> str:
        """Follow duplicate_of links to the document that is counted."""
        seen = {doc_id}
        while doc_id in self._original:
            doc_id = self._original[doc_id]
            if doc_id in seen:  # a cycle cannot be written by ``check``; stop rather than loop
                break
            seen.add(doc_id)
        return doc_id

    def check(self, doc_id: str, sig: np.ndarray) -> Match | None:
        """Compare a new document with everything indexed, then index it.

        Call in arrival order: within a batch the first document is the original and
        later near-identical ones are its copies, exactly as across ingest runs.
        """
        found = self.best_match(sig, exclude=doc_id)
        match = None
        if found is not None:
            match = Match(doc_id, self.original_of(found[0]), found[1])
        self.add(doc_id, sig, match.original if match else None)
        return match
