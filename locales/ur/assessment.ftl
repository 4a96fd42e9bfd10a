# اردو (ur): interface strings, draft translation from locales/en/assessment.ftl.
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
scale-1 = ابھی نہیں
scale-2 = بہت زیادہ مدد سے
scale-3 = کچھ مدد سے
scale-4 = تھوڑی سی مدد سے
scale-5 = ہاں، خود سے
# Shown in the list of answers for a statement the young person skipped.
scale-skipped = چھوڑ دیا

## Result bands

band-work-on = آئیں، اس پر کام کریں
band-growing = بہتری آ رہی ہے
band-strong = مضبوط
band-too-few = کچھ کہنے کے لیے جواب کم ہیں

## 1. Education

q-education-find-course = مجھے ایسا کورس یا تربیت ڈھونڈنا آتا ہے جو میری پسند کے کام کے مطابق ہو۔
q-education-learning-so-far = مجھے بتانا آتا ہے کہ میں نے اب تک اسکول میں اور اسکول سے باہر کیا سیکھا ہے۔
q-education-enrol = مجھے کسی کورس میں داخلہ لینا آتا ہے۔
q-education-certificates = مجھے اپنے اسکول کے رزلٹ کارڈ اور سرٹیفکیٹ ایک محفوظ جگہ پر سنبھال کر رکھنا آتا ہے۔
q-education-study-plan = مجھے اپنا ہفتہ ایسے پلان کرنا آتا ہے کہ پڑھائی کا وقت نکل آئے۔
q-education-ask-support = جب پڑھائی مشکل لگے تو مجھے استاد سے مدد مانگنا آتا ہے۔
q-education-language-class = مجھے مقامی زبان بہتر کرنے کے لیے کوئی کلاس ڈھونڈنا آتا ہے۔

## 2. Community participation and interpersonal relationships

q-community-support-network = مجھے ان لوگوں کے نام بتانا آتا ہے جن سے مجھے مختلف کاموں میں مدد مل سکتی ہے۔
q-community-keep-in-touch = مجھے ان لوگوں سے رابطہ رکھنا آتا ہے جو میرے لیے اہم ہیں۔
q-community-new-people = مجھے کسی نئے شخص سے بات شروع کرنا آتا ہے۔
q-community-local-activity = مجھے اپنے گھر کے قریب کوئی کلب، گروپ یا سرگرمی ڈھونڈنا آتا ہے۔
q-community-solve-conflict = مجھے کسی اختلاف کو سکون سے سلجھانا آتا ہے۔
q-community-say-no = جب کوئی مجھ پر میری مرضی کے خلاف کچھ کرنے کے لیے دباؤ ڈالے تو مجھے انکار کرنا آتا ہے۔
q-community-plan-journey = مجھے بس، ٹرام یا ٹرین سے کسی نئی جگہ جانے کا راستہ پلان کرنا آتا ہے۔
q-community-travel-ticket = مجھے بس، ٹرام یا ٹرین کا صحیح ٹکٹ خریدنا آتا ہے۔

## 3. Health

q-health-register-doctor = مجھے کسی ڈاکٹر کے پاس اپنا اندراج کروانا آتا ہے۔
q-health-book-appointment = مجھے ڈاکٹر سے ملاقات کا وقت لینا آتا ہے۔
q-health-choose-service = مجھے یہ چننا آتا ہے کہ بیماری میں کہاں جانا ہے: فارمیسی، ڈاکٹر یا ہسپتال۔
q-health-emergency = مجھے ایمرجنسی نمبر پر فون کر کے بتانا آتا ہے کہ کیا ہوا ہے اور میں کہاں ہوں۔
q-health-medicine-label = مجھے دوا کے لیبل پر لکھی ہدایات پر عمل کرنا آتا ہے۔
q-health-mental-help = جب میں بہت اداس، پریشان یا دباؤ میں ہوں تو مجھے مدد ڈھونڈنا آتا ہے۔
q-health-cook-meal = مجھے سادہ اور صحت مند کھانا پکانا آتا ہے۔
q-health-food-shopping = مجھے اپنے پاس موجود پیسوں سے ایک ہفتے کا کھانا خریدنا آتا ہے۔

## 4. Communication and cultural awareness

