# The self-assessment, its results, the plan, and the mentor's offline toolkit: Persian (fa), draft translation.
# Translated from locales/en/assessment.ftl. Keep the ids and the { $variables } as they are.
# Persian plural categories (CLDR): one, other.
# Statements are written "I can ..." so that a young person can answer on the
# scale of independence below. Keep them short and plain: one skill each,
# in simple Persian that Dari speakers also understand.

## Answer scale (value 1 to 5, or skip)

# Translators: these five answers are ONE scale of independence: how much help
# the young person needs to do the thing today. They are not about how often
# (avoid words like "often", "usually", "mostly") and not about how well.
# 1 = cannot do it yet; 2, 3 and 4 = can do it with less and less help;
# 5 = can do it with no help at all. Use the same words wherever the scale
# appears, and forms that fit every gender.
scale-1 = هنوز نه
scale-2 = با کمک زیاد
scale-3 = با مقداری کمک
scale-4 = با کمی کمک
scale-5 = بله، خودم به تنهایی
# Shown in the list of answers for a statement the young person skipped.
scale-skipped = بدون جواب

## Result bands

band-work-on = بیایید روی این کار کنیم
band-growing = در حال پیشرفت
band-strong = قوی
band-too-few = جواب‌ها برای نتیجه گرفتن کافی نیست

## 1. Education

q-education-find-course = می‌توانم دوره یا آموزشی پیدا کنم که برای کاری که می‌خواهم بکنم مناسب باشد.
q-education-learning-so-far = می‌توانم بگویم تا حالا چه چیزهایی یاد گرفته‌ام، در مدرسه و بیرون از آن.
q-education-enrol = می‌توانم در یک دوره ثبت‌نام کنم.
q-education-certificates = می‌توانم کارنامه‌ها و گواهی‌نامه‌هایم را در یک جای امن نگه دارم.
q-education-study-plan = می‌توانم هفته‌ام را طوری برنامه‌ریزی کنم که برای درس خواندن وقت داشته باشم.
q-education-ask-support = وقتی درس‌هایم سخت است، می‌توانم از یک معلم کمک بخواهم.
q-education-language-class = می‌توانم کلاسی برای بهتر کردن زبان محلی پیدا کنم.

## 2. Community participation and interpersonal relationships

q-community-support-network = می‌توانم کسانی را نام ببرم که برای کمک‌های مختلف می‌توانم به آن‌ها مراجعه کنم.
q-community-keep-in-touch = می‌توانم با کسانی که برایم مهم هستند در تماس بمانم.
q-community-new-people = می‌توانم با کسی که تازه می‌بینم سر صحبت را باز کنم.
q-community-local-activity = می‌توانم یک باشگاه، گروه یا فعالیت نزدیک محل زندگی‌ام پیدا کنم.
q-community-solve-conflict = می‌توانم یک اختلاف را با آرامش حل کنم.
q-community-say-no = وقتی کسی به من فشار می‌آورد کاری بکنم که نمی‌خواهم، می‌توانم «نه» بگویم.
q-community-plan-journey = می‌توانم رفتن با اتوبوس، تراموا یا قطار به جایی را که تا حالا نرفته‌ام برنامه‌ریزی کنم.
q-community-travel-ticket = می‌توانم بلیت مناسب برای اتوبوس، تراموا یا قطار بخرم.

## 3. Health

q-health-register-doctor = می‌توانم نزد یک دکتر ثبت‌نام کنم.
q-health-book-appointment = می‌توانم از دکتر وقت بگیرم.
q-health-choose-service = وقتی مریض هستم، می‌توانم انتخاب کنم کجا بروم: داروخانه، دکتر یا بیمارستان.
q-health-emergency = می‌توانم به شمارهٔ اضطراری زنگ بزنم و بگویم چه اتفاقی افتاده و کجا هستم.
q-health-medicine-label = می‌توانم طبق دستور روی برچسب دارو عمل کنم.
q-health-mental-help = وقتی خیلی غمگین یا نگران هستم یا استرس دارم، می‌توانم کمک پیدا کنم.
q-health-cook-meal = می‌توانم یک غذای ساده و سالم بپزم.
q-health-food-shopping = می‌توانم با پولی که دارم، غذای یک هفته را بخرم.

## 4. Communication and cultural awareness

