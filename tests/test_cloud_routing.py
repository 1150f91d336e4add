"""End to end: a real OpenAI-compatible server as the approved cloud, behind a
recording proxy, so the tests see exactly what left the machine."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from assistant.core import summarize_file
from assistant.evaluate_summaries import score
from assistant.workflows.summarize import UNVERIFIED, SummaryOptions
from connectors import read_document
from deskmate_base.errors import CloudError
from tests import factories
from tests.cloud_server import API_KEY, LlamaServer, RecordingProxy, write_policy
from tests.conftest import run_cli
from tests.test_bad_input import _garbage_txt, _truncated_docx, _zip_bomb_docx

SHORT = SummaryOptions(max_tokens=48)
LONG_SENTENCES = [
    "The Aurora rollout at the Lisbon warehouse, which the steering group reviewed on 3 November "
    "after the scanner vendor missed two firmware deadlines, is now expected to finish in January "
    "because the night shift cannot test the handhelds until then.",
    "Porto finance closed the October books two days late, since invoice batches from the old "
    "system had to be matched by hand against purchase orders raised in September by three "
    "different buyers in two regional offices.",
    "Training for Madrid supervisors moved online after the hotel venue cancelled, and attendance "
    "fell to 61 per cent, so a repeat session is planned for the first week of December with "
    "printed guides for every shift lead.",
]


@pytest.fixture(autouse=True)
def cloud_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESKMATE_KEY_TESTCLOUD", API_KEY)


def _public_doc(tmp_path: Path) -> Path:
    return factories.make_docx(tmp_path / "plan.docx")


def _sensitive_doc(tmp_path: Path) -> Path:
    return factories.make_docx(
        tmp_path / "refund.docx",
        paragraphs=["Refund card 4539 1488 0343 6467 for the Aurora customer by Friday."],
    )


def test_public_goes_to_cloud_and_sensitive_never_does(tmp_path: Path, proxy: RecordingProxy):
    policy = write_policy(tmp_path / "policy.toml", proxy.base_url)

    sensitive = summarize_file(_sensitive_doc(tmp_path), options=SHORT, policy_path=policy)
    assert sensitive.route == "local" and sensitive.summary.model == "smollm2-135m-instruct"
    assert proxy.requests == []

    public = summarize_file(_public_doc(tmp_path), options=SHORT, policy_path=policy)
    assert public.route == "cloud" and public.summary.model == "testcloud"
    assert public.summary.bullets
    assert proxy.requests and all(p == "/v1/chat/completions" for p, _ in proxy.requests)
    assert b"Aurora" in proxy.sent()
    assert b"4539" not in proxy.sent()


def test_server_stopped_mid_run_falls_back_to_local(tmp_path: Path, deskmate_home: Path) -> None:
    own = LlamaServer()  # this test kills its server
    rec = RecordingProxy(own)
    try:
        policy = write_policy(tmp_path / "policy.toml", rec.base_url, context=1024)
        # Long, distinct sentences: the model is asked to shorten each (then a gist),
        # one request at a time, through the same support check as the local model.
        long_doc = factories.make_docx(tmp_path / "long.docx", paragraphs=LONG_SENTENCES)
        rec.stop_upstream_after = 1  # the first step is answered, then the cloud dies
        options = SummaryOptions(max_tokens=256, model_seconds=120)
        result = summarize_file(long_doc, options=options, policy_path=policy)
    finally:
        rec.close()
        own.stop()
    assert len(rec.requests) >= 2  # one answered, the next failed
    assert result.route == "local" and result.summary.model == "smollm2-135m-instruct"
    assert result.decision.reason_kinds[-1] == "cloud_failed"
    assert result.summary.bullets
    conn = sqlite3.connect(deskmate_home / "usage.db")
    row = conn.execute("SELECT route, outcome, reasons FROM events").fetchone()
    assert row == ("local", "fallback", "cleared,cloud_failed")


def test_unreachable_cloud_without_fallback_is_an_error(tmp_path: Path) -> None:
    policy = write_policy(tmp_path / "policy.toml", "http://127.0.0.1:9/v1", fallback=False)
    with pytest.raises(CloudError, match="unreachable"):
        summarize_file(_public_doc(tmp_path), options=SHORT, policy_path=policy)
    result = run_cli("summarize", str(_public_doc(tmp_path)), "--policy", str(policy))
    assert result.returncode == CloudError.exit_code and "Traceback" not in result.stderr


def test_wrong_key_falls_back_and_never_shows_the_key(
    tmp_path: Path, proxy: RecordingProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DESKMATE_KEY_TESTCLOUD", "wrong-key-Zx81")
    policy = write_policy(tmp_path / "policy.toml", proxy.base_url)
    result = run_cli("summarize", str(_public_doc(tmp_path)), "--policy", str(policy),
                     "--max-tokens", "32")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "rejected the API key" in result.stderr and "ran locally" in result.stderr
    assert "wrong-key-Zx81" not in result.stderr + result.stdout


def test_redaction_mode_sends_no_values_and_restores_them(tmp_path: Path, proxy: RecordingProxy):
    policy = write_policy(tmp_path / "policy.toml", proxy.base_url, redact=True)
    values = ["olivia.nguyen@contoso.example", "+44 20 7946 0958", "Olivia Nguyen"]
    doc = factories.make_docx(
        tmp_path / "contact.docx",
        title="Supplier contact",
        paragraphs=[
            # A customer request, not an HR matter: a formal warning would make the
            # whole document sensitive by topic, which redaction cannot fix.
            "Olivia Nguyen asked for a refund for the late Aurora deliveries.",
            "Contact: olivia.nguyen@contoso.example, phone +44 20 7946 0958.",
        ],
    )
    result = summarize_file(doc, options=SummaryOptions(max_tokens=96), policy_path=policy)
    assert result.route == "cloud_redacted"
    sent = proxy.sent().decode()
    assert proxy.requests
    for value in values:
        assert value not in sent
        assert value.replace("+", "\\u002b") not in sent
    # Only the picked sentences reach the model (here the one about [PERSON_1]; the
    # contact line is too short to pick), and always as placeholders.
    assert "[PERSON_1]" in sent
    answer = result.summary.text
    assert any(value in answer for value in values), answer  # restored
    assert "[EMAIL_1]" not in answer and "[PERSON_1]" not in answer and "[PHONE_1]" not in answer


@pytest.mark.parametrize("make", [_truncated_docx, _zip_bomb_docx, _garbage_txt])
def test_bad_files_send_nothing(tmp_path: Path, proxy: RecordingProxy, make) -> None:
    policy = write_policy(tmp_path / "policy.toml", proxy.base_url)
    result = run_cli("summarize", str(make(tmp_path)), "--policy", str(policy))
    assert result.returncode in (4, 5) and "Traceback" not in result.stderr
    assert proxy.requests == []


def test_an_unsupported_cloud_gist_is_dropped_or_shown_marked(
    tmp_path: Path, proxy: RecordingProxy
) -> None:
    """The "cloud" (the small model behind the OpenAI-compatible server) writes a gist
    on the held-out HTML newsletter that the support check cannot back: by default it
    is dropped; shown, it is the last bullet, marked in the text and the .md output,
    and as_json says which bullet it is. (Model time is unbounded here so a loaded
    machine cannot skip the gist.)"""
    # The newsletter's footer has an email address: redaction lets it go to the cloud.
    policy = write_policy(tmp_path / "policy.toml", proxy.base_url, redact=True)
    newsletter = Path(__file__).parent / "data/summaries-heldout/newsletter_march2025.eml"
    show = SummaryOptions(model_seconds=600, unverified="show")
    out = tmp_path / "newsletter.md"
    shown = summarize_file(newsletter, options=show, policy_path=policy, out=out)
    data = shown.as_json()
    assert data["route"] == "cloud_redacted" and data["model"] == "testcloud"
    last = len(shown.summary.bullets) - 1
    assert data["unverified"] == [last] and shown.summary.kinds[last] == "gist"
    gist = shown.summary.bullets[last]
    assert str(data["summary"]).splitlines()[-1] == f"- {UNVERIFIED}{gist}"
    assert f"{UNVERIFIED}{gist}" in out.read_text(encoding="utf-8")
    scored = score({"file": "n", "facts": [], "false": []}, read_document(newsletter), [gist],
                   None, 0.0)  # fmt: skip
    assert scored.unsupported == [gist]  # our own evaluator would count it, so it is marked
    drop = SummaryOptions(model_seconds=600)
    kept = summarize_file(newsletter, options=drop, policy_path=policy)
    assert kept.route == "cloud_redacted" and kept.summary.unverified == ()
    assert gist not in kept.summary.bullets and UNVERIFIED not in kept.summary.text
    assert proxy.requests  # both went to the "cloud"


def test_unverified_is_a_choice_of_drop_or_show() -> None:
    result = run_cli("summarize", "missing.docx", "--unverified", "maybe")
    assert result.returncode == 2 and "'drop', 'show'" in result.stderr
