# ትግርኛ (ti): interface strings, translated from locales/en/assessment.ftl.
# Draft: a native speaker has not reviewed it yet. Keep the ids and any
# { $variable } as they are. See TRANSLATING.md and locales/ti/TERMS.md.

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
scale-1 = ገና ኣይክእልን
scale-2 = ብብዙሕ ሓገዝ
scale-3 = ብገለ ሓገዝ
scale-4 = ብቑሩብ ሓገዝ
scale-5 = እወ፣ ባዕለይ
# Shown in the list of answers for a statement the young person skipped.
scale-skipped = ዝተሓለፈ

## Result bands

band-work-on = ኣብዚ ንስራሓሉ
band-growing = ይዓቢ ኣሎ
band-strong = ብርቱዕ
band-too-few = ንምግምጋም እኹል መልሲ የለን

## 1. Education

q-education-find-course = ምስቲ ክገብሮ ዝደሊ ዝሰማማዕ ኮርስ ወይ ስልጠና ክረክብ ይኽእል እየ።
q-education-learning-so-far = ክሳብ ሕጂ ኣብ ቤት ትምህርትን ካብ ቤት ትምህርቲ ወጻእን ዝተማሃርክዎ ክገልጽ ይኽእል እየ።
q-education-enrol = ኣብ ኮርስ ክምዝገብ ይኽእል እየ።
q-education-certificates = ጸብጻባት ቤት ትምህርተይን ምስክር ወረቐታተይን ኣብ ሓደ ውሑስ ቦታ ክዕቅቦም ይኽእል እየ።
q-education-study-plan = ንምጽናዕ ግዜ ምእንቲ ክህልወኒ ሰሙነይ ክውጥን ይኽእል እየ።
q-education-ask-support = ትምህርተይ ምስ ዝኸብደኒ ንመምህር ሓገዝ ክሓትት ይኽእል እየ።
q-education-language-class = ቋንቋ ናይዚ ሃገር ንምምሕያሽ ክፍሊ ትምህርቲ ክረክብ ይኽእል እየ።

## 2. Community participation and interpersonal relationships

q-community-support-network = ንዝተፈላለየ ዓይነት ሓገዝ ክቐርቦም ዝኽእል ሰባት ብስሞም ክጠቕስ ይኽእል እየ።
q-community-keep-in-touch = ምስቶም ኣገደስቲ ዝኾኑለይ ሰባት ርክብ ክቕጽል ይኽእል እየ።
q-community-new-people = ምስ ሓድሽ ሰብ ዘረባ ክጅምር ይኽእል እየ።
q-community-local-activity = ኣብ ጥቓ ዝነብረሉ ቦታ ክለብ፣ ጉጅለ ወይ ንጥፈት ክረክብ ይኽእል እየ።
q-community-solve-conflict = ዘይምስምማዕ ብህድኣት ክፈትሖ ይኽእል እየ።
q-community-say-no = ሓደ ሰብ ዘይደልዮ ነገር ክገብር ምስ ዘገድደኒ፣ «ኣይፋል» ክብል ይኽእል እየ።
q-community-plan-journey = ናብ ቅድሚ ሕጂ ዘይከድክዎ ቦታ ብኣውቶቡስ፣ ትራም ወይ ባቡር ጉዕዞ ክውጥን ይኽእል እየ።
q-community-travel-ticket = ንኣውቶቡስ፣ ትራም ወይ ባቡር ትኽክለኛ ቲኬት ክዕድግ ይኽእል እየ።

## 3. Health

q-health-register-doctor = ኣብ ሓደ ሓኪም ክምዝገብ ይኽእል እየ።
q-health-book-appointment = ምስ ሓኪም ቆጸራ ክሕዝ ይኽእል እየ።
q-health-choose-service = ምስ ሓመምኩ ናበይ ከም ዝኸይድ ክመርጽ ይኽእል እየ: ፋርማሲ፣ ሓኪም ወይ ሆስፒታል።
q-health-emergency = ናብ ቁጽሪ ህጹጽ ረድኤት ደዊለ፣ እንታይ ከም ዘጋጠመን ኣበይ ከም ዘለኹን ክነግር ይኽእል እየ።
q-health-medicine-label = ኣብ ወረቐት መድሃኒት ዘሎ ኣገባብ ኣጠቓቕማ ክስዕብ ይኽእል እየ።
q-health-mental-help = ኣዝየ ምስ ዝጉሂ፣ ምስ ዝሻቐል ወይ ጸቕጢ ምስ ዝስምዓኒ ሓገዝ ክረክብ ይኽእል እየ።
q-health-cook-meal = ቀሊልን ጥዕናዊን መግቢ ከብስል ይኽእል እየ።
q-health-food-shopping = ብዘለኒ ገንዘብ ንሓደ ሰሙን ዝኸውን መግቢ ክዕድግ ይኽእል እየ።

