"""The near-duplicate index: earliest copy wins, re-deliveries answer the same, window expires."""

from __future__ import annotations

from stream.pipeline.dedup import DuplicateIndex, story_fingerprint

STORY = (
    "أعلنت السلطات الصحية في مدينة الإسكندرية افتتاح مستشفى جديد للأطفال بسعة مئتي سرير في إطار "
    "خطة لتوسيع الخدمات الطبية في المحافظة خلال العامين المقبلين وقال المحافظ خلال حفل الافتتاح إن "
    "المستشفى يضم وحدة متقدمة للعناية المركزة ومركزا لعلاج الأورام وإن تكلفة إنشائه بلغت نحو مليار "
    "جنيه بتمويل حكومي كامل"
)
OTHER = (
    "تراجعت أسعار الذهب في الأسواق العالمية مع ارتفاع الدولار وعوائد السندات الأمريكية قبيل صدور "
    "بيانات التضخم وقال متعاملون إن المستثمرين ينتظرون إشارات من مجلس الاحتياطي الفيدرالي بشأن "
    "مسار أسعار الفائدة في الاجتماع المقبل بينما استقرت الفضة والبلاتين عند مستوياتهما السابقة "
    "في تعاملات هادئة"
)


def _index() -> DuplicateIndex:
    return DuplicateIndex({}, window_seconds=3600)


def test_short_texts_have_no_fingerprint():
    assert story_fingerprint("خبر قصير جدا") is None


def test_copy_points_at_the_first_and_redelivery_is_stable():
    index = _index()
    fp1, fp2 = story_fingerprint(STORY), story_fingerprint(STORY + " ")
    assert fp1 is not None and fp2 is not None
    assert index.check_and_add("e1", fp1, 100.0) is None
    assert index.check_and_add("e2", fp2, 200.0) == "e1"
    # Kafka re-delivers both: the answers do not change.
    assert index.check_and_add("e1", fp1, 300.0) is None
    assert index.check_and_add("e2", fp2, 400.0) == "e1"


def test_different_story_is_not_a_duplicate():
    index = _index()
    fp1, fp2 = story_fingerprint(STORY), story_fingerprint(OTHER)
    assert fp1 is not None and fp2 is not None
    index.check_and_add("e1", fp1, 100.0)
    assert index.check_and_add("e2", fp2, 101.0) is None


def test_copies_outside_the_window_are_forgotten():
    index = _index()
    fp = story_fingerprint(STORY)
    assert fp is not None
    index.check_and_add("e1", fp, 0.0)
    assert index.check_and_add("e2", fp, 3601.0) is None
