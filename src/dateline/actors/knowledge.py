"""World knowledge from imported actor dictionaries, used only when the text says nothing
better. Roles may be dated; the role in force on the article's date is chosen."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dateline.actors.coref import name_key

__all__ = ["ActorKnowledge", "KnownActor", "KnownRole"]


@dataclass(frozen=True)
class KnownRole:
    country: str | None  # ISO3, or None (IGOs, NGOs)
    sectors: tuple[str, ...] = ()
    role: str | None = None
    start: date | None = None  # inclusive; None = open
    end: date | None = None  # inclusive; None = open
    code: str | None = None  # IGO code (e.g. "UNO")

    def holds_on(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass
class KnownActor:
    actor_id: str
    name: str
    roles: list[KnownRole] = field(default_factory=list)


class ActorKnowledge:
    """Name (and alias) -> known actor, with dated roles."""

    def __init__(self, actors: list[KnownActor] | None = None,
                 aliases: dict[str, str] | None = None) -> None:
        self._by_id: dict[str, KnownActor] = {}
        self._by_key: dict[tuple[str, ...], str] = {}
        for a in actors or []:
            self.add(a)
        for alias, actor_id in (aliases or {}).items():
            self.add_alias(alias, actor_id)

    def __len__(self) -> int:
        return len(self._by_id)

    def add(self, actor: KnownActor) -> None:
        self._by_id[actor.actor_id] = actor
        self.add_alias(actor.name, actor.actor_id)

    def add_alias(self, alias: str, actor_id: str) -> None:
        key = name_key(alias)
        if key and actor_id in self._by_id:
            self._by_key.setdefault(key, actor_id)

    def find(self, name: str) -> KnownActor | None:
        actor_id = self._by_key.get(name_key(name))
        return self._by_id.get(actor_id) if actor_id else None

    def role_on(self, name: str, on: date) -> tuple[KnownActor, KnownRole] | None:
        """The role in force on ``on``: a dated role whose range holds, else an undated
        role, else the country of the nearest dated role with no sector."""
        actor = self.find(name)
        if actor is None or not actor.roles:
            return None
        held = [r for r in actor.roles if r.dated and r.holds_on(on)]
        if held:
            return actor, held[-1]
        undated = [r for r in actor.roles if not r.dated]
        if undated:
            return actor, undated[0]

        def distance(r: KnownRole) -> int:
            if r.end is not None and r.end < on:
                return (on - r.end).days
            if r.start is not None and r.start > on:
                return (r.start - on).days
            return 0

        nearest = min(actor.roles, key=distance)
        return actor, KnownRole(nearest.country, (), None, None, None, nearest.code)
