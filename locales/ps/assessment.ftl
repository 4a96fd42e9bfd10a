# پښتو (ps): interface strings, a draft translation of locales/en/assessment.ftl.
# A native speaker has not reviewed it yet. See TRANSLATING.md.

# The self-assessment, its results, the plan, and the mentor's offline toolkit.
# Statements are written "I can ..." so that a young person can answer on the
# scale of independence below. Keep them short and plain: one skill each.

## Answer scale (value 1 to 5, or skip)

# Translators: these five answers are ONE scale of independence: how much help
# the young person needs to do the thing today. They are not about how often
# (avoid words like "often", "usually", "mostly") and not about how well.
# 1 = cannot do it yet; 2, 3 and 4 = can do it with less and less help;
# 5 = can do it with no help at all. Use the same words wherever the scale
# appears, and forms that fit every gender.
scale-1 = تر اوسه نه
scale-2 = له ډېرې مرستې سره
scale-3 = له یو څه مرستې سره
scale-4 = له لږې مرستې سره
scale-5 = هو، پخپله
# Shown in the list of answers for a statement the young person skipped.
scale-skipped = پرېښودل شوې

## Result bands

band-work-on = راځئ چې په دې کار وکړو
band-growing = د ودې په حال کې
band-strong = پیاوړې
band-too-few = د پایلې لپاره کافي ځوابونه نشته

## 1. Education

q-education-find-course = زه کولای شم داسې کورس یا روزنه پیدا کړم چې له هغه کار سره برابره وي چې زه یې کول غواړم.
q-education-learning-so-far = زه کولای شم ووایم چې تر اوسه مې څه زده کړي دي، په ښوونځي کې او له ښوونځي بهر.
q-education-enrol = زه کولای شم په یوه کورس کې نوم ولیکم.
q-education-certificates = زه کولای شم د ښوونځي د نتیجو پاڼې او تصدیقنامې په یوه خوندي ځای کې وساتم.
q-education-study-plan = زه کولای شم خپله اونۍ داسې پلان کړم چې د زده کړې لپاره وخت ولرم.
q-education-ask-support = زه کولای شم له ښوونکي مرسته وغواړم کله چې زده کړه راته ګرانه شي.
q-education-language-class = زه کولای شم د دې ځای د ژبې د ښه کولو لپاره یو ټولګی پیدا کړم.

## 2. Community participation and interpersonal relationships

q-community-support-network = زه کولای شم د هغو کسانو نومونه واخلم چې د بېلابېلو مرستو لپاره ورته ورتلای شم.
q-community-keep-in-touch = زه کولای شم له هغو کسانو سره اړیکه وساتم چې زما لپاره مهم دي.
q-community-new-people = زه کولای شم له یوه نوي کس سره خبرې پیل کړم.
q-community-local-activity = زه کولای شم خپل کور ته نږدې یو کلب، ډله یا فعالیت پیدا کړم.
q-community-solve-conflict = زه کولای شم یو اختلاف په ارامۍ حل کړم.
q-community-say-no = زه کولای شم «نه» ووایم کله چې څوک راباندې فشار راوړي چې داسې کار وکړم چې نه یې غواړم.
q-community-plan-journey = زه کولای شم په بس، ټرام یا اورګاډي داسې ځای ته د سفر پلان جوړ کړم چې مخکې مې نه دی لیدلی.
q-community-travel-ticket = زه کولای شم د بس، ټرام یا اورګاډي سم ټکټ واخلم.

## 3. Health