q-communication-local-language = مجھے مقامی زبان میں روزمرہ کی بات چیت کرنا آتا ہے۔
q-communication-phone-call = مجھے کسی دفتر میں فون کرنا آتا ہے۔
q-communication-formal-message = مجھے کسی دفتر کو مختصر اور شائستہ ای میل لکھنا آتا ہے۔
q-communication-interpreter = ضرورت ہو تو مجھے ترجمان مانگنا آتا ہے۔
q-communication-greetings = مجھے لوگوں سے اسی طرح سلام دعا کرنا آتا ہے جیسے یہاں عام ہے۔
q-communication-misunderstanding = مجھے کسی دوسری ثقافت کے شخص کے ساتھ غلط فہمی دور کرنا آتا ہے۔
q-communication-own-culture = مجھے اپنی ثقافت کا کوئی رواج کسی ایسے شخص کو سمجھانا آتا ہے جو اسے نہیں جانتا۔
q-communication-online-sharing = مجھے یہ فیصلہ کرنا آتا ہے کہ آن لائن اپنے بارے میں کیا بتانا محفوظ ہے۔

## 5. Career and employment

q-career-my-skills = مجھے پتا ہے کہ کون سے پانچ کام مجھے اچھی طرح آتے ہیں۔
q-career-cv = مجھے سی وی لکھنا آتا ہے۔
q-career-cv-adapt = مجھے نوکری کے کسی اشتہار کے مطابق اپنا سی وی بدلنا آتا ہے۔
q-career-find-jobs = مجھے اپنے لیے مناسب نوکریوں کے اشتہار ڈھونڈنا آتا ہے۔
q-career-interview = مجھے نوکری کے انٹرویو میں عام سوالوں کے جواب دینا آتا ہے۔
q-career-contract = مجھے کام کے معاہدے میں تنخواہ اور کام کے اوقات ڈھونڈنا آتا ہے۔
q-career-rights-at-work = اگر کام پر کچھ غلط لگے تو مجھے پتا کرنا آتا ہے کہ کس سے پوچھنا ہے۔

## 6. Financial and money management skills

q-finance-bank-account = مجھے اپنے بینک اکاؤنٹ میں آنے اور جانے والی رقم چیک کرنا آتا ہے۔
q-finance-monthly-budget = مجھے ایک مہینے کا بجٹ بنانا آتا ہے۔
q-finance-needs-wants = پیسے خرچ کرتے وقت مجھے ضرورت اور خواہش میں فرق کرنا آتا ہے۔
q-finance-pay-bills = مجھے آخری تاریخ سے پہلے بل ادا کرنا آتا ہے۔
q-finance-save = مجھے ہر مہینے تھوڑے پیسے بچانا آتا ہے۔
q-finance-scams = مجھے کسی فراڈ یا خطرناک پیشکش کو پہچاننا آتا ہے۔
q-finance-debt-help = جب پیسوں کا مسئلہ ہو تو مجھے مفت مشورہ ڈھونڈنا آتا ہے۔

## 7. Self-determination, autonomy skills and teenagers’ development

q-self-determination-values = مجھے بتانا آتا ہے کہ زندگی میں میرے لیے سب سے اہم کیا ہے۔
q-self-determination-first-step = مجھے کسی مقصد کی طرف پہلا قدم پلان کرنا آتا ہے۔
q-self-determination-decisions = فیصلہ کرنے سے پہلے مجھے اچھے اور برے پہلو تولنا آتا ہے۔
q-self-determination-speak-up = اپنے منصوبوں کے بارے میں میٹنگ میں مجھے کھل کر بتانا آتا ہے کہ مجھے کیا چاہیے۔
q-self-determination-get-up = مجھے کسی کے جگائے بغیر وقت پر اٹھنا آتا ہے۔
q-self-determination-stress = جب میں دباؤ میں ہوں تو مجھے خود کو پرسکون کرنا آتا ہے۔
q-self-determination-know-rights = مجھے پتا کرنا آتا ہے کہ 18 سال کے بعد مجھے کس مدد کا حق ہے۔
q-self-determination-online-services = مجھے کسی ویب سائٹ پر روزمرہ کا کوئی کام کرنا آتا ہے، جیسے ملاقات کا وقت لینا۔

## 8. Bureaucracy, legislation and networking

