# Soomaali (so): interface strings, translated from locales/en/assessment.ftl.
# Draft: a native speaker has not reviewed it yet. Keep the ids and any
# { $variable } as they are. See TRANSLATING.md and locales/so/TERMS.md.

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
scale-1 = Weli maya
scale-2 = Caawimaad badan
scale-3 = Caawimaad dhexdhexaad ah
scale-4 = Caawimaad yar
scale-5 = Haa, keligay
# Shown in the list of answers for a statement the young person skipped.
scale-skipped = Waa laga booday

## Result bands

band-work-on = Aan ka shaqayno tan
band-growing = Wuu korayaa
band-strong = Xoog leh
band-too-few = Jawaabo ku filan ma jiraan

## 1. Education

q-education-find-course = Waxaan heli karaa koorso ama tababar ku habboon waxa aan doonayo inaan qabto.
q-education-learning-so-far = Waxaan sheegi karaa waxa aan ilaa hadda bartay, dugsiga gudihiisa iyo dibaddiisaba.
q-education-enrol = Waxaan iska diiwaangelin karaa koorso.
q-education-certificates = Waxaan warbixinnada dugsiga iyo shahaadooyinkayga ku hayn karaa hal meel oo ammaan ah.
q-education-study-plan = Waxaan qorsheyn karaa toddobaadkayga si aan waqti ugu helo waxbarasho.
q-education-ask-support = Waxaan macallin ka codsan karaa caawimaad marka waxbarashadu igu adag tahay.
q-education-language-class = Waxaan heli karaa fasal aan ku horumariyo luqadda deegaanka.

## 2. Community participation and interpersonal relationships

q-community-support-network = Waxaan magacaabi karaa dad aan u tagi karo marka aan u baahdo caawimaad noocyo kala duwan ah.
q-community-keep-in-touch = Waxaan xiriir la sii wadi karaa dadka muhiimka ii ah.
q-community-new-people = Waxaan wada-hadal la bilaabi karaa qof cusub.
q-community-local-activity = Waxaan heli karaa naadi, koox ama hawl u dhow meesha aan ku noolahay.
q-community-solve-conflict = Waxaan si deggan u xallin karaa khilaaf.
q-community-say-no = Waxaan dhihi karaa maya marka qof igu cadaadiyo inaan sameeyo wax aanan rabin.
q-community-plan-journey = Waxaan qorsheyn karaa safar bas, taraam ama tareen ah oo aan ku tago meel aanan hore u tagin.
q-community-travel-ticket = Waxaan iibsan karaa tigidhka saxda ah ee baska, taraamka ama tareenka.

## 3. Health

q-health-register-doctor = Waxaan iska diiwaangelin karaa dhakhtar.
q-health-book-appointment = Waxaan ballan la qabsan karaa dhakhtar.
q-health-choose-service = Waxaan dooran karaa meesha aan aado marka aan xanuunsado: farmashiye, dhakhtar ama isbitaal.
q-health-emergency = Waxaan wici karaa lambarka gurmadka degdegga ah oo sheegi karaa waxa dhacay iyo meesha aan joogo.
q-health-medicine-label = Waxaan raaci karaa tilmaamaha ku qoran warqadda dawada.
q-health-mental-help = Waxaan heli karaa caawimaad marka aan dareemo murugo, walwal ama walbahaar badan.
q-health-cook-meal = Waxaan karin karaa cunto fudud oo caafimaad leh.
q-health-food-shopping = Waxaan lacagta aan haysto ku iibsan karaa cunto toddobaad igu filan.

## 4. Communication and cultural awareness

q-communication-local-language = Waxaan wada-hadallada maalinlaha ah ku maarayn karaa luqadda deegaanka.
q-communication-phone-call = Waxaan taleefan ku wici karaa xafiis.
q-communication-formal-message = Waxaan xafiis u qori karaa iimayl gaaban oo edeb leh.
q-communication-interpreter = Waxaan codsan karaa turjumaan marka aan u baahdo.
q-communication-greetings = Waxaan dadka u salaami karaa sida caadada u ah halkan.
q-communication-misunderstanding = Waxaan xallin karaa is-faham-waa aan la qabo qof dhaqan kale ka yimid.
q-communication-own-culture = Waxaan caado dhaqankayga ka mid ah u sharxi karaa qof aan aqoon u lahayn.
q-communication-online-sharing = Waxaan go'aansan karaa waxa ammaanka ah ee aan naftayda ka wadaagi karo internetka.

