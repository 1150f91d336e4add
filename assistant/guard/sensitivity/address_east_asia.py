"""Street addresses written in Chinese, Japanese, Korean and Thai.

These scripts have no Latin street suffix and often no spaces, so the street
rules in ``addresses.py`` and the comma runs in ``address_shapes.py`` miss
them. Each country writes the street-level part of a postal address its own way:

- Japan: a block address, ``N丁目N番N号`` (chōme, ban, gō), ``N番地``, or
  ``N-N-N`` after a ward, city, town or village (都道府県市区町村郡), ``N-N``
  only after a prefecture.
- China: a road word (路, 街, 大街, 大道, 道, 巷, 弄, 胡同) followed by a house
  number and 号, or beside a building designator (``A座``).
- Korea: a road name ending in 로, 길 or 가 (번길, 거리) and a building number
  ("테헤란로 152", "언주로 767-12", "지하 908"), with a province, city, county or
  district (도, 시, 군, 구) before it, a number in the road name, or a
  neighbourhood in brackets after it (동, 읍, 면, 리); ``N번지``; and an address
  block whose first line is a building number and a name and whose last line
  ends in a postcode.
- Thailand: a house number before a road or lane (ถนน, ถ., ซอย, ซ., ตรอก) or a
  village number (หมู่ N), or a road with a postcode; subdistrict, district and
  province words (ตำบล, ต., แขวง, อำเภอ, อ., เขต, จังหวัด, จ.) support them.

A city or district alone ("our 上海市 office", "the 서울 team") is not an
address, and amounts (元, 円, 원, บาท), dates, years, times, counts and
phone-like numbers are not house numbers or postcodes.

The street and building words come from the countries' postal conventions and
from libpostal's address dictionaries (resources/dictionaries/{zh,ja,ko,th},
MIT licence, © 2015 libpostal contributors): zh street_types, building_types;
ja building_types, postcodes; ko street_types; th street_types.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

Hit = tuple[str, int, int, float]

_HAN = "一-鿿㐀-䶿"
_KANA = "ぁ-ヿ"
_HANGUL = "가-힣"
_THAI = "ก-๛"
_CJK = _HAN + _KANA
_DIGIT = "0-9０-９"

# Japanese: chōme, banchi, ban-gō, N-N(-N) after a kanji or kana.
_JA = (
    rf"[{_DIGIT}一二三四五六七八九十]{{1,3}}丁目|[{_DIGIT}]{{1,4}}番地"
    rf"|[{_DIGIT}]{{1,4}}番[{_DIGIT}]{{1,4}}号"
    rf"|[{_CJK}][1-9][0-9]{{0,3}}[-－][0-9]{{1,4}}"
)
# Chinese: a road word, a house number and 号; a building designator.
_ZH_ROAD = "路|街|道|巷|弄|胡同"
_ZH = rf"(?:{_ZH_ROAD}) ?(?:[{_DIGIT}]{{1,2}}段)?[{_DIGIT}]{{1,5}} ?[号號]|[A-Za-z0-9]{{1,2}}座"
_HOUSE_NO = r"(?:지하 ?)?[0-9]{1,5}(?:-[0-9]{1,4})?"  # "512", "767-12", "지하 908"
# Korean: a road name's suffix and a building number; a lot number; a house
# number and a name (an address block's first line, or "340-95 개포, ...").
_KO = (
    rf"[{_HANGUL}0-9](?:로|길|거리|가) (?:지하 ?)?[0-9]{{1,4}}"
    rf"|[{_HANGUL}](?:동|리) [0-9]{{1,4}}-[0-9]{{1,4}}|[0-9]{{1,4}}(?:-[0-9]{{1,4}})?번지"
    rf"|(?m:^)[ \t>?]*{_HOUSE_NO} [{_HANGUL}{_CJK}]|{_HOUSE_NO} [{_HANGUL}]"
)
# Thai: a house number before a road, lane or village number; "เลขที่ N"; a road.
_TH_ROAD = r"ถนน|ถ\.|ซอย|ซ\.|ตรอก|หมู่บ้าน"  # road, lane, alley, housing estate
_TH_AREA_WORD = r"ตำบล|ต\.|แขวง"
_TH_HOUSE_NO = r"[0-9]{1,4}(?:/[0-9]{1,4})?"  # "871", "14/21"
_TH = rf"{_TH_HOUSE_NO} ?(?:{_TH_ROAD}|หมู่|{_TH_AREA_WORD})|เลขที่ ?[0-9]|ถนน|ซอย|ถ\.|ซ\."

# For the trigger pass (RE2 and Python re read it alike).
TRIGGER = "|".join((_JA, _ZH, _KO, _TH))
_TRIGGER = re.compile(TRIGGER)


def is_trigger(word: str) -> bool:
    return bool(_TRIGGER.fullmatch(word))


_HIT = "street_address"


def check(text: str, start: int, end: int) -> Iterator[Hit]:
    """A trigger at ``text[start:end]``: an address when the country's street-level
    parts stand around it (see the module docstring)."""
    word = text[start:end]
    if _THAI_WORD.search(word):
        span = _thai(text, start, end)
    elif _HOUSE_WORD.fullmatch(word):
        span = _house_and_name(text, start, end)
    elif _HANGUL_WORD.search(word) or word.endswith("번지"):
        span = _korean(text, start, end)
    elif word.endswith("座") or word.endswith(("号", "號")) and not word[:1].isdigit():
        span = _chinese(text, start, end)
    else:
        span = _japanese(text, start, end)
    if span:
        yield _HIT, span[0], span[1], 0.7


_THAI_WORD = re.compile(f"[{_THAI}]")
_HANGUL_WORD = re.compile(f"[{_HANGUL}]")
_HOUSE_WORD = re.compile(rf"[ \t>?]*{_HOUSE_NO} [{_HANGUL}{_CJK}]")
_YEAR = re.compile(r"(?:19|20|25)\d\d")  # 25xx: Thai Buddhist-era years
_SCRIPT_RUN = re.compile(rf"[{_CJK}{_DIGIT}\-－]*$")  # the unbroken name before a part


def _run_back(text: str, pos: int, limit: int = 30) -> int:
    """Where the unbroken run of CJK letters and digits ending at ``pos`` starts."""
    lo = max(0, pos - limit)
    m = _SCRIPT_RUN.search(text, lo, pos)
    return m.start() if m else pos


# --- Japanese ---------------------------------------------------------------

_ADMIN_JA = re.compile("[都道府県市区町村郡]")
_JA_AFTER = re.compile(
    rf"[{_DIGIT}]{{1,4}}番地?(?:[{_DIGIT}]{{1,4}}号?)?|[-－][{_DIGIT}]{{1,4}}(?:[-－][{_DIGIT}]{{1,4}})?"
)
# A building and room after the block address: " 元浅草シャルム506".
_JA_BUILDING = re.compile(rf"\s?[{_CJK}ー・]{{1,15}}[{_DIGIT}]{{1,4}}(?:号室|号)?")
_CJK_LETTER = re.compile(f"[{_CJK}]")
_THIRD = re.compile(r"[-－][0-9]{1,4}")
_PREFECTURE = re.compile("[都道府県]")
_PHONE_WORD = re.compile(r"(?:電話|TEL|Tel|tel|FAX|Fax|携帯|전화|โทร)[\s:：.]*$")
_UNIT_AFTER = re.compile(
    "[月日年人元円点時分秒個个名件回位台本枚杯歳倍割%％]|号[线線码碼]|[.,．，][0-9]"
)


def _japanese(text: str, start: int, end: int) -> tuple[int, int] | None:
    word = text[start:end]
    lo = _run_back(text, start)
    place = text[lo:start]
    if "丁目" in word:
        m = _JA_AFTER.match(text, end)
        if not (m or _ADMIN_JA.search(place)):
            return None  # "3丁目の夕日", "銀座四丁目の交差点"
        stop = m.end() if m else end
    elif "番" in word:  # 番地, N番N号
        if not place:
            return None
        stop = end
    else:  # "六本木6-10-1" after a ward, city or town
        digits_at = 1
        first = word[digits_at:].replace("－", "-").split("-")[0]
        if _YEAR.fullmatch(first) or _PHONE_WORD.search(text, max(0, start - 8), start + 1):
            return None
        m = _THIRD.match(text, end)
        stop = m.end() if m else end
        # "六本木6-10-1" after a ward or town; "N-N" only after a prefecture
        if not _ADMIN_JA.search(text, lo, start + 1) or not m and not _PREFECTURE.search(place):
            return None
        if stop < len(text) and (text[stop].isdigit() or text[stop] in "-－"):
            return None  # a phone number or a longer code
        if _UNIT_AFTER.match(text, stop) or not m and _CJK_LETTER.match(text, stop):
            return None  # "亚太区2-3月": months; "売上は2-3割": a range
        start = start + digits_at
    building = _JA_BUILDING.match(text, stop, min(len(text), stop + 25))
    return min(lo, start), building.end() if building else stop


# --- Chinese ----------------------------------------------------------------

_ZH_ROAD_END = re.compile(rf"(?:{_ZH_ROAD})$")
# After a building designator: " 阎街", " 兴安盟街" (the road's name and word).
_ZH_ROAD_AFTER = re.compile(rf"\s{{0,2}}[{_HAN}]{{1,8}}?(?:{_ZH_ROAD})(?![{_HAN}])")
_ZH_POSTCODE = re.compile(r"\s{0,2}[0-9]{6}(?![0-9])")
_NOT_A_ROAD = re.compile("(?:知道|频道|跑道|车道|轨道|通道|航道|管道|渠道|赛道|街道办)$")


def _chinese(text: str, start: int, end: int) -> tuple[int, int] | None:
    word = text[start:end]
    lo = _run_back(text, start)
    stop = end
    if word.endswith("座"):  # "兰州街c座", "n座 阎街"
        before = text[max(0, start - 6) : start]
        road_before = bool(_ZH_ROAD_END.search(before)) and not _NOT_A_ROAD.search(before)
        after = _ZH_ROAD_AFTER.match(text, end, min(len(text), end + 12))
        if not (road_before or after):
            return None  # "A座3楼": a building, not a street
        if after:
            stop = after.end()
    else:  # "建国路88号"
        road_end = start + (2 if word.startswith("胡同") else 1)
        if not text[max(0, start - 1) : start].strip() or _NOT_A_ROAD.search(text, lo, road_end):
            return None
        if text[end : end + 1] in ("线", "線", "码", "碼"):  # a metro line, a number
            return None
    code = _ZH_POSTCODE.match(text, stop, min(len(text), stop + 8))
    return min(lo, start), code.end() if code else stop


# --- Korean -----------------------------------------------------------------

# A province, city, county or district word: "충청북도", "서울특별시", "강남구",
# "중구"; not "도시" (city), "다시" (again), "연구" (research).
_ADMIN_KO = re.compile(
    rf"(?<![{_HANGUL}])(?:[{_HANGUL}]{{2,8}}(?:도|시|군|구)|[중동서남북]구)(?![{_HANGUL}])"
)
_KO_NUMBER = re.compile(r"(?:지하 ?)?([0-9]{1,4})(-[0-9]{1,4})?")
_KO_ROAD_NAME = re.compile(rf"[{_HANGUL}0-9]{{1,15}}$")
_KO_UNITS = frozenset(
    "명 개 원 일 시 분 초 년 월 주 회 건 번 층 호 세 살 시간 개월 주년 달러 점 차 위 장 권 대 "
    "곳 쪽 페이지 퍼센트 배 팀 종 통 잔 병 마리 번째 km kg".split()
)
_KO_AREA_AFTER = re.compile(rf"\s?\([{_HANGUL}0-9]{{1,12}}(?:동|읍|면|리|가|마을)\)")
_BLOCK_LINES = 5


def _korean(text: str, start: int, end: int) -> tuple[int, int] | None:
    word = text[start:end]
    if word.endswith("번지"):
        return None if text[end : end + 1].isalnum() else (start, end)  # not "번지점프"
    number = _KO_NUMBER.match(text, word.find(" ") + start + 1)
    if not number or number.end() < end:
        return None
    stop = number.end()
    rest = text[stop : stop + 12]
    attached = _KO_ATTACHED.match(rest)
    if attached and attached.group() not in _KO_PARTICLES or _KO_NOT_AFTER.match(rest):
        return None  # "5000원", "3시", "1,500"; not "1-68로" (to 1-68)
    if rest[:1] == " " and _is_unit(rest.split()[0] if rest.split() else ""):
        return None  # "가 3 명이"
    name = _KO_ROAD_NAME.search(text, max(0, start - 15), start + 1)
    road_at = name.start() if name else start
    road = text[road_at : start + 2]
    line_lo = max(0, text.rfind("\n", max(0, road_at - 40), road_at) + 1, road_at - 40)
    admin = _ADMIN_KO.search(text, line_lo, road_at)
    area = _KO_AREA_AFTER.match(text, stop, min(len(text), stop + 20))
    # A road (not a lot after a neighbourhood) marked by its own form: "...번길",
    # a number in its name ("역삼9로"), an underground entrance, "767-12".
    marked = word[1] not in "동리" and (
        road.endswith("번길")
        or any(ch.isdigit() for ch in road[:-1])
        or "지하" in word
        or number.group(2) is not None
    )
    if _YEAR.fullmatch(number.group(1)) and (number.group(2) or not admin):
        return None  # a year, or a year and month
    if not (admin or area or marked):
        return None
    return (admin.start() if admin else road_at), area.end() if area else stop


_PARTICLES = frozenset("이가을를은는의에도만과와")
_KO_NOT_AFTER = re.compile(r"[0-9A-Za-z]|[.,:/-][0-9]|%")  # "2001-11-06", "10:30"
_KO_ATTACHED = re.compile(f"[{_HANGUL}]+")
_KO_PARTICLES = frozenset("로 으로 에 에서 의 까지 로의 에는 은 는 이 가 을 를 와 과".split())


def _is_unit(token: str) -> bool:
    """A counter or unit, alone or with a particle: "명", "명이", "人"."""
    token = token.rstrip(".,)")
    return token in _KO_UNITS or token[:-1] in _KO_UNITS and token[-1:] in _PARTICLES


_NAME = re.compile(rf"[{_HANGUL}{_CJK}]{{1,10}}")
_CJK_UNITS = frozenset("人元円个名件回位年月日時分时台本枚歳岁")


def _house_and_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "512 학동" opening a block whose last short line ends in a postcode;
    "340-95 개포, 안산시 상록구": a house number, a name, then a city or district."""
    name = _NAME.match(text, end - 1, min(len(text), end + 12))
    if not name or _is_unit(name.group()) or name.group()[0] in _CJK_UNITS:
        return None  # "3 명", "5 人"
    word = text[start:end]
    house_at = start + len(word) - len(word.lstrip(" \t>?"))
    stop = name.end()
    line_stop = text.find("\n", stop, stop + 40)
    if line_stop == -1:
        line_stop = min(len(text), stop + 40)
    tail = text[stop:line_stop]
    admin = _ADMIN_KO.search(tail, 0, 30)
    if admin and tail[: admin.start()].strip() == ",":  # "875 논현, 성남시"
        return house_at, stop + admin.end()
    if _UNDERGROUND.match(word, house_at - start):  # "지하391 학동": a building number
        return house_at, stop
    before = text[max(0, house_at - 8) : house_at]
    line_at = before.rfind("\n")
    if line_at == -1 and house_at > 8 or before[line_at + 1 :].strip(" \t>?"):
        return None  # a block's first line, not a number in prose
    if text[stop:line_stop].strip():
        return None  # the line is only "number name"
    pos = line_stop
    for _ in range(_BLOCK_LINES):  # the block's next short lines, bounded
        if pos >= len(text) or text[pos] != "\n":
            return None
        nxt = text.find("\n", pos + 1, pos + 80)
        line_end = nxt if nxt != -1 else min(len(text), pos + 80)
        line = text[pos + 1 : line_end]
        if len(line.split()) > 4:
            return None
        code = _CODE_ENDS.search(line)
        if code and not _YEAR.fullmatch(code.group(1)):
            return house_at, line_end
        pos = line_end
    return None


