#!/usr/bin/env python3
"""`make model`: fit the type heads on the PLOVER GSR and the dev articles, write the shipped file.

    python scripts/train_types.py            # rebuild src/seismo/coding/models/type_heads.npz
    python scripts/train_types.py --check    # rebuild into build/ and compare its sha256 with the shipped file

Never reads tests/gold/articles/test. Embeddings are kept in build/typescore/ between runs (--fresh
ignores them); the encoder runs on one thread so that a rebuild gives the same bytes (docs/model.md).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evalsuite import ARTICLES, ROOT, gold_dir

from seismo.coding import load_lexicon
from seismo.coding.typemodel import HEADS_PATH, file_digest
from seismo.config import Settings
from seismo.evaluation.typeeval import CachedEncoder, training_set

CACHE = ROOT / "build" / "typescore" / "embeddings.npz"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="rebuild into build/ and compare with the shipped file")
    parser.add_argument("--fresh", action="store_true", help="embed every sentence again (no build/ cache)")
    parser.add_argument("--gold", type=Path, default=None, help="folder with plover_gsr.jsonl")
    args = parser.parse_args(argv)
    import torch

    torch.manual_seed(0)
    torch.set_num_threads(1)
    started = time.perf_counter()
    encoder = CachedEncoder(None if args.fresh else CACHE)
    types = sorted(load_lexicon().types)
    train = training_set((args.gold or gold_dir()) / "plover_gsr.jsonl", ARTICLES["articles_dev"],
                         Settings(kb=[]), types, encoder)
    heads = train.fit()
    target = ROOT / "build" / "typescore" / "type_heads.npz" if args.check else HEADS_PATH
    heads.save(target)
    positives = int((train.labels.sum(axis=1) > 0).sum())
    print(f"{len(train.examples)} sentences ({positives} with an event), {len(types)} heads "
          f"in {time.perf_counter() - started:.0f} s -> {target.relative_to(ROOT)}")
    digest = file_digest(target)
    print(f"sha256 {digest}")
    if args.check:
        shipped = file_digest(HEADS_PATH) if HEADS_PATH.is_file() else None
        if digest != shipped:
            print(f"MISMATCH: shipped {HEADS_PATH.relative_to(ROOT)} has sha256 {shipped}", file=sys.stderr)
            return 1
        print("rebuilt heads are identical to the shipped file")
    return 0


if __name__ == "__main__":
    sys.exit(main())
