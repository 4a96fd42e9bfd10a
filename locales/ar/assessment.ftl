# The self-assessment, its results, the plan, and the mentor's offline toolkit: Arabic (ar), draft translation.
# Translated from locales/en/assessment.ftl. Keep the ids and the { $variables } as they are.
# Arabic plural categories (CLDR): zero, one, two, few, many, other.
# Statements are written "I can ..." so that a young person can answer on the
# scale of independence below. Keep them short and plain: one skill each.

## Answer scale (value 1 to 5, or skip)

# Translators: these five answers are ONE scale of independence: how much help
# the young person needs to do the thing today. They are not about how often
# (avoid words like "often", "usually", "mostly") and not about how well.
# 1 = cannot do it yet; 2, 3 and 4 = can do it with less and less help;
# 5 = can do it with no help at all. Use the same words wherever the scale
# appears, and forms that fit every gender.
scale-1 = ليس بعد
scale-2 = بمساعدة كبيرة
scale-3 = ببعض المساعدة
scale-4 = بمساعدة قليلة
scale-5 = نعم، وحدي
# Shown in the list of answers for a statement the young person skipped.
scale-skipped = تمّ التخطّي

## Result bands

band-work-on = لنعمل على هذا
band-growing = في تقدّم
band-strong = قوي
band-too-few = لا توجد إجابات كافية لإعطاء نتيجة

## 1. Education

q-education-find-course = أستطيع أن أجد دورة أو تدريبًا يناسب ما أريد أن أفعله.
q-education-learning-so-far = أستطيع أن أقول ما تعلّمته حتى الآن، في المدرسة وخارجها.
q-education-enrol = أستطيع أن أسجّل في دورة.
q-education-certificates = أستطيع أن أحفظ تقاريري المدرسية وشهاداتي في مكان واحد آمن.
q-education-study-plan = أستطيع أن أخطّط لأسبوعي حتى يكون لديّ وقت للدراسة.
q-education-ask-support = أستطيع أن أطلب المساعدة من معلّم عندما تصعب عليّ الدراسة.
q-education-language-class = أستطيع أن أجد دروسًا لتحسين اللغة المحلية.

## 2. Community participation and interpersonal relationships

q-community-support-network = أستطيع أن أذكر أشخاصًا ألجأ إليهم عندما أحتاج إلى أنواع مختلفة من المساعدة.
q-community-keep-in-touch = أستطيع أن أبقى على تواصل مع الأشخاص المهمّين بالنسبة إليّ.
q-community-new-people = أستطيع أن أبدأ حديثًا مع شخص جديد.
q-community-local-activity = أستطيع أن أجد ناديًا أو مجموعة أو نشاطًا قريبًا من مكان سكني.
q-community-solve-conflict = أستطيع أن أحلّ خلافًا بهدوء.
q-community-say-no = أستطيع أن أقول «لا» عندما يضغط عليّ أحد لأفعل شيئًا لا أريده.
q-community-plan-journey = أستطيع أن أخطّط لرحلة بالحافلة أو الترام أو القطار إلى مكان لم أذهب إليه من قبل.
q-community-travel-ticket = أستطيع أن أشتري التذكرة المناسبة للحافلة أو الترام أو القطار.

## 3. Health

q-health-register-doctor = أستطيع أن أسجّل عند طبيب.
q-health-book-appointment = أستطيع أن أحجز موعدًا عند طبيب.
q-health-choose-service = أستطيع أن أختار إلى أين أذهب عندما أمرض: الصيدلية أو الطبيب أو المستشفى.
q-health-emergency = أستطيع أن أتّصل برقم الطوارئ وأقول ماذا حدث وأين أنا.
q-health-medicine-label = أستطيع أن أتّبع التعليمات المكتوبة على علبة الدواء.
q-health-mental-help = أستطيع أن أجد المساعدة عندما أشعر بحزن شديد أو بقلق أو بتوتّر.
q-health-cook-meal = أستطيع أن أطبخ وجبة بسيطة وصحية.
q-health-food-shopping = أستطيع أن أشتري طعام أسبوع كامل بالمال الذي لديّ.