_UNDERGROUND = re.compile(r"지하 ?[0-9]{2}")
_CODE_ENDS = re.compile(r"(?<![0-9,.])([0-9]{5,6})\s*$")


# --- Thai -------------------------------------------------------------------

_TH_HOUSE = re.compile(
    rf"(?<![0-9/.,:])([0-9]{{1,4}})(?:/[0-9]{{1,4}})? ?(?={_TH_ROAD}|หมู่|{_TH_AREA_WORD})"
)
_TH_NAME = re.compile(rf"(?:{_TH_ROAD}) ?[{_THAI}]")
_TH_MOO = re.compile(r"หมู่ ?(?:ที่ ?)?[0-9]{1,3}(?![0-9])")
_TH_AREA = re.compile(r"ตำบล|ต\.(?!ค\.)|แขวง|อำเภอ|อ\.|เขต|จังหวัด|จ\.")
_TH_POSTCODE = re.compile(rf"(?<![0-9])[1-9][0-9]{{4}}(?![0-9])(?!\s?[{_THAI}])")
_TH_STOP = re.compile(r"[\n!?;]|(?<=[A-Za-z0-9])\.\s|\s(?:and|or|in|for|after|before|but)\s")


def _thai(text: str, start: int, end: int) -> tuple[int, int] | None:
    hi = min(len(text), end + 90)
    stop = _TH_STOP.search(text, end, hi)
    if stop:
        hi = stop.start()
    word = text[start:end]
    code = _TH_POSTCODE.search(text, end, hi)
    last = code.end() if code else end
    if word.startswith("เลขที่"):
        ok = bool(_TH_NAME.search(text, end, hi) or _TH_MOO.search(text, end, hi) or code)
        return (start, last) if ok else None
    house = _TH_HOUSE.match(text, start)
    if house:
        if "/" not in word and _YEAR.fullmatch(house.group(1)):
            return None  # "พ.ศ. 2567 ถนน...": a year
        if _TH_NAME.match(text, house.end()):
            return start, last if code else _word_end(text, house.end())
        moo = _TH_MOO.match(text, house.end())
        if moo:
            return start, last if code else moo.end()
        if code and _TH_AREA.match(text, house.end()):  # "0 ต.บางแค อ.เทพสถิต ... 33380"
            return start, last
        return None
    # A road or lane word with no house number before it: a postcode after it.
    if code and _TH_NAME.match(text, start) and not (start and text[start - 1].isdigit()):
        return start, last
    return None


_TH_NAMED = re.compile(rf"(?:{_TH_ROAD}) ?[{_THAI}]{{1,30}}")


def _word_end(text: str, pos: int) -> int:
    m = _TH_NAMED.match(text, pos)
    return m.end() if m else pos
