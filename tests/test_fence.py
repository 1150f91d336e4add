"""The fence (issue 16): one support check shared with the evaluator, merges of
overlapping sentences, the model's order of the bullets, and unverified gists."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from assistant.evaluate_summaries import score
from assistant.workflows import fence
from assistant.workflows.extract import document_sentences
from assistant.workflows.grounding import grounded, support
from assistant.workflows.summarize import UNVERIFIED, SummaryOptions, summarize
from connectors import read_document
from local_models.backend import Completion, Message

HELD_OUT = Path(__file__).parent / "data" / "summaries-heldout"
NEWSLETTER = HELD_OUT / "newsletter_march2025.eml"
# What the bundled model wrote as the newsletter's gist in the first round: the
# fence passed it (each word is somewhere in its four sources), the evaluator did not.
STITCHED = (
    "The Riverside Roundup Staff news from Riverside Borough Council is about a "
    "refurbishment of the Civic Centre."
)
CAFE = (
    "The Atrium Café will close from Monday 7 April to Friday 18 April while the kitchen "
    "and seating area are refurbished."
)
PERMITS = "From 1 May 2025 everyone who parks at the Civic Centre will need a staff parking permit."
RISK = (
    "The Lisbon centre is rated at risk because the fit-out contractor Construtora Almada is "
    "seven weeks behind schedule."
)
SLIP = (
    "Because the Lisbon fit-out contractor is behind schedule, go-live has moved to "
    "13 January 2025."
)
MERGED = (
    "The Lisbon centre is rated at risk because the fit-out contractor Construtora Almada is "
    "seven weeks behind schedule; its go-live has moved to 13 January 2025."
)


class Scripted:
    """A backend answering each fenced task with a fixed line, chosen by the prompt."""

    name = "scripted"
    context_length = 2048

    def __init__(self, **answers: str) -> None:
        self.answers = answers
        self.asked: list[str] = []

    def chat(self, messages: Sequence[Message], *, max_tokens: int, **_: Any) -> Completion:
        prompt = str(messages[-1]["content"])
        task = next(
            t
            for t, start in (("merge", "Combine"), ("order", "Bullets"), ("gist", "Title"))
            + (("compress", "Rewrite"),)
            if prompt.startswith(start)
        )
        self.asked.append(task)
        return Completion(self.answers.get(task, ""), self.name, 50, 10, "stop")

    def stream(self, messages: Sequence[Message], *, max_tokens: int, **_: Any) -> Iterator[str]:
        yield ""

    def count_tokens(self, text: str) -> int:
        return len(text.split())


def test_a_stitched_gist_fails_the_one_check_that_the_fence_and_evaluator_share() -> None:
    document = read_document(NEWSLETTER)
    masthead = "The Riverside Roundup Staff news from Riverside Borough Council — March 2025"
    given = [document.title, masthead, CAFE, PERMITS]
    assert support(STITCHED, given).ok  # the first round's fence: every word somewhere
    assert not grounded(STITCHED, given).ok  # its closest sentences do not say it
    problems = fence.check(STITCHED, given, document_sentences(document))
    assert any("Civic" in p or "refurbi" in p for p in problems), problems
    scored = score({"file": "n.eml", "facts": [], "false": []}, document, [STITCHED], None, 0.0)
    assert scored.unsupported == [STITCHED]
    faithful = "The Atrium Café will close from Monday 7 April to Friday 18 April."
    assert fence.check(faithful, given, document_sentences(document)) == []
    scored = score({"file": "n.eml", "facts": [], "false": []}, document, [faithful], None, 0.0)
    assert scored.unsupported == []


def test_merge_is_offered_only_for_overlapping_sentences_and_checked() -> None:
    assert fence.overlap(RISK, SLIP) >= fence.MERGE_OVERLAP  # Lisbon, fit-out, contractor...
    assert fence.overlap(CAFE, RISK) == 0.0
    attempt = fence.merge(RISK, SLIP, Scripted(merge=MERGED))
    assert attempt.accepted and attempt.text == MERGED, attempt.problems
    lost = MERGED.replace(" has moved to 13 January 2025", " has moved")
    assert lost != MERGED
    attempt = fence.merge(RISK, SLIP, Scripted(merge=lost))
    assert not attempt.accepted and attempt.text == ""
    assert any("lost: 13, 2025" in p for p in attempt.problems), attempt.problems
    invented = MERGED.replace("seven weeks behind schedule", "waiting for the landlord")
    assert invented != MERGED
    attempt = fence.merge(RISK, SLIP, Scripted(merge=invented))
    assert not attempt.accepted and any("landlor" in p for p in attempt.problems)


def test_claims_bind_clause_by_clause_only_across_a_semicolon() -> None:
    sources = ["Lisbon is rated at risk after the audit.", "Porto moved its go-live to June."]
    assert support("Lisbon is rated at risk; Porto moved its go-live to June.", sources).ok
    for claim in ("Lisbon and Porto are rated at risk.", "Lisbon is rated; Porto is at risk."):
        check = support(claim, sources)
        assert "states what the source does not: at risk" in check.problems, claim


def test_order_is_used_only_when_it_is_a_permutation() -> None:
    bullets = ["One.", "Two.", "Three."]
    assert fence.order(bullets, Scripted(order="3, 1, 2")).order == (2, 0, 1)
    assert fence.order(bullets, Scripted(order="1, 1, 2")).order is None
    assert fence.order(bullets, Scripted(order="2, 1")).order is None
    assert fence.order(bullets, Scripted(order="1, 2, 3, 4")).order is None


def _status_docx(path: Path) -> Path:
    import docx

    doc = docx.Document()
    doc.add_heading("Sites and staff update", 0)
    for text in (
        CAFE,
        RISK,
        SLIP,
        PERMITS,
        "The staff survey closes on 28 March and its results will be shared in June.",
    ):
        doc.add_paragraph(text)
    doc.save(str(path))
    return path


def test_summary_merges_orders_and_marks_an_unverified_gist(tmp_path: Path) -> None:
    document = read_document(_status_docx(tmp_path / "update.docx"))
    plain = summarize(document, Scripted(), SummaryOptions(use_model=False))
    merged = MERGED
    backend = Scripted(merge=merged, order="2, 1, 3, 4", gist=STITCHED)
    streamed: list[str] = []
    options = SummaryOptions(merge=True, order=True, unverified="show")
    result = summarize(document, backend, options, on_token=streamed.append)
    assert backend.asked[:1] == ["merge"] and "order" in backend.asked
    assert "merged" in result.kinds and merged in result.bullets
    assert RISK not in result.bullets and SLIP not in result.bullets
    assert len(result.bullets) == len(plain.bullets)  # two sources became one, plus the gist
    in_order = summarize(document, Scripted(merge=merged), SummaryOptions(merge=True)).bullets
    assert list(result.bullets[:4]) == [in_order[1], in_order[0], *in_order[2:4]]
    assert result.bullets[-1] == STITCHED and result.unverified == (len(result.bullets) - 1,)
    assert result.text.splitlines()[-1] == f"- {UNVERIFIED}{STITCHED}"
    assert [t for t in streamed if t] == [f"{line}\n" for line in result.text.splitlines()]
    dropped = summarize(document, Scripted(gist=STITCHED), SummaryOptions())
    assert STITCHED not in dropped.bullets and dropped.unverified == ()
    assert UNVERIFIED not in dropped.text and dropped.rejected == 1
