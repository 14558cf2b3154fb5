"""Coding conventions that turn one reading into another: refusals of cooperation are
REJECT, reported obligations are DEMAND, conditional announcements of harm are THREATEN,
purpose clauses rank below the act they serve, military exercises held together are
COOPERATE and one country's are MOBILIZE, and an intended act is coded as intent (CAMEO
03, 13) only when its doer expresses the intent.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dateline.events.modality import clause_verb
from dateline.types import Actor

__all__ = [
    "COOPERATIVE",
    "VIOLENT_NOUNS",
    "violent_subject",
    "RulePattern",
    "compound_forms",
    "condition_of",
    "demanded_by",
    "exercise_type",
    "intent_expressed",
    "is_purpose",
    "is_refusal",
    "joined_lemma",
    "subject_lemmas",
]

# Subjects that are themselves violent acts: "a roadside bombing killed a soldier" is an
# attack by someone unnamed, not a non-political doer. "fire" is not one: "a fire destroyed
# the factory", "fires killed 12" are accidents or nature (``selection.natural_force``);
# the fire of guns names its weapon or side ("tank fire", "Israeli fire": an actor) or is
# "gunfire".
VIOLENT_NOUNS = frozenset(
    {
        "bomb",
        "bombing",
        "blast",
        "explosion",
        "attack",
        "shelling",
        "airstrike",
        "strike",
        "raid",
        "ambush",
        "gunfire",
        "clash",
        "fighting",
        "violence",
        "mine",
        "rocket",
        "missile",
        "shell",
        "grenade",
        "drone",
    }
)


def violent_subject(tok: Token) -> bool:
    """A subject that is itself a violent act by someone unnamed: a ``VIOLENT_NOUNS`` word,
    or the fire of weapons, which names its side, weapon or origin ("enemy fire", "rebel
    fire", "artillery fire", "fire from Syrian positions"), never a fire by itself or a
    fire of nature ("a fire", "fires", "a forest fire": ``selection.natural_force``)."""
    lemma = tok.lemma_.lower()
    if lemma in VIOLENT_NOUNS:
        return True
    if lemma != "fire" or tok.tag_ != "NN":
        return False
    return any(
        (c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() not in _NON_WEAPON_FIRE)
        or (c.dep_ == "prep" and c.lower_ == "from")
        for c in tok.children
    )


# what burns by itself: "forest fire", "house fire", "big fire"
_NON_WEAPON_FIRE = frozenset({"forest", "bush", "brush", "grass", "house", "big", "huge",
                              "large", "massive", "small", "major", "electrical", "kitchen",
                              "factory", "warehouse", "building", "apartment", "oil", "fuel"})

COOPERATIVE = frozenset({"AGREE", "CONCEDE", "COOPERATE", "CONSULT", "AID", "RETREAT"})
_REFUSAL_HEADS = frozenset({"refuse", "decline", "fail", "reject", "rule"})


_MUST = frozenset({"must", "should", "ought"})


@dataclass(frozen=True)
class RulePattern:
    """A pattern made by a rule rather than read from the lexicon."""

    lemma: str
    type: str = "DEMAND"
    mode: str | None = None
    cameo: str | None = None
    object: str = "-"
    confidence: float = 0.6
    source: str = "rule"


def is_purpose(tok: Token) -> bool:
    """A verb that states the purpose of the act it hangs on: "to demand", "demanding"."""
    if tok.pos_ != "VERB" or tok.dep_ not in ("advcl", "xcomp", "acl", "conj"):
        return False
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    return (infinitive or tok.tag_ == "VBG") and tok.head.pos_ in ("VERB", "NOUN")


def condition_of(tok: Token) -> str | None:
    """ "unless" or "if" when the trigger's clause carries such a condition."""
    v = clause_verb(tok)
    for c in v.children:
        if c.dep_ == "advcl":
            marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
            if "unless" in marks:
                return "unless"
            if "if" in marks:
                return "if"
    return None


def demanded_by(tok: Token) -> Token | None:
    """The speaker's subject when the trigger's clause says someone *must* act and is
    reported by a speaker ("X said / insisted / issued a reminder that Y must ...")."""
    v = clause_verb(tok)
    for _ in range(3):  # "the US must be ready to mediate": the obligation is on "be"
        if any(c.dep_ == "aux" and c.lower_ in _MUST for c in v.children):
            break
        nxt = v.head if v.dep_ in ("xcomp", "acomp") else None
        if nxt is not None and nxt.dep_ == "acomp":
            nxt = nxt.head
        if nxt is None or nxt == v:
            return None
        v = nxt
    else:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in _MUST for c in v.children):
        return None
    t = v
    for _ in range(4):
        if t.dep_ not in ("ccomp", "acl", "advcl", "conj", "xcomp") or t.head == t:
            return None
        parent = t.head
        if parent.pos_ in ("NOUN", "PROPN"):  # "a reminder to Iraq that it must ..."
            parent = parent.head
        subjects = [c for c in parent.children if c.dep_ == "nsubj"]
        if subjects and parent.pos_ in ("VERB", "AUX"):
            return subjects[0]
        t = parent
    return None