q-health-register-doctor = زه کولای شم له یوه ډاکټر سره خپل نوم ثبت کړم.
q-health-book-appointment = زه کولای شم له ډاکټر سره د لیدنې وخت واخلم.
q-health-choose-service = زه کولای شم د ناروغۍ پر وخت وټاکم چې چېرته لاړ شم: درملتون، ډاکټر یا روغتون.
q-health-emergency = زه کولای شم بېړنۍ شمېرې ته زنګ ووهم او ووایم چې څه پېښ شوي او زه چېرته یم.
q-health-medicine-label = زه کولای شم د درملو پر لیبل لیکلې لارښوونې پر ځای کړم.
q-health-mental-help = زه کولای شم مرسته پیدا کړم کله چې ډېر خپګان، اندېښنه یا فشار احساسوم.
q-health-cook-meal = زه کولای شم یو ساده او روغ خوراک پوخ کړم.
q-health-food-shopping = زه کولای شم په هغو پیسو چې لرم یې، د یوې اونۍ خواړه واخلم.

## 4. Communication and cultural awareness

q-communication-local-language = زه کولای شم د دې ځای په ژبه ورځنۍ خبرې وکړم.
q-communication-phone-call = زه کولای شم یوه دفتر ته ټیلیفون وکړم.
q-communication-formal-message = زه کولای شم یوه دفتر ته یو لنډ او مؤدبانه ایمېل ولیکم.
q-communication-interpreter = زه کولای شم د اړتیا پر وخت ژباړونکی وغواړم.
q-communication-greetings = زه کولای شم خلکو ته هغسې سلام واچوم لکه څنګه چې دلته دود دی.
q-communication-misunderstanding = زه کولای شم له داسې چا سره چې بل کلتور لري، یوه غلط فهمي لرې کړم.
q-communication-own-culture = زه کولای شم د خپل کلتور یو دود هغه چا ته تشریح کړم چې نه یې پېژني.
q-communication-online-sharing = زه کولای شم پرېکړه وکړم چې د ځان په اړه څه شی په انټرنېټ کې شریکول خوندي دي.

## 5. Career and employment

q-career-my-skills = زه کولای شم پنځه داسې شیان ووایم چې زه پکې ښه یم.
q-career-cv = زه کولای شم خپل ژوندلیک (CV) ولیکم.
q-career-cv-adapt = زه کولای شم خپل ژوندلیک د دندې له یوه اعلان سره برابر کړم.
q-career-find-jobs = زه کولای شم د دندو هغه اعلانونه پیدا کړم چې ما ته برابر وي.
q-career-interview = زه کولای شم د دندې په مرکه کې عامو پوښتنو ته ځواب ووایم.
q-career-contract = زه کولای شم د کار په قرارداد کې معاش او د کار ساعتونه پیدا کړم.
q-career-rights-at-work = زه کولای شم معلومه کړم چې له چا وپوښتم کله چې په کار کې یو شی سم نه ښکاري.

## 6. Financial and money management skills

q-finance-bank-account = زه کولای شم وګورم چې زما بانکي حساب ته څه راغلي او څه ترې وتلي دي.
q-finance-monthly-budget = زه کولای شم د یوې میاشتې لپاره بودیجه جوړه کړم.
q-finance-needs-wants = زه کولای شم د پیسو لګولو پر وخت اړتیا له هیلې بېله کړم.
q-finance-pay-bills = زه کولای شم یو بل تر وروستۍ نېټې مخکې ورکړم.
q-finance-save = زه کولای شم هره میاشت لږې پیسې وسپموم.
q-finance-scams = زه کولای شم یوه دوکه یا خطرناک وړاندیز وپېژنم.
q-finance-debt-help = زه کولای شم کله چې د پیسو ستونزې لرم، وړیا مشوره پیدا کړم.

## 7. Self-determination, autonomy skills and teenagers’ development

q-self-determination-values = زه کولای شم ووایم چې په ژوند کې زما لپاره تر ټولو مهم څه دي.
q-self-determination-first-step = زه کولای شم د یوې موخې په لور لومړی ګام پلان کړم.
q-self-determination-decisions = زه کولای شم مخکې له پرېکړې ښې او بدې خواوې وسنجوم.
q-self-determination-speak-up = زه کولای شم د خپلو پلانونو په اړه په غونډو کې ووایم چې څه غواړم.
q-self-determination-get-up = زه کولای شم پرته له دې چې څوک مې راویښ کړي، پر وخت پاڅېږم.
q-self-determination-stress = زه کولای شم کله چې فشار احساسوم، ځان ارام کړم.
q-self-determination-know-rights = زه کولای شم معلومه کړم چې له ۱۸ کلنۍ وروسته د کوم ملاتړ حق لرم.
q-self-determination-online-services = زه کولای شم د یوه ورځني کار لپاره یو وېبسایټ وکاروم، لکه د لیدنې وخت اخیستل.

