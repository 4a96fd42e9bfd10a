# اردو (ur): interface strings, draft translation from locales/en/main.ftl.
# A native speaker has not reviewed it yet. See TRANSLATING.md.

# Interface strings for the INTEGRA site: the English source.
# Translators: copy this file to locales/<your-locale>/main.ftl and translate
# the text after each `=`. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

## Site

site-title = INTEGRA مینٹورنگ
skip-to-content = اصل مواد پر جائیں
language-menu = زبان:
nav-label = مرکزی مینو
footer-nav-label = اس سائٹ کے بارے میں
nav-home = پہلا صفحہ
nav-pillars = 9 ستون
nav-workshops = ورکشاپس
nav-self-assessment = اپنا جائزہ
nav-mentors = مینٹورز کے لیے
nav-white-paper = وائٹ پیپر
nav-about = ہمارے بارے میں
nav-privacy = رازداری
footer-note = INTEGRA مینٹورنگ انٹیگریشن پروگرام: نگہداشت چھوڑنے والے نوجوانوں اور ان کے مینٹورز کے لیے مدد۔ یہ سائٹ نہ کوکیز استعمال کرتی ہے اور نہ کسی کی ٹریکنگ کرتی ہے۔

## Notices on translated pages

# $language is the reader's language, $original the language the page is written in.
fallback-notice = اس صفحے کا ابھی { $language } میں ترجمہ نہیں ہوا۔ یہاں یہ { $original } میں ہے۔
draft-notice = یہ ترجمہ ابھی مسودہ ہے۔ کسی اہلِ زبان نے اسے ابھی نہیں جانچا۔
draft-notice-more = ترجمے کیسے ہوتے ہیں

## Home page

home-pillars-heading = خود مختار زندگی کے 9 ستون

## Pillars

# $number (number): the pillar's number, 1 to 9.
pillar-number = ستون { $number }
pillar-workshops = اس ستون کی ورکشاپس
pillar-no-workshops = اس ستون کے لیے ابھی کوئی ورکشاپ نہیں ہے۔

## Workshops

workshop-sheet = سہولت کار کی شیٹ
workshop-duration = وقت
# $minutes (number): how long a workshop takes, in minutes.
duration-minutes = { $minutes ->
    [one] { $minutes } منٹ
   *[other] { $minutes } منٹ
}
workshop-group-size = گروپ کا سائز
# $count (number): how many young people take part.
group-size-exact = { $count ->
    [one] ایک نوجوان
   *[other] { $count } نوجوان
}
# $min, $max (numbers): the fewest and the most young people who can take part.
group-size-range = { $min } سے { $max } نوجوان
workshop-format = طریقہ
format-one-to-one = انفرادی
format-group = گروپ
format-either = انفرادی یا گروپ
workshop-difficulty = سطح
difficulty-introductory = ابتدائی
difficulty-intermediate = درمیانی
difficulty-advanced = اعلیٰ
workshop-objectives = مقاصد
workshop-materials = سامان
workshop-preparation = تیاری
print-sheet = یہ شیٹ پرنٹ کریں
workshop-back = ستون پر واپس جائیں

## White Paper

white-paper-contents = فہرست
# $number (number): the White Paper chapter's number.
chapter-number = باب { $number }
chapter-nav-label = ابواب
chapter-previous = پچھلا:
chapter-next = اگلا:

## Page not found

not-found-title = صفحہ نہیں ملا
not-found-text = ہمیں یہ صفحہ نہیں ملا۔ ہو سکتا ہے یہ کہیں اور منتقل ہو گیا ہو، یا پتے میں کوئی غلطی ہو۔
not-found-home = پہلے صفحے پر جائیں

## Translation status page

