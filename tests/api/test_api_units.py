"""Unit tests of the API's small parts: token bucket, key check, cursors, error body."""

from __future__ import annotations

import pytest

from seismo.api.auth import RateLimiter, check_key
from seismo.api.errors import ApiError, error_body
from seismo.api.params import decode_cursor, encode_cursor
from seismo.store import EventFilter


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_token_bucket_allows_burst_then_refills() -> None:
    clock = Clock()
    limiter = RateLimiter(rate=2.0, burst=3, clock=clock)
    assert [limiter.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.take("a") == pytest.approx(0.5)
    assert limiter.take("b") == 0.0  # per client
    clock.now = 0.5
    assert limiter.take("a") == 0.0
    assert limiter.take("a") > 0


def test_token_bucket_memory_is_bounded() -> None:
    clock = Clock()
    limiter = RateLimiter(rate=1.0, burst=1, clock=clock)
    limiter.MAX_CLIENTS = 10
    for n in range(100):
        clock.now += 2.0
        limiter.take(str(n))
    assert len(limiter._buckets) <= 11


@pytest.mark.parametrize(
    ("configured", "given", "status"),
    [(None, "x", 403), ("", "x", 403), ("key", None, 401), ("key", "kez", 401),
     ("key", "key ", 401), ("k\u00e9y", "k\u00e9y", None)],
)  # fmt: skip
def test_check_key(configured: str | None, given: str | None, status: int | None) -> None:
    if status is None:
        check_key(configured, given)
        return
    with pytest.raises(ApiError) as info:
        check_key(configured, given)
    assert info.value.status_code == status


def test_cursor_round_trip_and_tamper() -> None:
    f = EventFilter(country="RUS")
    assert decode_cursor(encode_cursor(f, 300), f) == 300
    assert decode_cursor(None, f) == 0
    for bad in ("", "!!", "e30", encode_cursor(EventFilter(), 5)):
        with pytest.raises(ApiError):
            decode_cursor(bad, f)


def test_error_body_shape() -> None:
    assert error_body(404, "Not found") == {
        "ok": False, "error": "Not found", "errors": ["Not found"], "status": 404,
    }  # fmt: skip
    assert error_body(422, "Bad", ["a", "b"])["errors"] == ["a", "b"]
