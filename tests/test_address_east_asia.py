"""Street addresses written in Chinese, Japanese, Korean and Thai
(address_east_asia.py), and the near misses in those scripts that must stay
cloud-eligible: a city alone, amounts, dates, years, times, phone numbers,
meeting rooms, product codes, counts."""

from __future__ import annotations

import pytest

from assistant.guard.sensitivity import address_east_asia, detect


@pytest.mark.parametrize(
    "text",
    [
        # Japan: chōme-ban-gō, banchi, N-N-N after a ward, the postal mark
        "送付先：大阪府大阪市北区梅田3丁目1番3号",
        "Please send it to 京都府京都市左京区吉田本町36番地",
        "Our new office: 東京都港区六本木6-10-1 六本木ヒルズ森タワー",
        "〒100-0005 東京都千代田区丸の内2-7-2",
        "The clinic is at 札幌市中央区北1条西2丁目",
        "名古屋市中村区名駅4丁目7番1号 ミッドランドスクエア15階",
        # China: road, number and 号; a building beside a road; a postcode after
        "请寄到北京市朝阳区建国路88号",
        "公司地址：上海市浦东新区世纪大道100号",
        "Ship it to 深圳市南山区科技园路B座 518057",
        "He lives at 杭州市西湖区文三路 478号",
        "Deliver to 3座 中山北路, 南京市",
        # Korea: road-name addresses, a lot number, an address block
        "서울특별시 강남구 테헤란로 152",
        "부산광역시 해운대구 센텀중앙로 79 (우동)",
        "Send the contract to 경기도 성남시 분당구 판교역로 235",
        "대전광역시 유성구 대학로 291",
        "Her old address: 서울특별시 강남구 역삼동 737-32",
        "우편물은 세종로 1-68로 보내 주세요",
        "Mail it to 종로 지하 12 please",
        "이지은\n27 해운대\nApt. 4\n부산시\n한국 48094",
        "We meet at 401-7 장안, 수원시 팔달구",
        # Thailand: house number and road, village number, lane, road and postcode
        "99/1 ถนนสุขุมวิท แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110",
        "ส่งไปที่ 123 หมู่ 4 ตำบลสุเทพ อำเภอเมือง จ.เชียงใหม่ 50200",
        "Office: 1 ซอยสุขุมวิท 21",
        "เลขที่ 55 ถนนพระราม 9 ห้วยขวาง กรุงเทพฯ 10310",
        "ถนนเพชรบุรี แขวงมักกะสัน กรุงเทพฯ 10400",
        "Send it to 7 ต.ช้างเผือก อ.เมือง จ.เชียงใหม่ 50300",
    ],
)
def test_east_asian_addresses_are_found(text: str) -> None:
    assert "street_address" in detect(text).kinds, text


@pytest.mark.parametrize(
    "text",
    [
        # a city, district or road alone
        "Our 上海市 office hosts the quarterly review.",
        "The 서울 team ships on Friday; 부산시 joins later.",
        "บริษัทมีสำนักงานที่จังหวัดเชียงใหม่และกรุงเทพฯ",
        "วันนี้ถนนสุขุมวิทรถติดมาก",
        "銀座四丁目の交差点で待ち合わせましょう。",
        "三丁目の夕日を見ました。",
        "我们在南京路步行街见面。",
        # meeting rooms and buildings
        "会议在A座3楼的会议室举行。",
        "请到3号楼302会议室开会。",
        "회의는 본관 3-2 회의실에서 합니다.",
        "지하 2층 회의실에서 만나요.",
        "会議室は5号館の2階です。",
        # amounts, dates, years, times
        "预算为50000元。",
        "价格是3000円です。",
        "가격은 5,000원입니다.",
        "ราคา 15000 บาท",
        "会议定于2026年11月30日下午3点。",
        "日付2026-11-30に締め切ります。",
        "2026년 11월 30일 오후 3시에 회의가 있습니다.",
        "ประชุมวันที่ 30 พ.ย. 2569 เวลา 10.30 น.",
        "成立于1998年，总部在北京市。",
        "출시가 2024 년으로 미뤄졌습니다.",
        "도시 계획 전문가 2024-11-30 입사",  # "가" and a date; "도시" is not a city's name
        "회의가 10:30에 시작합니다.",
        "พ.ศ. 2567 ถนนหลายสายปิดซ่อม",
        # ranges and counts
        "亚太区2-3月的销售额增长了15%。",
        "東京都の売上は2-3割増えた。",
        "총 3 명이 참석합니다.",
        "서울로 3 팀이 갑니다.",
        "매출이 증가 15% 늘었습니다.",
        "ปิดถนน 3 สาย",
        # phone numbers and product codes
        "電話1234-5678までご連絡ください。",
        "电话010-12345678",
        "โทร 02-123-4567",
        "产品型号X-200，订单号123456。",
        "รหัสสินค้า TH-12345",
        "乘坐地铁2号线到人民广场。",
    ],
)
def test_east_asian_near_misses_are_not_addresses(text: str) -> None:
    assert "street_address" not in detect(text).kinds, text


def test_a_found_address_spans_its_street_part() -> None:
    text = "送付先：大阪府大阪市北区梅田3丁目1番3号 まで"
    spans = [(f.start, f.end) for f in detect(text).findings if f.kind == "street_address"]
    assert spans
    assert any(text[a:b].startswith("大阪府") and text[a:b].endswith("1番3号") for a, b in spans)


def test_the_trigger_reads_the_same_in_re2_and_python() -> None:
    import re2

    pattern = re2.compile(address_east_asia.TRIGGER)
    for word in ("3丁目", "路88号", "B座", "학로 152", "99/1 ถนน"):
        assert address_east_asia.is_trigger(word), word
        assert pattern.fullmatch(word.encode()), word
