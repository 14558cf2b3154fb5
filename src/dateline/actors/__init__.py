"""Actors: who did it, with country, sector and role, read from the text itself.

Interface used by the rest of dateline:

- ``ActorCoder(knowledge=None)``: loads lexicons once per process; ``knowledge`` is
  optional world knowledge from imported dictionaries (see ``registry.load_knowledge``).
- ``ActorCoder.for_doc(doc, published, title=None) -> DocActors``: finds and codes every
  actor mention of one parsed article, with coreference resolved; ``title`` (the
  article's title, when not part of the text) is context for the home country only.
- ``DocActors.mentions``: list[Actor]; ``DocActors.actor_at(token) -> Actor | None``:
  the actor whose noun phrase contains ``token``, with "he"/"Singh" resolved to the
  full mention's coding.
- ``ActorCoder.code_phrase(text, published, context)``: code one standalone phrase.

Modules: ``countries`` (names, demonyms, capitals -> ISO3), ``organisations`` (IGOs and
home countries of institutions), ``roles`` (titles and nominal actors -> sectors),
``describe`` (one noun phrase), ``mentions`` (finding mentions), ``coref`` (names and
pronouns), ``wire_mentions`` (capitals taken for people, place-named bodies),
``context`` (home country, predicates), ``coding`` (the coder), ``knowledge``,
``registry`` (DuckDB tables) and ``dictionary`` (PETRARCH/Phoenix and CSV import).
"""

from __future__ import annotations

from dateline.actors.coding import ActorCoder, DocActors
from dateline.actors.knowledge import ActorKnowledge, KnownActor, KnownRole

__all__ = ["ActorCoder", "ActorKnowledge", "DocActors", "KnownActor", "KnownRole"]
