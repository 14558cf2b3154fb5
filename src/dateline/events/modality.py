"""Modality: did it happen, is it only planned, hedged, negated or denied (who says so is
read in ``attribution``).

Modality values: asserted, planned, possible, negated, hypothetical, denied. A clause that
is an embedded question ("no word whether Singh is expected to enter into deals") is not a
claim at all: ``is_embedded_question`` tells the extractor to code nothing from it.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.evaluation import evaluated_act
from dateline.events.nominal_args import (
    WEIGHING_VERBS,
    directed_doers,
    gerund_governor,
    planning_verb,
)

__all__ = [
    "SAY_VERBS",
    "clause_verb",
    "is_embedded_question",
    "modality_of",
]

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
POSSIBLE_AUX = frozenset({"might", "may", "could", "can", "ca"})
HYPOTHETICAL_AUX = frozenset({"would", "should", "must", "ought"})
# Heads whose infinitival complement is planned, possible, negated or denied.
PLAN_HEADS = frozenset({
    "plan", "intend", "schedule", "set", "due", "prepare", "aim", "vow", "pledge",
    "promise", "agree", "decide", "resolve", "want", "wish", "seek", "hope", "go",
    "propose", "offer", "threaten", "arrange", "commit", "undertake", "mean", "ready",
    "prepared", "poised", "willing", "eager", "determined", "keen", "certain", "sure",
    "bound"})
# Aspectual and implicative heads: their complement happens ("continued to send arms",
# "managed to reach the border"); the head's own auxiliaries still count ("will continue").
ASPECT_HEADS = frozenset(
    {"continue", "keep", "resume", "begin", "start", "manage", "proceed", "resort", "go on",
     "help"}
    # implicative causatives: "the incident prompted Seoul to summon the ambassador",
    # "forced them to flee" (the act took place; a "will force" is planned on the head)
    | {"prompt", "force", "compel", "cause", "spur"}
)
# Communicative acts done *by* the act they are the purpose of: "rallied to demand the
# release", "summoned the ambassador to protest the seizure" (the demand and the protest are
# made, not planned).
EXPRESSIVE_PURPOSES = frozenset(
    {
        "demand",
        "protest",
        "denounce",
        "condemn",
        "criticize",
        "criticise",
        "urge",
        "press",
        "call",
        "appeal",
        "mark",
        "commemorate",
        "express",
        "voice",
        "show",
        "signal",
        "register",
        "oppose",
        "decry",
        "highlight",
        "honour",
        "honor",
        "celebrate",
        "mourn",
    }
)
# Nouns of trying: "an attempt to assassinate the governor" is an act whose outcome is open.
ATTEMPT_NOUNS = frozenset({"attempt", "bid", "effort", "try"})
# Temporal conjunctions whose present-tense clause refers to the future: "comes a day
# before Sarkozy heads to Beijing", "will stay until the president arrives".
FUTURE_MARKS = frozenset({"before", "until", "till", "once"})
# Heads of mandative clauses: "demanded that the curbs be lifted", "its demand that Israel
# ease restrictions" (the demanded act has not happened: hypothetical).
MANDATIVE_HEADS = frozenset(
    {
        "demand",
        "insist",
        "urge",
        "ask",
        "request",
        "require",
        "propose",
        "recommend",
        "suggest",
        "call",
        "order",
        "appeal",
        "plea",
        "proposal",
        "recommendation",
        "requirement",
    }
)
POSSIBLE_HEADS = frozenset(
    {
        "expect",
        "likely",
        "possible",
        "consider",
        "try",
        "attempt",
        "may",
        "seem",
        "appear",
        "mull",
        "weigh",
        "explore",
        "unlikely",
    }
)
NEGATING_HEADS = frozenset(
    {"refuse", "decline", "fail", "reject", "stop", "cease", "halt", "avoid"}
)
DENYING_HEADS = frozenset({"deny", "dismiss", "rebut", "refute"})
# nouns of an act not done: "the failure of the ministers to agree", "its refusal to talk"
FAILURE_NOUNS = frozenset({"failure", "refusal", "inability"})
QUESTION_NOUNS = frozenset(
    {
        "word",
        "question",
        "clarity",
        "confirmation",
        "indication",
        "sign",
        "doubt",
        "news",
        "decision",
        "information",
    }
)
QUESTION_VERBS = frozenset(
    {
        "ask",
        "wonder",
        "know",
        "say",
        "tell",
        "decide",
        "clear",
        "confirm",
        "unclear",
        "see",
        "discuss",
        "determine",
    }
)
NEGATIVE_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
SAY_VERBS = frozenset(
    {
        "say",
        "tell",
        "state",
        "announce",
        "confirm",
        "report",
        "add",
        "claim",
        "note",
        "reveal",
        "disclose",
        "insist",
        "assert",
        "declare",
        "explain",
        "stress",
        "quote",
        "allege",
        "write",
        "tweet",
        "indicate",
        "maintain",
        "argue",
        "suggest",
        "acknowledge",
        "admit",
        "inform",
        "warn",
    }
)
_LINKS = ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp", "auxpass", "relcl")


def _is_clause_head(t: Token, trigger: Token) -> bool:
    """A verb that heads a clause of its own: not a participle used as a modifier
    ("pertaining to", "honouring") unless it is the trigger itself."""
    if t.pos_ not in ("VERB", "AUX") or t.dep_ in ("amod", "compound"):
        return False
    if t == trigger:
        return True
    return not (
        t.tag_ in ("VBG", "VBN")
        and t.dep_ in ("acl", "pcomp", "advcl")
        and not any(c.dep_ in ("aux", "auxpass") for c in t.children)
    )


def clause_verb(trigger: Token) -> Token:
    """The verb whose clause the trigger belongs to (the trigger itself for verbs)."""
    t = trigger
    for _ in range(8):
        if _is_clause_head(t, trigger):
            return t
        if t.head == t:
            return t
        t = t.head
    return trigger


def _has_neg(t: Token) -> bool:
    if any(c.dep_ == "neg" for c in t.children):
        return True
    return any(
        c.lower_ in ("no", "never") and c.dep_ in ("det", "advmod", "neg") for c in t.children
    )


def _aux(t: Token) -> set[str]:
    return {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}


def is_embedded_question(trigger: Token) -> bool:
    """True when the trigger's clause is introduced by "whether" (or "if" as a question)
    under a noun or verb of asking or knowing: such clauses assert nothing."""
    t = clause_verb(trigger)
    for _ in range(6):
        marks = {c.lower_ for c in t.children if c.dep_ in ("mark", "advmod", "preconj")}
        if "whether" in marks:
            return True
        if (
            "if" in marks
            and t.dep_ in ("ccomp", "acl", "xcomp")
            and (t.head.lemma_ in QUESTION_VERBS or t.head.lemma_ in QUESTION_NOUNS)
        ):
            return True
        if t.head == t:
            return False
        if t.dep_ in _LINKS or t.dep_ in ("acl", "dobj", "pobj", "prep"):
            t = t.head
        else:
            return False
    return False


def modality_of(trigger: Token) -> tuple[str, str]:
    """(modality, cue) for the event signalled by ``trigger``."""
    if trigger.pos_ == "NOUN" and _has_neg(trigger):
        return "negated", "no"
    governor = gerund_governor(trigger)
    if governor is not None:  # "denied moving troops": the gerund is the head's object
        if governor.lemma_ in DENYING_HEADS | NEGATING_HEADS:
            if _has_neg(governor):  # "did not deny moving", "did not stop sending"
                return ("possible", "not denied") if governor.lemma_ in DENYING_HEADS \
                    else modality_of(governor)
            return ("denied" if governor.lemma_ in DENYING_HEADS else "negated"), \
                governor.text
        outer = modality_of(governor)
        if outer[0] == "asserted" and governor.lemma_ in POSSIBLE_HEADS | {"risk"}:
            return "possible", governor.text  # "considered moving troops"
        return outer
    planner = planning_verb(trigger) if trigger.pos_ in ("NOUN", "PROPN") else None
    if planner is not None:
        # "plans a visit", "authorised the deployment": planned or permitted, not done;
        # "is considering a visit": possible; "did not approve the strike": negated
        outer = modality_of(planner)
        if outer[0] != "asserted":
            return outer
        weighed = planner.lemma_.lower() in WEIGHING_VERBS
        return ("possible" if weighed else "planned"), planner.text
    v = clause_verb(trigger)
    t = v
    hedge: tuple[str, str] | None = None
    plan: tuple[str, str] | None = None
    in_report = _reported(v)
    via = ""  # how the walk reached t: a conjoined verb's meaning does not govern ours
    for _ in range(6):
        aux = _aux(t)
        head_word = t != v and via != "conj"  # "denied X and attacked Y": attacked
        evaluative = evaluated_act(t)
        if evaluative is not None:  # "it would be foolish for Japan to strike back"
            return "hypothetical", evaluative
        if t.lemma_ in DENYING_HEADS and head_word:
            # "did not deny sending troops": neither asserted nor denied
            return ("possible", "not denied") if _has_neg(t) else ("denied", t.text)
        if (
            head_word
            and t.lemma_ == "rule"
            and any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children)
        ):
            # "ruled out talks" is negated; "did not rule out seeking sanctions" a hedge
            return ("possible", "not ruled out") if _has_neg(t) else ("negated", "ruled out")
        if _has_neg(t) and (t == v or t.dep_ != "ccomp" or via != "ccomp"):
            # "said it is not willing to accept": the negated head of a reported clause
            return "negated", "not"
        if t.lemma_ in NEGATING_HEADS and head_word:
            return "negated", t.text
        if (
            any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children)
            and t.dep_ == "advcl"
        ):
            return "hypothetical", "if"
        if aux & POSSIBLE_AUX or t.lower_ in POSSIBLE_AUX:
            hedge = hedge or ("possible", next(iter(aux & POSSIBLE_AUX), t.text))
        if aux & HYPOTHETICAL_AUX:
            label = "planned" if in_report and "would" in aux else "hypothetical"
            plan = plan or (label, next(iter(aux & HYPOTHETICAL_AUX)))
        if aux & FUTURE_AUX:
            plan = plan or ("planned", "will")
        if t == v and t.tag_ in ("VBZ", "VBP") and not aux:
            mark = next((c.lower_ for c in t.children
                         if c.dep_ == "mark" and c.lower_ in FUTURE_MARKS), None)
            if mark is not None:  # a present tense after "before" is the future
                plan = plan or ("planned", mark)
        if head_word and (t.lemma_ in POSSIBLE_HEADS or t.lower_ in POSSIBLE_HEADS):
            hedge = hedge or ("possible", t.text)
        if head_word and t.lemma_ in PLAN_HEADS and (t.lemma_ != "go" or t.tag_ == "VBG"):
            plan = plan or ("planned", t.text)  # "is going to sign"; not "went ... and"
        if head_word and t.lemma_ == "be" and any(c.dep_ == "xcomp" for c in t.children):
            plan = plan or ("planned", "is to")
        directed = _directed_act(t)
        if directed is not None and directed[0] == "negated":
            return directed
        if directed is not None:
            plan = plan or directed
        if t.dep_ == "xcomp" and any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children):
            if (
                t.head.lemma_
                not in PLAN_HEADS | POSSIBLE_HEADS | NEGATING_HEADS | DENYING_HEADS | ASPECT_HEADS
                and t.head.pos_ == "VERB"
                and t == v
            ):
                plan = plan or ("planned", "to")
        if t.dep_ in ("advcl", "acl") and any(
            c.lower_ == "to" and c.dep_ == "aux" for c in t.children
        ):
            if t.dep_ == "acl" and t.head.lemma_.lower() in FAILURE_NOUNS:
                return "negated", t.head.text  # "the failure of OPEC to agree on quotas"
            if t.dep_ == "acl" and t.head.lemma_.lower() in ATTEMPT_NOUNS:
                hedge = hedge or ("possible", t.head.text)
            elif t.lemma_ in EXPRESSIVE_PURPOSES and t == v:
                pass  # "rallied to demand": the demand is made by rallying
            elif _steps_taken(t):
                pass  # "took steps to enhance freedoms": the steps carry the act out
            elif t.dep_ == "advcl" or t.head.lower_ == "order":
                plan = plan or ("planned", "in order to")
        mandate = _mandative(t)
        if mandate:
            return "hypothetical", mandate
        if t.dep_ not in _LINKS or t.head == t:
            break
        if t.dep_ == "ccomp" and t.head.lemma_ in SAY_VERBS:
            break
        if t.dep_ in ("conj",):  # a conjoined verb shares only its own auxiliaries
            if not (_aux(t) or _has_neg(t)):
                via, t = t.dep_, t.head
                continue
            break
        via, t = t.dep_, t.head
    if hedge:
        return hedge
    if plan:
        return plan
    if v.tag_ == "VBG" and v.dep_ in ("ROOT",) and "be" not in {c.lemma_ for c in v.children}:
        return "asserted", "headline"
    return "asserted", v.tag_ or "verb"


# Heads that want or direct *another* party's act: "wants Germany to attack", "urged Iran
# to talk", "pressure on Iran to halt". The act is the head's wish, not the doer's plan.
DIRECTING_HEADS = frozenset({
    "want", "wish", "like", "prefer", "need", "urge", "ask", "call", "press", "push", "tell",
    "order", "request", "invite", "encourage", "advise", "beg", "implore", "appeal",
    "pressure", "pressurise", "pressurize", "instruct", "direct", "command", "require",
    "challenge"})


_SPURNING_HEADS = NEGATING_HEADS | {"defy", "ignore", "resist", "rebuff", "spurn", "turn"}


def _directed_act(t: Token) -> tuple[str, str] | None:
    """Hypothetical, with its cue, when ``t`` is an infinitive whose act one party wants
    or directs another to do: its own subject ("wants Germany to attack"), the head's
    object ("urged Iran to talk", "called on Iran to"), or the addressee of a noun of
    directing ("gave permission to Russia to help", "faces pressure to resign");
    negated when the direction is spurned ("rejected an invitation to attend")."""
    if not any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children) or t.head == t:
        return None
    head = t.head
    if t.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in DIRECTING_HEADS:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and t.dep_ == "ccomp":
            return "hypothetical", head.text
        if t.dep_ == "xcomp" and any(
            c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("on", "upon"))
            for c in head.children
        ):
            return "hypothetical", head.text
    if directed_doers(t):
        noun = head if t.dep_ == "acl" else next(
            (o for o in head.children if o.dep_ == "dobj"), head)
        if noun.dep_ == "dobj" and (noun.head.lemma_.lower() in _SPURNING_HEADS
                                    or _has_neg(noun.head)):
            return "negated", noun.head.text  # "would not give permission to X to"
        return "hypothetical", noun.text
    return None


_STEPS = frozenset({"step", "measure", "action"})


def _steps_taken(t: Token) -> bool:
    """ "has taken steps to enhance political freedoms", "steps to ease the curfew": the
    infinitive names what the steps do, which is asserted with them."""
    head = t.head
    if t.dep_ == "acl":
        return head.lemma_.lower() in _STEPS
    return head.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _STEPS for c in head.children
    )


def _mandative(t: Token) -> str | None:
    """The cue when ``t`` heads a mandative "that" clause: the complement of a verb or
    noun of demanding ("demanded that troops be withdrawn"), or a subjunctive (a bare verb
    with its own subject and no auxiliary: "its demand today that Israel ease curbs")."""
    if t.dep_ not in ("ccomp", "acl") or t.head == t:
        return None
    head = t.head
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
    if not has_subject or any(a.lower_ == "to" for a in auxes):
        return None  # infinitives are read by the caller ("urged Iran to talk": planned)
    if head.lemma_.lower() in MANDATIVE_HEADS and head.lemma_ not in SAY_VERBS:
        return head.text
    if not that:
        return None
    if t.tag_ == "VB" and not auxes:
        return "subjunctive"
    if len(auxes) == 1 and auxes[0].lower_ == "be" and auxes[0].tag_ == "VB":
        return "subjunctive"  # "that control ... be taken away"
    return None


def _reported(v: Token) -> bool:
    """True when the clause is the complement of a reporting verb ("said it would")."""
    t = v
    for _ in range(6):
        if t.head == t:
            return False
        if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_ in SAY_VERBS:
            return True
        if t.dep_ not in _LINKS:
            return False
        t = t.head
    return False