## 4. Communication and cultural awareness

q-communication-local-language = ብቋንቋ ናይዚ ሃገር መዓልታዊ ዘረባ ክዛረብ ይኽእል እየ።
q-communication-phone-call = ናብ ቤት ጽሕፈት ተሌፎን ክድውል ይኽእል እየ።
q-communication-formal-message = ናብ ቤት ጽሕፈት ሓጺርን ትሕትና ዘለዎን ኢመይል ክጽሕፍ ይኽእል እየ።
q-communication-interpreter = ምስ ዘድልየኒ ተርጓሚ ክሓትት ይኽእል እየ።
q-communication-greetings = ብልሙድ ኣገባብ ናይዚ ሃገር ንሰባት ሰላም ክብል ይኽእል እየ።
q-communication-misunderstanding = ምስ ካብ ካልእ ባህሊ ዝመጸ ሰብ ዝተፈጥረ ዘይምርድዳእ ከጽሪ ይኽእል እየ።
q-communication-own-culture = ሓደ ልምዲ ናይ ባህለይ ንዘይፈልጦ ሰብ ክገልጸሉ ይኽእል እየ።
q-communication-online-sharing = ብዛዕባ ርእሰይ ኣብ ኢንተርነት እንታይ ምክፋል ውሑስ ከም ዝኾነ ክውስን ይኽእል እየ።

## 5. Career and employment

q-career-my-skills = ጽቡቕ ገይረ ዝሰርሖም ሓሙሽተ ነገራት ክጠቕስ ይኽእል እየ።
q-career-cv = CV (ሓጺር ጽሑፍ ብዛዕባ ትምህርትን ተመኩሮ ስራሕን) ክጽሕፍ ይኽእል እየ።
q-career-cv-adapt = ምስ ሓደ መወዓውዒ ስራሕ ምእንቲ ክሰማማዕ፣ CV ናተይ ክቕይር ይኽእል እየ።
q-career-find-jobs = ምሳይ ዝሰማምዑ መወዓውዒታት ስራሕ ክረክብ ይኽእል እየ።
q-career-interview = ኣብ ቃለ-መሕትት ስራሕ ንዝሕተቱ ልሙዳት ሕቶታት ክምልስ ይኽእል እየ።
q-career-contract = ኣብ ውዕል ስራሕ ደሞዝን ሰዓታት ስራሕን ክረክብ ይኽእል እየ።
q-career-rights-at-work = ኣብ ስራሕ ሓደ ነገር ጌጋ ምስ ዝመስለኒ፣ ንመን ከም ዝሓትት ክፈልጥ ይኽእል እየ።

## 6. Financial and money management skills

q-finance-bank-account = ኣብ ሕሳብ ባንከይ እንታይ ከም ዝኣተወን ዝወጸን ክፈትሽ ይኽእል እየ።
q-finance-monthly-budget = ንሓደ ወርሒ በጀት ክሰርሕ ይኽእል እየ።
q-finance-needs-wants = ገንዘብ ከውጽእ ከለኹ፣ ዘድልየኒ ነገርን ዝምነዮ ነገርን ክፈሊ ይኽእል እየ።
q-finance-pay-bills = ክፍሊት (ከም ናይ መብራህቲ ወይ ማይ) ቅድሚ ዕለት መወዳእታኡ ክኸፍል ይኽእል እየ።
q-finance-save = ኣብ ነፍሲ ወከፍ ወርሒ ቑሩብ ገንዘብ ክቑጥብ ይኽእል እየ።
q-finance-scams = ምትላል ወይ ሓደገኛ ቅናሽ ከለሊ ይኽእል እየ።
q-finance-debt-help = ናይ ገንዘብ ጸገም ምስ ዘጋጥመኒ ብነጻ ምኽሪ ክረክብ ይኽእል እየ።

## 7. Self-determination, autonomy skills and teenagers’ development

