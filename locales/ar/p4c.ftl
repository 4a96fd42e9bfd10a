# Draft translation from English (translated_from: locales/en/p4c.ftl), for review by a native speaker.

## P4C, the Platform for Cooperation: the directory of organisations and
## opportunities (p4c.html, p4c_entry.html, the pillar guides).

nav-p4c = المنظمات
p4c-filters = تصفية الدليل
p4c-filter-category = نوع المساعدة
p4c-filter-pillar = الركيزة
p4c-filter-region = المكان
p4c-filter-language = اللغات المستخدمة
p4c-show-all = اعرض كل المنظمات والفرص
p4c-count =
    { $count ->
        [zero] لا توجد نتائج مطابقة.
        [one] نتيجة واحدة مطابقة.
        [two] نتيجتان مطابقتان.
        [few] { $count } نتائج مطابقة.
        [many] { $count } نتيجة مطابقة.
       *[other] { $count } نتيجة مطابقة.
    }
p4c-opportunities = الفرص
p4c-organisations = المنظمات
p4c-no-opportunities = لا توجد فرص مدرجة في الوقت الحالي. يمكن للمنظمات أدناه أن تخبرك بما تقدّمه الآن.
p4c-no-entries = لا توجد نتائج مطابقة لعوامل التصفية هذه. جرّب عددًا أقل منها.
p4c-kind-organisation = منظمة
p4c-kind-opportunity = فرصة
p4c-unconfirmed = لم يؤكّدها شريك في المشروع بعد: تحقّق منها قبل أن توجّه إليها أي شاب أو شابة.
p4c-unconfirmed-short = لم تُؤكَّد بعد
p4c-last-checked = آخر تأكيد مع المنظمة بتاريخ { $date }. التفاصيل تتغيّر: تحقّق منها قبل أن توجّه إليها أي شاب أو شابة.
p4c-organisation = الجهة المقدِّمة
p4c-valid-until = متاحة حتى
p4c-places = عدد الأماكن
p4c-website = الموقع الإلكتروني
p4c-phone = الهاتف
p4c-email = البريد الإلكتروني
p4c-address = العنوان
p4c-source = مصدر هذه المعلومات
p4c-pillar-heading = منظمات يمكنها المساعدة
p4c-pillar-all = كل المنظمات الخاصة بهذه الركيزة

## Kinds of help: the closed list of categories.
p4c-category-training = التدريب
p4c-category-apprenticeship = التلمذة المهنية
p4c-category-job = فرص العمل
p4c-category-housing = السكن
p4c-category-legal = الاستشارة القانونية والحقوق
p4c-category-financial = المال والبنوك
p4c-category-education = التعليم
p4c-category-health = الصحة
p4c-category-community = المجتمع والدعم
p4c-category-emergency = حالات الطوارئ
p4c-category-migration = اللجوء والهجرة

## Where an entry works: a country code, or EU for the whole Union.
p4c-country-EU = في كل أنحاء الاتحاد الأوروبي
p4c-country-IT = إيطاليا
p4c-country-CY = قبرص
p4c-country-PT = البرتغال
p4c-country-GR = اليونان
p4c-country-ES = إسبانيا
p4c-country-FR = فرنسا
