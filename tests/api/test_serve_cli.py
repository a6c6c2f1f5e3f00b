"""`seismo serve` as a user runs it: a real uvicorn process on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from api_helpers import build_store

pytestmark = pytest.mark.serial


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_help_names_its_options() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "seismo", "serve", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    for option in ("--db", "--host", "--port"):
        assert option in result.stdout


@pytest.mark.parametrize("workers", [1, 2])
def test_serve_runs_the_api_and_dashboard(tmp_path: Path, workers: int) -> None:
    """One process, or several read-only ones (each opens the file read-only itself)."""
    db = build_store(tmp_path / "seismo.duckdb")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "SEISMO_API_KEY"}
    command = [sys.executable, "-m", "seismo", "serve", "--db", str(db), "--port", str(port),
               "--workers", str(workers)]  # fmt: skip
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(url + "/api/health", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stdout.read().decode()  # type: ignore[union-attr]
                assert time.monotonic() < deadline, "seismo serve did not start"
                time.sleep(0.2)
        assert health.json()["read_only"] is True
        assert health.json()["documents"] == 5
        for _ in range(2 * workers):  # every process answers the same
            page = httpx.get(url + "/")
            assert page.status_code == 200 and "seismo" in page.text
            assert "server" not in page.headers  # no server banner
            assert httpx.get(url + "/api/events").json()["total"] == 7
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_several_workers_need_a_read_only_server(tmp_path: Path) -> None:
    db = build_store(tmp_path / "seismo.duckdb")
    env = {**os.environ, "SEISMO_API_KEY": "k" * 20}
    result = subprocess.run(
        [sys.executable, "-m", "seismo", "serve", "--db", str(db), "--port", str(free_port()), "--workers", "2"],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "S010" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_serve_fails_with_one_line_on_a_missing_directory(tmp_path: Path) -> None:
    bad = tmp_path / "file"
    bad.write_text("not a database")
    result = subprocess.run(
        [sys.executable, "-m", "seismo", "serve", "--db", str(bad), "--port", str(free_port())],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "S003" in result.stderr