q-self-determination-values = ኣብ ህይወተይ ኣዝዩ ዘገድሰኒ እንታይ ምዃኑ ክገልጽ ይኽእል እየ።
q-self-determination-first-step = ናብ ሓደ ዕላማ ዘብጽሕ ቀዳማይ ስጉምቲ ክውጥን ይኽእል እየ።
q-self-determination-decisions = ቅድሚ ምውሳነይ ጽቡቕን ሕማቕን ጎድኒ ክመዝን ይኽእል እየ።
q-self-determination-speak-up = ኣብቶም ብዛዕባ መደባተይ ዝግበሩ ኣኼባታት ዝደልዮ ክገልጽ ይኽእል እየ።
q-self-determination-get-up = ዝኾነ ሰብ ከየበራበረኒ ብሰዓቱ ክትንስእ ይኽእል እየ።
q-self-determination-stress = ጸቕጢ ምስ ዝስምዓኒ ንርእሰይ ከህድእ ይኽእል እየ።
q-self-determination-know-rights = ድሕሪ 18 ዓመት ክረኽቦ መሰል ዘለኒ ደገፍ እንታይ ምዃኑ ክፈልጥ ይኽእል እየ።
q-self-determination-online-services = መዓልታዊ ጉዳይ፣ ከም ቆጸራ ምሓዝ፣ ንምፍጻም መርበብ ሓበሬታ ክጥቀም ይኽእል እየ።

## 8. Bureaucracy, legislation and networking

q-bureaucracy-documents-safe = ኣገደስቲ ሰነዳተይ ኣብ ሓደ ውሑስ ቦታ ክዕቅቦም ይኽእል እየ።
q-bureaucracy-expiry-dates = ሰነዳተይ መዓስ ግዜኦም ከም ዝወድእ ክከታተል ይኽእል እየ።
q-bureaucracy-renew = ሓደ ሰነድ ግዜኡ ቅድሚ ምውዳኡ ምሕዳሱ ክጅምር ይኽእል እየ።
q-bureaucracy-read-letters = ሓደ ወግዓዊ ደብዳቤ እንታይ ክገብር ከም ዝሓተኒ ክርዳእ ይኽእል እየ።
q-bureaucracy-fill-forms = ወግዓዊ ቅጥዒ ክመልእ ይኽእል እየ።
q-bureaucracy-public-offices = ኣብ ህዝባዊ ቤት ጽሕፈት ንዘለኒ ቆጸራ ክዳሎ ይኽእል እየ።
q-bureaucracy-legal-advice = ብነጻ ሕጋዊ ምኽሪ ክረክብ ይኽእል እየ።

## 9. Housing

q-housing-options = ካብ ክንክን ምስ ወጻእኩ ክነብረሎም ዝኽእል ዓይነታት መንበሪ ገዛ ክፈልጥ ይኽእል እየ።
q-housing-must-haves = ኣብ ዝቕጽል ገዛይ ኣዝዩ ዘድልየኒ እንታይ ምዃኑ ክገልጽ ይኽእል እየ።
q-housing-afford-rent = ክንደይ ክራይ ክኸፍል ከም ዝኽእል ክሓስቦ ይኽእል እየ።
q-housing-rental-agreement = ኣብ ውዕል ክራይ ዘሎ መጠን ክራይ፣ ዋሕስ ገንዘብን ግዜ መጠንቀቕታን ክረክብ ይኽእል እየ።
q-housing-keep-clean = ገዛይ ጽሩይ ገይረ ክሕዞ ይኽእል እየ።
q-housing-neighbours = ምስ ጎረቤት ዘሎ ጸገም ብህድኣት ክፈትሖ ይኽእል እየ።
q-housing-repairs = ዝጽገን ጸገም ንወናኒ ገዛ ክሕብር ይኽእል እየ።
q-housing-risk-help = ገዛይ ናይ ምስኣን ሓደጋ ምስ ዘጋጥመኒ፣ ቀልጢፈ ሓገዝ ክረክብ ይኽእል እየ።

## The online self-assessment page

