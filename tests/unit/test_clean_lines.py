"""line_kind(): furniture lines in many spellings are markers; body lines sharing words are not."""

from __future__ import annotations

import pytest

from stream.pipeline.clean import LineKind, line_kind

_MARKERS = {
    LineKind.READ_ALSO,
    LineKind.RELATED,
    LineKind.KEYWORDS,
    LineKind.SOURCE,
    LineKind.SHARE,
    LineKind.COPYRIGHT,
    LineKind.COMMENTS,
    LineKind.META,
}

FURNITURE = [
    pytest.param("اقرأ أيضًا", id="read-also-tanween-damma"),
    pytest.param("إقرأ أيضا:", id="read-also-kasra-colon"),
    pytest.param("اقرأ كذلك", id="read-also-kadhalik"),
    pytest.param("اقرأ المزيد:", id="read-more-colon"),
    pytest.param("طالع أيضا", id="talie-also"),
    pytest.param("شاهد أيضًا:", id="watch-also-colon"),
    pytest.param("شاهد ايضاً", id="watch-also-no-hamza"),
    pytest.param("اقرأ ايضا | وزير الخارجية يلتقي نظيره الفرنسي", id="read-also-pipe-headline"),
    pytest.param("\u200f>> اقرأ أيضا: وزير الخارجية يلتقي نظيره الفرنسي", id="read-also-chevrons"),
    pytest.param("للمزيد: اضغط هنا", id="for-more"),
    pytest.param("مقالات ذات صلة", id="related-articles"),
    pytest.param("مقالات مشابهة:", id="similar-articles-colon"),
    pytest.param("مواضيع ذات صلة:", id="related-topics-colon"),
    pytest.param("أخبار ذات صلة", id="related-news"),
    pytest.param("الأخبار المتعلقة", id="related-news-definite"),
    pytest.param("موضوعات متعلقة", id="related-subjects"),
    pytest.param("الأكثر قراءة", id="most-read"),
    pytest.param("الاكثر مشاهدة", id="most-viewed-no-hamza"),
    pytest.param("الأكثر تداولاً", id="most-shared-tanween"),
    pytest.param("آخر الأخبار", id="latest-news"),
    pytest.param("أهم الأخبار", id="top-news"),
    pytest.param("ذات صلة", id="related-bare"),
    pytest.param("قد يعجبك أيضاً", id="may-like"),
    pytest.param("قد يهمك", id="may-interest"),
    pytest.param("اخترنا لك", id="picked-for-you"),
    pytest.param("لا تفوتك", id="dont-miss"),
    pytest.param("كلمات دلالية", id="keywords-bare"),
    pytest.param("الكلمات الدلالية:", id="keywords-definite-colon"),
    pytest.param("الكلمات المفتاحية: اقتصاد، نفط", id="key-words-list"),
    pytest.param("الوسوم", id="tags-definite"),
    pytest.param("وسوم:", id="tags-colon"),
    pytest.param("تاجات: غزة", id="tags-transliterated"),
    pytest.param("هاشتاج", id="hashtag"),
    pytest.param("المصدر: وكالات", id="source-colon"),
    pytest.param("المصدر : رويترز", id="source-spaced"),
    pytest.param("المصدر - الأناضول", id="source-dash"),
    pytest.param("المصدر: موقع الجزيرة نت", id="source-long-outlet"),
    pytest.param("نقلا عن وكالة سبوتنيك", id="naqlan"),
    pytest.param("نقلاً عن رويترز", id="naqlan-tanween"),
    pytest.param("(أ ف ب)", id="agency-bracketed"),
    pytest.param("- رويترز", id="agency-dashed"),
    pytest.param("وكالات", id="agencies-bare"),
    pytest.param("شارك", id="share-bare"),
    pytest.param("شارك الخبر", id="share-news"),
    pytest.param("شارك المقال:", id="share-article-colon"),
    pytest.param("مشاركة", id="sharing"),
    pytest.param("شارك على فيسبوك", id="share-on-facebook"),
    pytest.param("تابعونا على", id="follow-us-bare"),
    pytest.param("تابعونا على فيسبوك وتويتر", id="follow-us-networks"),
    pytest.param("تابعوا آخر الأخبار على قناتنا على تلغرام", id="telegram-call"),
    pytest.param("اشترك في النشرة الإخبارية", id="subscribe-newsletter"),
    pytest.param("اشترك الآن", id="subscribe-now"),
    pytest.param("طباعة", id="print"),
    pytest.param("أرسل لصديق", id="send-to-friend"),
    pytest.param("نسخ الرابط", id="copy-link"),
    pytest.param("الرابط المختصر", id="short-link"),
    pytest.param("جميع الحقوق محفوظة", id="rights-reserved"),
    pytest.param("جميع الحقوق محفوظة لموقع الأخبار © 2024", id="rights-reserved-outlet"),
    pytest.param("حقوق النشر محفوظة", id="copyright-reserved"),
    pytest.param("© الشرق الأوسط", id="copyright-sign"),
    pytest.param("التعليقات", id="comments"),
    pytest.param("التعليقات (3)", id="comments-count"),
    pytest.param("أضف تعليقك", id="add-comment"),
    pytest.param("كتب: أحمد علي", id="byline-colon"),
    pytest.param("كتبت - سارة محمود", id="byline-feminine-dash"),
    pytest.param("بقلم: د. محمد السيد", id="byline-pen"),
    pytest.param("كتب أحمد علي", id="byline-no-colon"),
    pytest.param("إعداد: قسم الأخبار", id="prepared-by"),
    pytest.param("آخر تحديث: 14 يناير 2024", id="last-update"),
    pytest.param("نشر في 14/01/2024", id="published-on"),
    pytest.param("الأحد 14 يناير 2024", id="date-line"),
    pytest.param("14 يناير 2024 - 10:30 ص", id="date-time"),
    pytest.param("منذ 3 ساعات", id="hours-ago"),
    pytest.param("إعلان", id="advertisement"),
    pytest.param("محتوى مدفوع", id="paid-content"),
    pytest.param("الرئيسية » أخبار » مصر", id="breadcrumb-guillemets"),
    pytest.param("(صورة أرشيفية)", id="photo-note"),
    pytest.param("[فيديو]", id="video-label"),
    pytest.param("القاهرة - أ ش أ", id="dateline-mena"),
    pytest.param("غزة - الأناضول", id="dateline-anadolu"),
    pytest.param("واشنطن - (د ب أ)", id="dateline-dpa-bracketed"),
    pytest.param("عاجل", id="urgent-label"),
    pytest.param("Share", id="share-english"),
    pytest.param("Share on Facebook", id="share-on-facebook-english"),
    pytest.param("Follow us on Twitter", id="follow-us-english"),
    pytest.param("Subscribe to our newsletter", id="subscribe-english"),
    pytest.param("Related", id="related-english"),
    pytest.param("Related Articles", id="related-articles-english"),
    pytest.param("Read More", id="read-more-english"),
    pytest.param("Read also: Egypt raises rates", id="read-also-english-headline"),
    pytest.param("Most Read", id="most-read-english"),
    pytest.param("Tags: Egypt", id="tags-english"),
    pytest.param("Advertisement", id="advertisement-english"),
    pytest.param("Copyright 2024 Reuters", id="copyright-english"),
    pytest.param("All rights reserved.", id="rights-reserved-english"),
    pytest.param("By John Smith", id="byline-english"),
    pytest.param("اضغط هنا لمشاهدة الفيديو", id="click-here-first"),
    pytest.param("لمشاهدة الفيديو اضغط هنا", id="click-here-last"),
    pytest.param("الخبر التالي", id="next-article"),
    pytest.param("مصدر الصورة: رويترز", id="photo-credit"),
    pytest.param("بواسطة: أحمد علي", id="byline-bywasita"),
    pytest.param("Read next", id="read-next-english"),
    pytest.param("أنقرة/ الأناضول", id="dateline-slash"),
    pytest.param("إسطنبول/ محمد شيخ يوسف/ الأناضول", id="dateline-city-reporter-agency"),
    pytest.param("القاهرة – سبوتنيك.", id="dateline-en-dash-period"),
    pytest.param("صدر الصورة، Getty Images", id="photo-credit-bbc"),
    pytest.param("التعليق على الصورة، الرئيس خلال المؤتمر", id="photo-caption-bbc"),
    pytest.param("المصدر: RT + وكالات", id="source-plus-agencies"),
    pytest.param("المصادر: وكالات", id="sources-plural"),
    pytest.param("بتصرف عن موقع الجزيرة", id="adapted-from"),
]

