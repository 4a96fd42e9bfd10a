# پښتو (ps): interface strings, a draft translation of locales/en/p4c.ftl.
# A native speaker has not reviewed it yet. See TRANSLATING.md.

# P4C, the Platform for Cooperation: the directory of organisations and
# opportunities (p4c.html, p4c_entry.html, the pillar guides).

nav-p4c = سازمانونه
p4c-filters = لېست فلټر کړئ
p4c-filter-category = د مرستې ډول
p4c-filter-pillar = ستنه
p4c-filter-region = چېرته
p4c-filter-language = په کومو ژبو خبرې کوي
p4c-show-all = ټول سازمانونه او فرصتونه وښیئ
# $count (number): how many entries match the filters.
p4c-count =
    { $count ->
        [one] یوه پایله برابره ده.
       *[other] { $count } پایلې برابرې دي.
    }
p4c-opportunities = فرصتونه
p4c-organisations = سازمانونه
p4c-no-opportunities = اوس مهال هېڅ فرصت په لېست کې نشته. لاندې سازمانونه درته ویلای شي چې اوس څه وړاندې کوي.
p4c-no-entries = دلته هېڅ شی له دې فلټرونو سره برابر نه دی. لږ فلټرونه وکاروئ.
p4c-kind-organisation = سازمان
p4c-kind-opportunity = فرصت
p4c-unconfirmed = لا د کوم همکار سازمان له خوا نه دی تایید شوی: مخکې له دې چې یو ځوان ورولېږئ، یې وګورئ.
p4c-unconfirmed-short = لا نه دی تایید شوی
# $date (text): the day a person last confirmed the entry, as YYYY-MM-DD.
p4c-last-checked = وروستی ځل په { $date } له سازمان سره تایید شوی. معلومات بدلېږي: مخکې له دې چې یو ځوان ورولېږئ، یې وګورئ.
p4c-organisation = وړاندې کوونکی
p4c-valid-until = تر دې نېټې خلاص دی
p4c-places = د ځایونو شمېر
p4c-website = وېبسایټ
p4c-phone = ټیلیفون
p4c-email = ایمېل
p4c-address = پته
p4c-source = دا معلومات له کومه راغلي دي
p4c-pillar-heading = هغه سازمانونه چې مرسته کولای شي
p4c-pillar-all = د دې ستنې ټول سازمانونه

## Kinds of help: the closed list of categories.

p4c-category-training = روزنه
p4c-category-apprenticeship = مسلکي شاګردي
p4c-category-job = دندې
p4c-category-housing = استوګنځی
p4c-category-legal = حقوقي مشوره او حقونه
p4c-category-financial = پیسې او بانکداري
p4c-category-education = زده کړه
p4c-category-health = روغتیا
p4c-category-community = ټولنه او ملاتړ
p4c-category-emergency = بېړني حالات
p4c-category-migration = پناه او کډوالي

## Where an entry works: a country code, or EU for the whole Union.

p4c-country-EU = په ټوله اروپايي اتحادیه کې
p4c-country-IT = ایټالیا
p4c-country-CY = قبرس
p4c-country-PT = پرتګال
p4c-country-GR = یونان
p4c-country-ES = هسپانیه
p4c-country-FR = فرانسه
