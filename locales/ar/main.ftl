# Interface strings for the INTEGRA site: Arabic (ar), draft translation.
# Translated from locales/en/main.ftl. Keep the ids and the { $variables } as they are.
# Arabic plural categories (CLDR): zero, one, two, few, many, other.
# See TRANSLATING.md.

## Site

site-title = INTEGRA للإرشاد
skip-to-content = انتقل إلى المحتوى
language-menu = اللغة:
nav-label = القائمة الرئيسية
footer-nav-label = عن هذا الموقع
nav-home = الصفحة الرئيسية
nav-pillars = الركائز التسع
nav-workshops = ورش العمل
nav-self-assessment = التقييم الذاتي
nav-mentors = للمرشدين
nav-white-paper = الورقة البيضاء
nav-about = من نحن
nav-privacy = الخصوصية
footer-note = برنامج INTEGRA للإرشاد والاندماج: دعم للشباب الذين يغادرون الرعاية، ولمرشديهم. لا يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز)، ولا يتتبّع زوّاره.

## Notices on translated pages

# $language is the reader's language, $original the language the page is written in.
fallback-notice = هذه الصفحة غير مترجمة بعد إلى { $language }. إليك نصّها باللغة الأصلية: { $original }.
draft-notice = هذه ترجمة أولية (مسوّدة). لم يراجعها بعد متحدّث أصلي باللغة.
draft-notice-more = كيف نعمل على الترجمات

## Home page

home-pillars-heading = الركائز التسع للحياة المستقلة

## Pillars

pillar-number = الركيزة { $number }
pillar-workshops = ورش العمل الخاصة بهذه الركيزة
pillar-no-workshops = لا توجد ورش عمل لهذه الركيزة حتى الآن.

## Workshops

workshop-sheet = بطاقة الميسّر
workshop-duration = المدة
duration-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
workshop-group-size = حجم المجموعة
group-size-exact = { $count ->
    [zero] { $count } من الشباب
    [one] شاب واحد
    [two] شابّان
    [few] { $count } شبّان
    [many] { $count } شابًّا
   *[other] { $count } شاب
}
group-size-range = من { $min } إلى { $max } من الشباب
workshop-format = الشكل
format-one-to-one = فردي (لقاء ثنائي)
format-group = جماعي
format-either = فردي أو جماعي
workshop-difficulty = المستوى
difficulty-introductory = تمهيدي
difficulty-intermediate = متوسط
difficulty-advanced = متقدّم
workshop-objectives = الأهداف
workshop-materials = المواد اللازمة
workshop-preparation = التحضير
print-sheet = اطبع هذه البطاقة
workshop-back = العودة إلى الركيزة

## White Paper

white-paper-contents = المحتويات
chapter-number = الفصل { $number }
chapter-nav-label = الفصول
chapter-previous = السابق:
chapter-next = التالي:

## Page not found

not-found-title = الصفحة غير موجودة
not-found-text = لم نجد هذه الصفحة. ربما نُقلت إلى مكان آخر، أو ربما في العنوان خطأ مطبعي.
not-found-home = اذهب إلى الصفحة الرئيسية

## Translation status page

nav-translate = ساعدنا في الترجمة
translate-title = ترجمات هذا الموقع
translate-intro = يترجم هذا الموقعَ متطوّعون. تبيّن هذه الصفحة إلى أين وصلت كل لغة وما الذي لا يزال ناقصًا، لكي ترى أين تكون مساعدتك أكثر فائدة.
translate-how = للمساعدة، اقرأ دليل المترجمين، TRANSLATING.md، في الملفات المصدرية للموقع، أو تواصل مع الفريق الذي يدير هذا الموقع. تبقى كل ترجمة مسوّدة إلى أن يقرأها متحدّث أصلي باللغة.
translate-overview = كل اللغات
translate-language = اللغة
translate-interface = الواجهة
translate-pages = الصفحات
translate-drafts = المسوّدات
translate-stale = بحاجة إلى تحديث
translate-missing-heading = ما لم يُترجم بعد إلى { $language }
translate-stale-heading = بحاجة إلى تحديث: تغيّرت الصفحة الإنجليزية منذ ترجمتها
# $count (number): how many blocks (paragraphs, headings, list items…) of the English page changed since the page was translated.
translate-blocks-changed =
    { $count ->
        [zero] لم تتغيّر أي كتلة
        [one] تغيّرت كتلة واحدة
        [two] تغيّرت كتلتان
        [few] تغيّرت { $count } كتل
        [many] تغيّرت { $count } كتلة
       *[other] تغيّرت { $count } كتلة
    }
translate-english-page = الصفحة الإنجليزية
translate-po-file = ملف PO
translate-drafts-heading = مسوّدات تنتظر مراجعة متحدّث أصلي باللغة
translate-messages-missing = { $count ->
    [zero] لا توجد نصوص غير مترجمة في الواجهة.
    [one] نصّ واحد من نصوص الواجهة لم يُترجم بعد.
    [two] نصّان من نصوص الواجهة لم يُترجما بعد.
    [few] { $count } نصوص من نصوص الواجهة لم تُترجم بعد.
    [many] { $count } نصًّا من نصوص الواجهة لم تُترجم بعد.
   *[other] { $count } نصّ من نصوص الواجهة لم تُترجم بعد.
}
translate-source = اللغة التي تنطلق منها الترجمات الأخرى: { $language }.
translate-all-done = لا ينقص شيء.

## Mentor training, handouts, country guides and easy-read pages (issue 14)

nav-accessibility = إمكانية الوصول
# Between the items of a short inline list.
list-separator = {"، "}
workshop-handouts = أوراق للطباعة
handout-eyebrow = ورقة للطباعة
handout-used-in = تُستخدم في
easy-read-eyebrow = سهل القراءة
easy-read-link = باختصار وببساطة: اقرأ النسخة سهلة القراءة
training-eyebrow = دورة تدريبية
training-modules = الوحدات
# $number (Number) - the module's place in the course, from 1
training-module-number = الوحدة { $number }
training-outcomes = نواتج التعلّم
training-nav-label = وحدات الدورة
training-previous = الوحدة السابقة
training-next = الوحدة التالية
country-eyebrow = دليل البلد
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated = آخر تحديث: { $date }
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated-long = كُتب هذا الدليل أو عُدِّل آخر مرة في { $date }.
country-review-pending = بانتظار المراجعة القانونية: لم يراجع أي مختص محلي هذا الدليل بعد.
country-review-pending-short = بانتظار المراجعة القانونية
# $date (String) - the day a local professional reviewed the guide, as 2027-01-15
country-reviewed = راجعه مختص محلي في { $date }.
country-reviewed-short = راجعه مختص محلي
country-confirm = القوانين والممارسات تتغيّر: قبل التصرّف بناءً على هذا الدليل، يجب أن يتأكّد محامٍ أو مستشار قانوني محلي من أن ما فيه ينطبق على وضع الشاب أو الشابة.