q-bureaucracy-documents-safe = مجھے اپنے اہم کاغذات ایک محفوظ جگہ پر رکھنا آتا ہے۔
q-bureaucracy-expiry-dates = مجھے یاد رکھنا آتا ہے کہ میرے کاغذات کی میعاد کب ختم ہو رہی ہے۔
q-bureaucracy-renew = مجھے کسی کاغذ کی میعاد ختم ہونے سے پہلے اس کی تجدید شروع کرنا آتا ہے۔
q-bureaucracy-read-letters = مجھے سمجھنا آتا ہے کہ کوئی سرکاری خط مجھ سے کیا کرنے کو کہہ رہا ہے۔
q-bureaucracy-fill-forms = مجھے سرکاری فارم بھرنا آتا ہے۔
q-bureaucracy-public-offices = مجھے کسی سرکاری دفتر میں ملاقات کی تیاری کرنا آتا ہے۔
q-bureaucracy-legal-advice = مجھے مفت قانونی مشورہ ڈھونڈنا آتا ہے۔

## 9. Housing

q-housing-options = مجھے پتا کرنا آتا ہے کہ نگہداشت کے بعد میرے لیے رہائش کی کون کون سی قسمیں ممکن ہیں۔
q-housing-must-haves = مجھے بتانا آتا ہے کہ اپنے اگلے گھر میں مجھے سب سے زیادہ کس چیز کی ضرورت ہے۔
q-housing-afford-rent = مجھے حساب لگانا آتا ہے کہ کتنا کرایہ میرے بس میں ہے۔
q-housing-rental-agreement = مجھے کرایہ نامے میں کرایہ، ڈپازٹ اور نوٹس کی مدت ڈھونڈنا آتا ہے۔
q-housing-keep-clean = مجھے اپنا گھر صاف رکھنا آتا ہے۔
q-housing-neighbours = مجھے کسی پڑوسی کے ساتھ مسئلہ سکون سے حل کرنا آتا ہے۔
q-housing-repairs = مجھے مالک مکان کو مرمت کے کسی مسئلے کی اطلاع دینا آتا ہے۔
q-housing-risk-help = اگر میرا گھر چھن جانے کا خطرہ ہو تو مجھے جلدی مدد ڈھونڈنا آتا ہے۔

## The online self-assessment page

assessment-privacy-heading = شروع کرنے سے پہلے
assessment-privacy = آپ کے جوابات صرف اسکور نکالنے کے لیے بھیجے جاتے ہیں، پھر بھلا دیے جاتے ہیں۔ ہم کچھ محفوظ نہیں کرتے اور آپ کا نام نہیں پوچھتے۔ اس ڈیوائس پر کچھ نہیں رکھا جاتا، جب تک آپ خود کوئی فائل محفوظ نہ کریں۔
assessment-instructions = ہر جملہ پڑھیں اور چنیں کہ آج یہ کام کرنے کے لیے آپ کو کتنی مدد چاہیے۔ کوئی جواب صحیح یا غلط نہیں ہے۔ چاہیں تو کوئی بھی جملہ چھوڑ دیں۔
assessment-start = شروع کریں
# $current (number): the pillar shown, from 1; $total (number): how many pillars there are (9).
assessment-progress = { $total } میں سے ستون { $current }
assessment-previous = پیچھے
assessment-next = آگے
assessment-submit = میرے نتائج دکھائیں
assessment-sending = آپ کے جوابات کا اسکور نکالا جا رہا ہے…
assessment-offline = اسکور نکالنے والی سروس سے رابطہ نہیں ہو سکا۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔ آپ کے جوابات ابھی یہیں موجود ہیں۔
assessment-error = جوابات میں کوئی خرابی ہو گئی۔ براہِ کرم دوبارہ شروع کریں۔
assessment-results-heading = آپ کے نتائج
assessment-results-intro = یہاں دیکھیں کہ آج 9 ستونوں میں سے ہر ایک کے بارے میں آپ کی اپنی رائے کیا ہے۔ اس پر اپنے مینٹور سے بات کریں اور مل کر چنیں کہ پہلے کس چیز پر کام کرنا ہے۔
assessment-chart-label = ہر ستون میں آپ کا اسکور، 0 سے 100 تک
assessment-strengths = آپ کی خوبیاں
assessment-work-on = پہلے اس پر کام کریں
assessment-work-on-intro = زیادہ سے زیادہ تین ستون، سب سے کمزور پہلے۔ آپ اور آپ کا مینٹور انہیں بدل سکتے ہیں۔
assessment-work-on-choose = پہلے کام کرنے کے لیے زیادہ سے زیادہ تین ستون چنیں
assessment-work-on-none = کسی ستون پر پہلے کام کرنا ضروری نہیں۔ چاہیں تو نیچے سے کوئی ایک چن لیں۔
# $score (number): the pillar's score, from 0 to 100.
assessment-score = 100 میں سے { $score }
# $count (number): how many statements the young person answered.
assessment-answered = { $count ->
    [one] { $count } جواب
   *[other] { $count } جواب
}
assessment-read-guide = گائیڈ پڑھیں
assessment-see-workshops = مینٹورز کے لیے ورکشاپس
# The workshops that build the skills the young person rated lowest in a pillar.
assessment-workshops-heading = ان مہارتوں کے لیے ورکشاپس جن میں آپ نے خود کو سب سے کم نمبر دیے
assessment-no-workshop = اس مہارت کے لیے ابھی کوئی ورکشاپ نہیں: گائیڈ پڑھیں۔
# After a link to a page that is not translated yet; $language is the name of
# the language it is shown in, e.g. "English".
assessment-in-language = { $language } میں
assessment-answers-heading = آپ کے جوابات
assessment-answers-intro = ہر جملہ اور اس کے لیے آپ کا چنا ہوا جواب، ایک ایک ستون کر کے۔
assessment-print = میرے نتائج پرنٹ کریں
assessment-save = میرے نتائج فائل میں محفوظ کریں
assessment-restart = دوبارہ شروع کریں
assessment-forget-note = یہ صفحہ بند ہوتے ہی آپ کے نتائج ختم ہو جائیں گے۔ انہیں رکھنا ہو تو پہلے پرنٹ کر لیں یا فائل محفوظ کر لیں۔

