# The self-assessment and the mentor's offline toolkit: Persian (fa), draft translation.
# Translated from locales/en/assessment.ftl. Keep the ids and the { $variables } as they are.
# Persian plural categories (CLDR): one, other.
# Statements are written as "I can..." / "I know..." so that a young person
# can answer from "not yet" to "yes, on my own". Keep them short and plain,
# in simple Persian that Dari speakers also understand.

## Answer scale (value 1 to 5, or skip)

scale-1 = هنوز نه
scale-2 = کمی
scale-3 = با کمک
scale-4 = بیشتر وقت‌ها
scale-5 = بله، خودم به تنهایی
scale-skip = از این جمله بگذرید

## Result bands

band-work-on = بیایید روی این کار کنیم
band-growing = در حال پیشرفت
band-strong = قوی
band-too-few = جواب‌ها برای نتیجه گرفتن کافی نیست

## 1. Education

q-education-find-course = می‌دانم چطور دوره یا مدرسه‌ای پیدا کنم که با کاری که می‌خواهم بکنم جور باشد.
q-education-enrol = می‌توانم در یک دوره ثبت‌نام کنم، با فرم‌ها و مدارکی که لازم دارد.
q-education-certificates = کارنامه‌ها و گواهی‌نامه‌هایم را جای امنی نگه می‌دارم، و می‌دانم چطور از آن‌ها کپی بگیرم.
q-education-study-plan = می‌توانم هفته‌ام را طوری برنامه‌ریزی کنم که برای درس خواندن وقت داشته باشم.
q-education-ask-support = می‌دانم وقتی در مدرسه یا آموزشگاه مشکل دارم، از چه کسی کمک بخواهم.
q-education-language-class = می‌دانم کجا کلاس‌هایی برای بهتر کردن زبان محلی پیدا کنم.

## 2. Community participation and interpersonal relationships

q-community-trusted-adults = دست‌کم دو بزرگسال دارم که به آن‌ها اعتماد دارم و می‌توانم به آن‌ها زنگ بزنم.
q-community-friends = دوستانی دارم که می‌توانم وقت آزادم را با آن‌ها بگذرانم.
q-community-local-activity = در یک باشگاه، گروه یا فعالیت نزدیک محل زندگی‌ام شرکت می‌کنم.
q-community-solve-conflict = می‌توانم یک اختلاف را با آرامش حل کنم.
q-community-say-no = وقتی کسی از من می‌خواهد کاری بکنم که نمی‌خواهم، می‌توانم «نه» بگویم.
q-community-ask-help = می‌دانم وقتی کمک لازم دارم، در منطقه‌ام به کجا بروم.

## 3. Health

q-health-register-doctor = می‌دانم چطور نزد یک دکتر ثبت‌نام کنم.
q-health-book-appointment = می‌توانم خودم از دکتر وقت بگیرم.
q-health-emergency = شمارهٔ اضطراری را می‌دانم، و می‌دانم چه وقت از آن استفاده کنم.
q-health-medicines = می‌دانم داروهایم را چطور مصرف کنم، و چطور دوباره دارو بگیرم.
q-health-mental-help = می‌دانم اگر خیلی غمگین یا نگران باشم یا استرس داشته باشم، از کجا کمک بگیرم.
q-health-daily-habits = طوری می‌خوابم، غذا می‌خورم و تحرک دارم که سالم بمانم.

## 4. Communication and cultural awareness

q-communication-local-language = می‌توانم گفت‌وگوهای روزمره را به زبان محلی پیش ببرم.
q-communication-phone-call = می‌توانم به یک اداره یا به دکتر زنگ بزنم.
q-communication-formal-message = می‌توانم یک پیام یا ایمیل کوتاه و مؤدبانه به یک اداره بنویسم.
q-communication-interpreter = می‌دانم وقتی مترجم لازم دارم، چطور مترجم بخواهم.
q-communication-local-customs = قانون‌های نانوشتهٔ اینجا را می‌فهمم، مثل سر وقت رسیدن یا اینکه چطور به مردم سلام کنم.
q-communication-own-culture = می‌توانم در زندگی تازه‌ام زبان، دین و رسم‌های خودم را زنده نگه دارم.

## 5. Career and employment

q-career-my-skills = می‌توانم مهارت‌هایم و کارهایی را که در آن‌ها خوب هستم نام ببرم.
q-career-cv = رزومه‌ای دارم که می‌توانم آن را برای هر کار تغییر دهم.
q-career-find-jobs = می‌دانم کجا دنبال کار، آموزش یا کارآموزی بگردم.
q-career-interview = می‌توانم برای مصاحبهٔ کاری آماده شوم.
q-career-contract = می‌توانم یک قرارداد کار را بخوانم و مزد، ساعت‌های کار و مدت قرارداد را در آن پیدا کنم.
q-career-rights-at-work = حقوق اصلی‌ام را در محل کار می‌دانم، و می‌دانم اگر مشکلی پیش بیاید از چه کسی بپرسم.

## 6. Financial and money management skills

q-finance-bank-account = حساب بانکی دارم و می‌دانم چطور از آن استفاده کنم.
q-finance-monthly-budget = می‌توانم برای یک ماه بودجه‌بندی کنم.
q-finance-pay-bills = می‌دانم چطور قبض‌ها و اجاره را سر وقت بپردازم.
q-finance-save = می‌توانم کمی پول برای چیزهایی که بعداً لازم دارم پس‌انداز کنم.
q-finance-scams = می‌توانم کلاهبرداری، یا پیشنهادی را که آن‌قدر خوب است که باورکردنی نیست، تشخیص دهم.
q-finance-debt-help = می‌دانم اگر مشکل پولی یا بدهی داشته باشم، از کجا مشاورهٔ رایگان بگیرم.

