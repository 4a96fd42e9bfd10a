# Draft translation from English (translated_from: locales/en/p4c.ftl), for review by a native speaker.

## P4C, the Platform for Cooperation: the directory of organisations and
## opportunities (p4c.html, p4c_entry.html, the pillar guides).

nav-p4c = سازمان‌ها
p4c-filters = فیلتر کردن فهرست
p4c-filter-category = نوع کمک
p4c-filter-pillar = ستون
p4c-filter-region = کجا
p4c-filter-language = زبان‌هایی که صحبت می‌کنند
p4c-show-all = نمایش همهٔ سازمان‌ها و فرصت‌ها
p4c-count =
    { $count ->
        [one] { $count } مورد پیدا شد.
       *[other] { $count } مورد پیدا شد.
    }
p4c-opportunities = فرصت‌ها
p4c-organisations = سازمان‌ها
p4c-no-opportunities = در حال حاضر هیچ فرصتی در فهرست نیست. سازمان‌های زیر می‌توانند به شما بگویند اکنون چه چیزهایی ارائه می‌دهند.
p4c-no-entries = هیچ موردی با این فیلترها پیدا نشد. فیلترهای کمتری را امتحان کنید.
p4c-kind-organisation = سازمان
p4c-kind-opportunity = فرصت
p4c-unconfirmed = هنوز یکی از شرکای برنامه این اطلاعات را تأیید نکرده است: پیش از معرفی یک جوان، آن را بررسی کنید.
p4c-unconfirmed-short = هنوز تأیید نشده
p4c-last-checked = آخرین تأیید با خود سازمان: { $date }. اطلاعات تغییر می‌کند: پیش از معرفی یک جوان، آن را بررسی کنید.
p4c-organisation = ارائه‌دهنده
p4c-valid-until = مهلت تا
p4c-places = ظرفیت
p4c-website = وب‌سایت
p4c-phone = تلفن
p4c-email = ایمیل
p4c-address = نشانی
p4c-source = منبع این اطلاعات
p4c-pillar-heading = سازمان‌هایی که می‌توانند کمک کنند
p4c-pillar-all = همهٔ سازمان‌های این ستون

## Kinds of help: the closed list of categories.
p4c-category-training = مهارت‌آموزی
p4c-category-apprenticeship = کارآموزی
p4c-category-job = کار
p4c-category-housing = مسکن
p4c-category-legal = مشاورهٔ حقوقی و حقوق شما
p4c-category-financial = پول و بانک
p4c-category-education = آموزش
p4c-category-health = سلامت
p4c-category-community = اجتماع و حمایت
p4c-category-emergency = موارد اضطراری
p4c-category-migration = پناهندگی و مهاجرت

## Where an entry works: a country code, or EU for the whole Union.
p4c-country-EU = در سراسر اتحادیهٔ اروپا
p4c-country-IT = ایتالیا
p4c-country-CY = قبرس
p4c-country-PT = پرتغال
p4c-country-GR = یونان
p4c-country-ES = اسپانیا
p4c-country-FR = فرانسه