## 4. Communication and cultural awareness

q-communication-local-language = أستطيع أن أتدبّر أموري في المحادثات اليومية باللغة المحلية.
q-communication-phone-call = أستطيع أن أتّصل هاتفيًا بمكتب.
q-communication-formal-message = أستطيع أن أكتب بريدًا إلكترونيًا قصيرًا ومهذّبًا إلى مكتب.
q-communication-interpreter = أستطيع أن أطلب مترجمًا عندما أحتاج إليه.
q-communication-greetings = أستطيع أن أحيّي الناس بالطريقة المعتادة هنا.
q-communication-misunderstanding = أستطيع أن أزيل سوء تفاهم مع شخص من ثقافة أخرى.
q-communication-own-culture = أستطيع أن أشرح عادة من ثقافتي لشخص لا يعرفها.
q-communication-online-sharing = أستطيع أن أقرّر ما هو آمن أن أشاركه عن نفسي على الإنترنت.

## 5. Career and employment

q-career-my-skills = أستطيع أن أذكر خمسة أشياء أُجيدها.
q-career-cv = أستطيع أن أكتب سيرة ذاتية.
q-career-cv-adapt = أستطيع أن أعدّل سيرتي الذاتية لتناسب إعلان وظيفة.
q-career-find-jobs = أستطيع أن أجد إعلانات وظائف تناسبني.
q-career-interview = أستطيع أن أجيب عن الأسئلة الشائعة في مقابلة العمل.
q-career-contract = أستطيع أن أجد الأجر وساعات العمل في عقد العمل.
q-career-rights-at-work = أستطيع أن أعرف مَن أسأل عندما يبدو لي أن شيئًا في العمل غير صحيح.

## 6. Financial and money management skills

q-finance-bank-account = أستطيع أن أتحقّق من المال الذي دخل إلى حسابي المصرفي والمال الذي خرج منه.
q-finance-monthly-budget = أستطيع أن أضع ميزانية لشهر كامل.
q-finance-needs-wants = أستطيع أن أميّز بين ما أحتاج إليه وما أرغب فيه عندما أصرف المال.
q-finance-pay-bills = أستطيع أن أدفع فاتورة قبل آخر موعد لدفعها.
q-finance-save = أستطيع أن أدّخر قليلًا من المال كل شهر.
q-finance-scams = أستطيع أن أكتشف الاحتيال أو العرض المحفوف بالمخاطر.
q-finance-debt-help = أستطيع أن أجد مشورة مجانية عندما تكون لديّ مشكلات مالية.

## 7. Self-determination, autonomy skills and teenagers' development

q-self-determination-values = أستطيع أن أقول ما هو الأهمّ بالنسبة إليّ في الحياة.
q-self-determination-first-step = أستطيع أن أخطّط للخطوة الأولى نحو هدف.
q-self-determination-decisions = أستطيع أن أوازن بين الجوانب الجيدة والسيئة قبل أن أقرّر.
q-self-determination-speak-up = أستطيع أن أقول ما أريده في الاجتماعات التي تتناول خططي.
q-self-determination-get-up = أستطيع أن أستيقظ في الوقت المحدّد دون أن يوقظني أحد.
q-self-determination-stress = أستطيع أن أهدّئ نفسي عندما أشعر بالتوتّر.
q-self-determination-know-rights = أستطيع أن أستفسر عن الدعم الذي يحقّ لي بعد سن ١٨.
q-self-determination-online-services = أستطيع أن أستخدم موقعًا إلكترونيًا لأقوم بمهمّة يومية، مثل حجز موعد.

## 8. Bureaucracy, legislation and networking

q-bureaucracy-documents-safe = أستطيع أن أحفظ وثائقي المهمّة في مكان واحد آمن.
q-bureaucracy-expiry-dates = أستطيع أن أتابع مواعيد انتهاء صلاحية وثائقي.
q-bureaucracy-renew = أستطيع أن أبدأ تجديد وثيقة قبل أن تنتهي صلاحيتها.
q-bureaucracy-read-letters = أستطيع أن أفهم ما تطلب مني رسالة رسمية أن أفعله.
q-bureaucracy-fill-forms = أستطيع أن أملأ استمارة رسمية.
q-bureaucracy-public-offices = أستطيع أن أستعدّ لموعد في مكتب حكومي.
q-bureaucracy-legal-advice = أستطيع أن أجد مشورة قانونية مجانية.

