# The self-assessment and the mentor's offline toolkit: Italian (it), draft translation.
# Translated from locales/en/assessment.ftl. Keep the ids and the { $variables } as they are.
# Statements are written as "So..." / "Riesco a..." so that a young person
# can answer from "non ancora" to "sì, da solo/a". Keep them short and plain.

## Answer scale (value 1 to 5, or skip)

scale-1 = Non ancora
scale-2 = Un po'
scale-3 = Con un aiuto
scale-4 = Quasi sempre
scale-5 = Sì, da solo/a
scale-skip = Salta questa frase

## Result bands

band-work-on = Lavoriamoci insieme
band-growing = In crescita
band-strong = Punto di forza
band-too-few = Non ci sono abbastanza risposte per dirlo

## 1. Education

q-education-find-course = So come trovare un corso o una scuola adatti a quello che voglio fare.
q-education-enrol = So iscrivermi a un corso, con i moduli e i documenti che servono.
q-education-certificates = Tengo al sicuro le mie pagelle e i miei certificati, e so come averne una copia.
q-education-study-plan = So organizzare la mia settimana per avere tempo per studiare.
q-education-ask-support = So a chi chiedere aiuto a scuola o al corso quando sono in difficoltà.
q-education-language-class = So dove trovare corsi per migliorare la lingua del posto.

## 2. Community participation and interpersonal relationships

q-community-trusted-adults = Ho almeno due adulti di cui mi fido e che posso chiamare.
q-community-friends = Ho amici con cui passare il tempo libero.
q-community-local-activity = Partecipo a un'associazione, a un gruppo o a un'attività vicino a dove vivo.
q-community-solve-conflict = So risolvere con calma un disaccordo.
q-community-say-no = So dire di no quando qualcuno mi chiede di fare una cosa che non voglio fare.
q-community-ask-help = So dove andare nella mia zona quando ho bisogno di aiuto.

## 3. Health

q-health-register-doctor = So come iscrivermi da un medico di base.
q-health-book-appointment = So prendere un appuntamento dal medico senza aiuto.
q-health-emergency = Conosco il numero di emergenza e so quando usarlo.
q-health-medicines = So come prendere le mie medicine e come averne altre.
q-health-mental-help = So dove trovare aiuto se mi sento molto triste, in ansia o sotto stress.
q-health-daily-habits = Dormo, mangio e mi muovo in modo da stare bene.

## 4. Communication and cultural awareness

q-communication-local-language = Me la cavo nelle conversazioni di tutti i giorni nella lingua del posto.
q-communication-phone-call = So fare una telefonata a un ufficio o a un medico.
q-communication-formal-message = So scrivere un messaggio o un'email breve e cortese a un ufficio.
q-communication-interpreter = So come chiedere un interprete quando mi serve.
q-communication-local-customs = Capisco le regole non scritte di qui, come essere puntuale o come salutare le persone.
q-communication-own-culture = Riesco a tenere vive la mia lingua, la mia fede e le mie tradizioni nella mia nuova vita.

## 5. Career and employment

q-career-my-skills = So dire quali sono le mie capacità e che cosa so fare bene.
q-career-cv = Ho un curriculum (CV) che posso adattare a ogni lavoro.
q-career-find-jobs = So dove cercare offerte di lavoro, corsi di formazione o apprendistati.
q-career-interview = So prepararmi per un colloquio di lavoro.
q-career-contract = So leggere un contratto di lavoro e trovare la paga, l'orario e la durata.
q-career-rights-at-work = Conosco i miei diritti di base sul lavoro e so a chi chiedere se qualcosa non va.

## 6. Financial and money management skills

q-finance-bank-account = Ho un conto in banca e so come usarlo.
q-finance-monthly-budget = So fare un budget per un mese.
q-finance-pay-bills = So come pagare le bollette e l'affitto in tempo.
q-finance-save = Riesco a mettere da parte un po' di soldi per le cose che mi serviranno più avanti.
q-finance-scams = So riconoscere una truffa o un'offerta troppo bella per essere vera.
q-finance-debt-help = So dove trovare consigli gratuiti se ho problemi di soldi o debiti.

## 7. Self-determination, autonomy skills and teenagers' development

q-self-determination-goals = Ho degli obiettivi per il mio futuro e dei primi passi per arrivarci.
q-self-determination-decisions = So prendere una decisione pensando ai lati positivi e a quelli negativi.
q-self-determination-speak-up = So dire quello che voglio negli incontri sui miei progetti.
q-self-determination-routine = Riesco a seguire una routine quotidiana: alzarmi, cucinare, pulire, essere puntuale.
q-self-determination-stress = So che cosa mi aiuta quando sono sotto stress o mi arrabbio.
q-self-determination-know-rights = So a quale sostegno ho diritto dopo i 18 anni.

