"""A user knowledge-base file adds an actor that the coder then codes in events (end to end, CLI)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

USER_KB = """
actors:
  - name: Northern Shield Brigade
    aliases: [Northern Shield]
    code: UKRMIL
    country: UKR
    agent: MIL
"""
STORY = (
    "Brigade shells positions\n"
    "\n"
    "KHARKIV (Test Wire) - The Northern Shield Brigade shelled Russian positions near Vovchansk on Monday, "
    "the regional governor said.\n"
)


def code(*args: str) -> list[dict]:
    env = {**os.environ}
    env.pop("SEISMO_KB", None)
    result = subprocess.run([sys.executable, "-m", "seismo", "code", *args, "--published", "2024-05-15"],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_user_actor_is_coded_only_with_the_user_file(tmp_path: Path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    kb = tmp_path / "mine.yaml"
    kb.write_text(USER_KB, encoding="utf-8")
    with_kb = [e for e in code(str(story), "--kb", str(kb)) if e["type"] == "ASSAULT"]
    assert with_kb, "the user actor's attack is coded"
    assert with_kb[0]["source"]["code"] == "UKRMIL"
    assert with_kb[0]["source"]["name"].endswith("Northern Shield Brigade")
    assert with_kb[0]["date"] == "2024-05-13"
    without = [e for e in code(str(story)) if e["type"] == "ASSAULT"]
    assert all((e["source"] or {}).get("code") != "UKRMIL" for e in without)


def test_actor_command_explains_resolution(tmp_path: Path):
    kb = tmp_path / "mine.yaml"
    kb.write_text(USER_KB, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "seismo", "actor", "Northern Shield", "--kb", str(kb),
                          "--format", "json"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["code"] == "UKRMIL" and data["ambiguous"] is False and data["reason"]
    biden = subprocess.run([sys.executable, "-m", "seismo", "actor", "President Biden", "--date", "2022-02-15",
                            "--format", "json"], capture_output=True, text=True, timeout=120)
    assert json.loads(biden.stdout)["code"] == "USAGOV"
    unknown = subprocess.run([sys.executable, "-m", "seismo", "actor", "Qwxz Blorp"], capture_output=True,
                             text=True, timeout=120)
    assert unknown.returncode == 1
