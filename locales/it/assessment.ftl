# The self-assessment, its results, the plan, and the mentor's offline toolkit: Italian (it), draft translation.
# Translated from locales/en/assessment.ftl. Keep the ids and the { $variables } as they are.
# Statements are written "So ..." / "Riesco a ..." so that a young person can answer on the
# scale of independence below, from "non ancora" to "sì, senza aiuto". Keep them short and plain: one skill each.

## Answer scale (value 1 to 5, or skip)

# Translators: these five answers are ONE scale of independence: how much help
# the young person needs to do the thing today. They are not about how often
# (avoid words like "often", "usually", "mostly") and not about how well.
# 1 = cannot do it yet; 2, 3 and 4 = can do it with less and less help;
# 5 = can do it with no help at all. Use the same words wherever the scale
# appears, and forms that fit every gender.
scale-1 = Non ancora
scale-2 = Con molto aiuto
scale-3 = Con un po’ di aiuto
scale-4 = Con poco aiuto
scale-5 = Sì, senza aiuto
# Shown in the list of answers for a statement the young person skipped.
scale-skipped = Saltata

## Result bands

band-work-on = Lavoriamoci insieme
band-growing = In crescita
band-strong = Punto di forza
band-too-few = Non ci sono abbastanza risposte per dirlo

## 1. Education

q-education-find-course = So trovare un corso o un percorso di formazione adatto a quello che voglio fare.
q-education-learning-so-far = So dire che cosa ho imparato finora, a scuola e fuori dalla scuola.
q-education-enrol = So iscrivermi a un corso.
q-education-certificates = So tenere le mie pagelle e i miei certificati in un unico posto sicuro.
q-education-study-plan = So organizzare la mia settimana per avere tempo per studiare.
q-education-ask-support = So chiedere aiuto a un insegnante quando faccio fatica a studiare.
q-education-language-class = So trovare un corso per migliorare la lingua del posto.

## 2. Community participation and interpersonal relationships

q-community-support-network = So dire i nomi delle persone a cui posso rivolgermi per diversi tipi di aiuto.
q-community-keep-in-touch = So restare in contatto con le persone importanti per me.
q-community-new-people = So iniziare una conversazione con qualcuno che non conosco.
q-community-local-activity = So trovare un’associazione, un gruppo o un’attività vicino a dove vivo.
q-community-solve-conflict = So risolvere con calma un disaccordo.
q-community-say-no = So dire di no quando qualcuno mi spinge a fare una cosa che non voglio fare.
q-community-plan-journey = So organizzare un viaggio in autobus, tram o treno per andare in un posto che non conosco.
q-community-travel-ticket = So comprare il biglietto giusto per l’autobus, il tram o il treno.

## 3. Health

q-health-register-doctor = So iscrivermi da un medico di base.
q-health-book-appointment = So prendere un appuntamento dal medico.
q-health-choose-service = Quando sto male, so scegliere dove andare: in farmacia, dal medico o in ospedale.
q-health-emergency = So chiamare il numero di emergenza e dire che cosa è successo e dove mi trovo.
q-health-medicine-label = So seguire le istruzioni scritte sulla confezione di una medicina.
q-health-mental-help = So trovare aiuto quando mi sento molto triste, in ansia o sotto stress.
q-health-cook-meal = So cucinare un pasto semplice e sano.
q-health-food-shopping = So comprare il cibo per una settimana con i soldi che ho.

## 4. Communication and cultural awareness

q-communication-local-language = Me la cavo nelle conversazioni di tutti i giorni nella lingua del posto.
q-communication-phone-call = So fare una telefonata a un ufficio.
q-communication-formal-message = So scrivere un’email breve e cortese a un ufficio.
q-communication-interpreter = So chiedere un interprete quando mi serve.
q-communication-greetings = So salutare le persone nel modo che si usa qui.
q-communication-misunderstanding = So chiarire un malinteso con una persona di un’altra cultura.
q-communication-own-culture = So spiegare un’usanza della mia cultura a chi non la conosce.
q-communication-online-sharing = So decidere quali informazioni su di me posso condividere online senza rischi.

## 5. Career and employment

q-career-my-skills = So dire cinque cose che so fare bene.
q-career-cv = So scrivere un curriculum (CV).
q-career-cv-adapt = So adattare il mio CV a un annuncio di lavoro.
q-career-find-jobs = So trovare annunci di lavoro adatti a me.
q-career-interview = So rispondere alle domande più comuni di un colloquio di lavoro.
q-career-contract = So trovare la paga e l’orario in un contratto di lavoro.
q-career-rights-at-work = So scoprire a chi rivolgermi quando qualcosa sul lavoro non mi sembra giusto.

## 6. Financial and money management skills

q-finance-bank-account = So controllare le entrate e le uscite del mio conto in banca.
q-finance-monthly-budget = So fare un budget per un mese.
q-finance-needs-wants = Quando spendo soldi, so distinguere una cosa che mi serve da una cosa che voglio.
q-finance-pay-bills = So pagare una bolletta entro la scadenza.
q-finance-save = Riesco a mettere da parte un po’ di soldi ogni mese.
q-finance-scams = So riconoscere una truffa o un’offerta rischiosa.
q-finance-debt-help = So trovare consigli gratuiti quando ho problemi di soldi.

