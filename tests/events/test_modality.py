"""Modality, embedded questions and attribution, one sentence at a time."""

from __future__ import annotations

import pytest

from dateline.events.attribution import attribution_for
from dateline.events.modality import is_embedded_question, modality_of

CASES = [
    ("India will discuss modalities with Russia, officials said.", "discuss", "planned"),
    (
        "Officials though confirmed that Singh might visit Russian defence production facilities.",
        "visit",
        "possible",
    ),
    ("Singh is scheduled to visit St Petersburg where he will place a wreath.", "visit", "planned"),
    ("Singh is scheduled to visit St Petersburg where he will place a wreath.", "place", "planned"),
    ("India and Uzbekistan signed three MoUs.", "signed", "asserted"),
    ("Iran did not sign the deal.", "sign", "negated"),
    ("Russia denied attacking the convoy.", "attacking", "denied"),
    ("If talks fail, Israel would strike Iran.", "strike", "hypothetical"),
    (
        "There has been no word from the Defence Ministry yet whether Singh is expected to enter into deals with Russia.",
        "enter",
        "Q",
    ),
    ("The army refused to withdraw troops.", "withdraw", "negated"),
    ("Officials said the president would visit Paris next week.", "visit", "planned"),
    ("Turkey may impose sanctions on Syria.", "impose", "possible"),
    ("China plans to send aid to Nepal.", "send", "planned"),
    ("Protesters marched through Cairo on Friday.", "marched", "asserted"),
    ("The ministers agreed to hold talks next month.", "agreed", "asserted"),
    ("The ministers agreed to hold talks next month.", "talks", "planned"),
    ("Singh is expected to meet Shoigu.", "meet", "possible"),
    ("Egypt is to host the summit.", "host", "planned"),
    ("Israel has never attacked Iran.", "attacked", "negated"),
    ("Police arrested 20 protesters, according to a ministry statement.", "arrested", "asserted"),
    (
        "He will also inaugurate, along with the Russian Minister of Industry and Trade Denis Manturov, the India-Russia Defence Industry Cooperation Conference.",
        "inaugurate",
        "planned",
    ),
    (
        "A delegation is also accompanying Singh to Russia in order to explore avenues of strategic partnerships.",
        "explore",
        "planned",
    ),
    ("Russia is going to sign the treaty.", "sign", "planned"),
    ("Kenya threatened to expel the ambassador.", "expel", "planned"),
    ("North Korea could launch a missile soon, analysts warned.", "launch", "possible"),
    # aspectual heads: the complement happens ("continued to send"); their own aux counts
    ("The United States continued to send arms to Pakistan.", "send", "asserted"),
    ("The United States will continue to send arms to Pakistan.", "send", "planned"),
    ("Rebels resumed attacking government positions.", "attacking", "asserted"),
    # adjectival readiness is a plan
    ("Bouteflika said he is prepared to lift the ban.", "lift", "planned"),
    ("Iraq's government announced that it is prepared to impose martial law.", "impose", "planned"),
    # the demanded act has not happened: mandative clauses and subjunctives are hypothetical
    ("The ILO reiterated its demand today that Israel ease restrictions.", "ease", "hypothetical"),
    (
        "Elders demanded that control of the ministry be taken away from the party.",
        "taken",
        "hypothetical",
    ),
    ("Unions insisted that the government withdraw the decree.", "withdraw", "hypothetical"),
    ("Officials said that Israel eased restrictions on Friday.", "eased", "asserted"),
    # an attempt's outcome is open; a purpose that is a speech act is performed
    ("An attempt to assassinate the governor was thwarted.", "assassinate", "possible"),
    ("Hundreds rallied in Tunis to demand the release of the journalist.", "demand", "asserted"),
    ("Iran summoned the British ambassador to protest the seizure.", "protest", "asserted"),
    ("The minister flew to Cairo to discuss the crisis.", "discuss", "planned"),
    # ruling out
    ("Greece said it had not ruled out seeking sanctions on Turkey.", "seeking", "possible"),
    ("Iran has ruled out negotiating with Washington.", "negotiating", "negated"),
    # a present tense after "before", "until" or "once" refers to the future
    ("The announcement comes a day before the premier travels to Moscow.", "travels", "planned"),
    ("Troops will stay until the government signs the accord.", "signs", "planned"),
    ("The minister resigned before parliament voted on the budget.", "voted", "asserted"),
    # steps taken to do something carry it out
    ("The junta has taken steps to ease restrictions on the press.", "ease", "asserted"),
    ("The junta sent envoys to ease tensions with Thailand.", "ease", "planned"),
    # an act one party wants or directs another to do is the first one's wish
    ("Canada wants Peru to extradite the banker.", "extradite", "hypothetical"),
    ("The envoy urged Chile to reopen the consulate.", "reopen", "hypothetical"),
    ("Oslo gave permission to the rebels to cross the border.", "cross", "hypothetical"),
    ("The mayor faces pressure from unions to resign.", "resign", "hypothetical"),
    ("The party rejected an invitation to attend the summit.", "attend", "negated"),
    ("Oslo would not give permission to the rebels to cross the border.", "cross", "negated"),
    # wanting one's own act is a plan
    ("Canada wants to extradite the banker.", "extradite", "planned"),
    # a noun planned, permitted or weighed is not done
    ("Peru plans a visit to Chile.", "visit", "planned"),
    ("The senate authorised the deployment of troops.", "deployment", "planned"),
    ("Peru is considering a visit to Chile.", "visit", "possible"),
    ("Peru did not approve the deployment of troops.", "deployment", "negated"),
    # helping to do something does it; being certain to do it plans it
    ("Canada helped to negotiate the truce.", "negotiate", "asserted"),
    ("Dock workers are almost certain to go on strike.", "go", "planned"),
    # a conjoined verb's meaning does not govern its conjunct
    ("Peru denied the report and attacked the rebels.", "attacked", "asserted"),
    ("The union went on strike and charged that the airline cheated.", "charged", "asserted"),
    ("Chile agreed to the plan and signed the treaty.", "signed", "asserted"),
    # not denying is no denial; a gerund read as an adjective is still the denied act
    ("Canada did not deny sending troops.", "sending", "possible"),
    ("Peru denied moving troops to the border.", "moving", "denied"),
    ("Peru considered moving troops to the border.", "moving", "possible"),
    # a reported clause negated on its own head
    ("Peru said that it is not willing to accept the plan.", "accept", "negated"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_modality(nlp, text: str, trigger: str, expected: str) -> None:  # noqa: ANN001
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    if expected == "Q":
        assert is_embedded_question(tok)
    else:
        assert not is_embedded_question(tok)
        assert modality_of(tok)[0] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("India will discuss modalities with Russia, officials said.", "discuss", "officials"),
        (
            "Police arrested 20 protesters, according to a ministry statement.",
            "arrested",
            "a ministry statement",
        ),
        ("As per sources, a delegation is accompanying the minister.", "accompanying", "sources"),
        (
            "\u201cWe will sign the deal,\u201d said a Foreign Ministry spokesman.",
            "sign",
            "a Foreign Ministry spokesman",
        ),
        ("Israel struck targets in Gaza.", "struck", None),
    ],
)
def test_attribution(nlp, text: str, trigger: str, source: str | None) -> None:  # noqa: ANN001
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    att = attribution_for(tok, next(iter(doc.sents)))
    assert (att.text if att else None) == source


