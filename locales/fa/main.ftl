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
nav-pillars = 9 ستون
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

home-pillars-heading = 9 ستون زندگی مستقل

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
