"""Evaluate actor coding against the NGEC actor-coding cases (../shared/gold/ngec_actors/).

Prints country accuracy and sector (code_1) accuracy, split into

- descriptions: phrases that say who the actor is ("the Mongolian President", "seoul
  metropolitan police"; a lower-case word, a title, or a demonym/country beside other
  words); targets: country 0.90, sector 0.80;
- places: bare country, capital and demonym names ("CANBERRA", "Palestinians");
- names: bare names of people, parties and organisations ("Hashim Thaci", "BJP"), which
  need world knowledge: scored without and with the Phoenix actor dictionaries
  (../shared/gold/petrarch2_unittest/Phoenix.*.actors.txt) imported into a registry;

and the throughput of the actor stage on pre-parsed news (Reuters-21578 bodies).

Conventions used to compare dateline's Actor with the NGEC fields (documented, not tuned
per case):

- country slot: an international organisation (or an actor coded with an IGO's code)
  fills it with the organisation's family (UNO for the UN system, EUR for the EU, IGO
  otherwise), as NGEC does; else the ISO3 country, or "" when unknown;
- code_1: the first sector that is not "IGO"; with no sector, "" for countries, places
  and demonym groups, "UNK" otherwise; no actor at all (e.g. "yesterday") is "JNK";
- expected values {"In": [...]} and {"NotEq": x} are honoured; "????" and absent keys
  are not scored; "today" is read as EVAL_TODAY.

Run: .venv/bin/python eval/actors.py
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
GOLD = SHARED / "gold" / "ngec_actors" / "actor_coding_dev.jsonl"
PHOENIX = [SHARED / "gold" / "petrarch2_unittest" / f"Phoenix.{n}.actors.txt"
           for n in ("Countries", "International")]
CORPUS = SHARED / "corpus" / "reuters21578.jsonl"
PLOVER_GSR = SHARED / "gold" / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
# CAMEO country codes in the PLOVER GSR that differ from ISO 3166-1 alpha-3
_CAMEO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "KSV": "XKX", "ROM": "ROU"}
_UNSCORED_COUNTRY = {"IMG", "ISM"}  # CAMEO transnational groups: no country slot to compare
EVAL_TODAY = date(2023, 1, 1)  # the NGEC cases were written in 2022; "today" means then

TARGETS = {"description": {"country": 0.90, "sector": 0.80}}

_TITLE_WORDS = {"president", "minister", "general", "sen.", "senator", "secretary", "chief",
                "director", "prime", "deputy", "police", "ministry", "defense", "defence",
                "chancellor", "king", "governor", "mayor", "ambassador", "colonel-general",
                "army", "party", "council", "court", "government"}
_PARTICLES = {"of", "the", "and", "de", "al", "la", "le", "van", "von", "bin", "da", "del"}

__all__ = ["Case", "Score", "categorise", "gsr_expected", "load_cases", "match",
           "parse_when", "predicted_slots", "score_cases", "score_plover_gsr"]


@dataclass(frozen=True)
class Case:
    test: str
    text: str
    context: str
    when: date
    expected: dict[str, Any]
    category: str


@dataclass
class Score:
    country_right: int = 0
    country_total: int = 0
    sector_right: int = 0
    sector_total: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def country(self) -> float:
        return self.country_right / self.country_total if self.country_total else 0.0

    @property
    def sector(self) -> float:
        return self.sector_right / self.sector_total if self.sector_total else 0.0


def parse_when(text: str) -> date:
    text = (text or "").strip()
    if not text or text.lower() == "today":
        return EVAL_TODAY
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    for fmt in ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%d %B %Y"):
        try:
            from datetime import datetime

            return datetime.strptime(text.title(), fmt).date()
        except ValueError:
            continue
    return EVAL_TODAY


def categorise(text: str, is_place: Callable[[str], bool]) -> str:
    """description | place | name, from the words alone (see the module docstring)."""
    words = [w for w in text.replace("\u2019", "'").split() if any(c.isalpha() for c in w)]
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words:
        return "description"
    if is_place(" ".join(words)):
        return "place"
    for w in words:
        low = w.lower().strip(",.'")
        if w[:1].islower() and low not in _PARTICLES:
            return "description"
        if low in _TITLE_WORDS or low.endswith("'s"):
            return "description"
    if len(words) > 1 and any(is_place(w) for w in words):
        return "description"
    return "name"


def load_cases(path: Path, is_place: Callable[[str], bool]) -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("function") not in ("agent_to_code", "short_text_to_agent"):
            continue
        args = list(row["args"]) + ["", ""]
        text, context, when = args[0], args[1] or "", args[2] or ""
        cases.append(Case(row["test"], text, context, parse_when(when), row["expected"],
                          categorise(text, is_place)))
    return cases


def predicted_slots(actor: Any, family_of: Callable[[str], str | None]) -> tuple[str, str]:
    """(country slot, code_1) of a dateline Actor under the NGEC conventions."""
    if actor is None:
        return "", "JNK"
    country = actor.country or ""
    if actor.code and (actor.kind == "igo" or "IGO" in actor.sectors):
        country = family_of(actor.code) or "IGO"
    sectors = [s for s in actor.sectors if s != "IGO"]
    if sectors:
        code = sectors[0]
    elif actor.kind in ("country", "place", "group", "igo"):
        code = ""
    else:
        code = "UNK"
    return country, code


def match(predicted: str, expected: Any) -> bool | None:
    """True/False, or None when the expectation is not scorable."""
    if isinstance(expected, dict):
        if "In" in expected:
            return predicted in expected["In"]
        if "NotEq" in expected:
            return predicted != expected["NotEq"]
        return None
    if expected == "????":
        return None
    return predicted == (expected or "")


def score_cases(cases: Iterable[Case], code: Callable[[Case], Any],
                family_of: Callable[[str], str | None]) -> dict[str, Score]:
    scores: dict[str, Score] = {}
    for case in cases:
        s = scores.setdefault(case.category, Score())
        country, code_1 = predicted_slots(code(case), family_of)
        miss = []
        if "country" in case.expected:
            ok = match(country, case.expected["country"])
            if ok is not None:
                s.country_total += 1
                s.country_right += int(ok)
                if not ok:
                    miss.append(f"country {country!r} != {case.expected['country']!r}")
        if "code_1" in case.expected:
            ok = match(code_1, case.expected["code_1"])
            if ok is not None:
                s.sector_total += 1
                s.sector_right += int(ok)
                if not ok:
                    miss.append(f"code_1 {code_1!r} != {case.expected['code_1']!r}")
        if miss:
            s.misses.append(f"{case.text!r}: " + "; ".join(miss))
    return scores


def gsr_expected(actor: dict[str, Any]) -> tuple[str | None, str | None]:
    """(country, sector) a PLOVER GSR actor expects; None where it is not scorable."""
    code = (actor.get("code") or "").strip().upper()
    country: str | None = _CAMEO_ISO.get(code, code) or None
    if country in _UNSCORED_COUNTRY:
        country = None
    if country == "NGO":
        country = ""
    sector = (actor.get("sector") or "").strip()
    sector_code: str | None = sector[:3].upper() if sector[:3].isalpha() else None
    if sector_code == "CIV":
        sector_code = "CVL"
    return country, sector_code


def _find_loose(text: str, phrase: str) -> tuple[int, int] | None:
    """Where ``phrase`` occurs in ``text``, ignoring spacing; '...' in the gold phrase
    stands for omitted words ("U.S. ... negotiators")."""
    parts = [p for p in re.split(r"\s*\.\.\.?\s*", phrase) if p.strip()]
    if not parts:
        return None
    pattern = r".{0,80}?".join(r"\s+".join(re.escape(w) for w in p.split()) for p in parts)
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None


def score_plover_gsr(coder: Any, nlp: Any, family_of: Callable[[str], str | None]
                     ) -> dict[str, Score]:
    """Source and target actors of the PLOVER GSR sentences, coded in context: the actor
    at the gold actor text's tokens (``DocActors.actor_at``), compared on country (IGOs
    as "IGO") and on the first sector."""
    records = json.loads(PLOVER_GSR.read_text(encoding="utf-8"))
    scores = {"source": Score(), "target": Score()}
    rows = [r for r in records if r.get("text") and (isinstance(r.get("source"), list)
                                                     or isinstance(r.get("target"), list))]
    docs = nlp.pipe([r["text"] for r in rows], batch_size=64)
    for rec, doc in zip(rows, docs, strict=True):
        actors = coder.for_doc(doc, date(2000, 1, 1))
        for role in ("source", "target"):
            gold = rec.get(role)
            if not isinstance(gold, list):
                continue
            s = scores[role]
            for g in gold:
                text = (g.get("actorText") or "").strip()
                hit = _find_loose(rec["text"], text) if text else None
                found = None
                if hit is not None:
                    span = doc.char_span(hit[0], hit[1], alignment_mode="expand")
                    toks = list(span or [])
                    if span is not None:  # the phrase's head first, unless it stands for
                        # several actors ("Hungarian and Romanian officials")
                        rest = [t for t in reversed(toks) if t != span.root]
                        several = len(actors.actors_at(span.root)) > 1
                        toks = rest + [span.root] if several else [span.root] + rest
                    for tok in toks:
                        found = actors.actor_at(tok)
                        if found is not None:
                            break
                country, code_1 = predicted_slots(found, family_of)
                if country in ("UNO", "EUR"):
                    country = "IGO"
                want_country, want_sector = gsr_expected(g)
                miss = []
                if want_country is not None:
                    s.country_total += 1
                    s.country_right += int(country == want_country)
                    if country != want_country:
                        miss.append(f"country {country!r} != {want_country!r}")
                if want_sector is not None:
                    s.sector_total += 1
                    s.sector_right += int(code_1 == want_sector)
                    if code_1 != want_sector:
                        miss.append(f"sector {code_1!r} != {want_sector!r}")
                if miss:
                    s.misses.append(f"{text!r} in {rec['id']}: " + "; ".join(miss))
    return scores


def _throughput(coder: Any, n_docs: int = 150) -> tuple[int, int, float]:
    from dateline.nlp import load_nlp

    texts = []
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            body = json.loads(line).get("body") or ""
            if len(body) > 400:
                texts.append(body[:4000])
            if len(texts) >= n_docs:
                break
    docs = list(load_nlp().pipe(texts, batch_size=32))
    t0 = time.perf_counter()
    mentions = 0
    for doc in docs:
        mentions += len(coder.for_doc(doc, date(1987, 3, 1)).mentions)
    return len(docs), mentions, time.perf_counter() - t0


def main(argv: list[str]) -> int:
    if not GOLD.is_file():
        print(f"gold file not found: {GOLD}", file=sys.stderr)
        return 2
    import duckdb

    from dateline.actors import ActorCoder
    from dateline.actors.countries import country_lexicon
    from dateline.actors.dictionary import import_dictionary
    from dateline.actors.organisations import org_lexicon
    from dateline.actors.registry import load_knowledge

    lex = country_lexicon()
    cases = load_cases(GOLD, lambda t: lex.find(t, cities=False) is not None
                       or t.lower() in lex.capitals)
    families = {o.code: o.family for o in org_lexicon().by_name.values() if o.code}

    def family_of(code: str) -> str | None:
        return families.get(code) or ("UNO" if code == "UNO" else None)

    plain = ActorCoder()
    verbose = "-v" in argv

    def run(coder: Any) -> dict[str, Score]:
        return score_cases(cases, lambda c: coder.code_phrase(c.text, c.when, c.context),
                           family_of)

    t0 = time.perf_counter()
    base = run(plain)
    phrase_rate = len(cases) / (time.perf_counter() - t0)
    with tempfile.TemporaryDirectory() as tmp:
        con = duckdb.connect(str(Path(tmp) / "k.duckdb"))
        n_imported = sum(import_dictionary(con, p) for p in PHOENIX if p.is_file())
        knowledge = load_knowledge(con)
        con.close()
    with_dict = run(ActorCoder(knowledge))

    print(f"NGEC actor cases: {len(cases)} ({GOLD.name})")
    print(f"{'subset':<28}{'n(country)':>11}{'country':>9}{'n(code_1)':>11}{'sector':>8}"
          f"{'target':>16}")
    for cat in ("description", "place", "name"):
        for label, scores in (("", base), (" + Phoenix dict", with_dict)):
            if cat != "name" and label:
                continue
            s = scores.get(cat, Score())
            tgt = TARGETS.get(cat)
            tgt_txt = f"{tgt['country']:.2f} / {tgt['sector']:.2f}" if tgt else ""
            print(f"{cat + label:<28}{s.country_total:>11}{s.country:>9.3f}"
                  f"{s.sector_total:>11}{s.sector:>8.3f}{tgt_txt:>16}")
    print(f"(Phoenix dictionaries imported: {n_imported} actors)")
    if verbose:
        for cat, s in base.items():
            print(f"\n-- misses ({cat}) --")
            for m in s.misses:
                print("  ", m)
        print("\n-- misses (name, with Phoenix) --")
        for m in with_dict.get("name", Score()).misses:
            print("  ", m)
    if PLOVER_GSR.is_file():
        from dateline.nlp import load_nlp

        gsr = score_plover_gsr(plain, load_nlp(), family_of)
        gsr_dict = score_plover_gsr(ActorCoder(knowledge), load_nlp(), family_of)
        print("\nPLOVER GSR source/target actors, coded in context (sentence by sentence):")
        for label, result in (("", gsr), (" + Phoenix dict", gsr_dict)):
            for role, s in result.items():
                print(f"{role + label:<28}{s.country_total:>11}{s.country:>9.3f}"
                      f"{s.sector_total:>11}{s.sector:>8.3f}")
        if verbose:
            for role, s in gsr.items():
                print(f"\n-- misses (PLOVER GSR {role}) --")
                for m in s.misses:
                    print("  ", m)
    print(f"\nphrase coding: {phrase_rate:.0f} phrases/s (including spaCy parsing)")
    if CORPUS.is_file():
        n_docs, n_mentions, secs = _throughput(plain)
        print(f"actor stage on pre-parsed Reuters bodies: {n_docs} articles, {n_mentions} "
              f"mentions in {secs:.2f} s = {n_docs / secs:.0f} articles/s, "
              f"{n_mentions / secs:.0f} mentions/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