# ------------------------------------- acts turned into REJECT / DEMAND / THREATEN keep their code


def _events(text: str) -> list:  # noqa: ANN001 - dateline Event records
    from datetime import date

    from dateline import extract
    from dateline.types import Article

    return extract(Article(id="t", published=date(2020, 3, 2), text=text))


def test_refusal_keeps_the_refused_act() -> None:
    ev = next(e for e in _events("Iran will not accept the ceasefire proposal.")
              if e.type == "REJECT")
    assert ev.extras["refused_type"] == "AGREE"
    assert ev.extras.get("refused_cameo", "").startswith("03")
    assert "+refusal:AGREE" in ev.rule  # the refused act, not "REJECT"


def test_must_demand_keeps_the_demanded_act() -> None:
    ev = next(e for e in _events("Russia said Sudan must release the prisoners.")
              if e.type == "DEMAND")
    assert ev.extras.get("demanded_type") == "RETREAT"
    assert ev.extras.get("demanded_cameo")
    assert "+must:RETREAT" in ev.rule


def test_conditional_threat_keeps_the_threatened_act() -> None:
    ev = next(e for e in _events("Israel will withdraw its troops unless Hamas stops the "
                                 "attacks.") if e.type == "THREATEN")
    assert ev.extras["threatened_type"] == "RETREAT"
    assert ev.extras["threatened_cameo"].startswith("08")