## 8. Bureaucracy, legislation and networking

q-bureaucracy-documents-safe = زه کولای شم خپل مهم اسناد په یوه خوندي ځای کې وساتم.
q-bureaucracy-expiry-dates = زه کولای شم یاد وساتم چې زما د اسنادو اعتبار کله پای ته رسېږي.
q-bureaucracy-renew = زه کولای شم د یوه سند تمدید مخکې له دې پیل کړم چې اعتبار یې پای ته ورسېږي.
q-bureaucracy-read-letters = زه کولای شم پوه شم چې یو رسمي لیک له ما څه غواړي.
q-bureaucracy-fill-forms = زه کولای شم یوه رسمي فورمه ډکه کړم.
q-bureaucracy-public-offices = زه کولای شم په یوه دولتي دفتر کې د لیدنې لپاره ځان چمتو کړم.
q-bureaucracy-legal-advice = زه کولای شم وړیا حقوقي مشوره پیدا کړم.

## 9. Housing

q-housing-options = زه کولای شم معلومه کړم چې له پاملرنې وروسته په کوم ډول استوګنځایونو کې اوسېدای شم.
q-housing-must-haves = زه کولای شم ووایم چې په خپل راتلونکي کور کې تر ټولو ډېره اړتیا څه ته لرم.
q-housing-afford-rent = زه کولای شم حساب کړم چې څومره کرایه ورکولای شم.
q-housing-rental-agreement = زه کولای شم د کرایې په قرارداد کې کرایه، د ضمانت پیسې او د خبرتیا موده پیدا کړم.
q-housing-keep-clean = زه کولای شم خپل کور پاک وساتم.
q-housing-neighbours = زه کولای شم له یوه ګاونډي سره یوه ستونزه په ارامۍ حل کړم.
q-housing-repairs = زه کولای شم د کور خاوند ته خبر ورکړم چې یو شی ترمیم ته اړتیا لري.
q-housing-risk-help = زه کولای شم ژر مرسته پیدا کړم که چېرې د کور له لاسه ورکولو خطر وي.

## The online self-assessment page

