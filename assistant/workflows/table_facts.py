"""Tables are facts: what a reader wants from a table, computed and written in code.

The readers render .xlsx sheets and .docx tables as ``a | b | c`` rows under a
heading. ``tables()`` finds them again; ``table_facts()`` computes totals
(over quarter columns and money or count columns), the largest rows, rows over
budget, the largest changes between two versions, and rows flagged late, at
risk, over budget, open or Sev1, each labelled by its column headers. Numbers
are taken from the cells and rendered here; no model retypes them. Every
computed number carries its operands (``Derived``), so anyone can check it::

    for fact in table_facts(document.text):
        print(fact.text)          # "Opex: total 2,885,700 over Q1-Q4; largest Electricity 702,000."

Two-column tables ("Item | Detail") are not computed; their rows come back as
sentences (``Table.sentences``) for the extractor to weigh with the prose.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

_NUM = re.compile(r"^[£€$]?\s*-?\d[\d,]*(?:\.\d+)?\s*(?:%|k|m|bn)?$", re.I)
_PERIOD = re.compile(r"(?i)^(?:q[1-4]|h[12]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b")
_SUMMABLE = re.compile(
    r"(?i)(?:\bq[1-4]\b|gbp|eur|usd|£|€|\$|cost|budget|spend|amount|\btotal|value|forecast"
    r"|hires|\bfte\b|headcount|customers|units|volume|revenue|capex|opex|outturn)"
)
_NOT_SUMMABLE = re.compile(
    r"(?i)(?:%|\brate\b|score|weight|payback|midpoint|salary|rank|level|year\b(?!\s*\d)|\bid\b|raw|"
    r"weighted|per\b|duration|priority)"
)
_TOTAL_ROW = re.compile(
    r"(?i)^(?:(?:grand\s+)?(?:total|sum|overall|weighted total)\b|(?:programme|portfolio|all)$)"
)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}|^\d{1,2} [A-Z][a-z]{2,8} \d{4}$")
_ID = re.compile(r"^[A-Z]{1,5}[-_]?\d+[A-Z]?$")
_STATUS_HEAD = re.compile(r"(?i)\b(?:status|rag|state|severity)\b")
_CATEGORY_HEAD = re.compile(r"(?i)\b(?:cause|category|type)\b")
_FLAGGED = re.compile(
    r"(?i)^(?:late|at risk|over budget|overdue|delayed|red|amber|blocked|open|sev ?1|p1|"
    r"critical|failed|off track|behind)$"
)
_BUDGET_HEAD = re.compile(r"(?i)\b(?:budget|plan(?:ned)?|approved)\b")
_FORECAST_HEAD = re.compile(r"(?i)\b(?:forecast|actual|outturn)\b")
_VERSION_PAIR = re.compile(r"(?i)^(?:v\d|fy\s?\d|\d{4}|before|after|old|new|previous|current)")
MAX_FACTS_PER_TABLE = 3


@dataclass(frozen=True)
class Derived:
    """A number computed from cells: ``value`` = op(operands)."""

    value: str
    op: str  # "sum", "diff" or "count"
    operands: tuple[str, ...]


@dataclass(frozen=True)
class TableFact:
    text: str
    line: int  # line number of the table, to keep document order
    derived: tuple[Derived, ...] = ()
    priority: float = 2.0  # which facts to keep first when there is room for few


@dataclass
class Table:
    title: str
    position: int
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)

    @property
    def key_value(self) -> bool:
        """Two columns of labels and details ("Item | Detail"); two columns whose
        second holds numbers are data (``Region | Spend``), with totals computed."""
        width = max((len(r) for r in [self.header, *self.rows]), default=0)
        if width > 2:
            return False
        values = [r[1] for r in self.rows if len(r) > 1 and r[1]]
        return not (values and sum(bool(_NUM.match(v)) for v in values) > len(values) / 2)

    def sentences(self) -> list[tuple[int, str]]:
        """Rows of a two-column table, and one-cell notes rows, as sentences."""
        out = []
        rows = [self.header, *self.rows] if self.key_value else self.rows
        for offset, row in enumerate(rows, start=0 if self.key_value else 1):
            cells = [c for c in row if c]
            if self.key_value and len(cells) == 2:
                value = _pretty(cells[1]) if _NUM.match(cells[1]) else cells[1]
                out.append((self.position + offset, f"{cells[0]}: {value}"))
            elif len(cells) == 1 and len(cells[0].split()) >= 5:
                out.append((self.position + offset, cells[0]))
        return out


def tables(text: str) -> list[Table]:
    found: list[Table] = []
    title = ""
    current: Table | None = None
    for number, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if stripped.startswith("#"):
            title = stripped.lstrip("#").strip().removeprefix("Sheet:").strip()
            current = None
            continue
        if " | " not in line and not line.startswith(" | "):
            current = None
            continue
        cells = [c.strip() for c in line.split("|")]
        if current is None:
            current = Table(title, number, cells)
            found.append(current)
        else:
            current.rows.append(cells)
    return found


def table_facts(text: str) -> list[TableFact]:
    facts: list[TableFact] = []
    for table in tables(text):
        if table.key_value or not table.rows:
            continue
        facts += _facts(table)[:MAX_FACTS_PER_TABLE]
    period_totals = [f for f in facts if " over " in f.text and f.derived]
    if len(period_totals) >= 2:
        values = tuple(o for f in period_totals for o in f.derived[0].operands)
        total = _fmt(sum(_value(v) for v in values))
        parts = [f.text.split(":")[0] for f in period_totals]
        names = ", ".join(parts[:-1]) + " and " + parts[-1]
        facts.append(
            TableFact(
                f"{names} together: total {total}.",
                period_totals[-1].line,
                (Derived(_plain(total), "sum", values),),
                3.0,
            )
        )
    return sorted(facts, key=lambda f: -f.priority)


def _facts(t: Table) -> list[TableFact]:
    width = len(t.header)
    rows = [r + [""] * (width - len(r)) for r in t.rows]
    data = [r for r in rows if not _TOTAL_ROW.match(_label_text(r))]
    totals = [r for r in rows if _TOTAL_ROW.match(_label_text(r))]
    numeric = [i for i in range(width) if _is_numeric_column(data, i)]
    label = _label_column(data, numeric)
    name = t.title or t.header[0]
    out: list[TableFact] = []

    def add(text: str, derived: tuple[Derived, ...] = (), priority: float = 2.0) -> None:
        out.append(TableFact(text, t.position, derived, priority))

    for column in (i for i, h in enumerate(t.header) if _STATUS_HEAD.search(h)):
        full = [r for r in t.rows if len(r) == width and not _TOTAL_ROW.match(_label_text(r))]
        flagged = _flagged(t, full, label, column)
        if flagged:
            add(*flagged, priority=3.0)
    percents = {
        i for i in numeric if sum(r[i].strip().endswith("%") for r in data if r[i]) * 2 > len(data)
    }
    summable = [i for i in numeric if _SUMMABLE.search(t.header[i]) and i not in percents
                and not _NOT_SUMMABLE.search(t.header[i])]  # fmt: skip
    periods = [i for i in summable if _PERIOD.match(t.header[i])]
    if totals:
        row = totals[0]
        filled = [i for i in numeric if row[i]]
        shown = sorted(filled, key=lambda i: not re.search(r"(?i)total", t.header[i]))[:3]
        if shown:
            parts = [f"{t.header[i]} {_pretty(row[i])}" for i in sorted(shown)]
            text = f"{name}: {_label_text(row)}: {'; '.join(parts)}"
            key = shown[0]
            ranked = [r for r in data if _NUM.match(r[key])]
            if ranked and re.search(r"(?i)total", t.header[key]):
                top = max(ranked, key=lambda r: _value(r[key]))
                text += f"; largest {_label_text(top, label)} {_pretty(top[key])}"
            add(text + ".", priority=2.5)
    elif periods:
        add(*_period_total(name, t, data, label, periods), priority=2.5)
    elif summable:
        derived = []
        parts = []
        for i in summable[:3]:
            values = [r[i] for r in data if _NUM.match(r[i])]
            total = _fmt(sum(_value(v) for v in values))
            derived.append(Derived(_plain(total), "sum", tuple(values)))
            parts.append(f"{t.header[i]} {total}")
        derived.append(Derived(str(len(data)), "count", tuple(_label_text(r, label) for r in data)))
        rows_word = "row" if len(data) == 1 else "rows"
        add(f"{name}: total {'; '.join(parts)} ({len(data)} {rows_word}).", tuple(derived))
    pair = _pair(t.header, numeric)
    if pair:
        add(*_changes(name, t, data, label, pair))
    category = next((i for i in range(width) if _CATEGORY_HEAD.search(t.header[i])
                     and i not in numeric), None)  # fmt: skip
    tally = Counter(r[category] for r in data if r[category]) if category is not None else None
    if tally and len(data) >= 5 and 2 <= tally.most_common(1)[0][1] < len(data):
        value, count = tally.most_common(1)[0]
        assert category is not None
        add(
            f"{name}: most common {t.header[category]}: {value} ({count} of {len(data)}).",
            (
                Derived(str(count), "count", tuple(value for r in data if r[category] == value)),
                Derived(str(len(data)), "count", tuple(_label_text(r, label) for r in data)),
            ),
            1.0,
        )
    return out


def _period_total(
    name: str, t: Table, data: list[list[str]], label: int, periods: list[int]
) -> tuple[str, tuple[Derived, ...]]:
    cells = [r[i] for r in data for i in periods if _NUM.match(r[i])]
    total = _fmt(sum(_value(c) for c in cells))
    by_row = [(sum(_value(r[i]) for i in periods if _NUM.match(r[i])), r) for r in data]
    best_value, best = max(by_row, key=lambda x: x[0])
    best_cells = tuple(best[i] for i in periods if _NUM.match(best[i]))
    span = f"{t.header[periods[0]]}-{t.header[periods[-1]]}"
    by_period = [(sum(_value(r[i]) for r in data if _NUM.match(r[i])), i) for i in periods]
    peak_value, peak = max(by_period)
    peak_cells = tuple(r[peak] for r in data if _NUM.match(r[peak]))
    text = (
        f"{name}: total {total} over {span}; largest {_label_text(best, label)} "
        f"{_fmt(best_value)}; highest period {t.header[peak]} ({_fmt(peak_value)})."
    )
    derived = (
        Derived(_plain(total), "sum", tuple(cells)),
        Derived(_plain(_fmt(best_value)), "sum", best_cells),
        Derived(_plain(_fmt(peak_value)), "sum", peak_cells),
    )
    return text, derived


def _flagged(
    t: Table, data: list[list[str]], label: int, column: int
) -> tuple[str, tuple[Derived, ...]] | None:
    data = [r for r in data if r[column].strip()]
    groups: dict[str, list[str]] = {}
    for r in data:
        value = r[column].strip()
        if _FLAGGED.match(value):
            groups.setdefault(value, []).append(_label_text(r, label))
    if not groups:
        return None
    counts = Counter(r[column].strip() for r in data if r[column].strip())
    parts = [f"{value} ({len(who)}): {', '.join(who[:6])}" for value, who in groups.items()]
    tally = ", ".join(f"{n} {value}" for value, n in counts.most_common())
    derived = tuple(Derived(str(len(who)), "count", tuple(who)) for who in groups.values())
    derived += tuple(
        Derived(
            str(n), "count", tuple(_label_text(r, label) for r in data if r[column].strip() == v)
        )
        for v, n in counts.items()
    )
    return (
        f"{t.title or t.header[column]}: {'; '.join(parts)}. {t.header[column]}: {tally}.",
        derived,
    )


def _pair(header: list[str], numeric: list[int]) -> tuple[int, int, str] | None:
    budget = next((i for i in numeric if _BUDGET_HEAD.search(header[i])), None)
    forecast = next((i for i in numeric if _FORECAST_HEAD.search(header[i])), None)
    if budget is not None and forecast is not None:
        return budget, forecast, "budget"
    versions = [i for i in numeric if _VERSION_PAIR.match(header[i])]
    if len(versions) >= 2:
        return versions[0], versions[1], "change"
    return None


def _changes(
    name: str, t: Table, data: list[list[str]], label: int, pair: tuple[int, int, str]
) -> tuple[str, tuple[Derived, ...]]:
    a, b, kind = pair
    rows = [r for r in data if _NUM.match(r[a]) and _NUM.match(r[b])]
    diffs = sorted(rows, key=lambda r: -abs(_value(r[b]) - _value(r[a])))
    if kind == "budget":
        over = [r for r in diffs if _value(r[b]) > _value(r[a])][:3]
        parts = [f"{_label_text(r, label)} {_pretty(r[b])} against {_pretty(r[a])}" for r in over]
        text = f"{name}: over budget ({t.header[b]} against {t.header[a]}): {'; '.join(parts)}."
        if not over:
            text = f"{name}: no row's {t.header[b]} is above its {t.header[a]}."
    else:
        over = diffs[:2]
        parts = [
            f"{_label_text(r, label)} {_pretty(r[a])} to {_pretty(r[b])}"
            f" ({_fmt(_value(r[b]) - _value(r[a]), signed=True)})"
            for r in over
        ]
        text = f"{name}: largest changes from {t.header[a]} to {t.header[b]}: {'; '.join(parts)}."
    derived = tuple(
        Derived(_plain(_fmt(abs(_value(r[b]) - _value(r[a])))), "diff", (r[b], r[a])) for r in over
    )
    return text, derived


def _is_numeric_column(rows: list[list[str]], i: int) -> bool:
    values = [r[i] for r in rows if r[i]]
    return bool(values) and sum(bool(_NUM.match(v)) for v in values) / len(values) >= 0.6


def _label_column(rows: list[list[str]], numeric: list[int]) -> int:
    text_columns = [i for i in range(len(rows[0])) if i not in numeric] if rows else []
    return text_columns[0] if text_columns else 0


def _label_text(row: list[str], label: int = 0) -> str:
    first = row[label] if label < len(row) else ""
    if _ID.match(first) or not first:
        rest = (c for c in row[label + 1 :] if c and not _NUM.match(c) and not _DATE.match(c))
        return f"{first} {next(rest, '')}".strip()
    return first


def _value(cell: str) -> float:
    raw = re.sub(r"[£€$,\s%]", "", cell).lower()
    scale = {"k": 1e3, "m": 1e6, "bn": 1e9}.get(re.sub(r"[\d.\-]", "", raw), 1.0)
    return float(re.sub(r"[^\d.\-]", "", raw) or 0) * scale


def _fmt(value: float, signed: bool = False) -> str:
    text = f"{value:,.0f}" if abs(value - round(value)) < 1e-9 else f"{value:,.2f}".rstrip("0")
    return f"+{text}" if signed and value > 0 else text


def _pretty(cell: str) -> str:
    """A cell's number with thousands separators, as written otherwise."""
    if re.fullmatch(r"-?\d{4,}", cell.strip()):
        return f"{int(cell):,}"
    return cell


def _plain(text: str) -> str:
    return text.replace(",", "").lstrip("+")
