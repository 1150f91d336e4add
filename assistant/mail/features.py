"""What the label classifier sees of a message: hashed tokens, never the text.

A message becomes a short sequence of tokens: signals from its headers
(``from:internal``, ``h:list-unsubscribe``, ``subj:re``), its subject words
(``s:invoice``) and the first words of its body. Numbers, addresses and links
are replaced by their kind (``<num>``, ``<email>``, ``<url>``) before anything
else, so they never reach the store. Each token is then hashed (BLAKE2b, 8
bytes), and only the hashes are kept in ``labels.db`` or fed to the classifier::

    clear = tokens(document, org_domains=("contoso.com",))
    stored = hashed(clear)        # what labels.db keeps: "3f09a1c2b4d5e6f7 ..."

Hashes are not encryption: someone with the file who guesses a word can test
it. Numbers, addresses and links cannot be recovered, since they were never
hashed. See docs/label-store.md.
"""

from __future__ import annotations

import hashlib
import re
from email.utils import parseaddr
from functools import lru_cache

from assistant.mail.phishing import FREE_MAIL, org_domains_for
from connectors.document import Document

BODY_CHARS = 1500
SUBJECT_CHARS = 1000
# Bounded runs (an address's local part is at most 64 characters, its domain
# 253): ``\S+@\S+`` retried every start of a long run of non-spaces, and a
# 0.5 MB subject line took minutes (issue 15, second pass).
_EMAIL = re.compile(r"[^\s@]{1,64}@[^\s@]{1,253}\.\w+")
_URL = re.compile(r"(?i)\b(?:https?://|www\.)\S+")
_NUM = re.compile(r"\d[\d.,:/-]*")
_WORD = re.compile(r"[^\W\d_]+|<\w+>", re.UNICODE)


def _words(text: str) -> list[str]:
    text = _URL.sub(" <url> ", text)
    text = _EMAIL.sub(" <email> ", text)
    text = _NUM.sub(" <num> ", text)
    return [w.lower() for w in _WORD.findall(text)]


def tokens(document: Document, org_domains: tuple[str, ...] = ()) -> list[str]:
    """The clear tokens of one message (kept in memory only)."""
    headers = document.headers
    sender = parseaddr(headers.get("From", ""))[1].rpartition("@")[2].lower()
    org = org_domains_for(document, org_domains)
    if sender and any(sender == d or sender.endswith("." + d) for d in org):
        where = "from:internal"
    elif sender in FREE_MAIL:
        where = "from:freemail"
    else:
        where = "from:external"
    out = [where]
    out += [f"h:{name.lower()}" for name in ("List-Unsubscribe", "List-Id", "In-Reply-To")
            if headers.get(name)]  # fmt: skip
    if headers.get("Precedence", "").lower() in ("bulk", "list"):
        out.append("h:bulk")
    subject = document.title.strip().lower()
    if re.match(r"(?:re|aw|sv|antw)\s*:", subject):
        out.append("subj:re")
    if re.match(r"(?:fw|fwd|wg|tr)\s*:", subject):
        out.append("subj:fwd")
    if document.links:
        out.append("has:links")
    # The reader's own name says nothing about the kind of mail.
    to = headers.get("To", "")[:SUBJECT_CHARS]
    names = {w for w in _words(to.replace(".", " ")) if len(w) > 1}
    out += ["s:" + w for w in _words(document.title[:SUBJECT_CHARS]) if w not in names]
    body = document.text.split("\n\n", 1)[-1][:BODY_CHARS]
    return out + [w for w in _words(body) if w not in names]


@lru_cache(maxsize=65536)
def hash_token(token: str) -> str:
    return hashlib.blake2b(token.encode("utf-8"), digest_size=8).hexdigest()


def hashed(clear: list[str]) -> list[str]:
    return [hash_token(t) for t in clear]
