"""Phishing and suspicious mail: signals read from headers, links and wording.

A pure function, run before rules, the classifier and any model::

    verdict = inspect(document, org_domains=("contoso.com",))
    if verdict.suspicious:
        print(verdict.reason)   # "link text says contoso.com but goes to 198.51.100.23; ..."

Each signal has a weight: 2 for what a legitimate sender does not do (a
look-alike domain, a link to a raw IP or to another domain than its text names,
failed DMARC, a Reply-To elsewhere on a message asking for money or
credentials), 1 for what legitimate mail sometimes does too (asking to sign in,
urgency or gift cards from outside, a display name naming a brand the address
does not belong to). A message scoring ``SUSPICIOUS_AT`` or more is Suspicious.
The weights and the threshold were set on the seed set and our own development
set (``tests/data/phishing_dev``), then measured once on the held-out
``tests/data/phishing`` (docs/quality.md).

The org's domains come from the policy (``[email] org_domains``); without
them, the recipient's own domain stands in for the org.
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
import unicodedata
from dataclasses import dataclass
from email.utils import getaddresses, parseaddr
from urllib.parse import urlsplit

from connectors.document import Document

SUSPICIOUS_AT = 2

# Well-known brands phishing imitates, and the domains that really are theirs.
BRANDS: dict[str, tuple[str, ...]] = {
    "microsoft": ("microsoft.com", "microsoftonline.com", "office.com", "office365.com",
                  "live.com", "outlook.com", "sharepoint.com", "azure.com", "windows.net",
                  "microsoft365.com", "onmicrosoft.com", "skype.com"),
    "office": ("office.com", "office365.com", "microsoft.com"),
    "outlook": ("outlook.com", "live.com", "microsoft.com", "office.com"),
    "docusign": ("docusign.net", "docusign.com"),
    "dhl": ("dhl.com", "dhl.de", "dhl.co.uk", "dhl.fr", "dhl.nl"),
    "fedex": ("fedex.com",),
    "ups": ("ups.com",),
    "paypal": ("paypal.com",),
    "apple": ("apple.com", "icloud.com"),
    "amazon": ("amazon.com", "amazon.de", "amazon.co.uk", "amazonaws.com"),
    "google": ("google.com", "gmail.com", "googleusercontent.com"),
    "linkedin": ("linkedin.com",),
    "adobe": ("adobe.com",),
    "dropbox": ("dropbox.com",),
    "wetransfer": ("wetransfer.com",),
    "zoom": ("zoom.us",),
    "netflix": ("netflix.com",),
    "okta": ("okta.com",),
    "salesforce": ("salesforce.com",),
}  # fmt: skip
FREE_MAIL = frozenset(
    "gmail.com googlemail.com outlook.com hotmail.com live.com yahoo.com aol.com icloud.com "
    "proton.me protonmail.com gmx.com gmx.de gmx.net web.de mail.com yandex.com yandex.ru "
    "zoho.com mail.ru".split()
)
_TWO_LEVEL = frozenset("co.uk ac.uk gov.uk org.uk co.jp com.au com.br co.nz co.za com.mx".split())
_CONFUSABLE = str.maketrans(
    {"0": "o", "1": "l", "3": "e", "5": "s", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c",
     "у": "y", "х": "x", "і": "i", "ј": "j", "ԁ": "d", "ѕ": "s", "ο": "o", "α": "a", "ν": "v",
     "ρ": "p", "τ": "t", "ι": "i", "κ": "k", "ӏ": "l", "ɡ": "g", "ԛ": "q", "ԝ": "w", "ꓲ": "l"}
)  # fmt: skip
_DOMAIN_IN_TEXT = re.compile(r"(?i)\b((?:[a-z0-9\u00a1-\uffff-]+\.)+[a-z]{2,})\b")
_CREDENTIALS = re.compile(
    r"(?i)\b(?:(?:verify|confirm|validate|keep|update|re-?enter|re-?activate|unlock|restore)\s+"
    r"(?:your\s+)?(?:current\s+|same\s+)?(?:password|credentials|account|login|mailbox|identity|"
    r"sign-?in|email)|(?:sign|log)\s?-?in\s+(?:now|here|below|to\s+(?:view|access|avoid|keep|"
    r"review|confirm|release|open|read))|mailbox\s+(?:is\s+)?(?:full|quota|storage)|"
    r"storage\s+quota|password\s+(?:expires|will\s+expire)|"
    r"(?:passwort|mot\s+de\s+passe|contraseña)\b)"
)
_PAYMENT = re.compile(
    r"(?i)\b(?:(?:new|updated|change(?:d)?\s+(?:of|to|our|my|the)?|update\s+(?:my|our|the|your))\s*"
    r"(?:bank(?:ing)?|payment|account|remittance)\s+(?:details|information|info|account)|"
    r"bank\s+details\s+(?:have|has)\s+changed|iban|swift|sort\s+code|routing\s+number|"
    r"wire\s+(?:transfer|the\s+payment)|(?:customs|delivery|redelivery|shipping)\s+fee|"
    r"outstanding\s+(?:fee|payment)\s+of|card\s+details|payment\s+details)"
)
_GIFT = re.compile(
    r"(?i)\b(?:gift\s?cards?|itunes|google\s+play\s+cards?|steam\s+cards?|amazon\s+cards?|"
    r"scratch\s+(?:off\s+)?the\s+back|are\s+you\s+(?:at\s+your\s+desk|available)|"
    r"quick\s+(?:favou?r|task)|keep\s+this\s+(?:between\s+us|confidential))"
)
_URGENT = re.compile(
    r"(?i)\b(?:urgent(?:ly)?|immediately|within\s+(?:24|48)\s+hours|today|asap|right\s+away|"
    r"suspended|locked|deactivated|will\s+be\s+(?:closed|deleted|disabled|removed)|final\s+notice)"
)
_AUTH = re.compile(r"(?i)\b(spf|dkim|dmarc)=(fail|softfail|permerror)\b")
_EXEC = re.compile(r"(?i)\b(?:ceo|cfo|coo|president|managing\s+director|chief)\b")


@dataclass(frozen=True)
class Signal:
    name: str  # a stable kind: lookalike_domain, link_mismatch, ...
    detail: str  # what a person can check: "link text says contoso.com but goes to ..."
    weight: int


@dataclass(frozen=True)
class Verdict:
    signals: tuple[Signal, ...]

    @property
    def score(self) -> int:
        return sum(s.weight for s in self.signals)

    @property
    def suspicious(self) -> bool:
        return self.score >= SUSPICIOUS_AT

    @property
    def reason(self) -> str:
        strongest = sorted(self.signals, key=lambda s: -s.weight)
        return "phishing signals: " + "; ".join(s.detail for s in strongest[:3])


def registrable(host: str) -> str:
    """``mail.eu.contoso.com`` -> ``contoso.com`` (``x.co.uk`` keeps three labels)."""
    parts = host.lower().strip(".").split(".")
    keep = 3 if ".".join(parts[-2:]) in _TWO_LEVEL else 2
    return ".".join(parts[-keep:])


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _unicode(host: str) -> str:
    labels = []
    for label in host.lower().split("."):
        if label.startswith("xn--"):
            with contextlib.suppress(UnicodeError):
                label = label.encode("ascii").decode("idna")
        labels.append(label)
    return ".".join(labels)


def _skeleton(name: str) -> str:
    """What a name looks like: homoglyphs and look-alike digits folded to letters."""
    folded = unicodedata.normalize("NFKC", name.lower()).translate(_CONFUSABLE)
    return folded.replace("rn", "m").replace("vv", "w").replace("-", "")


def _distance(a: str, b: str) -> int:
    if abs(len(a) - len(b)) > 2:
        return 3
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _owns(domain: str, owners: tuple[str, ...]) -> bool:
    return any(domain == o or domain.endswith("." + o) for o in owners)


def lookalike(domain: str, org_domains: tuple[str, ...]) -> str | None:
    """The org domain or brand that ``domain`` imitates, or None."""
    domain = _unicode(domain.lower().strip("."))
    if not domain or _is_ip(domain):
        return None
    targets: list[tuple[str, tuple[str, ...]]] = [(d.split(".")[0], (d,)) for d in org_domains]
    targets += list(BRANDS.items())
    base = registrable(domain)
    label = base.split(".")[0]
    skeleton = _skeleton(label)
    for name, owners in targets:
        if _owns(domain, owners) or (name in org_domains and domain == name):
            continue
        shown = owners[0]
        if label == name:  # contoso.co, microsoft.support
            return shown
        if _skeleton(name) == skeleton:  # c0ntoso, rnicrosoft, Cyrillic letters
            return shown
        if len(name) >= 5 and _distance(label, name) == 1:  # contosso, micosoft
            return shown
        tokens = [t for t in re.split(r"[-.]", label) if t]
        if name in tokens or any(_skeleton(t) == _skeleton(name) for t in tokens):
            return shown  # contoso-it.com
        if name in BRANDS and len(name) >= 5 and name in domain[: -len(base)] + label:
            return shown  # microsoft.account-check.com, account-microsoftonline.co
        # The org's name as a subdomain of another domain is the usual SaaS tenant
        # (contoso.service-now.com), so only brands are checked there.
    return None


def _host(href: str) -> str:
    try:
        return (urlsplit(href.strip()).hostname or "").lower()
    except ValueError:
        return ""


def _domain_of(address: str) -> str:
    return parseaddr(address)[1].rpartition("@")[2].lower().strip(">")


def _family(sender: str, org: tuple[str, ...]) -> tuple[str, ...]:
    """Domains that belong with the sender: its own, the org's, its brand's."""
    own = (registrable(sender),) if sender else ()
    brands = tuple(d for owners in BRANDS.values() if _owns(sender, owners) for d in owners)
    return own + tuple(org) + brands


def org_domains_for(document: Document, configured: tuple[str, ...]) -> tuple[str, ...]:
    """The policy's org domains, or else the recipient's own domain."""
    if configured:
        return tuple(d.lower() for d in configured)
    to = [a for _, a in getaddresses([document.headers.get("To", "")]) if "@" in a]
    return (registrable(to[0].rpartition("@")[2]),) if to else ()


def inspect(document: Document, org_domains: tuple[str, ...] = ()) -> Verdict:
    """The phishing signals in one message (empty for ordinary mail)."""
    org = org_domains_for(document, org_domains)
    headers = document.headers
    name, address = parseaddr(headers.get("From", ""))
    sender = address.rpartition("@")[2].lower()
    internal = bool(sender) and _owns(sender, org)
    body = document.text.split("\n\n", 1)[-1]
    words = f"{document.title}\n{body}"
    signals: list[Signal] = []

    def add(kind: str, detail: str, weight: int) -> None:
        if all(s.detail != detail for s in signals):
            signals.append(Signal(kind, detail, weight))

    if sender:
        imitated = lookalike(sender, org)
        if imitated:
            add("lookalike_domain", f"sender domain {sender} imitates {imitated}", 2)
    shown = _DOMAIN_IN_TEXT.findall(name)
    if shown and sender and all(registrable(d) != registrable(sender) for d in shown):
        add("display_name_mismatch", f"display name shows {shown[0]} but mail is from {sender}", 2)
    elif sender and not internal:
        for brand, owners in list(BRANDS.items()) + [(d.split(".")[0], (d,)) for d in org]:
            if re.search(rf"(?i)\b{re.escape(brand)}\b", name) and not _owns(sender, owners):
                detail = f"display name says {brand} but mail is from {sender}"
                add("display_name_mismatch", detail, 1)
                break
    if sender in FREE_MAIL and _EXEC.search(name):
        add("display_name_mismatch", f"an executive's title on a {sender} address", 1)

    reply_to = _domain_of(headers.get("Reply-To", ""))
    asks = _PAYMENT.search(words) or _CREDENTIALS.search(words) or _GIFT.search(words)
    if reply_to and sender and registrable(reply_to) != registrable(sender):
        add("reply_to_elsewhere", f"replies go to {reply_to}, not {sender}", 2 if asks else 1)
        imitated = lookalike(reply_to, org)
        if imitated:
            add("lookalike_domain", f"reply-to domain {reply_to} imitates {imitated}", 2)

    for text, href in document.links:
        host = _host(href)
        if not host or href.lower().startswith("mailto:"):
            continue
        if _is_ip(host):
            add("link_to_ip", f"link '{text[:40]}' goes to the raw address {host}", 2)
            continue
        named = [d for d in _DOMAIN_IN_TEXT.findall(text) if not _is_ip(d)]
        if named and all(registrable(_unicode(d)) != registrable(_unicode(host)) for d in named):
            add("link_mismatch", f"link text says {named[0].lower()} but goes to {host}", 2)
        imitated = lookalike(host, org)
        if imitated:
            add("lookalike_domain", f"link goes to {host}, imitating {imitated}", 2)

    results = headers.get("Authentication-Results", "")
    failed = sorted({m.group(1).lower() for m in _AUTH.finditer(results)})
    if "dmarc" in failed or len(failed) >= 2:
        add("auth_failed", f"{'/'.join(failed).upper()} failed", 2)
    elif failed:
        add("auth_failed", f"{failed[0].upper()} failed", 1)

    family = _family(sender, org)
    elsewhere = [
        h for h in (_host(href) for _, href in document.links)
        if h and not _is_ip(h) and not _owns(h, family)
    ]  # fmt: skip
    if _CREDENTIALS.search(words) and not internal:
        add("credential_request", "asks you to sign in or confirm a password", 1)
        if elsewhere:
            add("credential_request", f"its sign-in link goes to {elsewhere[0]}, not {sender}", 1)
    if _PAYMENT.search(words) and not internal:
        add("payment_request", "asks for payment or bank details", 1)
        if sender in FREE_MAIL:
            add("payment_request", f"payment or bank details asked from a {sender} address", 1)
        if elsewhere:
            add("payment_request", f"its payment link goes to {elsewhere[0]}, not {sender}", 1)
    if _GIFT.search(words) and not internal:
        add("gift_card", "gift-card or 'are you available' request from outside", 1)
        if sender in FREE_MAIL:
            add("gift_card", f"a favour asked from a {sender} address", 1)
    if _URGENT.search(words) and sender in FREE_MAIL:
        add("urgency", f"urgent pressure from a {sender} address", 1)
    return Verdict(tuple(s for s in signals if s.weight > 0))