## 9. Housing

q-housing-options = أستطيع أن أعرف أنواع السكن التي يمكن أن أعيش فيها بعد مغادرة الرعاية.
q-housing-must-haves = أستطيع أن أقول ما أحتاج إليه أكثر من غيره في مسكني القادم.
q-housing-afford-rent = أستطيع أن أحسب مقدار الإيجار الذي أقدر على دفعه.
q-housing-rental-agreement = أستطيع أن أجد في عقد الإيجار مبلغ الإيجار ومبلغ التأمين ومهلة الإشعار المسبق.
q-housing-keep-clean = أستطيع أن أحافظ على نظافة مسكني.
q-housing-neighbours = أستطيع أن أحلّ مشكلة مع أحد الجيران بهدوء.
q-housing-repairs = أستطيع أن أُبلغ صاحب السكن عن عطل يحتاج إلى إصلاح.
q-housing-risk-help = أستطيع أن أجد المساعدة بسرعة إذا كان هناك خطر أن أفقد مسكني.

## The online self-assessment page

assessment-privacy-heading = قبل أن تبدأ
assessment-privacy = تُرسَل إجاباتك فقط لحساب النتيجة، ثم تُنسى. لا نحفظ أي شيء، ولا نسألك عن اسمك. لا يبقى أي شيء على هذا الجهاز إلا إذا حفظت ملفًا بنفسك.
assessment-instructions = اقرأ كل جملة، واختر مقدار المساعدة التي تحتاج إليها اليوم لتقوم بذلك. لا توجد إجابات صحيحة أو خاطئة. يمكنك أن تتخطّى أي جملة.
assessment-start = ابدأ
assessment-progress = الركيزة { $current } من { $total }
assessment-previous = رجوع
assessment-next = التالي
assessment-submit = اعرض نتائجي
assessment-sending = نحسب نتيجة إجاباتك…
assessment-offline = لم نتمكّن من الوصول إلى خدمة حساب النتائج. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى. إجاباتك ما زالت هنا.
assessment-error = حدث خطأ في الإجابات. من فضلك ابدأ من جديد.
assessment-results-heading = نتائجك
assessment-results-intro = هكذا ترى نفسك اليوم في كل ركيزة من الركائز التسع. تحدّث عن ذلك مع مرشدك: يمكنكما معًا أن تختارا ما تبدآن العمل عليه أولًا.
assessment-chart-label = نتيجتك في كل ركيزة، من ٠ إلى ١٠٠
assessment-strengths = نقاط قوّتك
assessment-work-on = ما تعمل عليه أولًا
assessment-work-on-intro = ثلاث ركائز على الأكثر، الأضعف أولًا. يمكنك أنت ومرشدك أن تغيّراها.
assessment-work-on-choose = اختر ثلاث ركائز على الأكثر لتعمل عليها أولًا
assessment-work-on-none = لا توجد ركيزة تحتاج إلى أن تبدأ العمل عليها أولًا. اختر واحدة من الركائز أدناه إذا أردت.
assessment-score = { $score } من ١٠٠
assessment-answered = { $count ->
    [zero] { $count } إجابة
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابة
   *[other] { $count } إجابة
}
assessment-read-guide = اقرأ الدليل
assessment-see-workshops = ورش العمل للمرشدين
# The workshops that build the skills the young person rated lowest in a pillar.
assessment-workshops-heading = ورش عمل للمهارات التي أعطيتها أدنى تقييم
assessment-no-workshop = لا توجد ورشة عمل لهذه المهارة حتى الآن: اقرأ الدليل.
# After a link to a page that is not translated yet; $language is the name of
# the language it is shown in, e.g. "English".
assessment-in-language = باللغة { $language }
assessment-answers-heading = إجاباتك
assessment-answers-intro = كل العبارات والإجابة التي اخترتها لكل منها، ركيزةً بعد ركيزة.
assessment-print = اطبع نتائجي
assessment-save = احفظ نتائجي في ملف
assessment-restart = ابدأ من جديد
assessment-forget-note = عندما تغلق هذه الصفحة، تضيع نتائجك. اطبعها أو احفظ ملفًا أولًا إذا أردت أن تحتفظ بها.