# Sectors whose members speak for a polity or a movement: an obligation they voice of
# another party is a demand (CAMEO 10). Analysts, economists, traders (EDU, BUS) and
# the press voice opinions.
_DEMANDING_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "PTY", "IGO", "REB", "OPP", "COP",
                                "SPY", "INS", "UAF", "LAB", "NGO", "REL", "CVL", "PRM"})


_OPINION_ROLES = frozenset({"analyst", "analysts", "economist", "economists", "trader",
                            "traders", "dealer", "dealers", "banker", "bankers",
                            "strategist", "strategists", "broker", "brokers"})


def political_speaker(a: Actor) -> bool:
    """Whether a speaker who says another party must act makes a demand of it: a state,
    an international body, an official, party, union or movement, or a person the text
    does not place (PLOVER DEMAND needs a political actor); a speaker placed in a sector
    with no political standing ("analysts said OPEC must hold to its pact", an economist,
    a bank, a trader) voices an opinion."""
    if a.kind in ("country", "igo") or a.code:
        return True
    if _DEMANDING_SECTORS.intersection(a.sectors):
        return True
    if a.sectors or (a.role or "").lower().rpartition(" ")[2] in _OPINION_ROLES:
        return False
    return a.kind in ("person", "unknown")


def is_refusal(tok: Token, cue: str) -> bool:
    """A negated cooperative act that is a refusal: under "refuse"/"decline"/"fail" to, or
    negated with "will not"/"would not"/"cannot" (a stated refusal, not a report that
    something did not happen)."""
    if cue.lower() in (
        "refused",
        "refuses",
        "refuse",
        "declined",
        "declines",
        "failed",
        "fails",
        "rejected",
    ):
        return True
    t = clause_verb(tok)
    for _ in range(4):
        aux = {c.lower_ for c in t.children if c.dep_ in ("aux", "neg")}
        if aux & {"will", "would", "wo", "ca", "can", "shall"} and aux & {"not", "n't"}:
            return True
        if t.lemma_ in _REFUSAL_HEADS:
            return True
        if t.dep_ not in ("xcomp", "conj") or t.head == t:
            break
        t = t.head
    return False


# -- what the lexicon's object and subject constraints see ----------------------------------

_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def compound_forms(tok: Token) -> list[str]:
    """ "Bangladeshi peacekeeping troops": the noun's lemma with the modifiers right before
    it, longest first, then the noun alone ("bangladeshi peacekeeping troop",
    "peacekeeping troop", "troop"). A line break inside the phrase (wrapped wire text:
    "a flooding\nemergency") is skipped."""
    mods: list[Token] = []
    i = tok.i - 1
    while i >= tok.sent.start and len(mods) < 2:
        left = tok.doc[i]
        if left.is_space:
            i -= 1
            continue
        if left.head == tok and left.dep_ in _MODIFIER_DEPS:
            mods.insert(0, left)
            i -= 1
        else:
            break
    head = tok.lemma_.lower()
    return [" ".join([*(m.lemma_.lower() for m in mods[k:]), head]) for k in range(len(mods))] + [
        head
    ]


