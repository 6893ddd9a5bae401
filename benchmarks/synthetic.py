"""A synthetic glossary of N person entries (Japanese, Chinese, Russian names) for benchmarks.

Names are built from real syllables with readings; each entry carries the terms a real one
does: native form with reading, English form, a Russian form or transcription. Written as JSON
Lines (the loader's fast format). Deterministic for a given N and seed.

    python benchmarks/synthetic.py 100000 /tmp/syn100k
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

from termbase.romanize import render

JA_MORAE = (
    "か き く こ さ し す そ た ち つ と な に の は ひ ふ ほ ま み む も や ゆ よ ら り る ろ わ "
    "が ぎ ご ざ じ ず だ で ば び ぶ ぼ きょ しょ ちょ りゅう しん けん こう たろう いち"
).split()
JA_KANJI = "田中山本川野坂吉茂三郎一二太郎健信夫雄子美和正春秋原井上木村林森松竹梅花石岡島崎"
# Common family names and given-name syllables, so that names repeat about as often as real ones.
ZH_FAMILY = (
    "Zhāng Wáng Lǐ Zhào Chén Liú Yáng Huáng Zhōu Wú Xú Sūn Mǎ Zhū Hú Guō Hé Gāo Lín Luó Zhèng Liáng "
    "Xiè Sòng Táng Xǔ Hán Féng Dèng Cáo Péng Zēng Xiāo Tián Dǒng Yuán Pān Yú Jiǎng Cài Jiǎ Dīng Wèi Xuē"
).split()
ZH_GIVEN = (
    "míng huá guó jiàn píng zhì yǒng jūn lì xiù yīng fāng qiáng dōng hǎi bīn shān wén hóng chūn "
    "lín yún fēi bō tāo xīn yàn jìng lěi xiáng yǔ chén kǎi xuě měi dé fú ān níng shèng"
).split()
ZH_HANZI = "张王李赵陈刘杨黄周吴徐孙马朱胡郭何高林罗明华国建平志勇军丽秀英芳强东海滨山"
RU_GIVEN = (
    "Иван Пётр Сергей Николай Алексей Михаил Василий Лаврентий Андрей Юрий Евгений Фёдор Дмитрий "
    "Григорий Константин Борис Владимир Леонид Олег Павел Степан Тимофей Яков Ольга Анна Мария"
).split()
RU_SYLLABLES = "ка ро ми ла те ну бо ва ше жу че ще хо цы за по ли ны го ду ре".split()
RU_ENDINGS = ("ов", "ев", "ин", "ский", "ко", "ёв", "ых")


def _ja(rng: random.Random, i: int) -> dict[str, Any]:
    family = "".join(rng.choices(JA_MORAE, k=rng.randint(2, 3)))
    given = "".join(rng.choices(JA_MORAE, k=rng.randint(1, 3)))
    reading = f"{family} {given}"
    native = "".join(rng.choices(JA_KANJI, k=2)) + "".join(rng.choices(JA_KANJI, k=rng.randint(1, 2)))
    latin = render(reading, "hepburn-modified")
    return {
        "origin": "ja",
        "terms": [
            {"lang": "en", "form": latin, "status": "preferred"},
            {"lang": "ja", "form": native, "reading": reading, "status": "preferred"},
            {
                "lang": "ru",
                "form": render(reading, "polivanov"),
                "status": "admitted",
                "type": "transliteration",
            },
        ],
    }


def _zh(rng: random.Random, i: int) -> dict[str, Any]:
    family = rng.choice(ZH_FAMILY)
    syllables = rng.choices(ZH_GIVEN, k=rng.randint(1, 2))
    # The pinyin apostrophe rule: a, o, e starting a non-initial syllable (Wén'ān).
    given = syllables[0] + "".join(("'" if s[0] in "aāáǎàoōóǒòeēéěè" else "") + s for s in syllables[1:])
    reading = f"{family} {given[0].upper()}{given[1:]}"
    hanzi = "".join(rng.choices(ZH_HANZI, k=rng.randint(2, 3)))
    return {
        "origin": "zh",
        "terms": [
            {"lang": "en", "form": render(reading, "pinyin-plain"), "status": "preferred"},
            {"lang": "zh", "form": hanzi, "reading": reading, "status": "preferred"},
            {
                "lang": "ru",
                "form": render(reading, "palladius"),
                "status": "admitted",
                "type": "transliteration",
            },
        ],
    }


def _ru(rng: random.Random, i: int) -> dict[str, Any]:
    stem = "".join(rng.choices(RU_SYLLABLES, k=rng.randint(1, 3)))
    cyrillic = f"{rng.choice(RU_GIVEN)} {stem[0].upper()}{stem[1:]}{rng.choice(RU_ENDINGS)}"
    return {
        "origin": "ru",
        "terms": [
            {"lang": "en", "form": render(cyrillic, "bgn-pcgn"), "status": "preferred"},
            {"lang": "ru", "form": cyrillic, "status": "preferred"},
        ],
    }


def entries(count: int, seed: int = 1945) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    makers = (_ja, _zh, _ru)
    out = []
    for i in range(count):
        entry = makers[i % 3](rng, i)
        out.append(
            {
                "id": f"syn-{i}",
                "kind": "person",
                "gloss": f"Synthetic person {i}",
                "sources": ["synthetic: generated"],
                **entry,
            }
        )
    return out


def write(count: int, folder: Path, seed: int = 1945) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "glossary.yaml").write_text(
        "id: synthetic\nname: Synthetic names\ndescription: Generated for benchmarks.\nlicence: CC0-1.0\n"
        "sources:\n  - id: synthetic\n    title: benchmarks/synthetic.py\n",
        encoding="utf-8",
    )
    with (folder / "entries.jsonl").open("w", encoding="utf-8") as out:
        for entry in entries(count, seed):
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return folder


if __name__ == "__main__":
    print(write(int(sys.argv[1]), Path(sys.argv[2])))
