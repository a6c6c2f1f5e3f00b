"""Split the dev articles into two halves (alternate articles by id) as folders of links under build/dev-halves/.

Why: a rule tuned on all of dev can fit dev alone (dev must recall rose while the held-out test did not move).
Develop on one half and check that the other half moves too; report both (`seismo eval build/dev-halves/even`).

The odd half is split again (odd-a, odd-b: alternate odd articles). After six sittings of work read on the even
half, the odd half showed that work did not carry over; from the seventh sitting lanes read odd-a's misses and
keep odd-b as the untouched check (docs/evaluation.md, "Dev halves").
"""

from __future__ import annotations

import sys
from pathlib import Path

DEV = Path("tests/gold/articles/dev")


def main(out: Path = Path("build/dev-halves")) -> None:
    ids = sorted(p.stem for p in DEV.glob("*.yaml"))
    odd = ids[1::2]
    for half, chosen in (("even", ids[0::2]), ("odd", odd), ("odd-a", odd[0::2]), ("odd-b", odd[1::2])):
        folder = out / half
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
        for stem in chosen:
            for suffix in (".txt", ".yaml"):
                (folder / f"{stem}{suffix}").symlink_to((DEV / f"{stem}{suffix}").resolve())
        print(f"{folder}: {len(chosen)} articles")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("build/dev-halves"))