## 7. Self-determination, autonomy skills and teenagers' development

q-self-determination-values = So dire che cosa conta di più per me nella vita.
q-self-determination-first-step = So pianificare il primo passo verso un obiettivo.
q-self-determination-decisions = Prima di decidere, so valutare i lati positivi e quelli negativi.
q-self-determination-speak-up = So dire quello che voglio negli incontri sui miei progetti.
q-self-determination-get-up = Riesco ad alzarmi in orario senza che nessuno mi svegli.
q-self-determination-stress = Riesco a calmarmi quando mi sento sotto stress.
q-self-determination-know-rights = So scoprire a quale sostegno ho diritto dopo i 18 anni.
q-self-determination-online-services = So usare un sito internet per fare una cosa di tutti i giorni, come prendere un appuntamento.

## 8. Bureaucracy, legislation and networking

q-bureaucracy-documents-safe = So tenere i miei documenti importanti in un unico posto sicuro.
q-bureaucracy-expiry-dates = So tenere sotto controllo le date di scadenza dei miei documenti.
q-bureaucracy-renew = So avviare il rinnovo di un documento prima che scada.
q-bureaucracy-read-letters = So capire che cosa mi chiede di fare una lettera ufficiale.
q-bureaucracy-fill-forms = So compilare un modulo ufficiale.
q-bureaucracy-public-offices = So prepararmi per un appuntamento in un ufficio pubblico.
q-bureaucracy-legal-advice = So trovare consulenza legale gratuita.

## 9. Housing

q-housing-options = So scoprire in quali tipi di casa potrei vivere dopo l’uscita dall’accoglienza.
q-housing-must-haves = So dire di che cosa ho più bisogno nella mia prossima casa.
q-housing-afford-rent = So calcolare quanto affitto posso permettermi.
q-housing-rental-agreement = In un contratto d’affitto, so trovare l’affitto da pagare, il deposito cauzionale e il periodo di preavviso.
q-housing-keep-clean = So tenere pulita la mia casa.
q-housing-neighbours = So risolvere con calma un problema con un vicino di casa.
q-housing-repairs = So segnalare al padrone di casa un guasto da riparare.
q-housing-risk-help = So trovare aiuto in fretta se rischio di perdere la casa.

## The online self-assessment page

assessment-privacy-heading = Prima di cominciare
assessment-privacy = Le tue risposte vengono inviate solo per calcolare i risultati, e poi vengono dimenticate. Non salviamo niente e non ti chiediamo il nome. Su questo dispositivo non resta niente, a meno che non sia tu a salvare un file.
assessment-instructions = Leggi ogni frase e scegli quanto aiuto ti serve oggi per fare quella cosa. Non ci sono risposte giuste o sbagliate. Puoi saltare qualsiasi frase.
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
assessment-work-on = Su che cosa lavorare per primo
assessment-work-on-intro = Fino a tre pilastri, a partire dal più debole. Tu e il tuo mentore potete cambiarli.
assessment-work-on-choose = Scegli fino a tre pilastri su cui lavorare per primi
assessment-work-on-none = Nessun pilastro ha bisogno di attenzione prima degli altri. Se vuoi, scegline uno qui sotto.
assessment-score = { $score } su 100
# Italian plural categories (CLDR): one, many, other.
assessment-answered = { $count ->
    [one] { $count } risposta
    [many] { $count } risposte
   *[other] { $count } risposte
}
assessment-read-guide = Leggi la guida
assessment-see-workshops = Laboratori per i mentori
# The workshops that build the skills the young person rated lowest in a pillar.
assessment-workshops-heading = Laboratori per le capacità a cui hai dato il punteggio più basso
assessment-no-workshop = Per questa capacità non c’è ancora un laboratorio: leggi la guida.
# After a link to a page that is not translated yet; $language is the name of
# the language it is shown in, e.g. "English".
assessment-in-language = in { $language }
assessment-answers-heading = Le tue risposte
assessment-answers-intro = Ogni affermazione e la risposta che hai scelto, pilastro per pilastro.
assessment-print = Stampa i miei risultati
assessment-save = Salva i miei risultati in un file
assessment-restart = Ricomincia
assessment-forget-note = Quando chiudi questa pagina, i tuoi risultati spariscono. Se vuoi tenerli, prima stampali o salva un file.

## Saving the results in a file

save-heading = Conserva i tuoi risultati
save-intro = Il file resta su questo telefono o computer, dove lo salvi. Si apre anche senza internet. Nessun altro ne riceve una copia.
save-passphrase-label = Password (facoltativa)
save-passphrase-hint = Su un telefono condiviso, scegli una password: così il file si apre solo con quella. Nessuno può recuperare una password dimenticata.
save-include-plan = Aggiungi al file il mio piano e le mie note
save-button = Salva il file
save-done = Salvato. Cerca il file nella cartella dei download.
save-file-title = I miei risultati dell’autovalutazione
save-file-date = Data delle risposte: { $date }
save-file-version = Versione delle domande: { $version }
save-locked-intro = Questo file è protetto da una password.
save-unlock = Apri
save-wrong-passphrase = Questa password non apre il file. Riprova.
save-open-site = Apri l’autovalutazione

