"""The shipped classifier is rebuilt identically from the seed set; an org trains
its own taxonomy from a seed folder (JSONL lines and .eml files); ``label forget``
empties the store."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from assistant.core import label_mail
from assistant.mail.classifier import SHIPPED
from assistant.mail.training import build_shipped
from deskmate_base.errors import TrainingDataError
from tests.conftest import REPO, run_cli
from tests.test_label import write_mail

EMAILS = REPO / "tests" / "data" / "emails"


def test_shipped_classifier_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    _, digest = build_shipped(tmp_path / "rebuilt.spacy")
    assert digest == hashlib.sha256(SHIPPED.read_bytes()).hexdigest()


def _org_seed(folder: Path) -> Path:
    folder.mkdir()
    lines = []
    for n in range(4):
        lines.append(
            {
                "id": f"b{n}",
                "label": "Billing",
                "from": f"AR <ar@vendor{n}.example>",
                "to": "alex@contoso.com",
                "subject": f"Invoice {n} due",
                "body": f"Invoice {n} is attached; payment is due in 30 days.",
                "html": False,
                "reply_to": "",
                "headers": {},
            }  # fmt: skip
        )
    for name in ("fyi-1.eml", "fyi-2.eml", "meeting-1.eml", "hr-1.eml"):
        shutil.copy(EMAILS / name, folder / name)
        lines.append({"file": name, "label": "Other"})
    (folder / "seed.jsonl").write_text("\n".join(json.dumps(x) for x in lines), "utf-8")
    return folder


def test_org_seed_trains_its_own_taxonomy(tmp_path: Path) -> None:
    seed = _org_seed(tmp_path / "seed")
    taxonomy = tmp_path / "taxonomy.toml"
    taxonomy.write_text('[email]\ntaxonomy = ["Billing", "Other"]\n', encoding="utf-8")
    result = run_cli("label", "train", "--seed", str(seed), "--taxonomy", str(taxonomy))
    assert result.returncode == 0, result.stderr
    assert "Trained on 8 examples: 8 seed, 0 teacher labels, 0 corrections" in result.stdout
    new = write_mail(
        tmp_path / "new.eml", "AR <ar@vendor9.example>", "Invoice 9 due", "Invoice 9 is attached."
    )
    (billing,) = label_mail(new, taxonomy_path=taxonomy)
    assert billing.labels[0] == "Billing" and billing.method == "classifier"
    # The org seed is kept (hashed), so training again without --seed still has it.
    again = run_cli("label", "train", "--taxonomy", str(taxonomy))
    assert again.returncode == 0 and "8 seed" in again.stdout


def test_bad_seed_folders_are_clear_errors(tmp_path: Path) -> None:
    taxonomy = tmp_path / "taxonomy.toml"
    taxonomy.write_text('[email]\ntaxonomy = ["Billing", "Other"]\n', encoding="utf-8")
    (tmp_path / "empty").mkdir()
    bad = tmp_path / "bad"
    bad.mkdir()
    good = {"label": "Billing", "from": "a@b.example", "subject": "Hi", "body": "Hello"}
    (bad / "seed.jsonl").write_text(json.dumps(good) + "\nnot json\n", "utf-8")
    wrong = tmp_path / "wrong"
    wrong.mkdir()
    (wrong / "seed.jsonl").write_text('{"file": "../x.eml", "label": "Billing"}\n', "utf-8")
    for folder, message in (
        (tmp_path / "missing", "seed folder not found"),
        (tmp_path / "empty", "has no .jsonl file"),
        (bad, "seed.jsonl line 2: not a JSON object with a label"),
        (wrong, "seed.jsonl line 1: no message file ../x.eml there"),
    ):
        result = run_cli("label", "train", "--seed", str(folder), "--taxonomy", str(taxonomy))
        assert result.returncode == TrainingDataError.exit_code, result.stderr
        assert message in result.stderr and "Traceback" not in result.stderr


def test_forget_empties_the_store(tmp_path: Path, deskmate_home: Path) -> None:
    label_mail(EMAILS / "fyi-1.eml")
    result = run_cli("label", "forget")
    assert result.returncode == 0 and "Deleted 1 stored rows" in result.stdout
    missing = run_cli("label", "correct", "fyi-1@eval.deskmate", "FYI")
    assert missing.returncode == 19
