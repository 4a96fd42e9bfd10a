# Soomaali (so): interface strings, translated from locales/en/main.ftl.
# Draft: a native speaker has not reviewed it yet. Keep the ids and any
# { $variable } as they are. See TRANSLATING.md and locales/so/TERMS.md.

# Interface strings for the INTEGRA site: the English source.
# Translators: copy this file to locales/<your-locale>/main.ftl and translate
# the text after each `=`. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

## Site

site-title = INTEGRA: La-talinta dhallinyarada
skip-to-content = U gudub qoraalka
language-menu = Luqadda:
nav-label = Liiska weyn
footer-nav-label = Ku saabsan websaydhkan
nav-home = Bogga hore
nav-pillars = 9-ka tiir
nav-workshops = Aqoon-is-weydaarsiyo
nav-self-assessment = Is-qiimeyn
nav-mentors = Lataliyeyaasha
nav-white-paper = Warqadda Cad
nav-about = Nagu saabsan
nav-privacy = Asturnaanta
footer-note = Barnaamijka Is-dhexgalka ee La-talinta ee INTEGRA: taageero loogu talagalay dhallinyarada ka baxaya daryeelka iyo lataliyeyaashooda. Websaydhkani ma isticmaalo kukiyo (cookies), mana raadraaco cidna.

## Notices on translated pages

# $language is the reader's language, $original the language the page is written in.
fallback-notice = Boggan weli looma turjumin { $language }. Halkan wuxuu ku qoran yahay { $original }.
draft-notice = Tani waa turjumaad qabyo ah. Weli ma hubin qof Af-Soomaaligu afkiisa hooyo yahay.
draft-notice-more = Sida turjumaaduhu u shaqeeyaan

## Home page

home-pillars-heading = 9-ka tiir ee nolol madax-bannaan

## Pillars

# $number (number): the pillar's number, 1 to 9.
pillar-number = Tiirka { $number }
pillar-workshops = Aqoon-is-weydaarsiyada tiirkan
pillar-no-workshops = Tiirkan weli ma laha aqoon-is-weydaarsiyo.

## Workshops

workshop-sheet = Warqadda fududeeyaha
workshop-duration = Waqtiga
# $minutes (number): how long a workshop takes, in minutes.
duration-minutes = { $minutes ->
    [one] { $minutes } daqiiqo
   *[other] { $minutes } daqiiqo
}
workshop-group-size = Tirada kooxda
# $count (number): how many young people take part.
group-size-exact = { $count ->
    [one] Hal qof oo dhallinyaro ah
   *[other] { $count } qof oo dhallinyaro ah
}
# $min, $max (numbers): the fewest and the most young people who can take part.
group-size-range = { $min } ilaa { $max } qof oo dhallinyaro ah
workshop-format = Qaabka
format-one-to-one = Hal qof
format-group = Koox
format-either = Hal qof ama koox
workshop-difficulty = Heerka
difficulty-introductory = Bilow
difficulty-intermediate = Dhexe
difficulty-advanced = Sare
workshop-objectives = Ujeeddooyinka
workshop-materials = Qalabka
workshop-preparation = Diyaargarowga
print-sheet = Daabac warqaddan
workshop-back = Ku noqo tiirka

## White Paper

white-paper-contents = Tusmada
# $number (number): the White Paper chapter's number.
chapter-number = Cutubka { $number }
chapter-nav-label = Cutubyada
chapter-previous = Kii hore:
chapter-next = Kan xiga:

## Page not found

not-found-title = Boggan lama helin
not-found-text = Ma aanan helin boggan. Waxaa laga yaabaa in meel kale loo raray, ama in cinwaanka qalad far ah ku jiro.
not-found-home = Tag bogga hore

## Translation status page

nav-translate = Ka caawi turjumaadda
translate-title = Turjumaadaha websaydhkan
translate-intro = Mutadawiciin ayaa turjuma websaydhkan. Boggani wuxuu muujinayaa heerka ay luqad kastaa gaartay iyo waxa weli maqan, si aad u aragto halka caawimaaddaadu ugu muhiimsan tahay.
translate-how = Si aad u caawiso, akhri hagaha turjumaannada, TRANSLATING.md, oo ku jira faylasha isha ee websaydhka, ama la xiriir kooxda maamusha websaydhkan. Turjumaad kastaa waxay ku bilaabataa qabyo ilaa qof luqaddaasi afkiisa hooyo tahay uu akhriyo.
translate-overview = Dhammaan luqadaha
translate-language = Luqadda
translate-interface = Wejiga websaydhka
translate-pages = Bogagga
translate-drafts = Qabyo
translate-stale = Duugoobay
# $language (text): the language's own name, such as "Español".
translate-missing-heading = Weli looma turjumin { $language }
translate-stale-heading = Duugoobay: bogga Ingiriisiga ah wuu is beddelay tan iyo markii la turjumay
# $count (number): how many blocks (paragraphs, headings, list items…) of the English page changed since the page was translated.
translate-blocks-changed =
    { $count ->
        [one] hal qayb ayaa is beddeshay
       *[other] { $count } qaybood ayaa is beddelay
    }
translate-english-page = Bogga Ingiriisiga ah
translate-po-file = Faylka PO
translate-drafts-heading = Qabyo sugaya in qof luqaddaasi afkiisa hooyo tahay uu dib u eego
# $count (number): how many interface messages are not translated.
translate-messages-missing = { $count ->
    [one] { $count } fariin oo wejiga ah weli lama turjumin.
   *[other] { $count } fariimood oo wejiga ah weli lama turjumin.
}
# $language (text): the source language's own name, "English".
translate-source = { $language } waa luqadda ay turjumaadaha kale ka bilaabmaan.
translate-all-done = Waxba ma maqna.

## Mentor training, handouts, country guides and easy-read pages (issue 14)

nav-accessibility = Helitaanka
# Between the items of a short inline list.
list-separator = {", "}
workshop-handouts = Waraaqo la qaybiyo oo la daabaco
handout-eyebrow = Warqad la qaybiyo oo la daabaco
handout-used-in = Waxaa lagu isticmaalaa
easy-read-eyebrow = Akhris fudud
easy-read-link = Gaaban oo fudud: akhri nuqulka akhriska fudud
training-eyebrow = Koorso tababar
training-modules = Qaybaha koorsada
# $number (Number) - the module's place in the course, from 1
training-module-number = Qaybta { $number }
training-outcomes = Waxa aad baran doonto
training-nav-label = Qaybaha koorsada
training-previous = Qaybtii hore
training-next = Qaybta xigta
country-eyebrow = Hagaha dalka
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated = La cusboonaysiiyay { $date }
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated-long = La qoray ama markii ugu dambeysay la beddelay { $date }.
country-review-pending = Dib-u-eegista sharciga waa la sugayaa: weli xirfadle maxalli ah ma hubin hagahan.
country-review-pending-short = Dib-u-eegista sharciga waa la sugayaa
# $date (String) - the day a local professional reviewed the guide, as 2027-01-15
country-reviewed = Xirfadle maxalli ah ayaa dib u eegay { $date }.
country-reviewed-short = Xirfadle maxalli ah ayaa dib u eegay
country-confirm = Sharciyada iyo sida loogu dhaqmo way is beddelaan: ka hor intaadan ku dhaqmin, qareen ama khabiir sharci oo maxalli ah waa inuu xaqiijiyaa waxa hagahani ka sheegayo xaaladda qofka dhallinyarada ah.
