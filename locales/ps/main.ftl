# پښتو (ps): interface strings, a draft translation of locales/en/main.ftl.
# A native speaker has not reviewed it yet. See TRANSLATING.md.

# Interface strings for the INTEGRA site: the English source.
# Translators: copy this file to locales/<your-locale>/main.ftl and translate
# the text after each `=`. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

## Site

site-title = د INTEGRA منتورینګ
skip-to-content = اصلي منځپانګې ته ورشئ
language-menu = ژبه:
nav-label = اصلي مینو
footer-nav-label = د دې وېبسایټ په اړه
nav-home = کورپاڼه
nav-pillars = ۹ ستنې
nav-workshops = ورکشاپونه
nav-self-assessment = ځان ارزونه
nav-mentors = د منتورانو لپاره
nav-white-paper = سپین کتاب
nav-about = زموږ په اړه
nav-privacy = محرمیت
footer-note = د INTEGRA د منتورینګ او یوځای کېدو پروګرام: د هغو ځوانانو ملاتړ چې له پاملرنې وځي، او د هغوی د منتورانو ملاتړ. دا وېبسایټ کوکي نه کاروي او تاسو نه څاري.

## Notices on translated pages

# $language is the reader's language, $original the language the page is written in.
fallback-notice = دا پاڼه لا { $language } ته نه ده ژباړل شوې. دلته یې په { $original } ولولئ.
draft-notice = دا یوه لومړنۍ ژباړه (مسوده) ده. لا تر اوسه یوه پښتو ژبي کس نه ده کتلې.
draft-notice-more = ژباړې څنګه کېږي

## Home page

home-pillars-heading = د خپلواک ژوند ۹ ستنې

## Pillars

# $number (number): the pillar's number, 1 to 9.
pillar-number = ستنه { $number }
pillar-workshops = د دې ستنې ورکشاپونه
pillar-no-workshops = د دې ستنې لپاره لا تر اوسه ورکشاپ نشته.

## Workshops

workshop-sheet = د ورکشاپ د چلوونکي پاڼه
workshop-duration = وخت
# $minutes (number): how long a workshop takes, in minutes.
duration-minutes = { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقې
}
workshop-group-size = د ډلې اندازه
# $count (number): how many young people take part.
group-size-exact = { $count ->
    [one] یو ځوان
   *[other] { $count } ځوانان
}
# $min, $max (numbers): the fewest and the most young people who can take part.
group-size-range = له { $min } تر { $max } ځوانانو
workshop-format = بڼه
format-one-to-one = یو په یو
format-group = ډله‌ییز
format-either = یو په یو یا ډله‌ییز
workshop-difficulty = کچه
difficulty-introductory = لومړنۍ
difficulty-intermediate = منځنۍ
difficulty-advanced = پرمختللې
workshop-objectives = موخې
workshop-materials = توکي
workshop-preparation = چمتووالی
print-sheet = دا پاڼه چاپ کړئ
workshop-back = ستنې ته بېرته

## White Paper

white-paper-contents = لړلیک
# $number (number): the White Paper chapter's number.
chapter-number = څپرکی { $number }
chapter-nav-label = څپرکي
chapter-previous = مخکینی:
chapter-next = راتلونکی:

## Page not found

not-found-title = پاڼه ونه موندل شوه
not-found-text = موږ دا پاڼه ونه موندله. کېدای شي بل ځای ته وړل شوې وي، یا په پته کې د لیکلو تېروتنه وي.
not-found-home = کورپاڼې ته ورشئ

## Translation status page

nav-translate = په ژباړه کې مرسته وکړئ
translate-title = د دې وېبسایټ ژباړې
translate-intro = رضاکاران دا وېبسایټ ژباړي. دا پاڼه ښيي چې هره ژبه څومره مخکې تللې ده او څه لا پاتې دي، ترڅو وګورئ چې ستاسو مرسته چېرته تر ټولو ډېره ګټوره ده.
translate-how = که مرسته کول غواړئ، د ژباړونکو لارښود، TRANSLATING.md، د وېبسایټ په سرچینه فایلونو کې ولولئ، یا له هغې ډلې سره اړیکه ونیسئ چې دا وېبسایټ چلوي. هره ژباړه تر هغه وخته مسوده وي چې د همغې ژبې یو مورني ویونکی یې ولولي.
translate-overview = ټولې ژبې
translate-language = ژبه
translate-interface = انټرفېس
translate-pages = پاڼې
translate-drafts = مسودې
translate-stale = زړې شوې
# $language (text): the language's own name, such as "Español".
translate-missing-heading = لا { $language } ته نه دي ژباړل شوي
translate-stale-heading = زړې شوې: انګلیسي پاڼه له ژباړې وروسته بدله شوې ده
# $count (number): how many blocks (paragraphs, headings, list items…) of the English page changed since the page was translated.
translate-blocks-changed =
    { $count ->
        [one] یوه برخه بدله شوې
       *[other] { $count } برخې بدلې شوې
    }
translate-english-page = انګلیسي پاڼه
translate-po-file = PO فایل
translate-drafts-heading = هغه مسودې چې د مورني ویونکي کتنې ته انتظار باسي
# $count (number): how many interface messages are not translated.
translate-messages-missing = { $count ->
    [one] د انټرفېس { $count } پیغام لا نه دی ژباړل شوی.
   *[other] د انټرفېس { $count } پیغامونه لا نه دي ژباړل شوي.
}
# $language (text): the source language's own name, "English".
translate-source = { $language } هغه ژبه ده چې نورې ژباړې ترې پیلېږي.
translate-all-done = هېڅ شی پاتې نه دی.

## Mentor training, handouts, country guides and easy-read pages (issue 14)

nav-accessibility = لاسرسی
# Between the items of a short inline list.
list-separator = {"، "}
workshop-handouts = چاپي پاڼې
handout-eyebrow = چاپي پاڼه
handout-used-in = په دې کې کارېږي
easy-read-eyebrow = اسانه لوست
easy-read-link = لنډ او ساده: د اسانه لوست بڼه ولولئ
training-eyebrow = روزنیز کورس
training-modules = د کورس برخې
# $number (Number) - the module's place in the course, from 1
training-module-number = برخه { $number }
training-outcomes = د زده کړې پایلې
training-nav-label = د کورس برخې
training-previous = مخکینۍ برخه
training-next = راتلونکې برخه
country-eyebrow = د هېواد لارښود
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated = تازه شوی: { $date }
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated-long = په { $date } لیکل شوی یا وروستی ځل بدل شوی.
country-review-pending = حقوقي کتنه پاتې ده: لا تر اوسه کوم سیمه‌ییز مسلکي کس دا لارښود نه دی کتلی.
country-review-pending-short = حقوقي کتنه پاتې ده
# $date (String) - the day a local professional reviewed the guide, as 2027-01-15
country-reviewed = په { $date } د یوه سیمه‌ییز مسلکي کس له خوا کتل شوی.
country-reviewed-short = د یوه سیمه‌ییز مسلکي کس له خوا کتل شوی
country-confirm = قوانین او کړنلارې بدلېږي: مخکې له دې چې پرې عمل وکړئ، یو سیمه‌ییز وکیل یا حقوقي سلاکار باید تایید کړي چې دا د ځوان د حالت لپاره څه معنا لري.