## Saving the results in a file

save-heading = احتفظ بنتائجك
save-intro = يبقى الملف على هذا الهاتف أو الحاسوب، في المكان الذي تحفظه فيه. يُفتح دون إنترنت. لا يحصل أحد غيرك على نسخة منه.
save-passphrase-label = عبارة المرور (اختيارية)
save-passphrase-hint = على هاتف مشترك، اختر عبارة مرور: عندها لا يُفتح الملف إلا بها. لا يستطيع أحد أن يستعيد عبارة مرور منسيّة.
save-include-plan = ضع خطتي وملاحظاتي في الملف
save-button = احفظ الملف
save-done = تمّ الحفظ. ابحث عن الملف في التنزيلات.
save-file-title = نتائج تقييمي الذاتي
save-file-date = تاريخ الإجابة: { $date }
save-file-version = إصدار الأسئلة: { $version }
save-locked-intro = هذا الملف مقفل بعبارة مرور.
save-unlock = افتح
save-wrong-passphrase = عبارة المرور هذه لا تفتح الملف. حاول مرة أخرى.
save-open-site = افتح التقييم الذاتي

## Progress over time

progress-heading = شاهد تقدّمك
progress-intro = افتح ملفًا أو أكثر من ملفات النتائج التي حفظتها من قبل. تُقرأ على هذا الجهاز فقط، ولا تُرفع إلى الإنترنت أبدًا.
progress-choose = اختر ملفات النتائج
progress-pillar = الركيزة
progress-not-results = الملف { $file } ليس ملف نتائج من هذا الموقع.
progress-passphrase = الملف { $file } مقفل. اكتب عبارة المرور الخاصة به:
progress-other-version = بعض الملفات تستخدم إصدارًا آخر من الأسئلة: قارن نتائج الركائز، لا الإجابات المفردة.
progress-now = اليوم

## Handing the results to the mentor's phone

handover-heading = اعرض نتائجك على هاتف مرشدك
handover-intro = يمسح مرشدك هذا الرمز بكاميرا الهاتف. تنتقل إجاباتك داخل الرابط، بعد العلامة #، والمتصفحات لا ترسل هذا الجزء أبدًا إلى أي خادم. ثم ترسلها الصفحة على هاتف مرشدك لاحتساب النتيجة، كما فعلت هذه الصفحة. يبقى الرابط في سجلّ المتصفح على الهاتف الذي يفتحه.
handover-show = اعرض الرمز
handover-history = على هاتف مشترك، احذف هذه الصفحة من سجلّ المتصفح عندما تنتهي.
handover-received = وصلت هذه النتائج من رابط. احذف هذه الصفحة من سجلّ المتصفح عندما تنتهي.
handover-other-version = أُنشئ هذا الرابط لنسخة أخرى من الأسئلة، لذلك لا يمكن فتحه هنا. اطلب رمزًا جديدًا.

## The mentor's view

mentor-heading = رأي المرشد
mentor-intro = للمرشد: قيّم العبارات نفسها في الركائز المختارة أعلاه، كما ترى الشاب أو الشابة اليوم. لا تُرسَل تقييماتك إلى أي مكان أبدًا، ولا تُحفَظ في المتصفح: تبقى في هذه الصفحة حتى تُغلَق.
mentor-start = أضف تقييمات المرشد
mentor-done = قارن بين إجاباتنا
mentor-compare-heading = جنبًا إلى جنب
mentor-differ-heading = تحدّثا عن هذه العبارات أولًا
mentor-differ-intro = تختلف تقييماتكما بدرجتين أو أكثر في هذه العبارات.
mentor-differ-none = تقييماتكما متقاربة في كل العبارات.
mentor-print-toolkit = اطبع حقيبة أدوات المرشد مع هذه الإجابات