assessment-privacy-heading = ቅድሚ ምጅማርኩም
assessment-privacy = መልሲታትኩም ነጥቢ ንምሃብ ጥራይ እዮም ዝለኣኹ፣ ድሕሪኡ ድማ ይርስዑ። ዝኾነ ነገር ኣይንዕቅብን፣ ስምኩም ድማ ኣይንሓትን። ባዕልኹም ፋይል እንተዘይዓቂብኩም፣ ኣብዚ መሳርሒ ዝዕቀብ የለን።
assessment-instructions = ነፍሲ ወከፍ ሓረግ ኣንብቡ፣ ሎሚ ንዕኡ ንምግባር ክንደይ ሓገዝ ከም ዘድልየኩም ምረጹ። ቅኑዕ ወይ ጌጋ መልሲ የለን። ዝኾነ ሓረግ ክትሓልፍዎ ትኽእሉ ኢኹም።
assessment-start = ጀምሩ
# $current (number): the pillar shown, from 1; $total (number): how many pillars there are (9).
assessment-progress = ዓንዲ { $current } ካብ { $total }
assessment-previous = ንድሕሪት
assessment-next = ቀጽሉ
assessment-submit = ውጽኢትኩም ርኣዩ
assessment-sending = መልሲታትኩም ይግምገሙ ኣለዉ…
assessment-offline = ናብቲ ነጥቢ ዝህብ ኣገልግሎት ክንበጽሕ ኣይከኣልናን። ርክብ ኢንተርነትኩም ፈቲሽኩም እንደገና ፈትኑ። መልሲታትኩም ገና ኣብዚ ኣለዉ።
assessment-error = ምስቶም መልሲታት ገለ ጸገም ኣጋጢሙ። በጃኹም እንደገና ጀምሩ።
assessment-results-heading = ውጽኢትኩም
assessment-results-intro = ሎሚ ኣብ ነፍሲ ወከፍ ካብቶም 9 ኣዕኑድ ንርእስኹም ከመይ ከም እትርእይዋ እነሆ። ምስ ኣማኻሪኹም ተዘራረቡሉ: ብሓባር ኣብ እንታይ ቅድም ክትሰርሑ ከም ዘለኩም ክትመርጹ ትኽእሉ ኢኹም።
assessment-chart-label = ኣብ ነፍሲ ወከፍ ዓንዲ ዘለኩም ነጥቢ፣ ካብ 0 ክሳብ 100
assessment-strengths = ዝበርተዕኩምሉ
assessment-work-on = ቅድም ዝስራሓሉ
assessment-work-on-intro = ክሳብ ሰለስተ ኣዕኑድ፣ እቲ ዝደኸመ ቅድም። ንስኹምን ኣማኻሪኹምን ክትቕይርዎም ትኽእሉ ኢኹም።
assessment-work-on-choose = ቅድም ክትሰርሑሎም ክሳብ ሰለስተ ኣዕኑድ ምረጹ
assessment-work-on-none = ቅድም ስራሕ ዘድልዮ ዓንዲ የለን። እንተደሊኹም ኣብ ታሕቲ ሓደ ምረጹ።
# $score (number): the pillar's score, from 0 to 100.
assessment-score = { $score } ካብ 100
# $count (number): how many statements the young person answered.
assessment-answered = { $count ->
    [one] { $count } መልሲ
   *[other] { $count } መልሲታት
}
assessment-read-guide = ነቲ መምርሒ ኣንብቡ
assessment-see-workshops = ዓውደ-ስራሓት ንኣማኸርቲ
# The workshops that build the skills the young person rated lowest in a pillar.
assessment-workshops-heading = ዝተሓተ ነጥቢ ንዝሃብኩምዎም ክእለታት ዝሕግዙ ዓውደ-ስራሓት
assessment-no-workshop = ነዚ ክእለት ገና ዓውደ-ስራሕ የለን: ነቲ መምርሒ ኣንብቡ።
# After a link to a page that is not translated yet; $language is the name of
# the language it is shown in, e.g. "English".
assessment-in-language = ብቋንቋ { $language }
assessment-answers-heading = መልሲታትኩም
assessment-answers-intro = ነፍሲ ወከፍ ሓረግን ዝመረጽኩምዎ መልስን፣ ዓንዲ ብዓንዲ።
assessment-print = ውጽኢትኩም ሕተሙ
assessment-save = ውጽኢትኩም ከም ፋይል ዓቕቡ
assessment-restart = እንደገና ጀምሩ
assessment-forget-note = ነዚ ገጽ ምስ ዓጸኹምዎ፣ ውጽኢትኩም ይጠፍእ። ክትዕቅብዎ እንተደሊኹም፣ ቅድም ሕተምዎ ወይ ከም ፋይል ዓቕብዎ።