## 5. Career and employment

q-career-my-skills = Waxaan magacaabi karaa shan wax oo aan ku fiicanahay.
q-career-cv = Waxaan qori karaa CV.
q-career-cv-adapt = Waxaan CV-gayga u beddeli karaa si uu ugu habboonaado xayeysiis shaqo.
q-career-find-jobs = Waxaan heli karaa xayeysiisyo shaqo oo igu habboon.
q-career-interview = Waxaan ka jawaabi karaa su'aalaha caadiga ah ee wareysiga shaqada.
q-career-contract = Waxaan qandaraaska shaqada ka heli karaa mushaharka iyo saacadaha.
q-career-rights-at-work = Waxaan ogaan karaa cidda aan weydiiyo marka ay wax shaqada ka khaldan yihiin.

## 6. Financial and money management skills

q-finance-bank-account = Waxaan hubin karaa lacagta soo gashay iyo tan ka baxday akoonkayga bangiga.
q-finance-monthly-budget = Waxaan samayn karaa miisaaniyad bil ah.
q-finance-needs-wants = Marka aan lacag isticmaalayo, waxaan kala sooci karaa waxa aan u baahanahay iyo waxa aan doonayo oo keliya.
q-finance-pay-bills = Waxaan bixin karaa biil ka hor waqtigiisa ugu dambeeya.
q-finance-save = Waxaan bil kasta kaydsan karaa lacag yar.
q-finance-scams = Waxaan garan karaa khiyaano ama dalab khatar leh.
q-finance-debt-help = Waxaan heli karaa talo bilaash ah marka aan dhibaato lacageed qabo.

## 7. Self-determination, autonomy skills and teenagers’ development

q-self-determination-values = Waxaan sheegi karaa waxa nolosha iigu muhiimsan.
q-self-determination-first-step = Waxaan qorsheyn karaa tallaabada ugu horreysa ee hadaf.
q-self-determination-decisions = Waxaan miisaami karaa dhinacyada wanaagsan iyo kuwa xun ka hor intaanan go'aan gaarin.
q-self-determination-speak-up = Waxaan sheegi karaa waxa aan rabo kulamada looga hadlayo qorshayaashayda.
q-self-determination-get-up = Waxaan waqtigii ku toosi karaa iyadoo aan cidna i toosin.
q-self-determination-stress = Waxaan is dejin karaa marka aan walbahaar dareemo.
q-self-determination-know-rights = Waxaan ogaan karaa taageerada aan xaq u leeyahay 18 jirka kadib.
q-self-determination-online-services = Waxaan websaydh u isticmaali karaa hawl maalinle ah, sida ballan qabsasho.

## 8. Bureaucracy, legislation and networking

q-bureaucracy-documents-safe = Waxaan dukumentiyadayda muhiimka ah ku hayn karaa hal meel oo ammaan ah.
q-bureaucracy-expiry-dates = Waxaan la socon karaa goorta ay dukumentiyadaydu dhacayaan.
q-bureaucracy-renew = Waxaan bilaabi karaa cusboonaysiinta dukumenti ka hor inta uusan dhicin.
q-bureaucracy-read-letters = Waxaan fahmi karaa waxa warqad rasmi ahi iga codsanayso.
q-bureaucracy-fill-forms = Waxaan buuxin karaa foom rasmi ah.
q-bureaucracy-public-offices = Waxaan u diyaargaroobi karaa ballan xafiis dowladeed.
q-bureaucracy-legal-advice = Waxaan heli karaa talo sharci oo bilaash ah.

## 9. Housing