## Saving the results in a file

save-heading = اپنے نتائج سنبھال کر رکھیں
save-intro = فائل اسی فون یا کمپیوٹر پر رہتی ہے جہاں آپ اسے محفوظ کریں۔ یہ انٹرنیٹ کے بغیر کھل جاتی ہے۔ کسی اور کو اس کی کاپی نہیں ملتی۔
save-passphrase-label = خفیہ جملہ (اختیاری)
save-passphrase-hint = مشترکہ فون پر ایک خفیہ جملہ چنیں: پھر فائل صرف اسی سے کھلے گی۔ بھولا ہوا خفیہ جملہ کوئی واپس نہیں لا سکتا۔
save-include-plan = میرا منصوبہ اور نوٹس بھی فائل میں ڈالیں
save-button = فائل محفوظ کریں
save-done = محفوظ ہو گئی۔ فائل اپنے ڈاؤن لوڈز میں دیکھیں۔
save-file-title = میرے اپنے جائزے کے نتائج
# $date (text): the day the answers were given, as YYYY-MM-DD.
save-file-date = جواب دینے کی تاریخ: { $date }
# $version (text): the version of the questions, such as "2".
save-file-version = سوالات کا ورژن { $version }
save-locked-intro = یہ فائل ایک خفیہ جملے سے لاک ہے۔
save-unlock = کھولیں
save-wrong-passphrase = اس خفیہ جملے سے فائل نہیں کھلتی۔ دوبارہ کوشش کریں۔
save-open-site = اپنا جائزہ کھولیں

## Progress over time

progress-heading = اپنی ترقی دیکھیں
progress-intro = نتائج کی ایک یا زیادہ فائلیں کھولیں جو آپ نے پہلے محفوظ کی تھیں۔ انہیں صرف اسی ڈیوائس پر پڑھا جاتا ہے اور کبھی اپ لوڈ نہیں کیا جاتا۔
progress-choose = نتائج کی فائلیں چنیں
progress-pillar = ستون
# $file (text): the name of the file the reader chose.
progress-not-results = { $file } اس سائٹ کی نتائج والی فائل نہیں ہے۔
# $file (text): the name of the file the reader chose.
progress-passphrase = { $file } لاک ہے۔ اس کا خفیہ جملہ لکھیں:
progress-other-version = کچھ فائلوں میں سوالات کا دوسرا ورژن ہے: ستونوں کے اسکور کا موازنہ کریں، الگ الگ جوابات کا نہیں۔
progress-now = آج

