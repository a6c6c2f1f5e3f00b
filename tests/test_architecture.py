"""Imports run one way: a stage imports only the stages below it, and no module imports itself back.

The test reads every module under ``src/seismo`` with ``ast`` (no import runs) and builds the graph of
``seismo`` imports: top-level, inside functions (lazy) and under ``TYPE_CHECKING`` alike, since each is
a dependency. One exception: the body of an ``if __name__ == "__main__":`` block, which runs only when
the module is the program (``python -m``), as a module object of its own, never as a dependency.

``LAYERS`` is the order, bottom first (docs/architecture.md draws it). A module belongs to the longest
entry that is its name or a package above it; ``"seismo"`` (the package's ``__init__``: the version)
matches only itself. Every module must belong to a layer, so a new top-level module has to be placed.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "seismo"

LAYERS: list[str] = [
    # shared leaves: the version, the error tree, the stage contracts, settings, terminal table fitting
    "seismo",
    "seismo.errors",
    "seismo.models",
    "seismo.config",
    "seismo.tables",
    "seismo.formats",  # PLOVER JSON of Event records
    "seismo.kb",  # the knowledge base the stages read (actors, places, dated roles)
    # the stages, in the order data flows
    "seismo.ingest",
    "seismo.nlp",
    "seismo.coding",
    "seismo.store",
    "seismo.analysis",
    # running the stages: one process (pipeline), then scaled out (scale drives the pipeline's chunks)
    "seismo.pipeline",
    "seismo.scale",
    # measuring the coder against annotated data
    "seismo.evaluation",
    # the faces: terminal rendering, JSON API views, dashboard pages, the server that mounts both, the CLI
    "seismo.render",
    "seismo.api",
    "seismo.web",
    "seismo.server",
    "seismo.commands",
    "seismo.cli",
    "seismo.__main__",
]


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_main_guard(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return (isinstance(node, ast.If) and isinstance(test, ast.Compare) and isinstance(test.left, ast.Name)
            and test.left.id == "__name__" and any(isinstance(c, ast.Constant) and c.value == "__main__"
                                                   for c in test.comparators))


def _import_nodes(tree: ast.AST) -> Iterable[ast.Import | ast.ImportFrom]:
    stack = [tree]
    while stack:
        node = stack.pop()
        if _is_main_guard(node):
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def import_graph(root: Path, top: str = "seismo") -> dict[str, set[str]]:
    """Module -> the package modules it imports (``from a import b`` counts as ``a.b`` when that is a module)."""
    files = {module_name(p, root): p for p in sorted(root.rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in _import_nodes(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets.update(a.name for a in node.names)
                continue
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, base] if base else up)
            targets.update(f"{base}.{a.name}" if f"{base}.{a.name}" in files else base for a in node.names)
        graph[name] = {_known(t, files) for t in targets if t == top or t.startswith(top + ".")} - {name}
    return graph


def _known(target: str, files: Mapping[str, Path]) -> str:
    """``import a.b.c`` of a name inside a module: the module that holds it."""
    while target not in files and "." in target:
        target = target.rpartition(".")[0]
    return target


def layer_of(module: str, layers: list[str]) -> int:
    matches = [i for i, name in enumerate(layers)
               if module == name or (name != "seismo" and module.startswith(name + "."))]
    if not matches:
        raise LookupError(f"{module} belongs to no layer: add it to LAYERS in {Path(__file__).name}")
    return max(matches, key=lambda i: len(layers[i]))


def upward_imports(graph: Mapping[str, set[str]], layers: list[str]) -> list[str]:
    """Every import of a module in a higher layer than the importer's: 'importer -> imported'."""
    return sorted(f"{m} ({layers[layer_of(m, layers)]}) -> {t} ({layers[layer_of(t, layers)]})"
                  for m, targets in graph.items() for t in targets
                  if layer_of(t, layers) > layer_of(m, layers))


def cycles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    nodes = sorted(set(graph) | {t for ts in graph.values() for t in ts})
    for start in nodes:
        if start in index:
            continue
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return sorted(found)


def stage_graph(graph: Mapping[str, set[str]], layers: list[str]) -> dict[str, set[str]]:
    """The same imports between layers (a cycle here is two stages leaning on each other)."""
    out: dict[str, set[str]] = {}
    for module, targets in graph.items():
        here = layers[layer_of(module, layers)]
        out.setdefault(here, set()).update(layers[layer_of(t, layers)] for t in targets)
        out[here].discard(here)
    return out


# --- the package ---


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return import_graph(SRC)


def test_every_module_has_a_layer(graph):
    for module in graph:
        layer_of(module, LAYERS)


def test_no_import_cycles(graph):
    assert cycles(graph) == []
    assert cycles(stage_graph(graph, LAYERS)) == []


def test_stages_import_only_stages_below(graph):
    assert upward_imports(graph, LAYERS) == []


def test_no_module_over_500_lines():
    long = {module_name(p, SRC): n for p in SRC.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500}
    assert long == {}


# --- the checks themselves can fail ---


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "pkg"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_graph_reads_every_kind_of_import(tmp_path):
    root = _tree(tmp_path, {
        "__init__.py": "",
        "low.py": "X = 1\n",
        "mid/__init__.py": "from .part import Y\n",
        "mid/part.py": "from ..low import X\nY = X\n",
        "high.py": ("import pkg.mid\nfrom pkg import low\nfrom typing import TYPE_CHECKING\n"
                    "if TYPE_CHECKING:\n    from pkg.mid.part import Y\n"
                    "def f():\n    from pkg.low import X\n    return X\n"
                    "if __name__ == '__main__':\n    from pkg.top import main\n"),
        "top.py": "import pkg.high\nimport json\n",
    })
    graph = import_graph(root, top="pkg")
    assert graph == {"pkg": set(), "pkg.low": set(), "pkg.mid": {"pkg.mid.part"}, "pkg.mid.part": {"pkg.low"},
                     "pkg.high": {"pkg.mid", "pkg.low", "pkg.mid.part"}, "pkg.top": {"pkg.high"}}


def test_cycles_are_found():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set(), "c": {"a", "b"}}) == []


def test_upward_imports_are_found():
    layers = ["seismo", "seismo.models", "seismo.ingest", "seismo.coding", "seismo.cli"]
    graph = {"seismo.coding.coder": {"seismo.models", "seismo.ingest.noise"},
             "seismo.ingest.noise": {"seismo.coding.lexicon", "seismo"},
             "seismo.models": {"seismo.cli"}}
    assert upward_imports(graph, layers) == [
        "seismo.ingest.noise (seismo.ingest) -> seismo.coding.lexicon (seismo.coding)",
        "seismo.models (seismo.models) -> seismo.cli (seismo.cli)",
    ]
    assert cycles(stage_graph(graph, layers)) == [["seismo.coding", "seismo.ingest"]]


def test_a_module_outside_the_layers_is_refused():
    with pytest.raises(LookupError, match=r"seismo\.extra belongs to no layer"):
        layer_of("seismo.extra", ["seismo", "seismo.models"])
