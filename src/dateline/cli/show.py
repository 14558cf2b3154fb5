"""``dateline show``: an article with its events, each beside the sentence it came from."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.panel import Panel
from rich.text import Text

__all__ = ["render_article"]


def _actor_line(a: dict[str, Any]) -> str:
    bits = [a["name"] or a["text"]]
    if a["country"]:
        bits.append(a["country"])
    if a["sectors"]:
        bits.append("/".join(a["sectors"]))
    if a["actor_role"]:
        bits.append(a["actor_role"])
    return " · ".join(bits)


def render_article(console: Console, article: dict[str, Any], events: list[dict[str, Any]],
                   actors: dict[str, list[dict[str, Any]]]) -> None:
    head = f"{article['id']}  published {article['published']}"
    if article.get("title"):
        head += f"\n{article['title']}"
    console.print(Panel(article["text"].strip(), title=head, title_align="left"))
    console.print(f"{len(events)} events", style="bold")
    for n, ev in enumerate(events, start=1):
        by_role: dict[str, list[str]] = {}
        for a in actors.get(ev["event_id"], []):
            by_role.setdefault(a["role"], []).append(_actor_line(a))
        date = str(ev["date_start"]) if ev["date_start"] == ev["date_end"] else \
            f"{ev['date_start']}..{ev['date_end']}"
        title = Text(f"{n}. {ev['event_type']}")
        if ev["event_mode"]:
            title.append(f" ({ev['event_mode']})")
        title.append(f"  {ev['modality']}  {date} [{ev['date_granularity']}, "
                     f"{ev['date_method']}]")
        console.print(title, style="bold cyan")
        if ev.get("joint"):
            console.print(f"   parties: {'; '.join(by_role.get('source', []))}")
        else:
            console.print(f"   source:  {'; '.join(by_role.get('source', [])) or '-'}")
            console.print(f"   target:  {'; '.join(by_role.get('target', [])) or '-'}")
        if ev["place_name"]:
            console.print(f"   place:   {ev['place_name']} ({ev['place_country'] or '?'})")
        if ev["attribution"]:
            console.print(f"   says so: {ev['attribution']}")
        rel_start = ev["trigger_start"] - ev["sentence_start"]
        rel_end = ev["trigger_end"] - ev["sentence_start"]
        raw = ev["sentence"]
        lead = len(raw) - len(raw.lstrip())
        sentence = Text("   \u201c" + raw.strip() + "\u201d")
        sentence.stylize("bold yellow", 4 + rel_start - lead, 4 + rel_end - lead)
        console.print(sentence)
        console.print(f"   rule: {ev['rule']}  confidence {ev['confidence']}", style="dim")
