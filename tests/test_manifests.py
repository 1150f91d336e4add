"""The add-in manifests: well-formed, in schema order, HTTPS, icons that exist."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from assistant import __version__
from assistant.api.manifests import TEMPLATES, write_manifests
from tests.conftest import REPO, run_cli

NS = "{http://schemas.microsoft.com/office/appforoffice/1.1}"
XSI = "{http://www.w3.org/2001/XMLSchema-instance}type"
# The order the OfficeApp schema requires for the elements each manifest uses.
ORDER = [
    "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
    "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements",
    "DefaultSettings", "FormSettings", "Permissions", "Rule", "DisableEntityHighlighting",
    "VersionOverrides",
]  # fmt: skip


@pytest.fixture(scope="module")
def manifests(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ElementTree.Element]:
    folder = tmp_path_factory.mktemp("manifests")
    paths = write_manifests(9443, folder)
    return {p.name: ElementTree.parse(p).getroot() for p in paths}


def _children(root: ElementTree.Element) -> list[str]:
    return [child.tag.split("}")[1] for child in root]


@pytest.mark.parametrize("name", TEMPLATES)
def test_elements_in_schema_order(manifests, name: str) -> None:
    tags = _children(manifests[name])
    assert tags == sorted(tags, key=ORDER.index), tags


def test_types_hosts_and_overrides(manifests) -> None:
    office, outlook = manifests["deskmate-office.xml"], manifests["deskmate-outlook.xml"]
    assert office.get(XSI) == "TaskPaneApp" and outlook.get(XSI) == "MailApp"
    hosts = [h.get("Name") for h in office.find(f"{NS}Hosts")]
    assert hosts == ["Document", "Workbook"]
    assert [h.get("Name") for h in outlook.find(f"{NS}Hosts")] == ["Mailbox"]
    office_text = ElementTree.tostring(office, encoding="unicode")
    outlook_text = ElementTree.tostring(outlook, encoding="unicode")
    assert "PrimaryCommandSurface" in office_text and "ShowTaskpane" in office_text
    assert "MailHost" in outlook_text and "MessageReadCommandSurface" in outlook_text
    assert outlook.find(f"{NS}FormSettings/{NS}Form").get(XSI) == "ItemRead"
    assert outlook.find(f"{NS}Permissions").text == "ReadWriteMailbox"  # categories


def test_urls_are_https_on_the_port_and_icons_exist(manifests) -> None:
    for name, root in manifests.items():
        text = ElementTree.tostring(root, encoding="unicode")
        urls = re.findall(r'https?://[^"<\s]+', text)
        urls = [u for u in urls if "schemas.microsoft.com" not in u and "w3.org" not in u]
        assert urls, name
        for url in urls:
            assert url.startswith("https://localhost:9443"), (name, url)
            if "/addin/assets/" in url:
                assert (REPO / "addin" / "assets" / url.rsplit("/", 1)[1]).is_file(), url
        assert "{{" not in text


def test_ids_are_distinct_guids_and_versions_match(manifests) -> None:
    ids = [root.find(f"{NS}Id").text for root in manifests.values()]
    assert len(set(ids)) == 2
    assert all(
        re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", i)
        for i in ids
    )
    versions = {root.find(f"{NS}Version").text for root in manifests.values()}
    assert versions == {f"{__version__}.0"}


def test_cli_writes_manifests(tmp_path: Path) -> None:
    result = run_cli("addin", "manifest", "--port", "8800", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "deskmate-outlook.xml").read_text(encoding="utf-8")
    assert "https://localhost:8800/pane/" in text
