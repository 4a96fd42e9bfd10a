# Interface strings for the INTEGRA site: Italian (it), draft translation.
# Translated from locales/en/main.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

## Site

site-title = INTEGRA Mentoring
skip-to-content = Vai al contenuto
language-menu = Lingua:
nav-label = Menu principale
footer-nav-label = Informazioni su questo sito
nav-home = Home
nav-pillars = I 9 pilastri
nav-workshops = Laboratori
nav-self-assessment = Autovalutazione
nav-mentors = Per i mentori
nav-white-paper = Libro bianco
nav-about = Chi siamo
nav-privacy = Privacy
footer-note = Il Mentoring Integration Programme di INTEGRA: sostegno per i ragazzi e le ragazze che escono dall’accoglienza e per i loro mentori. Questo sito non usa cookie né sistemi di tracciamento.

## Notices on translated pages

# $language is the reader's language, $original the language the page is written in.
fallback-notice = Questa pagina non è ancora tradotta in { $language }. Eccola in { $original }.
draft-notice = Questa è una bozza di traduzione. Non è ancora stata controllata da una persona di madrelingua.
draft-notice-more = Come funzionano le traduzioni

## Home page

home-pillars-heading = I 9 pilastri per una vita autonoma

## Pillars

pillar-number = Pilastro { $number }
pillar-workshops = Laboratori per questo pilastro
pillar-no-workshops = Per questo pilastro non ci sono ancora laboratori.

## Workshops

workshop-sheet = Scheda per chi conduce
workshop-duration = Durata
duration-minutes = { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } minuti
   *[other] { $minutes } minuti
}
workshop-group-size = Numero di partecipanti
group-size-exact = { $count ->
    [one] Un ragazzo o una ragazza
    [many] { $count } ragazzi e ragazze
   *[other] { $count } ragazzi e ragazze
}
group-size-range = Da { $min } a { $max } ragazzi e ragazze
workshop-format = Modalità
format-one-to-one = Individuale
format-group = Di gruppo
format-either = Individuale o di gruppo
workshop-difficulty = Livello
difficulty-introductory = Base
difficulty-intermediate = Intermedio
difficulty-advanced = Avanzato
workshop-objectives = Obiettivi
workshop-materials = Materiali
workshop-preparation = Preparazione
print-sheet = Stampa questa scheda
workshop-back = Torna al pilastro

## White Paper

white-paper-contents = Indice
chapter-number = Capitolo { $number }
chapter-nav-label = Capitoli
chapter-previous = Precedente:
chapter-next = Successivo:

## Page not found

not-found-title = Pagina non trovata
not-found-text = Non abbiamo trovato questa pagina. Forse è stata spostata, oppure c’è un errore di battitura nell’indirizzo.
not-found-home = Vai alla pagina principale

## Translation status page

nav-translate = Aiuta a tradurre
translate-title = Le traduzioni di questo sito
translate-intro = Questo sito è tradotto da volontari e volontarie. Questa pagina mostra a che punto è ogni lingua e cosa manca ancora, così puoi vedere dove il tuo aiuto conta di più.
translate-how = Per dare una mano, leggi la guida per chi traduce, TRANSLATING.md, tra i file sorgente del sito, oppure contatta il gruppo che gestisce questo sito. Ogni traduzione resta una bozza finché non l’ha letta una persona di madrelingua.
translate-overview = Tutte le lingue
translate-language = Lingua
translate-interface = Interfaccia
translate-pages = Pagine
translate-drafts = Bozze
translate-stale = Da aggiornare
translate-missing-heading = Non ancora tradotto ({ $language })
translate-stale-heading = Da aggiornare: la pagina inglese è cambiata dopo la traduzione
# $count (number): how many blocks (paragraphs, headings, list items…) of the English page changed since the page was translated.
translate-blocks-changed =
    { $count ->
        [one] un blocco cambiato
       *[other] { $count } blocchi cambiati
    }
translate-english-page = Pagina inglese
translate-po-file = File PO
translate-drafts-heading = Bozze in attesa della revisione di una persona di madrelingua
translate-messages-missing = { $count ->
    [one] { $count } messaggio dell’interfaccia non è ancora tradotto.
    [many] { $count } messaggi dell’interfaccia non sono ancora tradotti.
   *[other] { $count } messaggi dell’interfaccia non sono ancora tradotti.
}
translate-source = Le altre traduzioni partono da questa lingua: { $language }.
translate-all-done = Non manca nulla.

## Mentor training, handouts, country guides and easy-read pages (issue 14)

nav-accessibility = Accessibilità
# Between the items of a short inline list.
list-separator = {", "}
workshop-handouts = Schede da stampare
handout-eyebrow = Scheda da stampare
handout-used-in = Si usa in
easy-read-eyebrow = Facile da leggere
easy-read-link = Breve e semplice: apri la versione facile da leggere
training-eyebrow = Corso di formazione
training-modules = I moduli
# $number (Number) - the module's place in the course, from 1
training-module-number = Modulo { $number }
training-outcomes = Risultati di apprendimento
training-nav-label = Moduli del corso
training-previous = Modulo precedente
training-next = Modulo successivo
country-eyebrow = Guida per paese
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated = Aggiornata il { $date }
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated-long = Scritta o modificata l’ultima volta il { $date }.
country-review-pending = Verifica legale in attesa: nessun professionista locale ha ancora controllato questa guida.
country-review-pending-short = Verifica legale in attesa
# $date (String) - the day a local professional reviewed the guide, as 2027-01-15
country-reviewed = Verificata da un professionista locale il { $date }.
country-reviewed-short = Verificata da un professionista locale
country-confirm = Le leggi e le prassi cambiano: prima di agire in base a questa guida, un avvocato o un consulente legale locale deve confermare che quello che dice vale per la situazione del ragazzo o della ragazza.
