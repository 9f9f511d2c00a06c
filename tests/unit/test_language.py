"""detect_language(): Arabic / English / other from script statistics."""

from __future__ import annotations

from pathlib import Path

import pytest

from stream.pipeline.language import detect_language

SEED = (Path(__file__).parents[1] / "resources" / "cleaning" / "seed-article-ar.txt").read_text(
    encoding="utf-8"
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param(SEED, "ar", id="seed"),
        pytest.param("أعلنت الحكومة اليوم عن خطة جديدة لدعم الصادرات.", "ar", id="arabic"),
        pytest.param("قَالَ الرَّئِيسُ إِنَّ الوَضْعَ مُسْتَقِرٌّ", "ar", id="arabic-diacritized"),
        pytest.param("أعلنـــت الحكومـــة خطـــة", "ar", id="arabic-tatweel"),
        pytest.param(
            "بحثت الولایات المتحدة فی الشرق الأوسط مع الحكومة اليابانية",
            "ar",
            id="arabic-with-farsi-yeh",
        ),
        pytest.param(
            "وقالت وكالة Reuters إن شركة Apple ستفتتح مصنعا جديدا في المنطقة خلال العام المقبل",
            "ar",
            id="arabic-with-english-names",
        ),
        pytest.param("ﻻ ﷲ ﺍﻟﺴﻼﻡ", "ar", id="arabic-presentation-forms"),
        pytest.param(
            "The minister said the plan would be reviewed by the cabinet next month.",
            "en",
            id="english",
        ),
        pytest.param("Blinken meets Kamikawa in Washington", "en", id="english-headline"),
        pytest.param(
            "The statement, quoted as «الوضع مستقر», was issued by the ministry on Sunday.",
            "en",
            id="english-with-arabic-quote",
        ),
        pytest.param(
            "Le ministre a déclaré que le plan serait examiné par le gouvernement.",
            "other",
            id="french",
        ),
        pytest.param(
            "El ministro dijo que el plan sería revisado por el gobierno el próximo mes.",
            "other",
            id="spanish",
        ),
        pytest.param(
            "Der Minister sagte, der Plan werde im nächsten Monat von der Regierung geprüft.",
            "other",
            id="german",
        ),
        pytest.param(
            "وزیر امور خارجه ایران گفت که این کشور آماده گفتگو با همسایگان خود است",
            "other",
            id="persian",
        ),
        pytest.param("وزیر اعظم نے کہا کہ حکومت عوام کی مدد کرے گی", "other", id="urdu"),
        pytest.param(
            "وقال وزیر الخارجیة الإیرانی فی مؤتمر صحفی الیوم إن بلاده لن تتراجع عن مواقفها",
            "ar",
            id="arabic-typed-on-a-persian-keyboard",
        ),
        pytest.param("外交部长表示，计划将于下个月审议。", "other", id="chinese"),
        pytest.param("Министр заявил, что план будет рассмотрен", "other", id="russian"),
        pytest.param("", "other", id="empty"),
        pytest.param("2024 - 15% ... ١٢٣", "other", id="digits-and-punctuation"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language