## Handing the results to the mentor's phone

handover-heading = اپنے نتائج اپنے مینٹور کے فون پر دکھائیں
handover-intro = آپ کے مینٹور اپنے فون کے کیمرے سے یہ کوڈ اسکین کریں۔ آپ کے جوابات لنک کے اندر، # کے نشان کے بعد، جاتے ہیں، اور براؤزر لنک کا یہ حصہ کبھی سرور کو نہیں بھیجتے۔ پھر مینٹور کے فون والا صفحہ انہیں اسکور کے لیے بھیجتا ہے، بالکل ویسے ہی جیسے اس صفحے نے بھیجا تھا۔ لنک اس فون کی براؤزر ہسٹری میں رہ جاتا ہے جس پر یہ کھولا جائے۔
handover-show = کوڈ دکھائیں
handover-history = مشترکہ فون پر، کام ختم ہونے کے بعد یہ صفحہ براؤزر ہسٹری سے مٹا دیں۔
handover-received = یہ نتائج ایک لنک سے آئے ہیں۔ کام ختم ہونے کے بعد یہ صفحہ براؤزر ہسٹری سے مٹا دیں۔
# Shown when a hand-over link was made for another version of the questionnaire.
handover-other-version = یہ لنک سوالات کے دوسرے ورژن کے لیے بنا تھا، اس لیے یہاں نہیں کھل سکتا۔ نیا کوڈ مانگیں۔

## The mentor's view

mentor-heading = مینٹور کی رائے
mentor-intro = مینٹور: اوپر چنے گئے ستونوں کے انہی جملوں کا جواب دیں، اس طرح جیسے آج آپ کو نوجوان کی صورتِ حال نظر آتی ہے۔ آپ کے جوابات کبھی کہیں نہیں بھیجے جاتے اور براؤزر میں بھی نہیں رکھے جاتے: یہ اس صفحے پر تب تک رہتے ہیں جب تک اسے بند نہ کیا جائے۔
mentor-start = مینٹور کے جوابات شامل کریں
mentor-done = ہمارے جوابات کا موازنہ کریں
mentor-compare-heading = ساتھ ساتھ
mentor-differ-heading = پہلے ان پر بات کریں
mentor-differ-intro = ان جملوں پر آپ دونوں کے جوابات میں دو یا اس سے زیادہ درجوں کا فرق ہے۔
mentor-differ-none = ہر جملے پر آپ دونوں کے جوابات قریب قریب ہیں۔
mentor-print-toolkit = ان جوابات کے ساتھ ٹول کٹ پرنٹ کریں

## The plan

plan-heading = میرا منصوبہ
plan-intro = چنیں کہ کس چیز پر کام کرنا ہے اور اسے اپنے الفاظ میں لکھیں۔ آپ کا لکھا ہوا کبھی کہیں نہیں بھیجا جاتا اور براؤزر میں بھی نہیں رکھا جاتا: یہ اس صفحے پر تب تک رہتا ہے جب تک اسے بند نہ کیا جائے، سوائے اس کے کہ آپ اسے اپنی فائل میں محفوظ کر لیں۔
plan-goal = میرا مقصد
plan-helper = میری مدد کون کرے گا
plan-workshop = کرنے والی ورکشاپس
plan-review = دوبارہ دیکھنے کی تاریخ
plan-print = میرا منصوبہ پرنٹ کریں

## The mentor's offline toolkit

toolkit-statement = جملہ
toolkit-young-person = نوجوان
toolkit-mentor = مینٹور
toolkit-observe = کن باتوں پر نظر رکھیں
toolkit-talk = بات شروع کرنے کے لیے سوال
toolkit-notes = نوٹس اور طے شدہ اگلے قدم
toolkit-date = تاریخ

