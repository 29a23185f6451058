"""Train the stance (contradiction) detector on an ANS-style CSV and report on a dev split.

    python manage.py train_detector --train stance_train.csv --dev stance_dev.csv [--out DIR] [--seed N]

Deterministic for a given seed; writes ``stance-v1.2.npz`` (no pickle) into ``--out``.
"""

from __future__ import annotations

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from extractors.training.stance import LABELS, TrainConfig, cross_validate, evaluate, fit, load_pairs, predict

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "builtin" / "models"
MODEL_FILE = "stance-v1.2.npz"


class Command(BaseCommand):
    help = "Train the stance contradiction detector; print dev P/R/F1 per class, macro-F1, confusion."

    def add_arguments(self, parser):
        parser.add_argument("--train", required=True, help="CSV with columns s1,s2,stance")
        parser.add_argument("--dev", required=True, help="CSV with columns s1,s2,stance (report only)")
        parser.add_argument("--out", default=str(DEFAULT_OUT), help=f"output folder (default {DEFAULT_OUT})")
        parser.add_argument("--seed", type=int, default=0)
        parser.add_argument("--cv", type=int, default=0, help="also run k-fold CV on --train (0 = skip)")

    def handle(self, *args, train, dev, out, seed, cv, **options):
        try:
            train_rows, dev_rows = load_pairs(train), load_pairs(dev)
        except (OSError, KeyError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        config = TrainConfig()
        self.stdout.write(f"train: {len(train_rows)} pairs, dev: {len(dev_rows)} pairs; config {config}")
        if cv:
            report, _ = cross_validate(train_rows, config, folds=cv, seed=seed)
            self.stdout.write(f"\n{cv}-fold CV on train (out-of-fold predictions):\n{report.format()}")
        started = time.perf_counter()
        model = fit(train_rows, config, seed=seed)
        model.meta["train_file"] = Path(train).name
        out_dir = Path(out)
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / MODEL_FILE
        model.save(path)
        self.stdout.write(
            f"\ntrained in {time.perf_counter() - started:.1f}s; wrote {path} "
            f"({path.stat().st_size / 1e6:.2f} MB, {model.featurizer.n_features} features)"
        )
        proba = predict(model, dev_rows)
        report = evaluate([r[2] for r in dev_rows], [LABELS[k] for k in proba.argmax(axis=1)])
        self.stdout.write(f"\ndev ({Path(dev).name}):\n{report.format()}")