assessment-privacy-heading = مخکې له پیله
assessment-privacy = ستاسو ځوابونه یوازې د نمرې ورکولو لپاره لېږل کېږي او بیا هېرېږي. موږ هېڅ شی نه ساتو او ستاسو نوم نه غواړو. په دې وسیله کې هېڅ شی نه ساتل کېږي، مګر دا چې تاسو پخپله یو فایل خوندي کړئ.
assessment-instructions = هره جمله ولولئ او وټاکئ چې نن یې د کولو لپاره څومره مرستې ته اړتیا لرئ. سم یا غلط ځواب نشته. هره جمله چې وغواړئ، پرېښودای یې شئ.
assessment-start = پیل
# $current (number): the pillar shown, from 1; $total (number): how many pillars there are (9).
assessment-progress = ستنه { $current } له { $total }
assessment-previous = شاته
assessment-next = بل
assessment-submit = خپلې پایلې وګورئ
assessment-sending = ستاسو ځوابونو ته نمرې ورکول کېږي…
assessment-offline = د نمرې ورکولو خدمت ته ونه رسېدو. خپل انټرنېټ وګورئ او بیا هڅه وکړئ. ستاسو ځوابونه لا دلته دي.
assessment-error = په ځوابونو کې یوه ستونزه پېښه شوه. مهرباني وکړئ بیا له سره پیل کړئ.
assessment-results-heading = ستاسو پایلې
assessment-results-intro = دا ښيي چې تاسو نن ځان په ۹ ستنو کې په هره یوه کې څنګه وینئ. له خپل منتور سره پرې خبرې وکړئ: یوځای کولای شئ وټاکئ چې لومړی په څه کار وکړئ.
assessment-chart-label = په هره ستنه کې ستاسو نمره، له ۰ تر ۱۰۰
assessment-strengths = ستاسو پیاوړې خواوې
assessment-work-on = لومړی په دې کار وکړئ
assessment-work-on-intro = تر درېیو ستنو پورې، تر ټولو کمزورې لومړی. تاسو او ستاسو منتور یې بدلولای شئ.
assessment-work-on-choose = تر درېیو ستنو پورې وټاکئ چې لومړی پرې کار وکړئ
assessment-work-on-none = هېڅ ستنه لومړیتوب نه لري. که غواړئ، لاندې یوه وټاکئ.
# $score (number): the pillar's score, from 0 to 100.
assessment-score = { $score } له ۱۰۰ څخه
# $count (number): how many statements the young person answered.
assessment-answered = { $count ->
    [one] { $count } ځواب
   *[other] { $count } ځوابونه
}
assessment-read-guide = لارښود ولولئ
assessment-see-workshops = د منتورانو لپاره ورکشاپونه
# The workshops that build the skills the young person rated lowest in a pillar.
assessment-workshops-heading = د هغو مهارتونو لپاره ورکشاپونه چې تاسو ورته تر ټولو ټیټه نمره ورکړې
assessment-no-workshop = د دې مهارت لپاره لا ورکشاپ نشته: لارښود ولولئ.
# After a link to a page that is not translated yet; $language is the name of
# the language it is shown in, e.g. "English".
assessment-in-language = په { $language }
assessment-answers-heading = ستاسو ځوابونه
assessment-answers-intro = هره جمله او هغه ځواب چې تاسو وټاکه، ستنه په ستنه.
assessment-print = خپلې پایلې چاپ کړئ
assessment-save = خپلې پایلې د فایل په توګه خوندي کړئ
assessment-restart = بیا پیل کړئ
assessment-forget-note = کله چې دا پاڼه وتړئ، ستاسو پایلې له منځه ځي. که یې ساتل غواړئ، لومړی یې چاپ کړئ یا یو فایل خوندي کړئ.

## Saving the results in a file

save-heading = خپلې پایلې وساتئ
save-intro = فایل په همدې ټیلیفون یا کمپیوټر کې پاتې کېږي، هلته چې تاسو یې خوندي کوئ. بې انټرنېټه پرانیستل کېږي. بل هېڅوک یې کاپي نه ترلاسه کوي.
save-passphrase-label = پټنوم (اختیاري)
save-passphrase-hint = په ګډ ټیلیفون کې یو پټنوم وټاکئ: بیا فایل یوازې په هغه پرانیستل کېږي. که پټنوم هېر کړئ، هېڅوک یې بېرته نه شي موندلای.
save-include-plan = خپل پلان او یادښتونه هم په فایل کې واچوئ
save-button = فایل خوندي کړئ
save-done = خوندي شو. فایل په خپلو ډاونلوډونو کې ولټوئ.
save-file-title = زما د ځان ارزونې پایلې
# $date (text): the day the answers were given, as YYYY-MM-DD.
save-file-date = ځوابونه په { $date } ورکړل شوي
# $version (text): the version of the questions, such as "2".
save-file-version = د پوښتنو نسخه { $version }
save-locked-intro = دا فایل په پټنوم قلف شوی دی.
save-unlock = پرانیستل
save-wrong-passphrase = دا پټنوم فایل نه پرانیزي. بیا هڅه وکړئ.
save-open-site = ځان ارزونه پرانیزئ

## Progress over time