q-communication-local-language = می‌توانم گفت‌وگوهای روزمره را به زبان محلی پیش ببرم.
q-communication-phone-call = می‌توانم به یک اداره زنگ بزنم.
q-communication-formal-message = می‌توانم یک ایمیل کوتاه و مؤدبانه به یک اداره بنویسم.
q-communication-interpreter = وقتی مترجم لازم دارم، می‌توانم مترجم بخواهم.
q-communication-greetings = می‌توانم به شیوه‌ای که اینجا رایج است به مردم سلام کنم.
q-communication-misunderstanding = می‌توانم سوءتفاهم با کسی از فرهنگی دیگر را برطرف کنم.
q-communication-own-culture = می‌توانم یکی از رسم‌های فرهنگ خودم را برای کسی که آن را نمی‌شناسد توضیح دهم.
q-communication-online-sharing = می‌توانم تصمیم بگیرم که گذاشتن چه چیزهایی دربارهٔ خودم در اینترنت امن است.

## 5. Career and employment

q-career-my-skills = می‌توانم پنج چیز را که در آن‌ها خوب هستم نام ببرم.
q-career-cv = می‌توانم رزومه بنویسم.
q-career-cv-adapt = می‌توانم رزومه‌ام را مطابق یک آگهی کار تغییر دهم.
q-career-find-jobs = می‌توانم آگهی‌های کار مناسب خودم را پیدا کنم.
q-career-interview = می‌توانم در مصاحبهٔ کاری به سؤال‌های رایج جواب بدهم.
q-career-contract = می‌توانم مزد و ساعت‌های کار را در قرارداد کار پیدا کنم.
q-career-rights-at-work = وقتی در محل کار چیزی درست به نظر نمی‌رسد، می‌توانم بفهمم از چه کسی بپرسم.

## 6. Financial and money management skills

q-finance-bank-account = می‌توانم بررسی کنم چه پولی به حساب بانکی‌ام آمده و چه پولی از آن رفته است.
q-finance-monthly-budget = می‌توانم برای یک ماه بودجه‌بندی کنم.
q-finance-needs-wants = وقتی پول خرج می‌کنم، می‌توانم فرق چیزی را که لازم دارم با چیزی که فقط دلم می‌خواهد تشخیص دهم.
q-finance-pay-bills = می‌توانم یک قبض را پیش از تمام شدن مهلتش بپردازم.
q-finance-save = می‌توانم هر ماه کمی پول پس‌انداز کنم.
q-finance-scams = می‌توانم کلاهبرداری یا یک پیشنهاد پرخطر را تشخیص دهم.
q-finance-debt-help = وقتی مشکل پولی دارم، می‌توانم مشاورهٔ رایگان پیدا کنم.

## 7. Self-determination, autonomy skills and teenagers' development

q-self-determination-values = می‌توانم بگویم چه چیزی در زندگی برایم از همه مهم‌تر است.
q-self-determination-first-step = می‌توانم قدم اول به سوی یک هدف را برنامه‌ریزی کنم.
q-self-determination-decisions = می‌توانم پیش از تصمیم گرفتن، جنبه‌های خوب و بد را بسنجم.
q-self-determination-speak-up = در جلسه‌هایی که دربارهٔ برنامه‌های من است، می‌توانم بگویم چه می‌خواهم.
q-self-determination-get-up = می‌توانم بدون اینکه کسی بیدارم کند، سر وقت بیدار شوم.
q-self-determination-stress = وقتی استرس دارم، می‌توانم خودم را آرام کنم.
q-self-determination-know-rights = می‌توانم بفهمم بعد از ۱۸ سالگی حق چه حمایت‌هایی را دارم.
q-self-determination-online-services = می‌توانم برای انجام یک کار روزمره، مثل گرفتن وقت، از یک وب‌سایت استفاده کنم.

## 8. Bureaucracy, legislation and networking

q-bureaucracy-documents-safe = می‌توانم مدارک مهمم را در یک جای امن نگه دارم.
q-bureaucracy-expiry-dates = می‌توانم پیگیری کنم که اعتبار مدارکم کی تمام می‌شود.
q-bureaucracy-renew = می‌توانم تمدید یک مدرک را پیش از تمام شدن اعتبارش شروع کنم.
q-bureaucracy-read-letters = می‌توانم بفهمم یک نامهٔ رسمی از من می‌خواهد چه کاری بکنم.
q-bureaucracy-fill-forms = می‌توانم یک فرم رسمی را پر کنم.
q-bureaucracy-public-offices = می‌توانم برای وقت ملاقات در یک ادارهٔ دولتی آماده شوم.
q-bureaucracy-legal-advice = می‌توانم مشاورهٔ حقوقی رایگان پیدا کنم.