q-housing-options = Waxaan ogaan karaa noocyada guryaha aan ku noolaan karo daryeelka kadib.
q-housing-must-haves = Waxaan sheegi karaa waxa aan ugu baahi badnahay gurigayga xiga.
q-housing-afford-rent = Waxaan xisaabin karaa inta kiro ah ee aan awoodo.
q-housing-rental-agreement = Waxaan heshiiska kirada ka heli karaa kirada, lacagta dammaanadda iyo muddada ogeysiiska.
q-housing-keep-clean = Waxaan gurigayga ku hayn karaa nadiif.
q-housing-neighbours = Waxaan si deggan u xallin karaa dhibaato aan la qabo deris.
q-housing-repairs = Waxaan milkiilaha guriga u sheegi karaa wax u baahan dayactir.
q-housing-risk-help = Waxaan si degdeg ah u heli karaa caawimaad haddii aan gurigayga waayi karo.

## The online self-assessment page

assessment-privacy-heading = Intaadan bilaabin
assessment-privacy = Jawaabahaaga waxaa loo diraa oo keliya in la qiimeeyo, kadibna waa la illoobaa. Waxba ma kaydinno, magacna kuma weydiinno. Qalabkan waxba laguma hayo haddii aadan adigu fayl kaydsan.
assessment-instructions = Akhri weedh kasta oo dooro inta caawimaad ee aad maanta u baahan tahay. Ma jiraan jawaabo sax ah ama khalad ah. Waad ka boodi kartaa weedh kasta.
assessment-start = Bilow
# $current (number): the pillar shown, from 1; $total (number): how many pillars there are (9).
assessment-progress = Tiirka { $current } ee { $total }
assessment-previous = Dib u noqo
assessment-next = Xiga
assessment-submit = Eeg natiijooyinkayga
assessment-sending = Jawaabahaaga waa la qiimeynayaa…
assessment-offline = Ma gaari karin adeegga qiimeynta. Hubi internetkaaga oo mar kale isku day. Jawaabahaagu weli halkan way yaallaan.
assessment-error = Wax baa jawaabaha ka khaldamay. Fadlan dib u bilow.
assessment-results-heading = Natiijooyinkaaga
assessment-results-intro = Tani waa sida aad maanta isu aragto 9-ka tiir mid kasta. Kala hadal lataliyahaaga: wada jir ayaad u dooran kartaan waxa aad marka hore ka shaqaynaysaan.
assessment-chart-label = Dhibcahaaga tiir kasta, 0 ilaa 100
assessment-strengths = Meelaha aad ku xoog badan tahay
assessment-work-on = Marka hore ka shaqee
assessment-work-on-intro = Ilaa saddex tiir, kan ugu daciifsan ayaa ugu horreeya. Adiga iyo lataliyahaaga waad beddeli kartaan.
assessment-work-on-choose = Dooro ilaa saddex tiir oo marka hore laga shaqeeyo
assessment-work-on-none = Ma jiro tiir u baahan in marka hore laga shaqeeyo. Hoos mid ka dooro haddii aad rabto.
# $score (number): the pillar's score, from 0 to 100.
assessment-score = { $score } ka mid ah 100
# $count (number): how many statements the young person answered.
assessment-answered = { $count ->
    [one] { $count } jawaab
   *[other] { $count } jawaabood
}
assessment-read-guide = Akhri hagaha
assessment-see-workshops = Aqoon-is-weydaarsiyada lataliyeyaasha
# The workshops that build the skills the young person rated lowest in a pillar.
assessment-workshops-heading = Aqoon-is-weydaarsiyo loogu talagalay xirfadaha aad sida ugu hooseysa u qiimeysay
assessment-no-workshop = Xirfaddan weli aqoon-is-weydaarsi uma laha: akhri hagaha.
# After a link to a page that is not translated yet; $language is the name of
# the language it is shown in, e.g. "English".
assessment-in-language = ku qoran { $language }
assessment-answers-heading = Jawaabahaaga
assessment-answers-intro = Weedh kasta iyo jawaabta aad dooratay, tiir tiir.
assessment-print = Daabac natiijooyinkayga
assessment-save = Natiijooyinkayga u kaydi fayl ahaan
assessment-restart = Dib u bilow
assessment-forget-note = Markaad xirto boggan, natiijooyinkaagu way baaba'aan. Marka hore daabac ama fayl kaydso haddii aad rabto inaad haysato.

## Saving the results in a file