progress-heading = خپل پرمختګ وګورئ
progress-intro = د پایلو یو یا څو هغه فایلونه پرانیزئ چې مخکې مو خوندي کړي وو. دا یوازې په همدې وسیله کې لوستل کېږي او هېڅکله چېرته نه لېږل کېږي.
progress-choose = د پایلو فایلونه وټاکئ
progress-pillar = ستنه
# $file (text): the name of the file the reader chose.
progress-not-results = { $file } د دې وېبسایټ د پایلو فایل نه دی.
# $file (text): the name of the file the reader chose.
progress-passphrase = { $file } قلف دی. پټنوم یې ولیکئ:
progress-other-version = ځینې فایلونه د پوښتنو بله نسخه کاروي: د ستنو نمرې سره پرتله کړئ، نه جلا جلا ځوابونه.
progress-now = نن

## Handing the results to the mentor's phone

handover-heading = خپلې پایلې د خپل منتور په ټیلیفون کې وښیئ
handover-intro = ستاسو منتور دا کوډ د ټیلیفون په کمرې سکن کوي. ستاسو ځوابونه د لینک دننه، د # نښې وروسته، ځي. براوزرونه دا برخه هېڅکله سرور ته نه لېږي. بیا د منتور په ټیلیفون کې پاڼه دا ځوابونه د نمرې لپاره لېږي، لکه څنګه چې دې پاڼې کړي وو. لینک د هغه ټیلیفون د براوزر په تاریخچه کې پاتې کېږي چې پرانیزي یې.
handover-show = کوډ وښیئ
handover-history = په ګډ ټیلیفون کې، کله چې کار مو خلاص شو، دا پاڼه د براوزر له تاریخچې ړنګه کړئ.
handover-received = دا پایلې له یوه لینک څخه راغلې دي. کله چې کار مو خلاص شو، دا پاڼه د براوزر له تاریخچې ړنګه کړئ.
# Shown when a hand-over link was made for another version of the questionnaire.
handover-other-version = دا لینک د پوښتنو د بلې نسخې لپاره جوړ شوی، نو دلته نه پرانیستل کېږي. نوی کوډ وغواړئ.

## The mentor's view

mentor-heading = د منتور نظر
mentor-intro = منتور ته: د پورته ټاکل شویو ستنو همدې جملو ته نمره ورکړئ، لکه څنګه چې تاسو نن ځوان وینئ. ستاسو نمرې هېڅکله چېرته نه لېږل کېږي او په براوزر کې نه ساتل کېږي: په همدې پاڼه کې پاتې کېږي تر هغو چې وتړل شي.
mentor-start = د منتور نمرې ورزیاتې کړئ
mentor-done = خپل ځوابونه سره پرتله کړئ
mentor-compare-heading = څنګ په څنګ
mentor-differ-heading = لومړی په دې اړه خبرې وکړئ
mentor-differ-intro = په دې جملو کې ستاسو نمرې دوه یا ډېر ټکي سره توپیر لري.
mentor-differ-none = په ټولو جملو کې ستاسو نمرې یو بل ته نږدې دي.
mentor-print-toolkit = د ارزونې کڅوړه له دې ځوابونو سره چاپ کړئ

## The plan

plan-heading = زما پلان
plan-intro = وټاکئ چې په څه کار کوئ او په خپلو ټکو یې ولیکئ. څه چې لیکئ، هېڅکله چېرته نه لېږل کېږي او په براوزر کې نه ساتل کېږي: په همدې پاڼه کې پاتې کېږي تر هغو چې وتړل شي، مګر دا چې تاسو یې په خپل فایل کې خوندي کړئ.
plan-goal = زما موخه
plan-helper = څوک به مې مرسته کوي
plan-workshop = هغه ورکشاپونه چې باید یې وکړم
plan-review = د بیا کتلو نېټه
plan-print = خپل پلان چاپ کړئ

## The mentor's offline toolkit

toolkit-statement = جمله
toolkit-young-person = ځوان
toolkit-mentor = منتور
toolkit-observe = څه ته پام وکړئ
toolkit-talk = د خبرو د پیل پوښتنې
toolkit-notes = یادښتونه او هغه راتلونکي ګامونه چې پرې موافقه شوې
toolkit-date = نېټه

