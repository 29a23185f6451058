"""Does training on ANS dev as well help? Out-of-fold on dev, model alone (argmax).

    .venv/bin/python eval/stance/dev_folds.py /work/shared/data/ans [--seeds 0 1 2] [--folds 5]

For each fold seed, dev is split into stratified folds. Model A is trained on train only (once);
model B on train plus the other dev folds. Both predict the held-out dev fold; the out-of-fold
predictions are pooled over the folds and scored. A never sees dev; B never sees the fold it predicts,
so the two figures estimate what adding dev to the training data does for unseen pairs. Prints one
JSON object. Reads only stance_train.csv and stance_dev.csv.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data", type=Path, help="folder with stance_train.csv and stance_dev.csv")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()

    import django

    django.setup()
    from sklearn.model_selection import StratifiedKFold

    from extractors.training.stance import LABELS, TrainConfig, evaluate, fit, load_pairs, predict

    train = load_pairs(args.data / "stance_train.csv")
    dev = load_pairs(args.data / "stance_dev.csv")
    gold = [label for _, _, label in dev]
    config = TrainConfig()
    cache: dict = {}
    only_train = fit(train, config, seed=0, prepared=cache)
    a_pred = [LABELS[k] for k in predict(only_train, dev, cache).argmax(axis=1)]
    a = evaluate(gold, a_pred)
    results = {
        "train_only": {"macro_f1": a.macro_f1, "contradiction_f1": a.f1["contradiction"]},
        "with_dev": [],
    }
    for seed in args.seeds:
        predicted: list[str] = [""] * len(dev)
        splitter = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=seed)
        for keep, held in splitter.split(dev, gold):
            model = fit(train + [dev[k] for k in keep], config, seed=0, prepared=cache)
            proba = predict(model, [dev[k] for k in held], cache)
            for k, row in zip(held, proba.argmax(axis=1), strict=True):
                predicted[k] = LABELS[row]
        b = evaluate(gold, predicted)
        results["with_dev"].append(
            {"fold_seed": seed, "macro_f1": b.macro_f1, "contradiction_f1": b.f1["contradiction"]}
        )
        print(
            f"fold seed {seed}: train only {a.macro_f1:.3f} / {a.f1['contradiction']:.3f}, "
            f"train + other dev folds {b.macro_f1:.3f} / {b.f1['contradiction']:.3f}",
            file=sys.stderr,
        )
    print(json.dumps(results))


if __name__ == "__main__":
    main()