save-heading = Hayso natiijooyinkaaga
save-intro = Faylku wuxuu ku jiraa taleefankan ama kombiyuutarkan, meesha aad ku kaydiso. Wuu furmaa internet la'aan. Qof kale nuqul ma helo.
save-passphrase-label = Eray sir ah (haddii aad rabto)
save-passphrase-hint = Haddii taleefanka la wadaago, dooro eray sir ah: faylku markaas wuxuu ku furmaa oo keliya erayga sirta ah. Qofna dib uma soo celin karo eray sir ah oo la illoobay.
save-include-plan = Qorshahayga iyo qoraalladayda ku dar faylka
save-button = Kaydi faylka
save-done = Waa la kaydiyay. Faylka ka raadi meesha waxyaabaha la soo dejiyo (downloads).
save-file-title = Natiijooyinka is-qiimeyntayda
# $date (text): the day the answers were given, as YYYY-MM-DD.
save-file-date = La jawaabay { $date }
# $version (text): the version of the questions, such as "2".
save-file-version = Nuqulka su'aalaha { $version }
save-locked-intro = Faylkan waxaa lagu xiray eray sir ah.
save-unlock = Fur
save-wrong-passphrase = Erayga sirta ahi faylkan ma furo. Mar kale isku day.
save-open-site = Fur is-qiimeynta

## Progress over time

progress-heading = Eeg horumarkaaga
progress-intro = Fur hal ama dhowr fayl oo natiijooyin ah oo aad hore u kaydsatay. Waxaa lagu akhriyaa qalabkan oo keliya, weligoodna internetka lama geliyo.
progress-choose = Dooro faylasha natiijooyinka
progress-pillar = Tiirka
# $file (text): the name of the file the reader chose.
progress-not-results = { $file } ma aha fayl natiijooyin oo websaydhkan ka yimid.
# $file (text): the name of the file the reader chose.
progress-passphrase = { $file } waa xiran yahay. Qor erayga sirta ah:
progress-other-version = Faylasha qaar waxay isticmaalaan nuqul kale oo su'aalaha ah: is barbar dhig dhibcaha tiirarka, ee ha is barbar dhigin jawaabaha mid mid.
progress-now = Maanta

## Handing the results to the mentor's phone

handover-heading = Natiijooyinkaaga ku tus taleefanka lataliyahaaga
handover-intro = Lataliyahaagu wuxuu koodkan ku akhrinayaa kamaradda taleefanka. Jawaabahaagu waxay ku dhex socdaan linkiga, calaamadda # kadib, qaybtaas oo browser-yadu aysan weligood u dirin server. Bogga taleefanka lataliyahaaga ayaa markaas u diraya in la qiimeeyo, sidii kan oo kale. Linkigu wuxuu ku jiraa taariikhda browser-ka ee taleefanka fura.
handover-show = Tus koodka
handover-history = Haddii taleefanka la wadaago, boggan ka tirtir taariikhda browser-ka marka aad dhammayso.
handover-received = Natiijooyinkan waxay ka yimaadeen linki. Boggan ka tirtir taariikhda browser-ka marka aad dhammayso.
# Shown when a hand-over link was made for another version of the questionnaire.
handover-other-version = Linkigan waxaa loo sameeyay nuqul kale oo su'aalaha ah, sidaas darteed halkan laguma furi karo. Codso kood cusub.

## The mentor's view

mentor-heading = Aragtida lataliyaha
mentor-intro = Lataliye: qiimee isla weedhahaas tiirarka kor lagu doortay, sida aad maanta u aragto qofka dhallinyarada ah. Qiimeyntaada abadan meelna looma diro, browser-kana laguma hayo: waxay ku jirtaa boggan ilaa la xiro.
mentor-start = Ku dar qiimeynta lataliyaha
mentor-done = Is barbar dhig jawaabahayaga
mentor-compare-heading = Dhinac dhinac
mentor-differ-heading = Marka hore ka hadla kuwan
mentor-differ-intro = Weedhahan, qiimeyntiinnu waxay ku kala duwan tahay laba dhibcood ama ka badan.
mentor-differ-none = Weedh kasta, qiimeyntiinnu way isku dhow dahay.
mentor-print-toolkit = Daabac qalabka qiimeynta oo ay jawaabahan ku jiraan

## The plan

