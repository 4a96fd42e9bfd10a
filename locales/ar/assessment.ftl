# The self-assessment and the mentor's offline toolkit: Arabic (ar), draft translation.
# Translated from locales/en/assessment.ftl. Keep the ids and the { $variables } as they are.
# Arabic plural categories (CLDR): zero, one, two, few, many, other.
# Statements are written as "I can..." / "I know..." so that a young person
# can answer from "not yet" to "yes, on my own". Keep them short and plain.

## Answer scale (value 1 to 5, or skip)

scale-1 = ليس بعد
scale-2 = قليلًا
scale-3 = بمساعدة
scale-4 = في الغالب
scale-5 = نعم، وحدي
scale-skip = تخطَّ هذه الجملة

## Result bands

band-work-on = لنعمل على هذا
band-growing = في تقدّم
band-strong = قوي
band-too-few = لا توجد إجابات كافية لإعطاء نتيجة

## 1. Education

q-education-find-course = أعرف كيف أجد دورة أو مدرسة تناسب ما أريد أن أفعله.
q-education-enrol = أستطيع أن أسجّل في دورة، مع الاستمارات والوثائق التي تطلبها.
q-education-certificates = أحفظ تقاريري المدرسية وشهاداتي في مكان آمن، وأعرف كيف أحصل على نسخ منها.
q-education-study-plan = أستطيع أن أخطّط لأسبوعي حتى يكون لديّ وقت للدراسة.
q-education-ask-support = أعرف مَن أسأل في المدرسة أو المعهد عندما أواجه صعوبة.
q-education-language-class = أعرف أين أجد دروسًا لتحسين اللغة المحلية.

## 2. Community participation and interpersonal relationships

q-community-trusted-adults = لديّ شخصان بالغان على الأقل أثق بهما وأستطيع الاتصال بهما.
q-community-friends = لديّ أصدقاء أقضي معهم وقت الفراغ.
q-community-local-activity = أشارك في نادٍ أو مجموعة أو نشاط قريب من مكان سكني.
q-community-solve-conflict = أستطيع أن أحلّ خلافًا بهدوء.
q-community-say-no = أستطيع أن أقول «لا» عندما يطلب مني أحد أن أفعل شيئًا لا أريده.
q-community-ask-help = أعرف إلى أين أذهب في منطقتي عندما أحتاج إلى مساعدة.

## 3. Health

q-health-register-doctor = أعرف كيف أسجّل عند طبيب.
q-health-book-appointment = أستطيع أن أحجز موعدًا عند الطبيب بنفسي.
q-health-emergency = أعرف رقم الطوارئ، ومتى أستخدمه.
q-health-medicines = أفهم كيف آخذ أدويتي، وكيف أحصل على المزيد منها.
q-health-mental-help = أعرف أين أجد المساعدة إذا شعرت بحزن شديد أو بقلق أو بتوتّر.
q-health-daily-habits = أنام وآكل وأتحرّك بطريقة تحافظ على صحتي.

## 4. Communication and cultural awareness

q-communication-local-language = أستطيع أن أتدبّر أموري في المحادثات اليومية باللغة المحلية.
q-communication-phone-call = أستطيع أن أتّصل هاتفيًا بمكتب أو بطبيب.
q-communication-formal-message = أستطيع أن أكتب رسالة قصيرة ومهذّبة، أو بريدًا إلكترونيًا، إلى مكتب.
q-communication-interpreter = أعرف كيف أطلب مترجمًا عندما أحتاج إليه.
q-communication-local-customs = أفهم القواعد غير المكتوبة هنا، مثل الالتزام بالمواعيد أو طريقة تحية الناس.
q-communication-own-culture = أستطيع أن أُبقي لغتي وديني وتقاليدي حيّة في حياتي الجديدة.

## 5. Career and employment

q-career-my-skills = أستطيع أن أذكر مهاراتي والأشياء التي أُجيدها.
q-career-cv = لديّ سيرة ذاتية أستطيع تعديلها لكل وظيفة.
q-career-find-jobs = أعرف أين أبحث عن وظائف أو تدريب أو تلمذة مهنية.
q-career-interview = أستطيع أن أستعدّ لمقابلة عمل.
q-career-contract = أستطيع أن أقرأ عقد عمل وأجد فيه الأجر وساعات العمل ومدّة العقد.
q-career-rights-at-work = أعرف حقوقي الأساسية في العمل، ومَن أسأل إذا حدث شيء غير صحيح.

## 6. Financial and money management skills

