"""Scoring of extractor output against a hand-annotated gold set (pure functions, no ORM).

Used by ``manage.py evaluate attribution GOLD``; the rules are documented in
``eval/attribution/CONVENTIONS.md``:

* a predicted claim matches a gold claim when their spans, each stripped of surrounding whitespace,
  quote marks and punctuation, overlap with intersection-over-union >= 0.5; pairs are made one to
  one, greedily by best IoU;
* a matched pair also counts for speaker attribution when the predicted speaker is right: the
  normalised names are equal, or one contains the other as whole tokens, or the predicted speaker
  span overlaps the gold speaker span (the gold mention as written counts as a name too);
* exact-span match: the stripped spans are identical.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from claims.text import normalize_ar

IOU_THRESHOLD = 0.5
# What a span boundary may carry that is not content: spaces, quote marks of every style, brackets
# and punctuation (Arabic comma, semicolon and question mark included).
STRIP_CHARS = frozenset(" \t\r\n\u00a0\u200f\u200e«»\"“”„‟'‘’‹›`.,،؛;:!?؟…()[]{}-–—/")
NAME_NOISE_RE = re.compile(r"[«»\"“”„‟'‘’‹›`.,،؛;:!?؟…()\[\]{}\-–—/]")

Span = tuple[int, int]


# --- spans -----------------------------------------------------------------------------------------


def strip_span(text: str, start: int, end: int) -> Span:
    """Shrink [start, end) past surrounding whitespace, quote marks and punctuation."""
    while start < end and text[start] in STRIP_CHARS:
        start += 1
    while end > start and text[end - 1] in STRIP_CHARS:
        end -= 1
    return start, end


def iou(a: Span, b: Span) -> float:
    """Intersection over union of two half-open character spans (0.0 for empty ones)."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def match_spans(
    gold: list[Span], predicted: list[Span], threshold: float = IOU_THRESHOLD
) -> list[tuple[int, int, float]]:
    """One-to-one pairs (gold index, predicted index, IoU) with IoU >= threshold, chosen greedily
    by best IoU (ties: earlier gold, then earlier prediction)."""
    candidates = [
        (score, g, p)
        for g, gs in enumerate(gold)
        for p, ps in enumerate(predicted)
        if (score := iou(gs, ps)) >= threshold
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for score, g, p in candidates:
        if g in used_g or p in used_p:
            continue
        used_g.add(g)
        used_p.add(p)
        pairs.append((g, p, score))
    return sorted(pairs)


# --- speakers --------------------------------------------------------------------------------------


def name_tokens(name: str | None) -> list[str]:
    """Normalised tokens of a speaker name: punctuation and quote marks dropped, then normalize_ar."""
    if not name:
        return []
    return normalize_ar(NAME_NOISE_RE.sub(" ", name)).split()


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def names_match(a: str | None, b: str | None) -> bool:
    """Equal once normalised, or one is a run of whole tokens of the other ("الكاظمي" in
    "مصطفى الكاظمي"; "كاظم" does not match "الكاظمي")."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    return _contains(ta, tb) if len(ta) > len(tb) else _contains(tb, ta)


def spans_overlap(a_start: int | None, a_end: int | None, b_start: int | None, b_end: int | None) -> bool:
    if None in (a_start, a_end, b_start, b_end):
        return False
    return min(a_end, b_end) > max(a_start, b_start)  # type: ignore[type-var]


def speaker_matches(gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    """Is the predicted speaker of a matched claim the gold one? (See the module docstring.)"""
    name = predicted.get("speaker")
    if name and (names_match(name, gold.get("speaker")) or names_match(name, gold.get("speaker_mention"))):
        return True
    return spans_overlap(
        gold.get("speaker_start"),
        gold.get("speaker_end"),
        predicted.get("speaker_start"),
        predicted.get("speaker_end"),
    )


# --- figures ---------------------------------------------------------------------------------------


def prf(tp: int, n_predicted: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 (0.0 where undefined)."""
    p = tp / n_predicted if n_predicted else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


@dataclass
class ArticleResult:
    """The comparison of one article's predictions with its gold claims."""

    id: str
    gold: list[dict[str, Any]]
    predicted: list[dict[str, Any]]
    pairs: list[tuple[int, int, float]] = field(default_factory=list)  # (gold index, predicted index, IoU)
    speaker_ok: list[bool] = field(default_factory=list)  # parallel to pairs
    exact: int = 0

    @property
    def missed(self) -> list[int]:
        matched = {g for g, _, _ in self.pairs}
        return [g for g in range(len(self.gold)) if g not in matched]

    @property
    def false_positives(self) -> list[int]:
        matched = {p for _, p, _ in self.pairs}
        return [p for p in range(len(self.predicted)) if p not in matched]


def _stripped(text: str, claim: dict[str, Any]) -> Span:
    return strip_span(text, int(claim["start"]), int(claim["end"]))


def evaluate_article(
    article_id: str, text: str, gold: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> ArticleResult:
    """Match the predicted claims of one article to its gold claims."""
    gold_spans = [_stripped(text, c) for c in gold]
    pred_spans = [_stripped(text, c) for c in predicted]
    result = ArticleResult(article_id, gold, predicted)
    result.pairs = match_spans(gold_spans, pred_spans)
    result.speaker_ok = [speaker_matches(gold[g], predicted[p]) for g, p, _ in result.pairs]
    # Exact spans are unique per article in practice; count one-to-one all the same.
    exact_pred = Counter(pred_spans)
    for span in gold_spans:
        if exact_pred[span] > 0:
            exact_pred[span] -= 1
            result.exact += 1
    return result


def aggregate(results: list[ArticleResult]) -> dict[str, Any]:
    """Corpus-level figures (micro-averaged over claims)."""
    n_gold = sum(len(r.gold) for r in results)
    n_pred = sum(len(r.predicted) for r in results)
    matched = sum(len(r.pairs) for r in results)
    speaker_tp = sum(sum(r.speaker_ok) for r in results)
    exact = sum(r.exact for r in results)
    per_kind: dict[str, dict[str, Any]] = {}
    for kind in ("direct", "indirect"):
        total = sum(1 for r in results for c in r.gold if c.get("kind") == kind)
        found = sum(1 for r in results for g, _, _ in r.pairs if r.gold[g].get("kind") == kind)
        right = sum(
            1
            for r in results
            for (g, _, _), ok in zip(r.pairs, r.speaker_ok, strict=True)
            if ok and r.gold[g].get("kind") == kind
        )
        per_kind[kind] = {
            "gold": total,
            "span_recall": found / total if total else 0.0,
            "speaker_recall": right / total if total else 0.0,
        }
    return {
        "articles": len(results),
        "gold_claims": n_gold,
        "predicted_claims": n_pred,
        "matched": matched,
        "iou_threshold": IOU_THRESHOLD,
        "span": {**prf(matched, n_pred, n_gold), "tp": matched},
        "speaker": {**prf(speaker_tp, n_pred, n_gold), "tp": speaker_tp},
        "exact_span": {**prf(exact, n_pred, n_gold), "tp": exact},
        "per_kind": per_kind,
    }


# --- reports ---------------------------------------------------------------------------------------


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def format_summary(figures: dict[str, Any]) -> str:
    lines = [
        f"articles {figures['articles']}  gold claims {figures['gold_claims']}  "
        f"predicted {figures['predicted_claims']}  matched (IoU>={figures['iou_threshold']}) {figures['matched']}",
        f"{'':22}{'P':>6} {'R':>6} {'F1':>6}",
    ]
    for key, label in (
        ("span", "claim span (IoU>=0.5)"),
        ("speaker", "speaker attribution"),
        ("exact_span", "exact span"),
    ):
        f = figures[key]
        lines.append(f"{label:22}{_pct(f['precision']):>6} {_pct(f['recall']):>6} {_pct(f['f1']):>6}")
    for kind, k in figures["per_kind"].items():
        lines.append(
            f"recall {kind:9} ({k['gold']:3} gold): span {_pct(k['span_recall'])}  speaker {_pct(k['speaker_recall'])}"
        )
    return "\n".join(lines)


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_article(result: ArticleResult) -> str:
    """Misses, false positives and wrong speakers of one article (for --verbose)."""
    lines = [
        f"== {result.id}: gold {len(result.gold)}, predicted {len(result.predicted)}, matched {len(result.pairs)}"
    ]
    for g in result.missed:
        c = result.gold[g]
        lines.append(f"  MISS [{c.get('kind')}] {c.get('cue')} | {c.get('speaker')} | {_short(c['text'])}")
    for p in result.false_positives:
        c = result.predicted[p]
        lines.append(f"  FP   [{c.get('kind')}] {c.get('cue')} | {c.get('speaker')} | {_short(c['text'])}")
    for (g, p, score), ok in zip(result.pairs, result.speaker_ok, strict=True):
        gc, pc = result.gold[g], result.predicted[p]
        if not ok:
            lines.append(
                f"  SPKR gold {gc.get('speaker')} ({gc.get('speaker_mention') or '-'}) != predicted "
                f"{pc.get('speaker')} | {_short(gc['text'], 60)}"
            )
        elif score < 0.9:
            lines.append(
                f"  SPAN IoU {score:.2f} gold «{_short(gc['text'], 60)}» predicted «{_short(pc['text'], 60)}»"
            )
    return "\n".join(lines)


def load_gold(path) -> list[dict[str, Any]]:
    """Read a gold JSONL file; raise ValueError with the line number on anything malformed."""
    records = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON: {exc}") from exc
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise ValueError(f"{path}:{n}: a record needs a string 'text'")
            for c in record.setdefault("claims", []):
                if record["text"][c["start"] : c["end"]] != c["text"]:
                    raise ValueError(
                        f"{path}:{n}: claim offsets {c['start']}:{c['end']} do not match its text"
                    )
            record.setdefault("id", f"line-{n}")
            records.append(record)
    return records
