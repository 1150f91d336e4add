"""Action items, decisions and open questions, found sentence by sentence.

The bundled 135M model cannot pull action items out of a whole transcript
(asked zero-shot, it returns an empty list), so extraction is deterministic:
each sentence is matched against commitment, request, decision and question
patterns, with the owner taken from the speaker, an addressed attendee, or
the person who answers a request. Due dates come from phrases such as "by
Friday" or "by 3 December". Decisions come from "agreed", "let's go with",
"we decided", "approved" and the like, and are checked before commitments, so
"Agreed, we go with Vendor B" is a decision, not a task. "Me", "my" and "I" in a
task become the speaker, "you" and "your" the owner ("send me the quote" ->
"send Ruth the quote"). Agenda talk ("next item", "we need to discuss") is not
an action item. A question that another speaker answers later (an answer cue
such as "yes" or "not yet" right after it, or a reply sharing its key words) is
not left open. Partial results from several parts of a long meeting merge
without duplicates (``merge_items``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from connectors.transcripts import Utterance

UNASSIGNED = "Unassigned"
TEAM = "Team"

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_DUE = re.compile(
    r"(?i)\b(?:by|before|on|until|no later than|due)\s+(?P<due>(?:the\s+)?(?:end of (?:the\s+)?"
    r"(?:day|week|month|quarter|sprint)|(?:next\s+)?(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|week|month)|tomorrow|today|tonight|eod|eow|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?))"
    r"|\b(?:(?:for|by|before|until)\s+)?"
    r"(?P<rel>tomorrow|next week|end of (?:the )?(?:day|week|month))\b"
)
_SELF = re.compile(
    r"(?i)\b(?:I'll|I will|I'm going to|I am going to|I can|let me|I need to|I have to|"
    r"I'll make sure to|I'll try to)\s+(?P<task>.+)"
)
_REQUEST = re.compile(r"(?i)\b(?:can you|could you|would you|will you|please)\s+(?P<task>.+)")
_EXPLICIT = re.compile(r"(?i)\b(?:action(?: item)?|todo|to-do)\s*:\s*(?P<task>.+)")
_TEAM = re.compile(r"(?i)\bwe (?:need to|will|should|must|have to|'ll)\s+(?P<task>.+)")
_DECISION = re.compile(
    r"(?i)\b(?:we(?:'ve| have)? decided|decision(?: is)?:|(?:we )?agreed (?:to|that|on)|"
    r"let's go with|we'll go with|we are going with|we're going with|decided to|"
    r"is approved|are approved|we approved|final decision)\b"
)
_STRONG_DECISION = re.compile(
    r"(?i)(?:^(?:agreed|decided|approved|decision)\b|\blet's go with|\bwe(?:'ll| will)? go with|"
    r"\bwe(?:'ve| have)? (?:decided|approved)\b|\bwe(?:'ve| have)? agreed (?:to|that|on)\b|"
    r"\bfinal decision|\bis approved|"
    r"\bare approved|\bsigned off|\bwe(?:'re| are) going (?:with|ahead)|\bthe decision is)"
)
_AGENDA = re.compile(
    r"(?i)(?:^agenda\b|\bon the agenda\b|\bagenda item|\bnext item\b|\bitem \d+\b|"
    r"\bfirst item\b|\bmoving on to\b|\blet's (?:start|move on|turn) (?:with|to)\b|"
    r"\btoday we(?:'ll| will) (?:cover|discuss|review)|"
    r"\bwe need to (?:discuss|talk about|cover|go through)\b)"
)
_ANSWER_CUE = re.compile(
    r"(?i)^\s*(?:yes|no\b|nope|yep|not yet|it is|it's|it will|they do|they don't|we do|we don't|"
    r"we will|good point|probably|definitely|correct|right now|the answer)"
)
_EXPLICIT_OPEN = re.compile(
    r"(?i)\b(?:open question|still need to decide|to be decided|tbd|no answer yet|"
    r"we don't know yet)\b"
)
_OPEN = re.compile(
    r"(?i)\b(?:open question|still need to decide|not sure (?:whether|if)|to be decided|tbd|"
    r"unclear (?:whether|if)|no answer yet|we don't know yet)\b"
)
_AFFIRM = re.compile(
    r"(?i)^\s*(?:sure|yes|yep|ok(?:ay)?|will do|of course|no problem|I'll|I will|on it)\b"
)
_VOCATIVE = re.compile(r"^\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?),\s*$")
_ACK = re.compile(r"(?i)^\s*(?:sure|yes|yep|ok(?:ay)?|will do|of course|no problem|on it)\b")
_NOT_TASKS = re.compile(
    r"(?i)^(?:see|hear|imagine|think|understand|agree|guess|tell|say|remember|believe|"
    r"confirm that|be there|do that|do it|do so|do this|try|help|say that|check that|discuss|"
    r"talk about|go through|cover|start with|move on)\b"
)
_QUESTION_WORDS = set("what when where who why how which do does did is are should could".split())
_STOP = set(
    "a an the to of and or for on in at by with this that it we i you our my your be is are "
    "will can please make sure".split()
)


@dataclass(frozen=True)
class ActionItem:
    owner: str
    task: str
    due: str | None = None

    def as_json(self) -> dict[str, str | None]:
        return {"owner": self.owner, "task": self.task, "due": self.due}


@dataclass(frozen=True)
class Items:
    action_items: tuple[ActionItem, ...] = ()
    decisions: tuple[str, ...] = ()
    open_questions: tuple[str, ...] = ()


def extract_items(utterances: Sequence[Utterance], attendees: Sequence[str]) -> Items:
    names = _name_pattern(attendees)
    actions: list[ActionItem] = []
    decisions: list[str] = []
    questions: list[str] = []
    just_assigned = ""  # who took on the previous turn's request
    for index, utterance in enumerate(utterances):
        reply = _reply_speaker(utterances, index)
        assigned = ""
        for sentence in _SENTENCE.split(utterance.text):
            sentence = sentence.strip()
            if len(sentence.split()) < 3:
                continue
            if _AGENDA.search(sentence):
                continue  # running the meeting, not a task
            if _STRONG_DECISION.search(sentence):
                decisions.append(_clean_sentence(sentence))
                continue
            item = _action(sentence, utterance.speaker, reply, names, attendees)
            if item and item.owner == utterance.speaker == just_assigned and _ACK.match(sentence):
                # "Sure, I'll email them today" restates the request just taken on:
                # keep one item, with the due date the answer gives.
                last = actions[-1]
                if last.due is None and item.due:
                    actions[-1] = ActionItem(last.owner, last.task, item.due)
                continue
            if item:
                actions.append(item)
                if item.owner == reply:
                    assigned = reply
            elif _DECISION.search(sentence):
                decisions.append(_clean_sentence(sentence))
            elif _OPEN.search(sentence) or (
                sentence.endswith("?")
                and len(sentence.split()) >= 5
                and not _REQUEST.search(sentence)
            ):
                explicit = _EXPLICIT_OPEN.search(utterance.text)
                if (
                    explicit
                    and questions
                    and len(sentence.split()) < 8
                    and not sentence.endswith("?")
                ):
                    continue  # "That is still an open question." after the question itself
                if explicit or not answered(utterances, index, sentence):
                    questions.append(_clean_sentence(sentence))
        just_assigned = assigned
    return merge_items([Items(tuple(actions), tuple(decisions), tuple(questions))])


def answered(utterances: Sequence[Utterance], index: int, question: str) -> bool:
    """Whether another speaker answers ``question`` (asked in turn ``index``) later:
    an answer cue in the next turn, or a reply within four turns sharing two key words."""
    asker = utterances[index].speaker
    want = _words(question) - _QUESTION_WORDS
    for offset, later in enumerate(utterances[index + 1 : index + 5]):
        if later.speaker == asker or later.text.rstrip().endswith("?"):
            continue
        if offset == 0 and _ANSWER_CUE.match(later.text):
            return True
        if len(want & _words(later.text)) >= min(2, len(want)):
            return True
    return False


def is_request(sentence: str) -> bool:
    """ "Can you...", "Could you...", "Please..."."""
    return bool(_REQUEST.search(sentence))


def merge_items(parts: Sequence[Items]) -> Items:
    """Combine partial notes, dropping near-duplicate items (same owner, similar words)."""
    actions: list[ActionItem] = []
    for item in (a for p in parts for a in p.action_items):
        twin = next((i for i, a in enumerate(actions) if _same_action(a, item)), None)
        if twin is None:
            actions.append(item)
        elif actions[twin].due is None and item.due:
            actions[twin] = ActionItem(actions[twin].owner, actions[twin].task, item.due)
    return Items(
        tuple(actions),
        tuple(_distinct(d for p in parts for d in p.decisions)),
        tuple(_distinct(q for p in parts for q in p.open_questions)),
    )


def _action(
    sentence: str, speaker: str, reply: str, names: re.Pattern[str] | None, attendees: Sequence[str]
) -> ActionItem | None:
    due = _due(sentence)
    if match := _EXPLICIT.search(sentence):
        task = match.group("task")
        owner = _named(task, names, attendees) or speaker or UNASSIGNED
        if names and (lead := re.match(rf"{names.pattern}\s+(?:to|will|should)\s+", task)):
            task = task[lead.end() :]  # "Tom to book the rooms" -> "book the rooms"
        return _item(owner, task, due, speaker)
    if names and (match := _NAMED_COMMIT.search(sentence)) and _is_name(match.group(1), names):
        return _item(_full_name(match.group(1), attendees), match.group("task"), due, speaker)
    if match := _REQUEST.search(sentence):
        before = sentence[: match.start()]
        vocative = _VOCATIVE.match(before)  # "Luis, can you...": addressed, maybe not present
        owner = (
            _named(before, names, attendees)
            or (vocative.group(1) if vocative else "")
            or reply
            or UNASSIGNED
        )
        return _item(owner, match.group("task"), due, speaker)
    if (match := _SELF.search(sentence)) and not sentence.endswith("?"):
        return _item(speaker or UNASSIGNED, match.group("task"), due, speaker)
    if match := _TEAM.search(sentence):
        return _item(TEAM, match.group("task"), due)
    return None


_NAMED_COMMIT = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?:will|is going to|needs to|should)\s+(?P<task>.+)"
)


def _item(owner: str, task: str, due: str | None, speaker: str = "") -> ActionItem | None:
    task = _resolve_pronouns(_clean_task(task), speaker, owner)
    if not task or _NOT_TASKS.match(task) or len(task.split()) < 2:
        return None
    return ActionItem(owner, task, due)


def _resolve_pronouns(task: str, speaker: str, owner: str) -> str:
    """ "Send me the quote" said by Ruth -> "Send Ruth the quote"; "your" -> the owner's."""
    if speaker:
        task = re.sub(r"\b(?:me|myself)\b", speaker, task)
        task = re.sub(r"\bmy\b", f"{speaker}'s", task)
        task = re.sub(r"\bI\b", speaker, task)
    if owner and owner not in (speaker, UNASSIGNED, TEAM):
        task = re.sub(r"\byour\b", f"{owner}'s", task)
        task = re.sub(r"\byou\b", owner, task)
    return task[:1].upper() + task[1:]