BODY = [
    pytest.param("وقال المصدر إن الاجتماع سيعقد غدا.", id="source-mid-sentence"),
    pytest.param(
        "المصدر ذاته أكد أن المفاوضات مستمرة منذ أسابيع دون نتائج واضحة.", id="source-word-first"
    ),
    pytest.param("وأكد الوزير أيضا أن الحكومة ملتزمة بخطتها.", id="also-mid-sentence"),
    pytest.param("شارك الرئيس في القمة العربية التي عقدت في الرياض أمس.", id="share-verb"),
    pytest.param(
        "شارك آلاف المواطنين في الاحتفالات بالعيد الوطني في العاصمة", id="share-verb-no-period"
    ),
    pytest.param("تابع الوزير أعمال اللجنة الفنية المكلفة بمراجعة العقود.", id="follow-verb"),
    pytest.param("كتب الرئيس على حسابه في منصة إكس أن بلاده لن تتراجع.", id="wrote-verb"),
    pytest.param("نقلا عن مصادر مطلعة، ذكرت الصحيفة أن الاتفاق بات وشيكا.", id="naqlan-sentence"),
    pytest.param(
        "الأكثر تضررا من الأزمة هم صغار المزارعين في الريف، بحسب التقرير.", id="most-affected"
    ),
    pytest.param(
        "التعليقات التي أدلى بها الوزير أثارت جدلا واسعا في البرلمان.", id="comments-subject"
    ),
    pytest.param("اشترك أكثر من ألف متسابق في الماراثون الذي أقيم أمس.", id="subscribe-verb"),
    pytest.param("وسوم الحرب انتشرت على مواقع التواصل الاجتماعي بشكل واسع.", id="tags-subject"),
    pytest.param(
        "إعلان الحكومة عن الخطة الجديدة جاء بعد مشاورات استمرت شهرا.", id="announcement-noun"
    ),
    pytest.param("ذات صلة بالموضوع، قال المتحدث إن التحقيقات مستمرة.", id="related-phrase"),
    pytest.param(
        "Related talks will continue next week in Geneva, officials said.",
        id="related-english-sentence",
    ),
    pytest.param(
        "Share prices fell sharply on Monday after the announcement.", id="share-prices-english"
    ),
    pytest.param("Follow-up talks are expected next month.", id="follow-up-english"),
    pytest.param(
        "اضغط هنا وقال الرئيس إن الحكومة ستواصل دعمها للمزارعين في كل المحافظات.",
        id="click-words-in-a-sentence",
    ),
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_line_is_a_marker(line: str) -> None:
    assert line_kind(line) in _MARKERS


@pytest.mark.parametrize("line", BODY)
def test_body_line_is_not_a_marker(line: str) -> None:
    assert line_kind(line) not in _MARKERS