toolkit-education-observe-1 = کیا وہ اسکول یا تربیت کی بات دلچسپی سے کرتے ہیں، فکر سے، یا خاموش رہتے ہیں؟
toolkit-education-observe-2 = کہنے پر کیا وہ اپنے سرٹیفکیٹ اور رزلٹ کارڈ ڈھونڈ لیتے ہیں؟
toolkit-education-observe-3 = روزمرہ زندگی میں وہ ہوم ورک یا آخری تاریخوں کو کیسے سنبھالتے ہیں؟
toolkit-education-talk-1 = یہاں یا اپنے ملک میں، آپ کو کیا سیکھنا اچھا لگا؟
toolkit-education-talk-2 = اگر آپ اس سال ایک چیز سیکھ سکیں تو وہ کیا ہو گی؟
toolkit-education-talk-3 = آج کل آپ کے لیے پڑھائی کو کیا چیز مشکل بناتی ہے؟

toolkit-community-observe-1 = اپنے ہفتے کی بات کرتے ہوئے وہ کن لوگوں کا نام لیتے ہیں؟
toolkit-community-observe-2 = کیا وہ رہائشی مرکز سے باہر کسی سرگرمی میں حصہ لیتے ہیں؟
toolkit-community-observe-3 = دوسرے نوجوانوں یا عملے سے اختلاف کو وہ کیسے سنبھالتے ہیں؟
toolkit-community-talk-1 = کوئی اچھی خبر ہو تو آپ سب سے پہلے کسے فون کریں؟ اور بری خبر ہو تو؟
toolkit-community-talk-2 = یہاں کے کون سے لوگ 18 سال کے بعد بھی آپ کی زندگی میں رہیں گے؟
toolkit-community-talk-3 = کیا کوئی گروپ یا جگہ ہے جہاں آپ کو لگتا ہے کہ آپ اس کا حصہ ہیں؟

toolkit-health-observe-1 = کیا انہیں اپنے ڈاکٹر کا نام اور ان سے رابطے کا طریقہ معلوم ہے؟
toolkit-health-observe-2 = کیا وہ باقاعدگی سے سوتے اور کھاتے ہیں؟
toolkit-health-observe-3 = کیا ان میں دباؤ، اداسی یا درد کی ایسی علامات نظر آتی ہیں جن کے بارے میں وہ بات نہیں کرتے؟
toolkit-health-talk-1 = جب طبیعت خراب ہو تو آپ کیا کرتے ہیں؟
toolkit-health-talk-2 = کس چیز سے آپ کو سکون ملتا ہے؟
toolkit-health-talk-3 = کیا اپنی صحت کے بارے میں کوئی بات ہے جسے آپ بہتر طور پر سمجھنا چاہیں؟

toolkit-communication-observe-1 = کن حالات میں وہ مقامی زبان اعتماد سے بولتے ہیں؟
toolkit-communication-observe-2 = کیا وہ فون کرنے یا دفتروں میں جانے سے کتراتے ہیں؟
toolkit-communication-observe-3 = وہ اپنی ثقافت اور زبان کے بارے میں کیسے بات کرتے ہیں؟
toolkit-communication-talk-1 = یہاں کب کوئی بات چیت آپ کے لیے مشکل تھی؟ کیا ہوا تھا؟
toolkit-communication-talk-2 = یہاں کے کون سے رواج آپ کو اب بھی حیران کرتے ہیں؟
toolkit-communication-talk-3 = اپنی ثقافت کی کون سی باتیں قائم رکھنا آپ کے لیے ضروری ہے؟

toolkit-career-observe-1 = روزمرہ زندگی میں ان کی کون سی مہارتیں نظر آتی ہیں: کھانا پکانا، چیزیں ٹھیک کرنا، دوسروں کا خیال رکھنا، کام ترتیب سے کرنا؟
toolkit-career-observe-2 = کیا ان کے پاس کام کا کوئی تجربہ ہے، تنخواہ کے ساتھ یا بغیر تنخواہ کے؟
toolkit-career-observe-3 = ہدایات اور اپنے کام پر رائے ملنے پر ان کا ردِعمل کیسا ہوتا ہے؟
toolkit-career-talk-1 = پانچ سال بعد آپ کی پسند کا کام کون سا ہو گا؟
toolkit-career-talk-2 = آپ کو اپنی کس مہارت پر فخر ہے؟
toolkit-career-talk-3 = یہاں کام کرنے کے اپنے حق کے بارے میں آپ کو کیا معلوم ہے؟

