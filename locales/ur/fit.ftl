# اردو (ur): interface strings, draft translation from locales/en/fit.ftl.
# A native speaker has not reviewed it yet. See TRANSLATING.md.

# Interface strings for the workshop finder, contents lists and language labels: the English source.
# See TRANSLATING.md.

## Workshop finder (/workshops/)

finder-heading = ورکشاپ ڈھونڈیں
finder-any = کوئی بھی
finder-pillar = ستون
# An option of the workshop duration filter.
# $minutes (number): a number of minutes: 30, 45, 60 or 90.
finder-duration-max = { $minutes } منٹ یا اس سے کم
finder-group-size = حصہ لینے والے نوجوان
finder-group-size-hint = اس تعداد کے لیے موزوں ورکشاپس دکھاتا ہے۔
# $count (number): how many workshops match the filters.
finder-count = { $count ->
    [0] کوئی ورکشاپ نہیں ملی۔ کم فلٹرز آزمائیں۔
    [one] ایک ورکشاپ ملی۔
   *[other] { $count } ورکشاپس ملیں۔
}
finder-clear = تمام ورکشاپس دکھائیں

## Contents list of long pages

contents-heading = اس صفحے پر

## Languages

# On a card or list item shown in another language; $language is that language's own name.
list-language = زبان: { $language }
# In the language menu, after a language that does not have this page.
language-not-translated = ابھی ترجمہ نہیں ہوا
