#!/usr/bin/env python3
"""Build the phishing / suspicious-mail evaluation set.

Run from the repository root:

    python tests/data/phishing/build.py

Writes one .eml per message plus labels.jsonl into this folder.  Output is
deterministic: fixed dates, Message-IDs and MIME boundaries, sorted order.
Message data lives in messages_data.py next to this file.
"""

import email.policy
import html
import json
import re
import sys
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

import messages_data  # noqa: E402

LINK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
ALLOWED_LEGIT_LABELS = {
    "Action required", "Reply needed", "Meeting", "FYI", "Finance", "HR",
    "IT/Security", "Customer", "Newsletter",
}


def render_text(paragraphs):
    def sub(m):
        text, href = m.group(1), m.group(2)
        return href if text == href else f"{text} <{href}>"
    return "\n\n".join(LINK.sub(sub, p) for p in paragraphs) + "\n"


def render_html(paragraphs, subject):
    out = []
    for p in paragraphs:
        pieces, pos = [], 0
        for m in LINK.finditer(p):
            pieces.append(html.escape(p[pos:m.start()], quote=False))
            pieces.append('<a href="%s">%s</a>' % (
                html.escape(m.group(2), quote=True), html.escape(m.group(1), quote=False)))
            pos = m.end()
        pieces.append(html.escape(p[pos:], quote=False))
        out.append("<p>" + "".join(pieces).replace("\n", "<br>\n") + "</p>")
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
        "<body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:14px\">\n%s\n</body></html>\n"
        % (html.escape(subject, quote=False), "\n".join(out))
    )


def domain_of(addr):
    m = re.search(r"@([^>\s]+)", addr)
    return m.group(1).lower() if m else "localhost"


def build_message(spec):
    stem = spec["file"].rsplit(".", 1)[0]
    msg = EmailMessage(policy=email.policy.default)
    if spec.get("auth"):
        msg["Authentication-Results"] = spec["auth"]
    msg["From"] = spec["from_"]
    msg["To"] = spec["to"]
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = spec["date"]
    msg["Message-ID"] = "<%s.%s@%s>" % (
        stem, re.sub(r"\D", "", spec["date"])[:14], domain_of(spec["from_"]))
    for name, value in spec.get("headers", {}).items():
        msg[name] = value

    body = spec["body"]
    has_link = any(LINK.search(p) for p in body)
    msg.set_content(render_text(body))
    if has_link or spec.get("html"):
        msg.add_alternative(render_html(body, spec["subject"]), subtype="html")
        msg.set_boundary("==alt-%s==" % stem)
    if spec.get("attach"):
        filename, maintype, subtype, content = spec["attach"]
        if maintype == "text":
            msg.add_attachment(content, subtype=subtype, filename=filename)
        else:
            msg.add_attachment(content.encode("utf-8"), maintype=maintype,
                               subtype=subtype, filename=filename)
        msg.set_boundary("==mixed-%s==" % stem)
        for part in msg.iter_parts():
            if part.get_content_type() == "multipart/alternative":
                part.set_boundary("==alt-%s==" % stem)
    return msg


def main():
    records = []
    for spec in messages_data.PHISHING:
        records.append((spec, {"file": spec["file"], "label": "Suspicious",
                               "kind": "phishing", "signal": spec["signal"]}))
    for spec in messages_data.LEGIT:
        assert spec["label"] in ALLOWED_LEGIT_LABELS, spec["file"]
        records.append((spec, {"file": spec["file"], "label": spec["label"],
                               "kind": "legit-urgent", "signal": spec["signal"]}))

    names = [r[1]["file"] for r in records]
    assert len(names) == len(set(names)), "duplicate file names"

    for old in HERE.glob("*.eml"):
        if old.name not in names:
            old.unlink()

    for spec, _ in records:
        data = build_message(spec).as_bytes(policy=email.policy.default)
        (HERE / spec["file"]).write_bytes(data)

    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for _, label in records:
            fh.write(json.dumps(label, ensure_ascii=False) + "\n")

    n_phish = sum(1 for _, r in records if r["kind"] == "phishing")
    print("wrote %d messages (%d phishing, %d legit-urgent) to %s"
          % (len(records), n_phish, len(records) - n_phish, HERE))


if __name__ == "__main__":
    main()