plan-heading = Qorshahayga
plan-intro = Dooro waxa aad ka shaqaynayso oo ku qor erayadaada. Waxa aad qorto abadan meelna looma diro, browser-kana laguma hayo: waxay ku jiraan boggan ilaa la xiro, haddii aadan ku kaydsan faylkaaga.
plan-goal = Hadafkayga
plan-helper = Cidda i caawinaysa
plan-workshop = Aqoon-is-weydaarsiyada aan samaynayo
plan-review = Taariikhda aan dib u eegayo
plan-print = Daabac qorshahayga

## The mentor's offline toolkit

toolkit-statement = Weedha
toolkit-young-person = Qofka dhallinyarada ah
toolkit-mentor = Lataliyaha
toolkit-observe = Waxa la fiiriyo
toolkit-talk = Su'aalo wada-hadal lagu bilaabo
toolkit-notes = Qoraallo iyo tallaabooyinka xiga ee la isku raacay
toolkit-date = Taariikhda

toolkit-education-observe-1 = Ma ka hadlaan dugsiga ama tababarka iyagoo xiisaynaya, walwalsan, mise way aamusaan?
toolkit-education-observe-2 = Marka la weydiiyo, ma soo saari karaan shahaadooyinkooda iyo warbixinnada dugsiga?
toolkit-education-observe-3 = Nolol maalmeedka, sidee ula tacaalaan casharrada guriga ama waqtiyada ugu dambeeya?
toolkit-education-talk-1 = Maxaad ku raaxaysatay inaad barato, halkan ama dalkaaga?
toolkit-education-talk-2 = Haddii aad sannadkan hal wax baran karto, muxuu noqon lahaa?
toolkit-education-talk-3 = Maxaa hadda waxbarashada kugu adkeynaya?

toolkit-community-observe-1 = Dadkee ayay magacyadooda sheegaan marka ay ka sheekaynayaan toddobaadkooda?
toolkit-community-observe-2 = Ma ka qaybqaataan wax ka baxsan xarunta?
toolkit-community-observe-3 = Sidee ula dhaqmaan khilaafka ay la yeeshaan dhallinyarada kale ama shaqaalaha?
toolkit-community-talk-1 = Yaad wici lahayd haddii aad war wanaagsan haysato? Warka xunse?
toolkit-community-talk-2 = Dadka halkan joogaa kuwee ayaa noloshaada ku sii jiri doona 18 jirka kadib?
toolkit-community-talk-3 = Ma jirtaa koox ama meel aad dareento inaad ka tirsan tahay?

toolkit-health-observe-1 = Ma yaqaannaan magaca dhakhtarkooda iyo sida loola xiriiro?
toolkit-health-observe-2 = Si joogto ah ma u seexdaan oo ma wax u cunaan?
toolkit-health-observe-3 = Ma muujiyaan calaamado walbahaar, niyad-jab ama xanuun oo aysan ka hadlin?
toolkit-health-talk-1 = Maxaad samaysaa marka aad dareento inaad xanuunsan tahay?
toolkit-health-talk-2 = Maxaa kaa caawiya inaad deggenaato?
toolkit-health-talk-3 = Ma jiraa wax caafimaadkaaga ku saabsan oo aad jeclaan lahayd inaad si fiican u fahanto?

toolkit-communication-observe-1 = Xaaladahee ayay luqadda deegaanka ku isticmaalaan iyagoo kalsooni leh?
toolkit-communication-observe-2 = Ma iska ilaaliyaan wicitaannada taleefanka ama xafiisyada?
toolkit-communication-observe-3 = Sidee uga hadlaan dhaqankooda iyo luqaddooda?
toolkit-communication-talk-1 = Goormaa wada-hadal halkan kugu adkaaday? Maxaa dhacay?
toolkit-communication-talk-2 = Caadooyinkee halkan ah ayaa weli kaa yaabiya?
toolkit-communication-talk-3 = Maxaad dhaqankaaga ka rabtaa inaad sii haysato?