## 9. Housing

q-housing-options = می‌توانم بفهمم بعد از بیرون آمدن از مرکز مراقبتی، در چه نوع خانه‌هایی می‌توانم زندگی کنم.
q-housing-must-haves = می‌توانم بگویم در خانهٔ بعدی‌ام بیشتر از همه به چه چیزی نیاز دارم.
q-housing-afford-rent = می‌توانم حساب کنم که توان پرداخت چه مقدار اجاره را دارم.
q-housing-rental-agreement = می‌توانم مبلغ اجاره، ودیعه و مهلت خبر دادن پیش از تخلیه را در قرارداد اجاره پیدا کنم.
q-housing-keep-clean = می‌توانم خانه‌ام را تمیز نگه دارم.
q-housing-neighbours = می‌توانم مشکلی را که با یک همسایه دارم با آرامش حل کنم.
q-housing-repairs = می‌توانم خرابی خانه را به صاحب‌خانه خبر بدهم.
q-housing-risk-help = اگر خطر از دست دادن خانه‌ام باشد، می‌توانم زود کمک پیدا کنم.

## The online self-assessment page

assessment-privacy-heading = پیش از شروع
assessment-privacy = جواب‌های شما فقط برای امتیازدهی فرستاده می‌شوند و بعد فراموش می‌شوند. ما هیچ چیزی ذخیره نمی‌کنیم و نام شما را نمی‌پرسیم. هیچ چیزی روی این دستگاه نمی‌ماند، مگر اینکه خودتان یک فایل ذخیره کنید.
assessment-instructions = هر جمله را بخوانید و انتخاب کنید که امروز برای انجام آن چقدر به کمک نیاز دارید. جواب درست یا غلط وجود ندارد. می‌توانید از هر جمله‌ای بگذرید.
assessment-start = شروع
assessment-progress = ستون { $current } از { $total }
assessment-previous = برگشت
assessment-next = بعدی
assessment-submit = دیدن نتیجه‌هایم
assessment-sending = در حال امتیازدهی به جواب‌های شما…
assessment-offline = نتوانستیم به سرویس امتیازدهی وصل شویم. اتصال اینترنت خود را بررسی کنید و دوباره امتحان کنید. جواب‌هایتان هنوز اینجا هستند.
assessment-error = در جواب‌ها مشکلی پیش آمد. لطفاً دوباره از اول شروع کنید.
assessment-results-heading = نتیجه‌های شما
assessment-results-intro = این تصویری است که امروز از خودتان در هر یک از ۹ ستون دارید. دربارهٔ آن با منتورتان حرف بزنید: با هم می‌توانید انتخاب کنید که اول روی چه چیزی کار کنید.
assessment-chart-label = امتیاز شما در هر ستون، از ۰ تا ۱۰۰
assessment-strengths = نقاط قوت شما
assessment-work-on = اول روی این‌ها کار کنید
assessment-work-on-intro = حداکثر سه ستون، اول ضعیف‌ترین. شما و منتورتان می‌توانید آن‌ها را تغییر دهید.
assessment-work-on-choose = حداکثر سه ستون را انتخاب کنید که اول رویشان کار کنید
assessment-work-on-none = هیچ ستونی نیست که لازم باشد اول رویش کار کنید. اگر می‌خواهید، یکی از ستون‌های پایین را انتخاب کنید.
assessment-score = { $score } از ۱۰۰
assessment-answered = { $count ->
    [one] { $count } جواب
   *[other] { $count } جواب
}
assessment-read-guide = خواندن راهنما
assessment-see-workshops = کارگاه‌ها برای منتورها
# The workshops that build the skills the young person rated lowest in a pillar.
assessment-workshops-heading = کارگاه‌هایی برای مهارت‌هایی که کمترین امتیاز را به آن‌ها دادید
assessment-no-workshop = هنوز کارگاهی برای این مهارت وجود ندارد: راهنما را بخوانید.
# After a link to a page that is not translated yet; $language is the name of
# the language it is shown in, e.g. "English".
assessment-in-language = به { $language }
assessment-answers-heading = جواب‌های شما
assessment-answers-intro = همهٔ جمله‌ها و جوابی که انتخاب کردید، ستون به ستون.
assessment-print = چاپ نتیجه‌هایم
assessment-save = ذخیرهٔ نتیجه‌هایم به شکل فایل
assessment-restart = شروع دوباره
assessment-forget-note = وقتی این صفحه را ببندید، نتیجه‌هایتان از بین می‌روند. اگر می‌خواهید آن‌ها را نگه دارید، اول چاپشان کنید یا یک فایل ذخیره کنید.

