# اردو (ur): interface strings, draft translation from locales/en/p4c.ftl.
# A native speaker has not reviewed it yet. See TRANSLATING.md.

# P4C, the Platform for Cooperation: the directory of organisations and
# opportunities (p4c.html, p4c_entry.html, the pillar guides).

nav-p4c = ادارے
p4c-filters = ڈائریکٹری کو فلٹر کریں
p4c-filter-category = مدد کی قسم
p4c-filter-pillar = ستون
p4c-filter-region = کہاں
p4c-filter-language = بولی جانے والی زبانیں
p4c-show-all = تمام ادارے اور مواقع دکھائیں
# $count (number): how many entries match the filters.
p4c-count =
    { $count ->
        [one] ایک نتیجہ ملا۔
       *[other] { $count } نتائج ملے۔
    }
p4c-opportunities = مواقع
p4c-organisations = ادارے
p4c-no-opportunities = اس وقت کوئی موقع درج نہیں ہے۔ نیچے دیے گئے ادارے بتا سکتے ہیں کہ وہ ابھی کیا پیش کر رہے ہیں۔
p4c-no-entries = ان فلٹرز سے کچھ نہیں ملا۔ کم فلٹرز آزمائیں۔
p4c-kind-organisation = ادارہ
p4c-kind-opportunity = موقع
p4c-unconfirmed = کسی شراکت دار نے ابھی اس کی تصدیق نہیں کی: کسی نوجوان کو یہاں بھیجنے سے پہلے خود چیک کریں۔
p4c-unconfirmed-short = ابھی تصدیق نہیں ہوئی
# $date (text): the day a person last confirmed the entry, as YYYY-MM-DD.
p4c-last-checked = ادارے سے آخری تصدیق { $date } کو ہوئی۔ تفصیلات بدلتی رہتی ہیں: کسی نوجوان کو یہاں بھیجنے سے پہلے چیک کریں۔
p4c-organisation = پیش کرنے والا ادارہ
p4c-valid-until = آخری تاریخ
p4c-places = نشستیں
p4c-website = ویب سائٹ
p4c-phone = فون
p4c-email = ای میل
p4c-address = پتا
p4c-source = یہ معلومات کہاں سے لی گئی ہیں
p4c-pillar-heading = ادارے جو مدد کر سکتے ہیں
p4c-pillar-all = اس ستون کے تمام ادارے

## Kinds of help: the closed list of categories.

p4c-category-training = تربیت
p4c-category-apprenticeship = اپرنٹس شپ
p4c-category-job = نوکریاں
p4c-category-housing = رہائش
p4c-category-legal = قانونی مشورہ اور حقوق
p4c-category-financial = پیسے اور بینک
p4c-category-education = تعلیم
p4c-category-health = صحت
p4c-category-community = کمیونٹی اور سہارا
p4c-category-emergency = ایمرجنسی
p4c-category-migration = پناہ اور ہجرت

## Where an entry works: a country code, or EU for the whole Union.

p4c-country-EU = پوری یورپی یونین میں
p4c-country-IT = اٹلی
p4c-country-CY = قبرص
p4c-country-PT = پرتگال
p4c-country-GR = یونان
p4c-country-ES = اسپین
p4c-country-FR = فرانس