## Saving the results in a file

save-heading = ውጽኢትኩም ዓቕቡ
save-intro = እቲ ፋይል ኣብዚ ተሌፎን ወይ ኮምፒተር፣ ኣብቲ ዝዓቀብኩምሉ ቦታ ይጸንሕ። ብዘይ ኢንተርነት ይኽፈት። ካልእ ሰብ ቅዳሕ ኣይረክብን።
save-passphrase-label = መሕለፊ ቃል (እንተደሊኹም)
save-passphrase-hint = ኣብ ናይ ሓባር ተሌፎን፣ መሕለፊ ቃል ምረጹ: ሽዑ እቲ ፋይል ብኡ ጥራይ ይኽፈት። ዝተረስዐ መሕለፊ ቃል ዝኾነ ሰብ ክመልሶ ኣይክእልን።
save-include-plan = መደብኩምን መዘኻኸሪታትኩምን ኣብቲ ፋይል ኣእትዉ
save-button = ነቲ ፋይል ዓቕቡ
save-done = ተዓቂቡ። ነቲ ፋይል ኣብ ዝወረዱ ፋይላት (Downloads) ድለይዎ።
save-file-title = ውጽኢት ርእሰ-ገምጋመይ
# $date (text): the day the answers were given, as YYYY-MM-DD.
save-file-date = ዝተመለሰሉ ዕለት: { $date }
# $version (text): the version of the questions, such as "2".
save-file-version = ሕታም ሕቶታት { $version }
save-locked-intro = እዚ ፋይል ብመሕለፊ ቃል ተዓጽዩ ኣሎ።
save-unlock = ክፈቱ
save-wrong-passphrase = እዚ መሕለፊ ቃል ነቲ ፋይል ኣይከፍቶን። እንደገና ፈትኑ።
save-open-site = ርእሰ-ገምጋም ክፈቱ

## Progress over time

progress-heading = ምዕባለኹም ርኣዩ
progress-intro = ቅድሚ ሕጂ ዝዓቀብኩምዎም ሓደ ወይ ልዕሊኡ ፋይላት ውጽኢት ክፈቱ። ኣብዚ መሳርሒ ጥራይ እዮም ዝንበቡ፣ ናብ ዝኾነ ቦታ ድማ ፈጺሞም ኣይለኣኹን።
progress-choose = ፋይላት ውጽኢት ምረጹ
progress-pillar = ዓንዲ
# $file (text): the name of the file the reader chose.
progress-not-results = { $file } ካብዚ መርበብ ሓበሬታ ዝመጸ ፋይል ውጽኢት ኣይኮነን።
# $file (text): the name of the file the reader chose.
progress-passphrase = { $file } ተዓጽዩ ኣሎ። መሕለፊ ቃሉ ጽሓፉ:
progress-other-version = ገለ ፋይላት ካልእ ሕታም ሕቶታት ይጥቀሙ: ነፍሲ ወከፍ መልሲ ዘይኮነስ፣ ነጥቢ ናይ ኣዕኑድ ኣወዳድሩ።
progress-now = ሎሚ

## Handing the results to the mentor's phone

handover-heading = ውጽኢትኩም ኣብ ተሌፎን ኣማኻሪኹም ኣርእዩ
handover-intro = ኣማኻሪኹም ነዚ ኮድ ብካሜራ ተሌፎኖም የንብብዎ። መልሲታትኩም ኣብ ውሽጢ እቲ ሊንክ፣ ድሕሪ ምልክት #፣ ይጓዓዙ፤ ብራውዘራት ነዚ ክፋል ናብ ሰርቨር ፈጺሞም ኣይልእኽዎን። ድሕሪኡ እቲ ኣብ ተሌፎን ኣማኻሪኹም ዘሎ ገጽ፣ ከምዚ ገጽ፣ ነጥቢ ንምርካብ ይልእኾም። እቲ ሊንክ ኣብ ታሪኽ ብራውዘር ናይቲ ዝኸፍቶ ተሌፎን ይተርፍ።
handover-show = ነቲ ኮድ ኣርእዩ
handover-history = ኣብ ናይ ሓባር ተሌፎን፣ ምስ ወዳእኩም ነዚ ገጽ ካብ ታሪኽ ብራውዘር ደምስስዎ።
handover-received = እዚ ውጽኢት ካብ ሊንክ እዩ መጺኡ። ምስ ወዳእኩም ነዚ ገጽ ካብ ታሪኽ ብራውዘር ደምስስዎ።
# Shown when a hand-over link was made for another version of the questionnaire.
handover-other-version = እዚ ሊንክ ንካልእ ሕታም ሕቶታት እዩ ተሰሪሑ፣ ስለዚ ኣብዚ ክኽፈት ኣይክእልን። ሓድሽ ኮድ ሕተቱ።