## The plan

plan-heading = خطتي
plan-intro = اختر ما تريد أن تعمل عليه، واكتبه بكلماتك. ما تكتبه لا يُرسَل إلى أي مكان أبدًا، ولا يُحفَظ في المتصفح: يبقى في هذه الصفحة حتى تُغلَق، إلا إذا حفظته في ملفك.
plan-goal = هدفي
plan-helper = مَن سيساعدني
plan-workshop = ورش العمل التي سأشارك فيها
plan-review = موعد مراجعة هذه الخطة
plan-print = اطبع خطتي

## The mentor's offline toolkit

toolkit-statement = العبارة
toolkit-young-person = الشاب أو الشابة
toolkit-mentor = المرشد
toolkit-observe = ما الذي تلاحظه
toolkit-talk = أسئلة لبدء الحديث
toolkit-notes = ملاحظات والخطوات التالية المتّفق عليها
toolkit-date = التاريخ

toolkit-education-observe-1 = هل يتحدّث عن المدرسة أو التدريب باهتمام، أو بقلق، أو يلتزم الصمت؟
toolkit-education-observe-2 = هل يستطيع أن يجد شهاداته وتقاريره المدرسية عندما يُطلب منه ذلك؟
toolkit-education-observe-3 = كيف يتعامل مع الواجبات المدرسية أو المواعيد النهائية في حياته اليومية؟
toolkit-education-talk-1 = ما الذي استمتعت بتعلّمه، هنا أو في بلدك؟
toolkit-education-talk-2 = لو استطعت أن تتعلّم شيئًا واحدًا هذه السنة، فماذا سيكون؟
toolkit-education-talk-3 = ما الذي يجعل الدراسة صعبة عليك الآن؟

toolkit-community-observe-1 = مَن هم الأشخاص الذين يذكرهم بالاسم عندما يتحدّث عن أسبوعه؟
toolkit-community-observe-2 = هل يشارك في أي نشاط خارج دار الرعاية؟
toolkit-community-observe-3 = كيف يتعامل مع الخلافات مع الشباب الآخرين أو مع الموظفين؟
toolkit-community-talk-1 = بمن تتّصل إذا كان لديك خبر جيد؟ وإذا كان لديك خبر سيئ؟
toolkit-community-talk-2 = مَن مِن الأشخاص هنا سيبقى في حياتك بعد سن ١٨؟
toolkit-community-talk-3 = هل هناك مجموعة أو مكان تشعر أنك تنتمي إليه؟

toolkit-health-observe-1 = هل يعرف اسم طبيبه وكيف يتواصل معه؟
toolkit-health-observe-2 = هل ينام ويأكل بانتظام؟
toolkit-health-observe-3 = هل تظهر عليه علامات توتّر، أو حزن، أو ألم لا يتحدّث عنها؟
toolkit-health-talk-1 = ماذا تفعل عندما تشعر بالمرض؟
toolkit-health-talk-2 = ما الذي يساعدك على الشعور بالهدوء؟
toolkit-health-talk-3 = هل هناك شيء عن صحتك تودّ أن تفهمه بشكل أفضل؟

toolkit-communication-observe-1 = في أيّ مواقف يستخدم اللغة المحلية بثقة؟
toolkit-communication-observe-2 = هل يتجنّب المكالمات الهاتفية أو الذهاب إلى المكاتب؟
toolkit-communication-observe-3 = كيف يتحدّث عن ثقافته ولغته؟
toolkit-communication-talk-1 = متى كانت محادثة هنا صعبة عليك؟ ماذا حدث؟
toolkit-communication-talk-2 = ما العادات هنا التي ما زالت تفاجئك؟
toolkit-communication-talk-3 = ما الذي تريد أن تحافظ عليه من ثقافتك؟