def joined_lemma(tok: Token) -> str | None:
    """ "co-chair" split by the tokenizer into co / - / chair: the joined lemma, read from
    the head word ("chair") back over the hyphen."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ \
            and not doc[tok.i - 1].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lemma_.lower()}"
    return None


def _subject_tokens(verb: Token) -> list[Token]:
    """The verb's logical subject: its active subject, a passive's "by" agent, the noun
    an -ing participle modifies ("demonstrators protesting"), or the subject of the verb
    it is the complement or conjunct of ("declined to resign")."""
    t = verb
    for _ in range(3):
        subj = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
        subj += [o for a in t.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if subj:
            return subj
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.pos_ in ("NOUN", "PROPN"):
            return [t.head]  # "demonstrators protesting the results": the noun acts
        if t.dep_ not in ("xcomp", "conj") or t.head == t:
            return []
        t = t.head
    return []


def subject_lemmas(verb: Token) -> set[str]:
    """The lemmas a pattern's ``subject`` constraint is matched against: each subject
    noun (and its conjuncts) in its compound forms, each of its modifiers alone ("Typhoon
    Ramil" offers "typhoon"), and the same for the noun of its of-phrase ("a first patch of
    peacekeeping troops", "the deployment of NATO troops")."""
    out: set[str] = set()
    for s in _subject_tokens(verb):
        for n in (s, *s.conjuncts):
            forms = compound_forms(n)
            out.update(forms)
            out.update(f.split(" ")[0] for f in forms)
            for p in n.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in p.children:
                        if o.dep_ == "pobj":
                            forms = compound_forms(o)
                            out.update(forms)
                            out.update(f.split(" ")[0] for f in forms)
    return out


# Military exercises: "joint military operations are coded as COOPERATE but single-country
# exercises should be coded as MOBILIZE" (PLOVER 2.0 manual, MOBILIZE).
_EXERCISES = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "wargame", "war game"})
_JOINT_MODIFIERS = frozenset(
    {"joint", "combined", "bilateral", "trilateral", "multilateral", "multinational"}
)
_PARTNER_PREPS = frozenset({"with", "alongside"})


def exercise_type(
    tok: Token, type_: str, source_countries: set[str], target_countries: set[str]
) -> str | None:
    """COOPERATE or MOBILIZE for a military exercise by who holds it, or None when the
    trigger is no exercise or the parties do not say: "French and Egyptian warships
    launched war games" (two countries: COOPERATE), "exercises with the US navy"
    (a partner: COOPERATE), "the Chinese navy began exercises" (one: MOBILIZE)."""
    if (
        type_ not in ("MOBILIZE", "COOPERATE")
        or tok.pos_ != "NOUN"
        or _EXERCISES.isdisjoint(compound_forms(tok))
    ):
        return None
    joint = any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in _JOINT_MODIFIERS
        for c in tok.children
    )
    # "held exercises with the US navy": the partner may hang on the light verb
    heads = [tok, tok.head] if tok.dep_ in ("dobj", "nsubjpass") else [tok]
    partner = any(
        c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS for h in heads for c in h.children
    ) and bool(target_countries - source_countries)
    if joint or partner or len(source_countries) > 1:
        return "COOPERATE"
    return "MOBILIZE" if len(source_countries) == 1 else None


# -- who expresses an intended act ----------------------------------------------------------

# verbs, adjectives and nouns by which a doer states its will to act ("pledged to expel",
# "is ready to talk", "expressed willingness to mediate", "threatened to strike")
_INTENT_WORDS = frozenset(
    {
        "want", "wish", "hope", "plan", "intend", "aim", "seek", "pledge", "promise", "vow",
        "swear", "offer", "agree", "undertake", "commit", "decide", "resolve", "threaten",
        "propose", "volunteer", "ready", "willing", "determined", "eager", "keen",
        "prepared", "readiness", "willingness", "intention", "intent", "commitment",
        "determination", "desire", "bid",
    }
)
# speech verbs whose clause is the speaker's own announcement ("said it will send a team")
_ANNOUNCING = frozenset(
    {
        "say", "announce", "state", "tell", "declare", "insist", "confirm", "indicate",
        "signal", "warn", "reiterate", "add", "assure", "stress", "affirm", "write",
    }
)


def intent_expressed(tok: Token) -> bool:
    """Whether the doer of the intended act ``tok`` states the intent: the act is the
    complement of an intent word ("wants to attack", "pledged to expel", "ready to
    talk", "its willingness to mediate") or the clause of an announcement ("Interpol said
    it will send a team"). CAMEO codes these as intent (03) or threat (13); a reported
    plan or schedule ("is scheduled to attend", "will visit Beijing next week", "prepared
    to attend" as getting ready) is coded as the act itself, as CAMEO's dictionaries do
    (the WILL -> 030 pattern was removed from them as an over-coding bug)."""
    t = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" else tok
    for _ in range(4):  # "said it will hold talks": from the light verb
        if t.dep_ not in ("xcomp", "ccomp", "acl", "conj", "advcl") or t.head == t:
            return False
        head = t.head
        lemma = head.lemma_.lower()
        if t.dep_ in ("xcomp", "acl") and (lemma in _INTENT_WORDS or head.lower_ in _INTENT_WORDS):
            return not (lemma == "prepare" or head.lower_ == "prepared" and head.pos_ == "VERB")
        if t.dep_ == "ccomp" and lemma in _ANNOUNCING:
            return True
        if t.dep_ == "advcl":
            return False
        t = head
    return False