## The mentor's view

mentor-heading = ርእይቶ ኣማኻሪ
mentor-intro = ኣማኻሪ: ነቶም ሓረጋት ናይቶም ኣብ ላዕሊ ዝተመርጹ ኣዕኑድ፣ ሎሚ ነቲ መንእሰይ ከም እትርእይዎ ገይርኩም ገምግሙ። ግምትኩም ናብ ዝኾነ ቦታ ፈጺሙ ኣይለኣኽን፣ ኣብ ብራውዘር ድማ ኣይዕቀብን: እዚ ገጽ ክሳብ ዝዕጾ ኣብኡ ይጸንሕ።
mentor-start = ግምት ኣማኻሪ ወስኹ
mentor-done = መልሲታትና ነወዳድር
mentor-compare-heading = ጎድኒ ንጎድኒ
mentor-differ-heading = ቅድም ብዛዕባ እዚኦም ተዘራረቡ
mentor-differ-intro = ኣብዞም ሓረጋት ግምትኩም ብ2 ነጥቢ ወይ ልዕሊኡ ይፈላለ።
mentor-differ-none = ኣብ ኩሎም ሓረጋት ግምትኩም ቀረባ እዩ።
mentor-print-toolkit = ነቲ ናውቲ ስራሕ ምስዞም መልሲታት ሕተሙ

## The plan

plan-heading = መደበይ
plan-intro = ኣብ እንታይ ክትሰርሑ ከም ዘለኩም ምረጹ፣ ብናትኩም ቃላት ድማ ጽሓፍዎ። ዝጸሓፍኩምዎ ናብ ዝኾነ ቦታ ፈጺሙ ኣይለኣኽን፣ ኣብ ብራውዘር ድማ ኣይዕቀብን: ኣብ ፋይልኩም እንተ ዘይዓቂብኩምዎ፣ እዚ ገጽ ክሳብ ዝዕጾ ኣብኡ ይጸንሕ።
plan-goal = ዕላማይ
plan-helper = መን ክሕግዘኒ እዩ
plan-workshop = ዝግበሩ ዓውደ-ስራሓት
plan-review = ነዚ እንደገና ዝርኣየሉ ዕለት
plan-print = መደብኩም ሕተሙ

## The mentor's offline toolkit

toolkit-statement = ሓረግ
toolkit-young-person = መንእሰይ
toolkit-mentor = ኣማኻሪ
toolkit-observe = እንታይ ክትዕዘቡ
toolkit-talk = ዘረባ ንምጅማር
toolkit-notes = መዘኻኸሪታትን ዝተሰማማዕኩምሉ ዝቕጽል ስጉምትታትን
toolkit-date = ዕለት

toolkit-education-observe-1 = ብዛዕባ ቤት ትምህርቲ ወይ ስልጠና ክዛረቡ ከለዉ፣ ተገዳስነት፣ ስክፍታ ወይ ስቕታ ድዮም ዘርእዩ?
toolkit-education-observe-2 = ምስ ተሓተቱ ምስክር ወረቐታቶምን ጸብጻባት ቤት ትምህርቶምን ክረኽብዎም ይኽእሉዶ?
toolkit-education-observe-3 = ኣብ መዓልታዊ ህይወቶም ዕዮ ገዛን ዕለት መወዳእታን ከመይ ይሕዝዎ?
toolkit-education-talk-1 = ኣብዚ ወይ ኣብ ሃገርኩም ክትመሃሩ ከለኹም እንታይ ኣሐጒሱኩም?
toolkit-education-talk-2 = ኣብዚ ዓመት ሓደ ነገር ክትመሃሩ እንተትኽእሉ፣ እንታይ ምኾነ?
toolkit-education-talk-3 = ሕጂ ንምጽናዕ ዘጸግመኩም እንታይ እዩ?