toolkit-finance-observe-1 = وہ اپنا جیب خرچ یا الاؤنس کیسے استعمال کرتے ہیں؟
toolkit-finance-observe-2 = کیا ان پر گھر والوں کو پیسے بھیجنے یا کوئی قرض اتارنے کا دباؤ ہے؟
toolkit-finance-observe-3 = کیا وہ رسید، بل یا بینک اسٹیٹمنٹ پڑھ سکتے ہیں؟
toolkit-finance-talk-1 = آپ کے زیادہ تر پیسے کس چیز پر خرچ ہوتے ہیں؟
toolkit-finance-talk-2 = اگر بچت ہو سکے تو آپ کس چیز کے لیے پیسے جمع کریں؟
toolkit-finance-talk-3 = کیا کبھی کسی نے آپ سے کہا ہے کہ اپنا بینک اکاؤنٹ یا کارڈ ان کے لیے استعمال کرنے دیں؟

toolkit-self-determination-observe-1 = کیا وہ اپنے فیصلے خود کرتے ہیں، یا انتظار کرتے ہیں کہ دوسرے فیصلہ کریں؟
toolkit-self-determination-observe-2 = کیا وہ یاد دلائے بغیر اپنے معمول پر چلتے ہیں؟
toolkit-self-determination-observe-3 = اپنے منصوبوں کے بارے میں میٹنگ میں وہ کیسے بات کرتے ہیں؟
toolkit-self-determination-talk-1 = 20 سال کی عمر میں آپ کے لیے ایک اچھا دن کیسا ہو گا؟
toolkit-self-determination-talk-2 = مجھے کسی ایسے فیصلے کے بارے میں بتائیں جس پر آپ کو فخر ہے۔
toolkit-self-determination-talk-3 = کن باتوں کے فیصلے اب بڑوں کو آپ کی جگہ نہیں کرنے چاہییں؟

toolkit-bureaucracy-observe-1 = کیا انہیں معلوم ہے کہ ان کے کاغذات کہاں ہیں، اور کیا وہ ان کی کاپیاں رکھتے ہیں؟
toolkit-bureaucracy-observe-2 = کیا انہیں معلوم ہے کہ ان کے اجازت نامے یا کاغذات کی میعاد کب ختم ہو رہی ہے؟
toolkit-bureaucracy-observe-3 = سرکاری خطوں کے ساتھ وہ کیا کرتے ہیں: کھولتے ہیں، نظر انداز کرتے ہیں، یا عملے کے پاس لے آتے ہیں؟
toolkit-bureaucracy-talk-1 = کون سا کاغذ آپ کو سب سے زیادہ پریشان کرتا ہے؟
toolkit-bureaucracy-talk-2 = کس دفتر کا کام آپ نے اکیلے کیا ہے؟
toolkit-bureaucracy-talk-3 = اگر کوئی ایسا خط آئے جو سمجھ میں نہ آئے، تو آپ کس سے پوچھیں؟

toolkit-housing-observe-1 = کیا وہ اپنا کمرہ صاف اور محفوظ رکھتے ہیں؟
toolkit-housing-observe-2 = کیا انہیں اس علاقے میں کرائے اور بلوں کے اصل خرچ کا اندازہ ہے؟
toolkit-housing-observe-3 = جن لوگوں کے ساتھ وہ جگہ بانٹتے ہیں، ان سے ان کی کیسی بنتی ہے؟
toolkit-housing-talk-1 = نگہداشت کے بعد آپ کا دل کہاں اور کس کے ساتھ رہنے کو چاہتا ہے؟
toolkit-housing-talk-2 = کون سی چیز کسی جگہ کو آپ کے لیے گھر جیسا بنا دے گی؟
toolkit-housing-talk-3 = اگر کسی مہینے آپ کرایہ نہ دے سکیں تو آپ کیا کریں؟

## Pillar names (the titles of the pillar guides)

pillar-education = تعلیم
pillar-community = کمیونٹی میں شرکت اور باہمی تعلقات
pillar-health = صحت
pillar-communication = بات چیت اور ثقافتی آگاہی
pillar-career = کیریئر اور روزگار
pillar-finance = مالی معاملات اور پیسے سنبھالنے کی مہارتیں
pillar-self-determination = اپنے فیصلے خود کرنا، خود مختاری کی مہارتیں اور نوعمری میں نشوونما
pillar-bureaucracy = دفتری کارروائی، قوانین اور رابطے بنانا
pillar-housing = رہائش