## Saving the results in a file

save-heading = نتیجه‌هایتان را نگه دارید
save-intro = فایل روی همین گوشی یا کامپیوتر می‌ماند، همان جایی که ذخیره‌اش می‌کنید. بدون اینترنت باز می‌شود. هیچ کس دیگری نسخه‌ای از آن نمی‌گیرد.
save-passphrase-label = رمز (اختیاری)
save-passphrase-hint = روی گوشی مشترک، یک رمز انتخاب کنید: آن وقت فایل فقط با آن رمز باز می‌شود. هیچ کس نمی‌تواند رمزی را که فراموش شده است برگرداند.
save-include-plan = برنامه و یادداشت‌هایم را هم در فایل بگذار
save-button = ذخیرهٔ فایل
save-done = ذخیره شد. فایل را در دانلودهایتان پیدا کنید.
save-file-title = نتیجه‌های خودارزیابی من
save-file-date = تاریخ جواب دادن: { $date }
save-file-version = نسخهٔ سؤال‌ها: { $version }
save-locked-intro = این فایل با رمز قفل شده است.
save-unlock = باز کردن
save-wrong-passphrase = این رمز فایل را باز نمی‌کند. دوباره امتحان کنید.
save-open-site = باز کردن خودارزیابی

## Progress over time

progress-heading = پیشرفتتان را ببینید
progress-intro = یک یا چند فایل نتیجه را که قبلاً ذخیره کرده‌اید باز کنید. این فایل‌ها فقط روی همین دستگاه خوانده می‌شوند و هرگز به اینترنت فرستاده نمی‌شوند.
progress-choose = انتخاب فایل‌های نتیجه
progress-pillar = ستون
progress-not-results = فایل { $file } فایل نتیجهٔ این سایت نیست.
progress-passphrase = فایل { $file } قفل است. رمزش را بنویسید:
progress-other-version = بعضی فایل‌ها نسخهٔ دیگری از سؤال‌ها را دارند: امتیاز ستون‌ها را با هم مقایسه کنید، نه تک‌تک جواب‌ها را.
progress-now = امروز

## Handing the results to the mentor's phone

handover-heading = نتیجه‌هایتان را روی گوشی منتورتان نشان دهید
handover-intro = منتورتان این کد را با دوربین گوشی اسکن می‌کند. جواب‌های شما داخل لینک منتقل می‌شوند، بعد از علامت #، و مرورگرها هرگز این بخش را به سرور نمی‌فرستند. بعد صفحه‌ای که روی گوشی منتورتان باز می‌شود آن‌ها را برای امتیازدهی می‌فرستد، همان‌طور که این صفحه فرستاد. لینک در تاریخچهٔ مرورگر گوشی‌ای که آن را باز می‌کند می‌ماند.
handover-show = نشان دادن کد
handover-history = روی گوشی مشترک، وقتی کارتان تمام شد این صفحه را از تاریخچهٔ مرورگر پاک کنید.
handover-received = این نتیجه‌ها از یک لینک آمده‌اند. وقتی کارتان تمام شد، این صفحه را از تاریخچهٔ مرورگر پاک کنید.
handover-other-version = این پیوند برای نسخهٔ دیگری از پرسش‌ها ساخته شده و اینجا باز نمی‌شود. یک کد تازه بخواهید.

## The mentor's view

mentor-heading = نگاه منتور
mentor-intro = منتور: همین جمله‌ها را برای ستون‌هایی که بالا انتخاب شده‌اند امتیاز دهید، همان‌طور که امروز جوان را می‌بینید. امتیازهای شما هرگز جایی فرستاده نمی‌شوند و در مرورگر هم نگه داشته نمی‌شوند: در همین صفحه می‌مانند تا وقتی که بسته شود.
mentor-start = افزودن امتیازهای منتور
mentor-done = مقایسهٔ جواب‌هایمان
mentor-compare-heading = کنار هم
mentor-differ-heading = اول دربارهٔ این‌ها حرف بزنید
mentor-differ-intro = در این جمله‌ها، امتیازهای شما دو درجه یا بیشتر با هم فرق دارد.
mentor-differ-none = در همهٔ جمله‌ها، امتیازهای شما به هم نزدیک است.
mentor-print-toolkit = چاپ جعبه‌ابزار منتور با این جواب‌ها

