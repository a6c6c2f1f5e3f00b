"""The measuring scripts' ``--json F`` files share one writer (``scripts/evalsuite.write_json``, lane mend4)."""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from evalsuite import write_json  # noqa: E402


def test_indented_utf8_json_with_a_final_newline(tmp_path: Path) -> None:
    path = tmp_path / "new" / "figures.json"
    write_json(path, {"leader": "Stefan Löfven", "f1": 0.5})
    text = path.read_text(encoding="utf-8")
    assert text.endswith("}\n") and "Löfven" in text and json.loads(text) == {"leader": "Stefan Löfven", "f1": 0.5}


def test_the_context_scripts_use_it() -> None:
    for name in ("context_halves.py", "context_cv.py"):
        tree = ast.parse((ROOT / "scripts" / name).read_text(encoding="utf-8"))
        called = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
        assert "write_json" in called, name
