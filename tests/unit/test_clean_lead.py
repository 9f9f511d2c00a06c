"""lead_sentence(): the first sentence of a cleaned body, Arabic and Latin punctuation."""

from __future__ import annotations

import pytest

from stream.pipeline.clean import lead_sentence


@pytest.mark.parametrize(
    ("body", "lead"),
    [
        pytest.param(
            "قال الوزير إن الوضع مستقر. وأضاف أن الحكومة تتابع.",
            "قال الوزير إن الوضع مستقر.",
            id="arabic-period",
        ),
        pytest.param(
            "هل انتهت الأزمة؟ يقول الخبراء لا.", "هل انتهت الأزمة؟", id="arabic-question-mark"
        ),
        pytest.param("يا له من فوز! واحتفل المشجعون.", "يا له من فوز!", id="exclamation"),
        pytest.param(
            "ارتفع المؤشر 3.5 في المئة اليوم. وتراجع الدولار.",
            "ارتفع المؤشر 3.5 في المئة اليوم.",
            id="decimal",
        ),
        pytest.param(
            "ارتفع المؤشر ٣٫٥ في المئة. وتراجع الدولار.",
            "ارتفع المؤشر ٣٫٥ في المئة.",
            id="arabic-decimal",
        ),
        pytest.param(
            "The U.S. economy grew 2.1% in May. Markets rose.",
            "The U.S. economy grew 2.1% in May.",
            id="us-abbreviation",
        ),
        pytest.param(
            "Dr. Smith said the trial worked. Others agreed.",
            "Dr. Smith said the trial worked.",
            id="dr-abbreviation",
        ),
        pytest.param(
            "وقال د. محمد علي إن التجربة نجحت. وأكد آخرون ذلك.",
            "وقال د. محمد علي إن التجربة نجحت.",
            id="arabic-single-letter-abbreviation",
        ),
        pytest.param('قال: "الوضع مستقر." ثم غادر.', 'قال: "الوضع مستقر."', id="closing-quote"),
        pytest.param(
            "من القاهرة.. بلينكن يدعو إلى التهدئة. وغادر.",
            "من القاهرة.. بلينكن يدعو إلى التهدئة.",
            id="double-dot-pause",
        ),
        pytest.param("فقرة أولى بلا نقطة\n\nفقرة ثانية.", "فقرة أولى بلا نقطة", id="paragraph-end"),
        pytest.param("جملة واحدة بلا نهاية", "جملة واحدة بلا نهاية", id="no-punctuation"),
        pytest.param("", "", id="empty"),
        pytest.param("  \n ", "", id="blank"),
    ],
)
def test_lead_sentence(body: str, lead: str) -> None:
    assert lead_sentence(body) == lead