## The plan

plan-heading = برنامهٔ من
plan-intro = انتخاب کنید روی چه چیزی کار کنید و آن را با کلمات خودتان بنویسید. آنچه می‌نویسید هرگز جایی فرستاده نمی‌شود و در مرورگر هم نگه داشته نمی‌شود: در همین صفحه می‌ماند تا وقتی که بسته شود، مگر اینکه آن را در فایلتان ذخیره کنید.
plan-goal = هدف من
plan-helper = چه کسی به من کمک می‌کند
plan-workshop = کارگاه‌هایی که در آن‌ها شرکت می‌کنم
plan-review = تاریخ نگاه دوباره به این برنامه
plan-print = چاپ برنامه‌ام

## The mentor's offline toolkit

toolkit-statement = جمله
toolkit-young-person = جوان
toolkit-mentor = منتور
toolkit-observe = به چه چیزهایی توجه کنید
toolkit-talk = سؤال‌هایی برای شروع گفت‌وگو
toolkit-notes = یادداشت‌ها و قدم‌های بعدی که بر سرشان توافق شد
toolkit-date = تاریخ

toolkit-education-observe-1 = آیا دربارهٔ مدرسه یا آموزش با علاقه حرف می‌زند، با نگرانی، یا ساکت می‌ماند؟
toolkit-education-observe-2 = آیا وقتی از او خواسته شود، می‌تواند گواهی‌نامه‌ها و کارنامه‌هایش را پیدا کند؟
toolkit-education-observe-3 = در زندگی روزمره با تکلیف‌ها و مهلت‌ها چطور کنار می‌آید؟
toolkit-education-talk-1 = از یاد گرفتن چه چیزهایی لذت بردید، اینجا یا در کشور خودتان؟
toolkit-education-talk-2 = اگر می‌توانستید امسال یک چیز یاد بگیرید، آن چه بود؟
toolkit-education-talk-3 = الان چه چیزی درس خواندن را برایتان سخت می‌کند؟

toolkit-community-observe-1 = وقتی دربارهٔ هفته‌اش حرف می‌زند، اسم چه کسانی را می‌آورد؟
toolkit-community-observe-2 = آیا بیرون از مرکز مراقبتی در فعالیتی شرکت دارد؟
toolkit-community-observe-3 = با اختلاف با جوانان دیگر یا کارکنان چطور برخورد می‌کند؟
toolkit-community-talk-1 = اگر خبر خوبی داشتید، به چه کسی زنگ می‌زدید؟ و اگر خبر بدی داشتید؟
toolkit-community-talk-2 = کدام آدم‌های اینجا بعد از ۱۸ سالگی هم در زندگی‌تان می‌مانند؟
toolkit-community-talk-3 = آیا گروه یا جایی هست که حس کنید به آن تعلق دارید؟

toolkit-health-observe-1 = آیا اسم دکترش را می‌داند، و می‌داند چطور با او تماس بگیرد؟
toolkit-health-observe-2 = آیا منظم می‌خوابد و غذا می‌خورد؟
toolkit-health-observe-3 = آیا نشانه‌هایی از استرس، ناراحتی یا دردی دارد که درباره‌اش حرف نمی‌زند؟
toolkit-health-talk-1 = وقتی مریض می‌شوید چه کار می‌کنید؟
toolkit-health-talk-2 = چه چیزی کمکتان می‌کند آرام شوید؟
toolkit-health-talk-3 = آیا چیزی دربارهٔ سلامتتان هست که بخواهید بهتر بفهمید؟

toolkit-communication-observe-1 = در چه موقعیت‌هایی زبان محلی را با اعتمادبه‌نفس به کار می‌برد؟
toolkit-communication-observe-2 = آیا از تلفن زدن یا رفتن به اداره‌ها دوری می‌کند؟
toolkit-communication-observe-3 = دربارهٔ فرهنگ و زبان خودش چطور حرف می‌زند؟
toolkit-communication-talk-1 = کی یک گفت‌وگو در اینجا برایتان سخت بود؟ چه اتفاقی افتاد؟
toolkit-communication-talk-2 = کدام رسم‌های اینجا هنوز برایتان عجیب است؟
toolkit-communication-talk-3 = چه چیزی از فرهنگتان را می‌خواهید نگه دارید؟

