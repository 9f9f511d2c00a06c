"""Layout properties: body paragraphs survive any furniture above, inside and below them.

Pages are assembled from the furniture spellings in furniture-lines.tsv, related blocks with
their headlines, and mid-body inserts (read-also, ads, share calls, photo notes).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from stream.pipeline.clean import clean

RESOURCES = Path(__file__).parents[1] / "resources" / "cleaning"
FURN = [
    row.split("\t", 1)[1]
    for row in (RESOURCES / "furniture-lines.tsv").read_text(encoding="utf-8").splitlines()
    if row and not row.startswith("#")
]
PARAS = [
    "أعلنت وزارة الصحة المصرية، اليوم الأحد، تسجيل 120 إصابة جديدة بالحصبة في ثلاث محافظات.",
    "وقال المتحدث باسم الوزارة إن الفرق الطبية تواصل أعمال التطعيم والمتابعة في المدارس.",
    "وأضاف أن الوزارة ستعلن عن إجراءات وقائية جديدة خلال الأيام المقبلة بالتنسيق مع الشركاء.",
    "كما أكد أن المستشفيات الحكومية رفعت درجة الاستعداد لاستقبال أي حالات جديدة.",
    "وفي سياق متصل، دعت الوزارة المواطنين إلى التوجه لأقرب وحدة صحية لتلقي اللقاح مجانا.",
]
HEADLINES = [
    "الصحة العالمية تحذر من موجة جديدة للحصبة",
    "• وزير الصحة يتفقد مستشفيات الصعيد",
    "1. ارتفاع أسعار اللقاحات عالميا",
]
MID_BODY = [
    "اقرأ أيضا: الصحة العالمية تحذر من موجة جديدة للحصبة",
    "اقرأ أيضا:\n\nالصحة العالمية تحذر من موجة جديدة للحصبة",
    "اقرأ أيضاً\n\n- وزير الصحة يتفقد مستشفيات الصعيد\n\n- ارتفاع أسعار اللقاحات عالميا",
    "قد يهمك أيضا: وزير الصحة يتفقد مستشفيات الصعيد",
    "إعلان",
    "Advertisement",
    "شارك",
    "تابعونا على فيسبوك",
    "(صورة أرشيفية)",
]
related_block = st.tuples(
    st.sampled_from(["مقالات ذات صلة", "اقرأ أيضا:", "الأكثر قراءة", "Related"]),
    st.lists(st.sampled_from(HEADLINES), min_size=1, max_size=3),
).map(lambda t: [t[0], *t[1]])
bottom = st.lists(
    st.one_of(st.sampled_from(FURN).map(lambda f: [f]), related_block), max_size=4
).map(lambda blocks: [line for block in blocks for line in block])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(FURN), max_size=3), st.integers(1, len(PARAS)), bottom)
def test_body_survives_furniture_above_and_below(top: list[str], n: int, end: list[str]) -> None:
    body = PARAS[:n]
    cleaned = clean("\n\n".join([*top, *body, *end]))
    assert cleaned.text.split("\n\n") == body


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(FURN), max_size=3),
    st.integers(2, len(PARAS)),
    st.data(),
    st.lists(st.sampled_from(FURN), max_size=4),
)
def test_body_survives_furniture_inside(
    top: list[str], n: int, data: st.DataObject, end: list[str]
) -> None:
    body = PARAS[:n]
    k = data.draw(st.integers(1, n - 1))
    insert = data.draw(st.sampled_from(MID_BODY))
    cleaned = clean("\n\n".join([*top, *body[:k], insert, *body[k:], *end]))
    assert cleaned.text.split("\n\n") == body


TITLES = [
    "وزارة الصحة تسجل 120 إصابة جديدة بالحصبة",
    "هل تنجح خطة مواجهة الحصبة؟",
    "Measles cases rise in Egypt",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(FURN), max_size=2),
    st.sampled_from(TITLES),
    st.lists(st.sampled_from(FURN), max_size=2),
    st.integers(1, len(PARAS)),
    bottom,
)
def test_headline_above_the_body_never_enters_it(
    top: list[str], title: str, under: list[str], n: int, end: list[str]
) -> None:
    body = PARAS[:n]
    cleaned = clean("\n\n".join([*top, title, *under, *body, *end]))
    assert cleaned.text.split("\n\n") == body