toolkit-education-observe-1 = آیا ځوان د ښوونځي یا روزنې په اړه په لېوالتیا یا اندېښنې خبرې کوي، که چوپ پاتې کېږي؟
toolkit-education-observe-2 = کله چې ترې وغوښتل شي، آیا خپلې تصدیقنامې او د ښوونځي د نتیجو پاڼې پیدا کولای شي؟
toolkit-education-observe-3 = په ورځني ژوند کې له کورني کار یا وروستیو نېټو سره څنګه چلند کوي؟
toolkit-education-talk-1 = دلته یا په خپل هېواد کې د څه شي زده کړه مو خوښه وه؟
toolkit-education-talk-2 = که سږکال یو شی زده کولای شئ، هغه به څه وي؟
toolkit-education-talk-3 = همدا اوس څه شی زده کړه درته ګرانه کوي؟

toolkit-community-observe-1 = کله چې د خپلې اونۍ په اړه خبرې کوي، د چا نومونه اخلي؟
toolkit-community-observe-2 = آیا د پاملرنې له مرکز بهر په کوم فعالیت کې برخه اخلي؟
toolkit-community-observe-3 = له نورو ځوانانو یا کارکوونکو سره اختلافونه څنګه حل کوي؟
toolkit-community-talk-1 = که ښه خبر ولرئ، چا ته به زنګ ووهئ؟ او که بد خبر ولرئ؟
toolkit-community-talk-2 = له دې ځایه کوم کسان به له ۱۸ کلنۍ وروسته هم ستاسو په ژوند کې وي؟
toolkit-community-talk-3 = آیا کومه ډله یا ځای شته چې هلته ځان د هغوی برخه احساسوئ؟

toolkit-health-observe-1 = آیا د خپل ډاکټر نوم پېژني او پوهېږي چې څنګه ورسره اړیکه ونیسي؟
toolkit-health-observe-2 = آیا په منظم ډول خوب کوي او ډوډۍ خوري؟
toolkit-health-observe-3 = آیا د فشار، خپګان یا درد نښې ښيي چې په اړه یې خبرې نه کوي؟
toolkit-health-talk-1 = کله چې ځان ناروغ احساسوئ، څه کوئ؟
toolkit-health-talk-2 = څه شی درسره مرسته کوي چې ارام شئ؟
toolkit-health-talk-3 = آیا ستاسو د روغتیا په اړه کوم شی شته چې غواړئ ښه پرې پوه شئ؟

toolkit-communication-observe-1 = په کومو حالاتو کې د دې ځای ژبه په ډاډ کاروي؟
toolkit-communication-observe-2 = آیا له ټیلیفوني زنګونو یا دفترونو ډډه کوي؟
toolkit-communication-observe-3 = د خپل کلتور او ژبې په اړه څنګه خبرې کوي؟
toolkit-communication-talk-1 = دلته کله له چا سره خبرې کول درته ګران وو؟ څه پېښ شول؟
toolkit-communication-talk-2 = دلته کوم دودونه لا هم تاسو حیرانوي؟
toolkit-communication-talk-3 = له خپل کلتور څخه څه ساتل غواړئ؟

toolkit-career-observe-1 = په ورځني ژوند کې کوم مهارتونه ښيي: پخلی، ترمیم، د نورو پاملرنه، کارونه منظمول؟
toolkit-career-observe-2 = آیا د کار کومه تجربه لري، په معاش یا بې معاشه؟
toolkit-career-observe-3 = لارښوونو او نظرونو ته څنګه غبرګون ښيي؟
toolkit-career-talk-1 = په پنځو کلونو کې څه کار کول غواړئ؟
toolkit-career-talk-2 = په کوم کار کې ښه یاست او پرې ویاړئ؟
toolkit-career-talk-3 = دلته د کار کولو د خپل حق په اړه څه پوهېږئ؟