q-finance-bank-account = لديّ حساب مصرفي وأعرف كيف أستخدمه.
q-finance-monthly-budget = أستطيع أن أضع ميزانية لشهر كامل.
q-finance-pay-bills = أعرف كيف أدفع الفواتير والإيجار في موعدها.
q-finance-save = أستطيع أن أدّخر قليلًا من المال لأشياء سأحتاجها لاحقًا.
q-finance-scams = أستطيع أن أكتشف الاحتيال، أو العرض الذي هو أجمل من أن يكون حقيقيًا.
q-finance-debt-help = أعرف أين أجد مشورة مجانية إذا كانت لديّ مشكلات مالية أو ديون.

## 7. Self-determination, autonomy skills and teenagers' development

q-self-determination-goals = لديّ أهداف لمستقبلي، وأعرف الخطوات الأولى نحوها.
q-self-determination-decisions = أستطيع أن أتّخذ قرارًا بعد أن أوازن بين الجوانب الجيدة والسيئة.
q-self-determination-speak-up = أستطيع أن أقول ما أريده في الاجتماعات التي تتناول خططي.
q-self-determination-routine = أستطيع أن ألتزم بروتين يومي: الاستيقاظ، والطبخ، والتنظيف، والوصول في الوقت.
q-self-determination-stress = أعرف ما الذي يساعدني عندما أشعر بالتوتّر أو بالغضب.
q-self-determination-know-rights = أعرف ما الدعم الذي يحقّ لي بعد سن 18.

## 8. Bureaucracy, legislation and networking

q-bureaucracy-documents-safe = أحفظ وثائقي المهمّة في مكان آمن، مع نسخ منها.
q-bureaucracy-permit-dates = أعرف متى تنتهي صلاحية تصريح إقامتي أو وثائقي الأخرى، وكيف أجدّدها.
q-bureaucracy-read-letters = أستطيع أن أفهم رسالة رسمية، أو أعرف مَن يستطيع أن يساعدني على قراءتها.
q-bureaucracy-fill-forms = أستطيع أن أملأ استمارة، أو أطلب المساعدة لملئها.
q-bureaucracy-public-offices = أعرف أيّ مكتب حكومي يهتمّ بأيّ أمر.
q-bureaucracy-legal-advice = أعرف أين أجد مشورة قانونية مجانية.

## 9. Housing

q-housing-options = أعرف أنواع السكن التي يمكن أن أعيش فيها بعد مغادرة الرعاية.
q-housing-afford-rent = أعرف كم أستطيع أن أدفع إيجارًا بحسب دخلي.
q-housing-rental-contract = أفهم النقاط الرئيسية في عقد الإيجار.
q-housing-tenant-duties = أعرف ما يجب على المستأجر أن يفعله: دفع الإيجار، والحفاظ على نظافة المسكن، واحترام الجيران.
q-housing-repairs = أعرف كيف أُبلغ صاحب السكن عن عطل يحتاج إلى إصلاح.
q-housing-risk-help = أعرف إلى أين أذهب إذا كان هناك خطر أن أفقد مسكني.

## The online self-assessment page

assessment-privacy-heading = قبل أن تبدأ
assessment-privacy = تُرسَل إجاباتك فقط لحساب النتيجة، ثم تُنسى. لا نحفظ أي شيء، ولا نسألك عن اسمك، ولا يبقى أي شيء على هذا الجهاز إلا إذا حفظته أنت بنفسك.
assessment-instructions = اقرأ كل جملة، واختر إلى أي حدّ هي صحيحة بالنسبة إليك اليوم. لا توجد إجابات صحيحة أو خاطئة. يمكنك أن تتخطّى أي جملة.
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
assessment-chart-label = نتيجتك في كل ركيزة، من 0 إلى 100
assessment-strengths = نقاط قوّتك
assessment-work-on = ركائز تبدأ العمل عليها أولًا
assessment-score = { $score } من 100
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
assessment-print = اطبع نتائجي
assessment-save = احفظ نتائجي في ملف
assessment-restart = ابدأ من جديد
assessment-forget-note = عندما تغلق هذه الصفحة، تضيع نتائجك. اطبعها أو احفظها أولًا إذا أردت أن تحتفظ بها.

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
toolkit-community-observe-2 = هل يشارك في أي نشاط خارج مكان الرعاية؟
toolkit-community-observe-3 = كيف يتعامل مع الخلافات مع الشباب الآخرين أو مع الموظفين؟
toolkit-community-talk-1 = بمن تتّصل إذا كان لديك خبر جيد؟ وإذا كان لديك خبر سيئ؟
toolkit-community-talk-2 = مَن مِن الأشخاص هنا سيبقى في حياتك بعد سن 18؟
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
toolkit-self-determination-talk-1 = كيف سيبدو اليوم الجيد بالنسبة إليك عندما يكون عمرك 20 سنة؟
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
pillar-self-determination = تقرير المصير ومهارات الاستقلالية ونموّ المراهقين
pillar-bureaucracy = الإجراءات الإدارية والتشريعات والتشبيك
pillar-housing = السكن