## 8. Bureaucracy, legislation and networking

q-bureaucracy-documents-safe = Tengo al sicuro i miei documenti importanti, con delle copie.
q-bureaucracy-permit-dates = So quando scadono il mio permesso di soggiorno e gli altri documenti, e come rinnovarli.
q-bureaucracy-read-letters = Capisco una lettera ufficiale, oppure so chi può aiutarmi a leggerla.
q-bureaucracy-fill-forms = So compilare un modulo, oppure chiedere aiuto per farlo.
q-bureaucracy-public-offices = So a quale ufficio pubblico rivolgermi per ogni cosa.
q-bureaucracy-legal-advice = So dove trovare consulenza legale gratuita.

## 9. Housing

q-housing-options = So in quali tipi di casa potrei vivere dopo l'uscita dall'accoglienza.
q-housing-afford-rent = So quanto affitto potrei pagare con le mie entrate.
q-housing-rental-contract = Capisco i punti principali di un contratto d'affitto.
q-housing-tenant-duties = So che cosa deve fare un inquilino: pagare l'affitto, tenere pulita la casa, rispettare i vicini.
q-housing-repairs = So come segnalare al padrone di casa un guasto da riparare.
q-housing-risk-help = So dove andare se rischio di perdere la casa.

## The online self-assessment page

assessment-privacy-heading = Prima di cominciare
assessment-privacy = Le tue risposte vengono inviate solo per calcolare i risultati, e poi vengono dimenticate. Non salviamo niente, non ti chiediamo il nome e su questo dispositivo non resta niente, a meno che non sia tu a salvarlo.
assessment-instructions = Leggi ogni frase e scegli quanto è vera per te oggi. Non ci sono risposte giuste o sbagliate. Puoi saltare qualsiasi frase.
assessment-start = Inizia
assessment-progress = Pilastro { $current } di { $total }
assessment-previous = Indietro
assessment-next = Avanti
assessment-submit = Vedi i miei risultati
assessment-sending = Stiamo calcolando i risultati…
assessment-offline = Non siamo riusciti a raggiungere il servizio che calcola i risultati. Controlla la connessione e riprova. Le tue risposte sono ancora qui.
assessment-error = Qualcosa è andato storto con le risposte. Ricomincia da capo, per favore.
assessment-results-heading = I tuoi risultati
assessment-results-intro = Ecco come ti vedi oggi in ognuno dei 9 pilastri. Parlane con il tuo mentore: insieme potete scegliere su che cosa lavorare per primo.
assessment-chart-label = Il tuo punteggio in ogni pilastro, da 0 a 100
assessment-strengths = I tuoi punti di forza
assessment-work-on = Pilastri su cui lavorare per primi
assessment-score = { $score } su 100
# Italian plural categories (CLDR): one, many, other.
assessment-answered = { $count ->
    [one] { $count } risposta
    [many] { $count } risposte
   *[other] { $count } risposte
}
assessment-read-guide = Leggi la guida
assessment-see-workshops = Laboratori per i mentori
assessment-print = Stampa i miei risultati
assessment-save = Salva i miei risultati in un file
assessment-restart = Ricomincia
assessment-forget-note = Quando chiudi questa pagina, i tuoi risultati spariscono. Se vuoi tenerli, prima stampali o salvali.

## The mentor's offline toolkit

toolkit-statement = Affermazione
toolkit-young-person = Ragazzo/a
toolkit-mentor = Mentore
toolkit-observe = Che cosa osservare
toolkit-talk = Domande per avviare la conversazione
toolkit-notes = Note e prossimi passi concordati
toolkit-date = Data

toolkit-education-observe-1 = Quando si parla di scuola o di formazione, mostra interesse, preoccupazione o resta in silenzio?
toolkit-education-observe-2 = Se glielo chiedi, sa trovare i suoi certificati e le sue pagelle?
toolkit-education-observe-3 = Come affronta i compiti o le scadenze nella vita di tutti i giorni?
toolkit-education-talk-1 = Che cosa ti è piaciuto imparare, qui o nel tuo paese?
toolkit-education-talk-2 = Se potessi imparare una cosa quest'anno, quale sarebbe?
toolkit-education-talk-3 = Che cosa ti rende difficile studiare in questo momento?

toolkit-community-observe-1 = Quali persone nomina quando racconta la sua settimana?
toolkit-community-observe-2 = Partecipa a qualche attività fuori dalla struttura?
toolkit-community-observe-3 = Come gestisce i disaccordi con gli altri ragazzi o con gli operatori?
toolkit-community-talk-1 = Chi chiameresti se avessi una bella notizia? E una brutta?
toolkit-community-talk-2 = Quali persone di qui faranno ancora parte della tua vita dopo i 18 anni?
toolkit-community-talk-3 = C'è un gruppo o un posto di cui ti senti parte?