toolkit-community-observe-1 = ብዛዕባ ሰሙኖም ክዛረቡ ከለዉ፣ ንመን ብስሙ ይጠቕሱ?
toolkit-community-observe-2 = ካብቲ ማእከል ክንክን ወጻኢ ኣብ ዝኾነ ንጥፈት ይሳተፉዶ?
toolkit-community-observe-3 = ምስ ካልኦት መንእሰያት ወይ ሰራሕተኛታት ዘይምስምማዕ ከመይ ይሕዝዎ?
toolkit-community-talk-1 = ጽቡቕ ዜና እንተሃልዩኩም ንመን ምደወልኩም? ሕማቕ ዜናኸ?
toolkit-community-talk-2 = ካብቶም ኣብዚ ዘለዉ ሰባት፣ ድሕሪ 18 ዓመት እውን ኣብ ህይወትኩም ዝህልዉ መን እዮም?
toolkit-community-talk-3 = ከም ኣካል ዝስምዓኩም ጉጅለ ወይ ቦታ ኣሎዶ?

toolkit-health-observe-1 = ስም ሓኪሞምን ከመይ ከም ዝረኽብዎን ይፈልጡዶ?
toolkit-health-observe-2 = ብስሩዕ ይድቅሱን ይምገቡን ድዮም?
toolkit-health-observe-3 = ዘይዛረቡሉ ምልክታት ጸቕጢ፣ ጓሂ ወይ ቃንዛ የርእዩዶ?
toolkit-health-talk-1 = ሕማም ምስ ዝስምዓኩም እንታይ ትገብሩ?
toolkit-health-talk-2 = ህድኣት ንኽስምዓኩም እንታይ ይሕግዘኩም?
toolkit-health-talk-3 = ብዛዕባ ጥዕናኹም ብዝያዳ ክትርድእዎ እትደልዩ ነገር ኣሎዶ?

toolkit-communication-observe-1 = ኣብ ኣየኖት ኩነታት ቋንቋ ናይዚ ሃገር ብርግጸኝነት ይጥቀሙ?
toolkit-communication-observe-2 = ካብ ተሌፎን ምድዋል ወይ ካብ ቤት ጽሕፈታት ይርሕቑዶ?
toolkit-communication-observe-3 = ብዛዕባ ናይ ገዛእ ርእሶም ባህልን ቋንቋን ከመይ ይዛረቡ?
toolkit-communication-talk-1 = ኣብዚ ዘረባ መዓስ ከቢዱኩም? እንታይ ኣጋጠመ?
toolkit-communication-talk-2 = ኣየኖት ልምድታት ናይዚ ሃገር ገና የገርሙኹም?
toolkit-communication-talk-3 = ካብ ባህልኩም እንታይ ክትዕቅቡ ትደልዩ?

toolkit-career-observe-1 = ኣብ መዓልታዊ ህይወቶም እንታይ ክእለታት የርእዩ: ምብሳል፣ ምጽጋን፣ ምክንኻን፣ ምውዳብ?
toolkit-career-observe-2 = ዝኾነ ተመኩሮ ስራሕ ኣለዎምዶ፣ ብክፍሊት ይኹን ብዘይ ክፍሊት?
toolkit-career-observe-3 = ንትእዛዛትን ርእይቶን ከመይ ይቕበልዎ?
toolkit-career-talk-1 = ድሕሪ ሓሙሽተ ዓመት እንታይ ስራሕ ክትሰርሑ ትደልዩ?
toolkit-career-talk-2 = ጽቡቕ ገይርኩም ብምግባሩ እትሕበኑሉ ነገር እንታይ እዩ?
toolkit-career-talk-3 = ብዛዕባ ኣብዚ ሃገር ናይ ምስራሕ መሰልኩም እንታይ ትፈልጡ?

toolkit-finance-observe-1 = ናይ ጁባ ገንዘቦም ወይ ዝወሃቦም ሓገዝ ገንዘብ ከመይ ይጥቀሙሉ?
toolkit-finance-observe-2 = ንስድራ ገንዘብ ክሰዱ ወይ ዕዳ ክመልሱ ጸቕጢ ይስምዖምዶ?
toolkit-finance-observe-3 = ቅብሊት፣ ወረቐት ክፍሊት ወይ ጸብጻብ ባንኪ ከንብቡ ይኽእሉዶ?
toolkit-finance-talk-1 = ዝበዝሐ ገንዘብኩም ኣብ እንታይ ተውጽእዎ?
toolkit-finance-talk-2 = እንተትኽእሉ፣ ንእንታይ ምቖጠብኩም?
toolkit-finance-talk-3 = ዝኾነ ሰብ ሕሳብ ባንክኹም ወይ ካርድኹም ንዕኡ ክጥቀመሉ ሓቲቱኩም ይፈልጥዶ?