nav-translate = ترجمے میں مدد کریں
translate-title = اس سائٹ کے ترجمے
translate-intro = رضاکار اس سائٹ کا ترجمہ کرتے ہیں۔ یہ صفحہ دکھاتا ہے کہ ہر زبان کا ترجمہ کہاں تک پہنچا ہے اور کیا ابھی باقی ہے، تاکہ آپ دیکھ سکیں کہ آپ کی مدد سب سے زیادہ کہاں کام آئے گی۔
translate-how = مدد کرنے کے لیے سائٹ کی سورس فائلوں میں مترجمین کی گائیڈ، TRANSLATING.md، پڑھیں، یا اس سائٹ کو چلانے والی ٹیم سے رابطہ کریں۔ ہر ترجمہ تب تک مسودہ رہتا ہے جب تک کوئی اہلِ زبان اسے پڑھ نہ لے۔
translate-overview = تمام زبانیں
translate-language = زبان
translate-interface = انٹرفیس
translate-pages = صفحات
translate-drafts = مسودے
translate-stale = پرانے ہو چکے
# $language (text): the language's own name, such as "Español".
translate-missing-heading = { $language } میں ابھی ترجمہ نہیں ہوا
translate-stale-heading = پرانے ہو چکے: ترجمے کے بعد انگریزی صفحہ بدل گیا ہے
# $count (number): how many blocks (paragraphs, headings, list items…) of the English page changed since the page was translated.
translate-blocks-changed =
    { $count ->
        [one] ایک حصہ بدلا ہے
       *[other] { $count } حصے بدلے ہیں
    }
translate-english-page = انگریزی صفحہ
translate-po-file = PO فائل
translate-drafts-heading = مسودے جو کسی اہلِ زبان کے جائزے کا انتظار کر رہے ہیں
# $count (number): how many interface messages are not translated.
translate-messages-missing = { $count ->
    [one] انٹرفیس کا { $count } پیغام ابھی ترجمہ نہیں ہوا۔
   *[other] انٹرفیس کے { $count } پیغامات ابھی ترجمہ نہیں ہوئے۔
}
# $language (text): the source language's own name, "English".
translate-source = { $language } وہ زبان ہے جس سے باقی سب ترجمے کیے جاتے ہیں۔
translate-all-done = کچھ بھی باقی نہیں۔

## Mentor training, handouts, country guides and easy-read pages (issue 14)

nav-accessibility = رسائی
# Between the items of a short inline list.
list-separator = {"، "}
workshop-handouts = پرنٹ کرنے کے لیے ہینڈ آؤٹس
handout-eyebrow = پرنٹ کرنے کے لیے ہینڈ آؤٹ
handout-used-in = یہاں استعمال ہوتا ہے
easy-read-eyebrow = آسان زبان میں
easy-read-link = مختصر اور سادہ: آسان زبان والا ورژن پڑھیں
training-eyebrow = تربیتی کورس
training-modules = ماڈیولز
# $number (Number) - the module's place in the course, from 1
training-module-number = ماڈیول { $number }
training-outcomes = آپ کیا سیکھیں گے
training-nav-label = کورس کے ماڈیولز
training-previous = پچھلا ماڈیول
training-next = اگلا ماڈیول
country-eyebrow = ملک کی گائیڈ
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated = تازہ کاری: { $date }
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated-long = یہ گائیڈ { $date } کو لکھی گئی یا آخری بار بدلی گئی۔
country-review-pending = قانونی جائزہ باقی ہے: ابھی کسی مقامی ماہر نے اس گائیڈ کو نہیں جانچا۔
country-review-pending-short = قانونی جائزہ باقی ہے
# $date (String) - the day a local professional reviewed the guide, as 2027-01-15
country-reviewed = ایک مقامی ماہر نے { $date } کو اس گائیڈ کا جائزہ لیا۔
country-reviewed-short = مقامی ماہر کا جائزہ ہو چکا
country-confirm = قوانین اور طریقۂ کار بدلتے رہتے ہیں: اس پر عمل کرنے سے پہلے کسی مقامی وکیل یا قانونی مشیر سے تصدیق کروائیں کہ نوجوان کی صورتِ حال میں یہ بات درست ہے۔