toolkit-career-observe-1 = Xirfadahee ayay muujiyaan nolol maalmeedka: cunto karin, dayactir, daryeel, habayn?
toolkit-career-observe-2 = Ma leeyihiin khibrad shaqo, mid lacag leh ama mid aan lacag lahayn?
toolkit-career-observe-3 = Sidee uga falceliyaan tilmaamaha iyo faallooyinka shaqadooda?
toolkit-career-talk-1 = Shaqo noocee ah ayaad jeclaan lahayd inaad qabato shan sano kadib?
toolkit-career-talk-2 = Maxaad ku faantaa inaad ku fiican tahay?
toolkit-career-talk-3 = Maxaad ka taqaannaa xaqa aad halkan u leedahay inaad shaqayso?

toolkit-finance-observe-1 = Sidee u isticmaalaan lacagta jeebka ama gunnada ay helaan?
toolkit-finance-observe-2 = Ma dareemaan cadaadis ah inay lacag u diraan qoyska ama ay bixiyaan deyn?
toolkit-finance-observe-3 = Ma akhrin karaan rasiid, biil ama warbixinta bangiga?
toolkit-finance-talk-1 = Maxaad lacagtaada inteeda badan ku bixisaa?
toolkit-finance-talk-2 = Maxaad u kaydsan lahayd haddii aad awoodi lahayd?
toolkit-finance-talk-3 = Qof weligii ma kaa codsaday inuu isticmaalo akoonkaaga bangiga ama kaarkaaga?

toolkit-self-determination-observe-1 = Ma iyagaa naftooda u doorta, mise waxay sugaan in dad kale go'aan gaaraan?
toolkit-self-determination-observe-2 = Ma ku dhaqmaan nidaamkooda maalinlaha ah iyadoo aan la xusuusin?
toolkit-self-determination-observe-3 = Sidee uga hadlaan kulamada looga hadlayo qorshayaashooda?
toolkit-self-determination-talk-1 = Sidee ayay u ekaan lahayd maalin wanaagsan markaad 20 jir tahay?
toolkit-self-determination-talk-2 = Iiga sheekee go'aan aad ku faanto.
toolkit-self-determination-talk-3 = Maxaad rabtaa in dadka waaweyni joojiyaan inay adiga kuu go'aamiyaan?

toolkit-bureaucracy-observe-1 = Ma yaqaannaan meesha ay dukumentiyadoodu yaallaan, oo ma hayaan nuqullo?
toolkit-bureaucracy-observe-2 = Ma yaqaannaan taariikhaha ay dhacayaan ruqsaddooda ama waraaqahoodu?
toolkit-bureaucracy-observe-3 = Maxay ku sameeyaan waraaqaha rasmiga ah: ma furaan, ma iska indha tiraan, mise shaqaalaha ayay u keenaan?
toolkit-bureaucracy-talk-1 = Dukumentigee ayaad ugu walwal badan tahay?
toolkit-bureaucracy-talk-2 = Xafiiskee ayaad keligaa aaday?
toolkit-bureaucracy-talk-3 = Yaad weydiin lahayd haddii aad hesho warqad aadan fahmin?

toolkit-housing-observe-1 = Qolkooda ma ku hayaan nadiif iyo ammaan?
toolkit-housing-observe-2 = Ma yaqaannaan qiimaha dhabta ah ee kirada iyo biilasha ee aagga?
toolkit-housing-observe-3 = Sidee ula noolyihiin dadka ay meesha la wadaagaan?
toolkit-housing-talk-1 = Xaggee ayaad jeclaan lahayd inaad ku noolaato daryeelka kadib, yaadse la noolaan lahayd?
toolkit-housing-talk-2 = Maxaa meel ka dhigi lahaa guri kuu ah?
toolkit-housing-talk-3 = Maxaad samayn lahayd haddii aadan bil kirada bixin karin?

## Pillar names (the titles of the pillar guides)

pillar-education = Waxbarasho
pillar-community = Ka-qaybgalka bulshada iyo xiriirka dadka
pillar-health = Caafimaad
pillar-communication = Isgaarsiin iyo fahamka dhaqanka
pillar-career = Xirfad iyo shaqo
pillar-finance = Xirfadaha maaliyadda iyo maamulka lacagta
pillar-self-determination = Go'aan-qaadasho, xirfadaha madax-bannaanida iyo koritaanka dhallinyarada
pillar-bureaucracy = Xafiisyada iyo waraaqaha, sharciga iyo samaynta xiriirro
pillar-housing = Guri
