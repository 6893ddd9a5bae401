"""Korean words lookup accepts (real-text cases: kmib.co.kr 0923700489 and mannachurch.tistory.com
3441, benchmarks/data/realtexts/ko-eokryu.txt)."""

from __future__ import annotations

from termbase.service import Termbase


def _linked(bundled: Termbase, text: str) -> dict[str, tuple[str, str]]:
    return {m.found: (m.entry, m.how) for m in bundled.check(text).result.linked}


def test_sino_korean_readings_and_a_japanese_name_in_hangul(bundled: Termbase) -> None:
    text = (
        "약 60만명의 일본군, 그리고 저자 도미타 다케시(富田武)는 지적한다. "
        "소련 국가방위위원회 의장 스탈린은 일본군에 끼여 만주사변 이후."
    )
    linked = _linked(bundled, text)
    assert linked["일본군"] == ("imperial-japanese-army", "lookup-exact")  # 日本軍, with and without -에
    assert linked["도미타 다케시"][0] == "tomita-takeshi"  # two words, the Japanese sound
    assert linked["국가방위위원회"][0] == "gko"
    assert linked["만주사변"][0] == "manchurian-incident"


def test_what_the_hangul_lookup_does_not_take(bundled: Termbase) -> None:
    # Two-syllable Sino-Korean readings are often another word (신경 "nerve" is also Xinjing,
    # 무순 "no order" also Fushun); terms are concepts, not names (포로, 전범, 억류자).
    linked = _linked(bundled, "신경 무순으로 포로와 전범, 억류자들이 말했다.")
    assert not linked