toolkit-career-observe-1 = در زندگی روزمره چه مهارت‌هایی نشان می‌دهد: آشپزی، تعمیر کردن، مراقبت از دیگران، نظم دادن به کارها؟
toolkit-career-observe-2 = آیا تجربهٔ کاری دارد، با مزد یا بدون مزد؟
toolkit-career-observe-3 = در برابر دستورها و بازخوردها چه واکنشی نشان می‌دهد؟
toolkit-career-talk-1 = دوست دارید پنج سال دیگر چه کاری بکنید؟
toolkit-career-talk-2 = به خوب بودن در چه کاری افتخار می‌کنید؟
toolkit-career-talk-3 = دربارهٔ حق کار کردنتان در اینجا چه می‌دانید؟

toolkit-finance-observe-1 = پول جیبی یا کمک‌هزینه‌اش را چطور خرج می‌کند؟
toolkit-finance-observe-2 = آیا برای فرستادن پول به خانواده یا پس دادن یک بدهی زیر فشار است؟
toolkit-finance-observe-3 = آیا می‌تواند یک رسید، یک قبض یا صورت‌حساب بانکی را بخواند؟
toolkit-finance-talk-1 = بیشتر پولتان را خرج چه می‌کنید؟
toolkit-finance-talk-2 = اگر می‌توانستید، برای چه چیزی پس‌انداز می‌کردید؟
toolkit-finance-talk-3 = آیا تا حالا کسی از شما خواسته که حساب بانکی یا کارتتان را برای او به کار ببرید؟

toolkit-self-determination-observe-1 = آیا خودش برای خودش انتخاب می‌کند، یا منتظر می‌ماند دیگران تصمیم بگیرند؟
toolkit-self-determination-observe-2 = آیا بدون یادآوری، برنامهٔ روزانه‌اش را نگه می‌دارد؟
toolkit-self-determination-observe-3 = در جلسه‌هایی که دربارهٔ برنامه‌های اوست، چطور حرف می‌زند؟
toolkit-self-determination-talk-1 = وقتی ۲۰ ساله باشید، یک روز خوب برایتان چه شکلی است؟
toolkit-self-determination-talk-2 = از تصمیمی برایم بگویید که به آن افتخار می‌کنید.
toolkit-self-determination-talk-3 = دوست دارید بزرگ‌ترها دیگر دربارهٔ چه چیزهایی به جای شما تصمیم نگیرند؟

toolkit-bureaucracy-observe-1 = آیا می‌داند مدارکش کجاست، و از آن‌ها کپی نگه می‌دارد؟
toolkit-bureaucracy-observe-2 = آیا می‌داند اعتبار اجازهٔ اقامت یا مدارکش کی تمام می‌شود؟
toolkit-bureaucracy-observe-3 = با نامه‌های رسمی چه کار می‌کند: بازشان می‌کند، نادیده‌شان می‌گیرد، یا پیش کارکنان می‌آورد؟
toolkit-bureaucracy-talk-1 = کدام مدرک بیشتر از همه نگرانتان می‌کند؟
toolkit-bureaucracy-talk-2 = تا حالا خودتان تنهایی به کدام اداره رفته‌اید؟
toolkit-bureaucracy-talk-3 = اگر نامه‌ای بگیرید که آن را نفهمید، از چه کسی می‌پرسید؟

toolkit-housing-observe-1 = آیا اتاقش را تمیز و امن نگه می‌دارد؟
toolkit-housing-observe-2 = آیا هزینهٔ واقعی اجاره و قبض‌ها را در این منطقه می‌داند؟
toolkit-housing-observe-3 = با کسانی که با آن‌ها هم‌خانه است، چطور کنار می‌آید؟
toolkit-housing-talk-1 = دوست دارید بعد از بیرون آمدن از مرکز مراقبتی کجا زندگی کنید، و با چه کسی؟
toolkit-housing-talk-2 = چه چیزی یک جا را برایتان مثل خانه می‌کند؟
toolkit-housing-talk-3 = اگر یک ماه نتوانید اجاره را بپردازید، چه کار می‌کنید؟

## Pillar names (the titles of the pillar guides)

pillar-education = آموزش
pillar-community = مشارکت اجتماعی و روابط میان‌فردی
pillar-health = سلامت
pillar-communication = ارتباط و آگاهی فرهنگی
pillar-career = شغل و اشتغال
pillar-finance = مهارت‌های مالی و مدیریت پول
pillar-self-determination = خودمختاری، مهارت‌های استقلال و رشد نوجوانان
pillar-bureaucracy = کارهای اداری، قوانین و شبکه‌سازی
pillar-housing = مسکن