## 7. Self-determination, autonomy skills and teenagers' development

q-self-determination-goals = برای آینده‌ام هدف‌هایی دارم، و می‌دانم قدم‌های اول به سوی آن‌ها چیست.
q-self-determination-decisions = می‌توانم با سنجیدن جنبه‌های خوب و بد، تصمیم بگیرم.
q-self-determination-speak-up = در جلسه‌هایی که دربارهٔ برنامه‌های من است، می‌توانم بگویم چه می‌خواهم.
q-self-determination-routine = می‌توانم یک برنامهٔ روزانه را نگه دارم: بیدار شدن، آشپزی، تمیزکاری، سر وقت رسیدن.
q-self-determination-stress = می‌دانم وقتی استرس دارم یا عصبانی هستم، چه چیزی به من کمک می‌کند.
q-self-determination-know-rights = می‌دانم بعد از 18 سالگی حق چه حمایت‌هایی را دارم.

## 8. Bureaucracy, legislation and networking

q-bureaucracy-documents-safe = مدارک مهمم را همراه با کپی‌هایشان جای امنی نگه می‌دارم.
q-bureaucracy-permit-dates = می‌دانم اعتبار اجازهٔ اقامت یا مدارک دیگرم کی تمام می‌شود، و چطور آن‌ها را تمدید کنم.
q-bureaucracy-read-letters = می‌توانم یک نامهٔ رسمی را بفهمم، یا می‌دانم چه کسی می‌تواند در خواندنش به من کمک کند.
q-bureaucracy-fill-forms = می‌توانم یک فرم را پر کنم، یا برای پر کردنش کمک بخواهم.
q-bureaucracy-public-offices = می‌دانم هر ادارهٔ دولتی به چه کارهایی رسیدگی می‌کند.
q-bureaucracy-legal-advice = می‌دانم کجا مشاورهٔ حقوقی رایگان بگیرم.

## 9. Housing

q-housing-options = می‌دانم بعد از بیرون آمدن از مرکز مراقبتی، در چه نوع خانه‌هایی می‌توانم زندگی کنم.
q-housing-afford-rent = می‌دانم با درآمدم چقدر اجاره می‌توانم بدهم.
q-housing-rental-contract = نکته‌های اصلی یک قرارداد اجاره را می‌فهمم.
q-housing-tenant-duties = می‌دانم مستأجر چه کارهایی باید بکند: اجاره را بپردازد، خانه را تمیز نگه دارد، به همسایه‌ها احترام بگذارد.
q-housing-repairs = می‌دانم چطور خرابی خانه را به صاحب‌خانه خبر بدهم.
q-housing-risk-help = می‌دانم اگر خطر از دست دادن خانه‌ام باشد، به کجا بروم.

## The online self-assessment page

assessment-privacy-heading = پیش از شروع
assessment-privacy = جواب‌های شما فقط برای امتیازدهی فرستاده می‌شوند و بعد فراموش می‌شوند. ما هیچ چیزی ذخیره نمی‌کنیم، نام شما را نمی‌پرسیم، و هیچ چیزی روی این دستگاه نمی‌ماند، مگر اینکه خودتان آن را ذخیره کنید.
assessment-instructions = هر جمله را بخوانید و انتخاب کنید که امروز چقدر دربارهٔ شما درست است. جواب درست یا غلط وجود ندارد. می‌توانید از هر جمله‌ای بگذرید.
assessment-start = شروع
assessment-progress = ستون { $current } از { $total }
assessment-previous = برگشت
assessment-next = بعدی
assessment-submit = دیدن نتیجه‌هایم
assessment-sending = در حال امتیازدهی به جواب‌های شما…
assessment-offline = نتوانستیم به سرویس امتیازدهی وصل شویم. اتصال اینترنت خود را بررسی کنید و دوباره امتحان کنید. جواب‌هایتان هنوز اینجا هستند.
assessment-error = در جواب‌ها مشکلی پیش آمد. لطفاً دوباره از اول شروع کنید.
assessment-results-heading = نتیجه‌های شما
assessment-results-intro = این تصویری است که امروز از خودتان در هر یک از 9 ستون دارید. دربارهٔ آن با منتورتان حرف بزنید: با هم می‌توانید انتخاب کنید که اول روی چه چیزی کار کنید.
assessment-chart-label = امتیاز شما در هر ستون، از 0 تا 100
assessment-strengths = نقاط قوت شما
assessment-work-on = ستون‌هایی که اول رویشان کار می‌کنید
assessment-score = { $score } از 100
assessment-answered = { $count ->
    [one] { $count } جواب
   *[other] { $count } جواب
}
assessment-read-guide = خواندن راهنما
assessment-see-workshops = کارگاه‌ها برای منتورها
assessment-print = چاپ نتیجه‌هایم
assessment-save = ذخیرهٔ نتیجه‌هایم به شکل فایل
assessment-restart = شروع دوباره
assessment-forget-note = وقتی این صفحه را ببندید، نتیجه‌هایتان از بین می‌روند. اگر می‌خواهید آن‌ها را نگه دارید، اول چاپشان کنید یا ذخیره‌شان کنید.

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
toolkit-community-talk-2 = کدام آدم‌های اینجا بعد از 18 سالگی هم در زندگی‌تان می‌مانند؟
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
toolkit-self-determination-talk-1 = وقتی 20 ساله باشید، یک روز خوب برایتان چه شکلی است؟
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
