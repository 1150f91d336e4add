"""Workbooks built to be slow or big (issue 15, second round): the cell budget,
what follows a sheet's data, a damaged shared-string index, and the bound on
pyap's address windows. The 10 MB versions are timed in bench/xlsx_10mb.py."""

from __future__ import annotations

from pathlib import Path

from assistant.guard.check import check_document
from assistant.guard.policy import Policy
from assistant.guard.sensitivity import addresses, detect, pyap_budget
from connectors.limits import DEFAULT_LIMITS, Limits
from connectors.readers import read_document
from connectors.readers.xlsx_reader import read_xlsx
from tests import hostile_xlsx
from tests.conftest import run_cli


def test_reading_stops_at_the_cell_budget_and_the_rest_keeps_it_local(tmp_path: Path) -> None:
    path = hostile_xlsx.build(tmp_path / "wide.xlsx", cells=3000, width=10, kind="number")
    whole = read_document(path, Limits(max_cells=10_000))
    assert not whole.truncated and len(whole.text.splitlines()) == 1 + 300
    capped = read_document(path, Limits(max_cells=1000))
    assert capped.truncated
    assert len(capped.text.splitlines()) == 1 + 100  # the sheet's title line, 100 rows of 10
    result = check_document(capped, Policy(), "summarize")
    assert result.decision.route == "local"
    assert "unchecked_remainder" in [r.kind for r in result.decision.reasons]


def test_empty_cells_count_against_the_budget(tmp_path: Path) -> None:
    path = hostile_xlsx.build(tmp_path / "empty.xlsx", cells=5000, width=50, kind="empty")
    assert read_xlsx(path, Limits(max_cells=2000)).truncated
    assert not read_xlsx(path, Limits(max_cells=10_000)).truncated


def test_merged_ranges_after_the_data_are_not_read(tmp_path: Path) -> None:
    path = hostile_xlsx.build(tmp_path / "merged.xlsx", cells=24, width=12, kind="inline",
                              merges=200_000)  # fmt: skip
    doc = read_document(path)
    assert not doc.truncated
    assert len(doc.text.splitlines()) == 3 and doc.text.count(" | ") == 22


def test_a_shared_string_past_the_table_is_a_damaged_file(tmp_path: Path) -> None:
    path = hostile_xlsx.build(tmp_path / "ok.xlsx", cells=12, kind="shared", shared=3)
    assert read_document(path).text.count(" | ") == 11
    broken = hostile_xlsx.build(tmp_path / "bad.xlsx", cells=12, kind="shared", shared=3)
    _patch_shared_count(broken)
    result = run_cli("check", str(broken))
    assert result.returncode == 5, result.stderr
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def _patch_shared_count(path: Path) -> None:
    """Leave one shared string in the table while cells point at the third."""
    import zipfile

    parts = {}
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            parts[info.filename] = archive.read(info)
    sst = parts["xl/sharedStrings.xml"].decode()
    head, _, rest = sst.partition("<si>")
    parts["xl/sharedStrings.xml"] = (
        head + "<si>" + rest.split("</si>")[0] + "</si></sst>"
    ).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_pyap_calls_are_bounded_and_fail_closed() -> None:
    text = "audit freight budget Lisbon 12345 | pallet"  # a ZIP shape pyap must settle
    start = text.index("12345")
    budget = addresses.PyapBudget(windows=1)
    assert list(addresses.check(text, start, start + 5, budget)) == []  # pyap: no address
    assert budget.left == 0
    spent = list(addresses.check(text, start, start + 5, budget))
    assert [hit[0] for hit in spent] == ["street_address"]  # not asked: counted


def test_one_text_shares_one_pyap_budget(monkeypatch) -> None:
    monkeypatch.setattr(pyap_budget, "PYAP_BUDGET", 5)
    lines = (f"audit freight budget Lisbon {10000 + i * 7} | pallet\n-\n-\n-" for i in range(20))
    text = "\n".join(lines)  # three lines between, so no row is evidence for the next
    kinds = [f.kind for f in detect(text).findings]
    assert kinds.count("street_address") == 15  # the first 5 were asked and cleared
    assert DEFAULT_LIMITS.max_text_chars == 12_000_000