def _clean_task(task: str) -> str:
    task = re.sub(r"\s+([,;])", r"\1", re.sub(r"\s{2,}", " ", _DUE.sub("", task)))
    task = re.split(r"(?i)\s+(?:so that|because|since|as soon as|and then|but)\b", task)[0]
    task = task.strip(" .,;:!?-—")
    task = re.sub(r"(?i)^(?:also|then|just|quickly|go ahead and|take care of)\s+", "", task)
    words = task.split()
    if len(words) > 14:
        task = " ".join(words[:14]) + "…"
    return task[:1].upper() + task[1:]


def _clean_sentence(sentence: str) -> str:
    sentence = re.sub(r"(?i)^(?:so|ok(?:ay)?|right|well|and),?\s+", "", sentence.strip())
    return sentence[:1].upper() + sentence[1:]


def _due(sentence: str) -> str | None:
    match = _DUE.search(sentence)
    if not match:
        return None
    return (match.group("due") or match.group("rel") or "").strip() or None


def _reply_speaker(utterances: Sequence[Utterance], index: int) -> str:
    """Who takes on a request: the next speaker, if they answer yes."""
    if index + 1 < len(utterances):
        nxt = utterances[index + 1]
        if nxt.speaker and nxt.speaker != utterances[index].speaker and _AFFIRM.match(nxt.text):
            return nxt.speaker
    return ""


def _name_pattern(attendees: Sequence[str]) -> re.Pattern[str] | None:
    forms = {part for name in attendees for part in (name, name.split()[0]) if part}
    if not forms:
        return None
    return re.compile(
        r"\b(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b"
    )


def _is_name(word: str, names: re.Pattern[str]) -> bool:
    return bool(names.fullmatch(word))


def _named(text: str, names: re.Pattern[str] | None, attendees: Sequence[str]) -> str:
    if names is None:
        return ""
    match = names.search(text)
    return _full_name(match.group(1), attendees) if match else ""


def _full_name(form: str, attendees: Sequence[str]) -> str:
    return next((a for a in attendees if a == form or a.split()[0] == form), form)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP}


def _same_action(a: ActionItem, b: ActionItem) -> bool:
    if a.owner != b.owner:
        return False
    wa, wb = _words(a.task), _words(b.task)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.5


def _distinct(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    seen: list[set[str]] = []
    for text in items:
        words = _words(text)
        if any(words and len(words & s) / len(words | s) >= 0.6 for s in seen):
            continue
        seen.append(words)
        out.append(text)
    return out
