"""Server-side rendering for the desk: highlighted text and the speaker timeline as inline SVG.

Everything here escapes its input; the results are safe strings for templates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

CONTEXT_CHARS = 300


def merge_spans(spans: Iterable[Sequence[int]], length: int) -> list[tuple[int, int]]:
    """Clip spans to ``[0, length]``, drop empty or malformed ones, merge overlaps; sorted."""
    clean: list[tuple[int, int]] = []
    for span in spans or ():
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            continue
        start, end = max(0, start), min(length, end)
        if end > start:
            clean.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(clean):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, spans: Iterable[Sequence[int]], css_class: str = "mz-conflict") -> SafeString:
    """``text`` escaped, with each span wrapped in ``<mark class=css_class>``."""
    out, pos = [], 0
    for start, end in merge_spans(spans, len(text)):
        out.append(escape(text[pos:start]))
        out.append(format_html('<mark class="{}">{}</mark>', css_class, text[start:end]))
        pos = end
    out.append(escape(text[pos:]))
    return mark_safe("".join(out))


def in_article(
    article: str, start: int, end: int, spans: Iterable[Sequence[int]] = (), radius: int = CONTEXT_CHARS
) -> SafeString:
    """The claim inside its article: ``radius`` characters either side, the claim in ``<mark>``
    (with its conflicting ``spans``, relative to the claim, marked inside it)."""
    lo, hi = max(0, start - radius), min(len(article), end + radius)
    claim_text = article[start:end]
    inner = highlight(claim_text, spans) if spans else escape(claim_text)
    return format_html(
        "{}{}<mark>{}</mark>{}{}",
        "… " if lo > 0 else "",
        article[lo:start],
        inner,
        article[end:hi],
        " …" if hi < len(article) else "",
    )


@dataclass(frozen=True)
class Dot:
    """One claim on the timeline."""

    day: date
    label: str
    url: str = ""
    status: str = ""


@dataclass(frozen=True)
class Link:
    """One contradiction on the timeline: between two days, ``own`` when both claims are the speaker's."""

    day_a: date
    day_b: date
    label: str
    own: bool
    url: str = ""
    status: str = ""


STATUS_COLOURS = {
    "unverified": "#6b7280",
    "in_review": "#2563eb",
    "drafted": "#d97706",
    "published": "#059669",
    "dismissed": "#9ca3af",
}


def timeline_svg(
    dots: Sequence[Dot], links: Sequence[Link], *, title: str, claims_label: str, contradictions_label: str
) -> SafeString:
    """Claims as dots over time (stacked on the same day), contradictions as arcs below the axis:
    red for self-contradictions, orange for contradictions with someone else. Plain inline SVG."""
    width, height, left, right = 760, 200, 110, 50
    axis_y, lane_y = 110, 150
    days = [d.day for d in dots] + [link.day_a for link in links] + [link.day_b for link in links]
    parts: list[str] = [
        format_html(
            '<svg xmlns="http://www.w3.org/2000/svg" class="mz-timeline" role="img" dir="ltr" '
            'viewBox="0 0 {} {}" width="100%" style="max-width:{}px;direction:ltr" aria-label="{}">',
            width,
            height,
            width,
            title,
        ),
        format_html("<title>{}</title>", title),
    ]
    if not days:
        parts.append(format_html('<text x="{}" y="{}" class="mz-empty">—</text>', width // 2, axis_y))
        parts.append("</svg>")
        return mark_safe("".join(parts))
    first, last = min(days), max(days)
    if (last - first).days < 14:
        first, last = first - timedelta(days=7), last + timedelta(days=7)
    span_days = (last - first).days

    def x(day: date) -> float:
        return round(left + (width - left - right) * (day - first).days / span_days, 1)

    # axis, lane labels and five date ticks
    parts.append(
        format_html(
            '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#9ca3af"/>', left, axis_y, width - right, axis_y
        )
    )
    parts.append(
        format_html('<text x="4" y="{}" class="mz-lane" direction="ltr">{}</text>', axis_y - 30, claims_label)
    )
    parts.append(
        format_html(
            '<text x="4" y="{}" class="mz-lane" direction="ltr">{}</text>', lane_y + 4, contradictions_label
        )
    )
    for i in range(5):
        day = first + timedelta(days=round(span_days * i / 4))
        parts.append(
            format_html(
                '<line x1="{0}" y1="{1}" x2="{0}" y2="{2}" stroke="#9ca3af"/>'
                '<text x="{0}" y="{3}" text-anchor="middle" class="mz-tick">{4}</text>',
                x(day),
                axis_y,
                axis_y + 5,
                axis_y + 18,
                day.isoformat(),
            )
        )
    # contradictions: arcs hanging below the axis
    for link in links:
        xa, xb = sorted((x(link.day_a), x(link.day_b)))
        colour = "#dc2626" if link.own else "#f59e0b"
        dash = "" if link.status != "suggested" else ' stroke-dasharray="4 3"'
        if xb - xa < 6:  # same day: a small loop
            path = f"M {xa} {axis_y + 8} C {xa - 14} {lane_y}, {xa + 14} {lane_y}, {xa} {axis_y + 8}"
        else:
            path = f"M {xa} {axis_y + 8} Q {(xa + xb) / 2} {lane_y + 40} {xb} {axis_y + 8}"
        arc = format_html(
            '<path d="{}" fill="none" stroke="{}" stroke-width="2"{}><title>{}</title></path>',
            path,
            colour,
            mark_safe(dash),
            link.label,
        )
        parts.append(format_html('<a href="{}">{}</a>', link.url, arc) if link.url else arc)
    # claims: dots stacked by day
    stack: dict[int, int] = {}
    for dot in sorted(dots, key=lambda d: d.day):
        cx = x(dot.day)
        level = stack.get(round(cx), 0)
        stack[round(cx)] = level + 1
        circle = format_html(
            '<circle cx="{}" cy="{}" r="5" fill="{}" stroke="#fff"><title>{}</title></circle>',
            cx,
            axis_y - 10 - 11 * min(level, 7),
            STATUS_COLOURS.get(dot.status, "#6b7280"),
            f"{dot.day.isoformat()} · {dot.label}",
        )
        parts.append(format_html('<a href="{}">{}</a>', dot.url, circle) if dot.url else circle)
    parts.append("</svg>")
    return mark_safe("".join(parts))
