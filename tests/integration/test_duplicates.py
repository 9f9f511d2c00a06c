"""Near-duplicate detection in the worker: syndicated copies across a restart."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.integration

STORY = (
    "أعلنت السلطات الصحية في مدينة الإسكندرية افتتاح مستشفى جديد للأطفال بسعة مئتي سرير، "
    "في إطار خطة لتوسيع الخدمات الطبية في المحافظة خلال العامين المقبلين.\n\n"
    "وقال محافظ الإسكندرية خلال حفل الافتتاح إن المستشفى يضم وحدة متقدمة للعناية المركزة "
    "ومركزا لعلاج الأورام، وإن تكلفة إنشائه بلغت نحو مليار جنيه بتمويل حكومي كامل.\n\n"
    "وأضاف أن المستشفى سيستقبل المرضى من المحافظات المجاورة أيضا، وأن العمل جار على "
    "تجهيز مستشفيين آخرين في المدينة قبل نهاية العام."
)


def test_second_copy_points_at_the_first_even_after_a_restart(harness):
    first_copy = STORY + "\n\nالمصدر: وكالة الأنباء الرسمية\n\nاقرأ أيضا:\n• افتتاح مدرسة جديدة"
    second_copy = (
        "الإسكندرية - خاص\n\n" + STORY.replace("مئتي", "200") + "\n\nكلمات دلالية: صحة مستشفيات"
        "\n\nمقالات ذات صلة\nوزير الصحة يتفقد مستشفيات الصعيد"
    )
    worker = harness.worker()
    worker.start()
    harness.produce([json.dumps({"id": "copy-1", "text": first_copy}, ensure_ascii=False).encode()])
    [first] = harness.consume(harness.enriched, 1)
    assert first["duplicate_of"] is None
    assert worker.stop() == 0

    again = harness.worker()
    again.start()
    harness.produce(
        [json.dumps({"id": "copy-2", "text": second_copy}, ensure_ascii=False).encode()]
    )
    records = harness.consume(harness.enriched, 2)
    second = next(r for r in records if r["article_id"] == "copy-2")
    assert second["duplicate_of"] == first["event_id"]