toolkit-career-observe-1 = ما المهارات التي يُظهرها في حياته اليومية: الطبخ، أو التصليح، أو رعاية الآخرين، أو التنظيم؟
toolkit-career-observe-2 = هل لديه أي خبرة عمل، مدفوعة الأجر أو غير مدفوعة؟
toolkit-career-observe-3 = كيف يتفاعل مع التعليمات والملاحظات؟
toolkit-career-talk-1 = ما العمل الذي تودّ أن تقوم به بعد خمس سنوات؟
toolkit-career-talk-2 = ما الشيء الذي تُجيده وتفخر به؟
toolkit-career-talk-3 = ماذا تعرف عن حقّك في العمل هنا؟

toolkit-finance-observe-1 = كيف يستخدم مصروفه الشخصي أو المنحة التي يحصل عليها؟
toolkit-finance-observe-2 = هل يشعر بضغط لإرسال المال إلى عائلته أو لسداد دَين؟
toolkit-finance-observe-3 = هل يستطيع أن يقرأ إيصالًا، أو فاتورة، أو كشف حساب مصرفي؟
toolkit-finance-talk-1 = على ماذا تصرف معظم مالك؟
toolkit-finance-talk-2 = لو استطعت أن تدّخر، فلأجل ماذا ستدّخر؟
toolkit-finance-talk-3 = هل طلب منك أحد يومًا أن تستخدم حسابك المصرفي أو بطاقتك من أجله؟

toolkit-self-determination-observe-1 = هل يتّخذ قراراته بنفسه، أم ينتظر أن يقرّر الآخرون عنه؟
toolkit-self-determination-observe-2 = هل يلتزم بروتينه اليومي دون تذكير؟
toolkit-self-determination-observe-3 = كيف يتحدّث في الاجتماعات التي تتناول خططه؟
toolkit-self-determination-talk-1 = كيف سيبدو اليوم الجيد بالنسبة إليك عندما يكون عمرك ٢٠ سنة؟
toolkit-self-determination-talk-2 = حدّثني عن قرار تفخر به.
toolkit-self-determination-talk-3 = ما الذي تريد أن يتوقّف الكبار عن تقريره نيابةً عنك؟

toolkit-bureaucracy-observe-1 = هل يعرف أين وثائقه، وهل يحتفظ بنسخ منها؟
toolkit-bureaucracy-observe-2 = هل يعرف متى تنتهي صلاحية تصريح إقامته أو أوراقه؟
toolkit-bureaucracy-observe-3 = ماذا يفعل بالرسائل الرسمية: يفتحها، أم يتجاهلها، أم يحضرها إلى الموظفين؟
toolkit-bureaucracy-talk-1 = أيّ وثيقة تقلقك أكثر من غيرها؟
toolkit-bureaucracy-talk-2 = أيّ مكتب ذهبت إليه وحدك؟
toolkit-bureaucracy-talk-3 = مَن ستسأل إذا وصلتك رسالة لم تفهمها؟

toolkit-housing-observe-1 = هل يحافظ على غرفته نظيفة وآمنة؟
toolkit-housing-observe-2 = هل يعرف التكلفة الحقيقية للإيجار والفواتير في المنطقة؟
toolkit-housing-observe-3 = كيف علاقته بالأشخاص الذين يتقاسم معهم المكان؟
toolkit-housing-talk-1 = أين تودّ أن تعيش بعد مغادرة الرعاية، ومع مَن؟
toolkit-housing-talk-2 = ما الذي يجعل مكانًا ما يبدو لك كأنه بيتك؟
toolkit-housing-talk-3 = ماذا ستفعل إذا لم تستطع أن تدفع الإيجار في أحد الشهور؟

## Pillar names (the titles of the pillar guides)

pillar-education = التعليم
pillar-community = المشاركة المجتمعية والعلاقات بين الأشخاص
pillar-health = الصحة
pillar-communication = التواصل والوعي الثقافي
pillar-career = المسار المهني والتوظيف
pillar-finance = المهارات المالية وإدارة المال
pillar-self-determination = الاستقلالية واتخاذ القرار، ومهارات الاعتماد على النفس، ونموّ المراهقين
pillar-bureaucracy = الإجراءات الإدارية والتشريعات والتشبيك
pillar-housing = السكن