toolkit-health-observe-1 = Sa come si chiama il suo medico e come contattarlo?
toolkit-health-observe-2 = Dorme e mangia con regolarità?
toolkit-health-observe-3 = Mostra segni di stress, umore basso o dolore di cui non parla?
toolkit-health-talk-1 = Che cosa fai quando stai male?
toolkit-health-talk-2 = Che cosa ti aiuta a ritrovare la calma?
toolkit-health-talk-3 = C'è qualcosa della tua salute che vorresti capire meglio?

toolkit-communication-observe-1 = In quali situazioni usa la lingua del posto con sicurezza?
toolkit-communication-observe-2 = Evita le telefonate o gli uffici?
toolkit-communication-observe-3 = Come parla della propria cultura e della propria lingua?
toolkit-communication-talk-1 = Ricordi una conversazione qui che è stata difficile per te? Che cosa è successo?
toolkit-communication-talk-2 = Quali abitudini di qui ti sorprendono ancora?
toolkit-communication-talk-3 = Che cosa della tua cultura vuoi conservare?

toolkit-career-observe-1 = Quali capacità mostra nella vita di tutti i giorni: cucinare, aggiustare, prendersi cura degli altri, organizzare?
toolkit-career-observe-2 = Ha qualche esperienza di lavoro, pagata o no?
toolkit-career-observe-3 = Come reagisce alle istruzioni e ai feedback?
toolkit-career-talk-1 = Che lavoro ti piacerebbe fare tra cinque anni?
toolkit-career-talk-2 = C'è qualcosa che sai fare bene e di cui vai fiero/a?
toolkit-career-talk-3 = Che cosa sai del tuo diritto a lavorare qui?

toolkit-finance-observe-1 = Come usa il pocket money o il contributo che riceve?
toolkit-finance-observe-2 = Sente la pressione di mandare soldi alla famiglia o di ripagare un debito?
toolkit-finance-observe-3 = Sa leggere uno scontrino, una bolletta o un estratto conto?
toolkit-finance-talk-1 = Per che cosa spendi la maggior parte dei tuoi soldi?
toolkit-finance-talk-2 = Per che cosa risparmieresti, se potessi?
toolkit-finance-talk-3 = Qualcuno ti ha mai chiesto di usare il tuo conto in banca o la tua carta per conto suo?

toolkit-self-determination-observe-1 = Fa delle scelte da sé, o aspetta che siano gli altri a decidere?
toolkit-self-determination-observe-2 = Segue la propria routine senza bisogno che qualcuno glielo ricordi?
toolkit-self-determination-observe-3 = Come parla negli incontri sui suoi progetti?
toolkit-self-determination-talk-1 = Come sarebbe per te una bella giornata a 20 anni?
toolkit-self-determination-talk-2 = Raccontami una decisione di cui vai fiero/a.
toolkit-self-determination-talk-3 = Che cosa vorresti che gli adulti smettessero di decidere al posto tuo?

toolkit-bureaucracy-observe-1 = Sa dove sono i suoi documenti, e ne tiene delle copie?
toolkit-bureaucracy-observe-2 = Sa quando scadono il suo permesso o i suoi documenti?
toolkit-bureaucracy-observe-3 = Che cosa fa con le lettere ufficiali: le apre, le ignora, le porta agli operatori?
toolkit-bureaucracy-talk-1 = Quale documento ti preoccupa di più?
toolkit-bureaucracy-talk-2 = In quale ufficio sei già andato/a da solo/a?
toolkit-bureaucracy-talk-3 = A chi chiederesti aiuto se ricevessi una lettera che non capisci?

toolkit-housing-observe-1 = Tiene la sua stanza pulita e sicura?
toolkit-housing-observe-2 = Conosce il costo reale dell'affitto e delle bollette nella zona?
toolkit-housing-observe-3 = Come si trova con le persone con cui condivide gli spazi?
toolkit-housing-talk-1 = Dove ti piacerebbe vivere dopo l'accoglienza, e con chi?
toolkit-housing-talk-2 = Che cosa ti farebbe sentire a casa in un posto?
toolkit-housing-talk-3 = Che cosa faresti se un mese non riuscissi a pagare l'affitto?

## Pillar names (the titles of the pillar guides)

pillar-education = Istruzione
pillar-community = Partecipazione alla comunità e relazioni interpersonali
pillar-health = Salute
pillar-communication = Comunicazione e consapevolezza culturale
pillar-career = Lavoro e occupazione
pillar-finance = Competenze finanziarie e gestione del denaro
pillar-self-determination = Autodeterminazione, competenze di autonomia e sviluppo degli adolescenti
pillar-bureaucracy = Burocrazia, leggi e reti
pillar-housing = Casa