toolkit-self-determination-observe-1 = ባዕሎም ይመርጹዶ፣ ወይስ ካልኦት ክውስኑሎም ይጽበዩ?
toolkit-self-determination-observe-2 = ብዘይ መዘኻኸሪ ናይ ገዛእ ርእሶም ልሙድ መደብ መዓልቲ ይሕዙዶ?
toolkit-self-determination-observe-3 = ኣብቶም ብዛዕባ መደባቶም ዝግበሩ ኣኼባታት ከመይ ይዛረቡ?
toolkit-self-determination-talk-1 = ኣብ ዕድመ 20 ዓመት፣ ጽቡቕ መዓልቲ ንዓኹም እንታይ ምመሰለ?
toolkit-self-determination-talk-2 = ብዛዕባ እትሕበኑሉ ሓደ ውሳነ ንገሩኒ።
toolkit-self-determination-talk-3 = ዓበይቲ ሰባት ኣብ ክንዳኹም ምውሳን ከቋርጹሉ እትደልዩ እንታይ እዩ?

toolkit-bureaucracy-observe-1 = ሰነዳቶም ኣበይ ከም ዘለዉ ይፈልጡዶ፣ ቅዳሓትከ ይዕቅቡዶ?
toolkit-bureaucracy-observe-2 = ፍቓድ መንበሪኦም ወይ ወረቓቕቶም ግዜኦም ዝወድኡሉ ዕለታት ይፈልጡዶ?
toolkit-bureaucracy-observe-3 = ወግዓዊ ደብዳቤታት ምስ መጽኦም እንታይ ይገብሩ: ይኸፍትዎም፣ ሸለል ይብልዎም፣ ወይስ ናብ ሰራሕተኛታት የምጽእዎም?
toolkit-bureaucracy-talk-1 = ኣየናይ ሰነድ እዩ ብዝያዳ ዘሻቕለኩም?
toolkit-bureaucracy-talk-2 = ናብ ኣየናይ ቤት ጽሕፈት ባዕልኹም ከይድኩም ትፈልጡ?
toolkit-bureaucracy-talk-3 = ዘይተረደኣኩም ደብዳቤ እንተመጺኡኩም፣ ንመን ምሓተትኩም?

toolkit-housing-observe-1 = ክፍሎም ጽሩይን ውሑስን ገይሮም ይሕዝዎዶ?
toolkit-housing-observe-2 = ኣብቲ ከባቢ ሓቀኛ ዋጋ ክራይን ክፍሊታትን ይፈልጡዶ?
toolkit-housing-observe-3 = ምስቶም ቦታ ዝካፈልዎም ሰባት ከመይ ይሰማምዑ?
toolkit-housing-talk-1 = ካብ ክንክን ምስ ወጻእኩም ኣበይን ምስ መንን ክትነብሩ ትደልዩ?
toolkit-housing-talk-2 = ሓደ ቦታ ከም ገዛ ንኽስምዓኩም እንታይ ምሓገዘ?
toolkit-housing-talk-3 = ሓደ ወርሒ ክራይ ክትከፍሉ እንተዘይክኢልኩም እንታይ ምገበርኩም?

## Pillar names (the titles of the pillar guides)

pillar-education = ትምህርቲ
pillar-community = ተሳትፎ ኣብ ማሕበረሰብን ርክባት ምስ ሰባትን
pillar-health = ጥዕና
pillar-communication = ምዝርራብን ባህላዊ ግንዛበን
pillar-career = ሞያን ስራሕን
pillar-finance = ክእለታት ፋይናንስን ኣመሓድራ ገንዘብን
pillar-self-determination = ርእሰ-ውሳነ፣ ክእለታት ብነብሲ ምንባርን ዕብየት መንእሰያትን
pillar-bureaucracy = ቤት ጽሕፈታትን ወረቓቕትን፣ ሕግታትን መርበብ ርክባትን
pillar-housing = መንበሪ ገዛ