toolkit-finance-observe-1 = خپل جېب خرڅ یا د لګښت پیسې څنګه لګوي؟
toolkit-finance-observe-2 = آیا فشار احساسوي چې کورنۍ ته پیسې ولېږي یا پور بېرته ورکړي؟
toolkit-finance-observe-3 = آیا رسید، بل یا د بانک صورتحساب لوستلای شي؟
toolkit-finance-talk-1 = خپلې ډېرې پیسې په څه لګوئ؟
toolkit-finance-talk-2 = که مو کولای شوای، د څه شي لپاره به مو پیسې سپمولې؟
toolkit-finance-talk-3 = آیا کله چا درنه غوښتي چې خپل بانکي حساب یا کارت د هغوی لپاره وکاروئ؟

toolkit-self-determination-observe-1 = آیا د ځان لپاره پخپله پرېکړې کوي، که انتظار باسي چې نور یې پر ځای پرېکړه وکړي؟
toolkit-self-determination-observe-2 = آیا بې له یادونې خپل ورځنی مهالوېش ساتي؟
toolkit-self-determination-observe-3 = د خپلو پلانونو په اړه په غونډو کې څنګه خبرې کوي؟
toolkit-self-determination-talk-1 = په ۲۰ کلنۍ کې به ستاسو لپاره یوه ښه ورځ څنګه وي؟
toolkit-self-determination-talk-2 = د یوې داسې پرېکړې په اړه راته ووایئ چې پرې ویاړئ.
toolkit-self-determination-talk-3 = غواړئ لویان د کومو شیانو پرېکړه نور ستاسو پر ځای ونه کړي؟

toolkit-bureaucracy-observe-1 = آیا پوهېږي چې اسناد یې چېرته دي، او کاپي یې ساتي؟
toolkit-bureaucracy-observe-2 = آیا پوهېږي چې د استوګنې جواز یا نورو اسنادو اعتبار یې په کومه نېټه پای ته رسېږي؟
toolkit-bureaucracy-observe-3 = له رسمي لیکونو سره څه کوي: پرانیزي یې، پام ورته نه کوي، که کارکوونکو ته یې راوړي؟
toolkit-bureaucracy-talk-1 = د کوم سند په اړه تر ټولو ډېره اندېښنه لرئ؟
toolkit-bureaucracy-talk-2 = تر اوسه مو پخپله کوم دفتر ته مراجعه کړې ده؟
toolkit-bureaucracy-talk-3 = که داسې لیک درته راشي چې پرې پوه نه شئ، له چا به پوښتنه وکړئ؟

toolkit-housing-observe-1 = آیا خپله خونه پاکه او خوندي ساتي؟
toolkit-housing-observe-2 = آیا په سیمه کې د کرایې او بلونو اصلي لګښت پېژني؟
toolkit-housing-observe-3 = له هغو کسانو سره یې اړیکې څنګه دي چې ځای ورسره شریکوي؟
toolkit-housing-talk-1 = له پاملرنې وروسته غواړئ چېرته او له چا سره اوسېږئ؟
toolkit-housing-talk-2 = څه شی به یو ځای ستاسو لپاره په کور بدل کړي؟
toolkit-housing-talk-3 = که یوه میاشت کرایه ورنه کړای شئ، څه به کوئ؟

## Pillar names (the titles of the pillar guides)

pillar-education = زده کړه
pillar-community = ټولنیز ګډون او د خلکو ترمنځ اړیکې
pillar-health = روغتیا
pillar-communication = اړیکه نیول او کلتوري پوهاوی
pillar-career = مسلک او دنده
pillar-finance = د مالي چارو او پیسو د سمبالولو مهارتونه
pillar-self-determination = د خپل برخلیک ټاکل، د خپلواکۍ مهارتونه او د تنکیو ځوانانو وده
pillar-bureaucracy = اداري چارې، قوانین او د اړیکو شبکه جوړول
pillar-housing = استوګنځی