## Progress over time

progress-heading = Guarda i tuoi progressi
progress-intro = Apri uno o più file di risultati che hai salvato in passato. Vengono letti solo su questo dispositivo e non vengono mai caricati online.
progress-choose = Scegli i file dei risultati
progress-pillar = Pilastro
progress-not-results = { $file } non è un file di risultati di questo sito.
progress-passphrase = { $file } è protetto da una password. Scrivi la password:
progress-other-version = Alcuni file usano un’altra versione delle domande: confronta i punteggi dei pilastri, non le singole risposte.
progress-now = Oggi

## Handing the results to the mentor's phone

handover-heading = Mostra i tuoi risultati sul telefono del tuo mentore
handover-intro = Il tuo mentore inquadra questo codice con la fotocamera del telefono. Le tue risposte viaggiano dentro il link, dopo il segno #, e i browser non inviano mai quella parte a un server. Poi la pagina sul telefono del tuo mentore le invia per il calcolo, come ha fatto questa. Il link resta nella cronologia del browser del telefono che lo apre.
handover-show = Mostra il codice
handover-history = Su un telefono condiviso, quando hai finito, cancella questa pagina dalla cronologia del browser.
handover-received = Questi risultati arrivano da un link. Quando hai finito, cancella questa pagina dalla cronologia del browser.
handover-other-version = Questo link è stato creato per un’altra versione delle domande, quindi non si può aprire qui. Chiedi un nuovo codice.

## The mentor's view

mentor-heading = Il punto di vista del mentore
mentor-intro = Mentore: valuta le stesse affermazioni per i pilastri scelti sopra, in base a come vedi oggi il ragazzo o la ragazza. Le tue valutazioni non vengono mai inviate da nessuna parte e non vengono conservate nel browser: rimangono in questa pagina finché non viene chiusa.
mentor-start = Aggiungi le valutazioni del mentore
mentor-done = Confronta le nostre risposte
mentor-compare-heading = A confronto
mentor-differ-heading = Parlate prima di tutto di queste
mentor-differ-intro = Su queste affermazioni le vostre valutazioni sono distanti di due punti o più.
mentor-differ-none = Le vostre valutazioni sono vicine su tutte le affermazioni.
mentor-print-toolkit = Stampa gli strumenti di valutazione offline con queste risposte

## The plan

plan-heading = Il mio piano
plan-intro = Scegli su che cosa lavorare e scrivilo con parole tue. Quello che scrivi non viene mai inviato da nessuna parte e non viene conservato nel browser: rimane in questa pagina finché non viene chiusa, a meno che tu non lo salvi nel tuo file.
plan-goal = Il mio obiettivo
plan-helper = Chi mi aiuterà
plan-workshop = Laboratori da fare
plan-review = Data per rivedere il piano
plan-print = Stampa il mio piano

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
toolkit-education-talk-2 = Se potessi imparare una cosa quest’anno, quale sarebbe?
toolkit-education-talk-3 = Che cosa ti rende difficile studiare in questo momento?

toolkit-community-observe-1 = Quali persone nomina quando racconta la sua settimana?
toolkit-community-observe-2 = Partecipa a qualche attività fuori dalla comunità di accoglienza?
toolkit-community-observe-3 = Come gestisce i disaccordi con gli altri ragazzi o con gli operatori?
toolkit-community-talk-1 = Chi chiameresti se avessi una bella notizia? E una brutta?
toolkit-community-talk-2 = Quali persone di qui faranno ancora parte della tua vita dopo i 18 anni?
toolkit-community-talk-3 = C’è un gruppo o un posto di cui ti senti parte?

toolkit-health-observe-1 = Sa come si chiama il suo medico e come contattarlo?
toolkit-health-observe-2 = Dorme e mangia con regolarità?
toolkit-health-observe-3 = Mostra segni di stress, umore basso o dolore di cui non parla?
toolkit-health-talk-1 = Che cosa fai quando stai male?
toolkit-health-talk-2 = Che cosa ti aiuta a ritrovare la calma?
toolkit-health-talk-3 = C’è qualcosa della tua salute che vorresti capire meglio?

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
toolkit-career-talk-2 = C’è qualcosa che sai fare bene e di cui vai fiero/a?
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
toolkit-housing-observe-2 = Conosce il costo reale dell’affitto e delle bollette nella zona?
toolkit-housing-observe-3 = Come si trova con le persone con cui condivide gli spazi?
toolkit-housing-talk-1 = Dove ti piacerebbe vivere dopo l’accoglienza, e con chi?
toolkit-housing-talk-2 = Che cosa ti farebbe sentire a casa in un posto?
toolkit-housing-talk-3 = Che cosa faresti se un mese non riuscissi a pagare l’affitto?

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
