# Interface strings for the INTEGRA site: Persian (fa), draft translation.
# Translators: copy this file to locales/<your-locale>/main.ftl and translate
# the text after each `=`. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

## Site

site-title = منتورینگ INTEGRA
skip-to-content = رفتن به محتوای اصلی
language-menu = زبان:
nav-label = منوی اصلی
footer-nav-label = دربارهٔ این سایت
nav-home = صفحهٔ اصلی
nav-pillars = ۹ ستون
nav-workshops = کارگاه‌ها
nav-self-assessment = خودارزیابی
nav-mentors = برای منتورها
nav-white-paper = کتاب سفید
nav-about = دربارهٔ ما
nav-privacy = حریم خصوصی
footer-note = برنامهٔ منتورینگ و ادغام INTEGRA: حمایت از جوانانی که از مراکز مراقبتی خارج می‌شوند، و از منتورهای آن‌ها. این سایت هیچ کوکی و هیچ ردیابی ندارد.

## Notices on translated pages

# $language is the reader's language, $original the language the page is written in.
fallback-notice = این صفحه هنوز به { $language } ترجمه نشده است. آن را اینجا به { $original } می‌بینید.
draft-notice = این یک ترجمهٔ پیش‌نویس است. هنوز یک فارسی‌زبان آن را بررسی نکرده است.
draft-notice-more = ترجمه‌ها چطور انجام می‌شوند

## Home page

home-pillars-heading = ۹ ستون زندگی مستقل

## Pillars

pillar-number = ستون { $number }
pillar-workshops = کارگاه‌های این ستون
pillar-no-workshops = هنوز هیچ کارگاهی برای این ستون وجود ندارد.

## Workshops

workshop-sheet = برگهٔ تسهیل‌گر
workshop-duration = زمان
duration-minutes = { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقه
}
workshop-group-size = اندازهٔ گروه
group-size-exact = { $count ->
    [one] یک جوان
   *[other] { $count } جوان
}
group-size-range = { $min } تا { $max } جوان
workshop-format = شکل کار
format-one-to-one = فردی (یک‌به‌یک)
format-group = گروهی
format-either = فردی یا گروهی
workshop-difficulty = سطح
difficulty-introductory = مقدماتی
difficulty-intermediate = متوسط
difficulty-advanced = پیشرفته
workshop-objectives = هدف‌ها
workshop-materials = وسایل لازم
workshop-preparation = آمادگی
print-sheet = چاپ این برگه
workshop-back = بازگشت به ستون

## White Paper

white-paper-contents = فهرست مطالب
chapter-number = فصل { $number }
chapter-nav-label = فصل‌ها
chapter-previous = قبلی:
chapter-next = بعدی:

## Page not found

not-found-title = صفحه پیدا نشد
not-found-text = این صفحه را پیدا نکردیم. شاید جابه‌جا شده باشد، یا در نشانی آن اشتباه تایپی باشد.
not-found-home = رفتن به صفحهٔ اصلی

## Translation status page

nav-translate = کمک به ترجمه
translate-title = ترجمه‌های این سایت
translate-intro = داوطلبان این سایت را ترجمه می‌کنند. این صفحه نشان می‌دهد ترجمهٔ هر زبان تا کجا پیش رفته و چه چیزهایی هنوز مانده است، تا ببینید کمک شما کجا بیشتر به کار می‌آید.
translate-how = برای کمک، راهنمای مترجمان، TRANSLATING.md، را در فایل‌های منبع سایت بخوانید، یا با تیمی که این سایت را اداره می‌کند تماس بگیرید. هر ترجمه تا وقتی که یک گویشور بومی آن را نخوانده باشد، پیش‌نویس می‌ماند.
translate-overview = همهٔ زبان‌ها
translate-language = زبان
translate-interface = رابط کاربری
translate-pages = صفحه‌ها
translate-drafts = پیش‌نویس‌ها
translate-stale = نیازمند به‌روزرسانی
translate-missing-heading = آنچه هنوز به { $language } ترجمه نشده است
translate-stale-heading = نیازمند به‌روزرسانی: صفحهٔ انگلیسی پس از ترجمه تغییر کرده است
# $count (number): how many blocks (paragraphs, headings, list items…) of the English page changed since the page was translated.
translate-blocks-changed = { $count } بخش تغییر کرده است
translate-english-page = صفحهٔ انگلیسی
translate-po-file = فایل PO
translate-drafts-heading = پیش‌نویس‌هایی که منتظر بررسی یک گویشور بومی هستند
translate-messages-missing = { $count ->
    [one] { $count } پیام رابط کاربری هنوز ترجمه نشده است.
   *[other] { $count } پیام رابط کاربری هنوز ترجمه نشده است.
}
translate-source = ترجمه‌های دیگر از این زبان شروع می‌شوند: { $language }.
translate-all-done = چیزی کم نیست.

## Mentor training, handouts, country guides and easy-read pages (issue 14)

nav-accessibility = دسترس‌پذیری
# Between the items of a short inline list.
list-separator = {"، "}
workshop-handouts = برگه‌های قابل چاپ
handout-eyebrow = برگهٔ قابل چاپ
handout-used-in = استفاده‌شده در
easy-read-eyebrow = آسان‌خوان
easy-read-link = کوتاه و ساده: نسخهٔ آسان‌خوان را بخوانید
training-eyebrow = دورهٔ آموزشی
training-modules = بخش‌های دوره
# $number (Number) - the module's place in the course, from 1
training-module-number = بخش { $number }
training-outcomes = دستاوردهای یادگیری
training-nav-label = بخش‌های دوره
training-previous = بخش قبلی
training-next = بخش بعدی
country-eyebrow = راهنمای کشور
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated = به‌روزرسانی: { $date }
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated-long = این راهنما در { $date } نوشته شده یا آخرین بار تغییر کرده است.
country-review-pending = در انتظار بررسی حقوقی: هنوز هیچ متخصص محلی این راهنما را بررسی نکرده است.
country-review-pending-short = در انتظار بررسی حقوقی
# $date (String) - the day a local professional reviewed the guide, as 2027-01-15
country-reviewed = یک متخصص محلی این راهنما را در { $date } بررسی کرده است.
country-reviewed-short = بررسی‌شده توسط یک متخصص محلی
country-confirm = قوانین و رویه‌ها تغییر می‌کنند: پیش از هر اقدامی بر اساس این راهنما، یک وکیل یا مشاور حقوقی محلی باید تأیید کند که آنچه در آن آمده برای وضعیت این جوان درست است.
