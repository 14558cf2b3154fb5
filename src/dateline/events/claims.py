"""Claims of responsibility: "al-Shabab is claiming responsibility for a deadly attack
targeting shoppers in Kenya". The claimant is the doer of the act claimed; the convention
for attacks with no doer named (the unidentified armed men of the place, see
``parties.settle_parties``) gives way to it.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.types import Event

__all__ = ["claimant_act", "unclaimed"]

_UNATTRIBUTED = "unattributed-"


def unclaimed(act: Event) -> bool:
    """Does the act name no doer of its own (none, or only the place's unidentified
    armed men or authorities of the unattributed-act convention)?"""
    return all(a.rule.startswith(_UNATTRIBUTED) for a in act.sources)


def claimant_act(act: Event, claim: Event) -> Event:
    """The claimed ``act`` with the sources of the ``claim`` of responsibility for it."""
    who = claim.sources[0].text if claim.sources else ""
    return replace(act, sources=claim.sources, joint=False, rule=f"{act.rule}; claimant:{who}")
