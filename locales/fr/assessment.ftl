# The self-assessment, its results, the plan, and the mentor's offline toolkit: French (fr), draft translation.
# Translated from locales/en/assessment.ftl. Keep the ids and the { $variables } as they are.
# Statements are written "Je sais ..." / "J’arrive à ..." ("I can ...") so that a young person can answer on the
# scale of independence below. Keep them short and plain: one skill each.

## Answer scale (value 1 to 5, or skip)

# Translators: these five answers are ONE scale of independence: how much help
# the young person needs to do the thing today. They are not about how often
# (avoid words like "often", "usually", "mostly") and not about how well.
# 1 = cannot do it yet; 2, 3 and 4 = can do it with less and less help;
# 5 = can do it with no help at all. Use the same words wherever the scale
# appears, and forms that fit every gender.
scale-1 = Pas encore
scale-2 = Avec beaucoup d’aide
scale-3 = Avec de l’aide
scale-4 = Avec un peu d’aide
scale-5 = Oui, sans aide
# Shown in the list of answers for a statement the young person skipped.
scale-skipped = Sans réponse

## Result bands

band-work-on = Travaillons là-dessus
band-growing = En progrès
band-strong = Point fort
band-too-few = Pas assez de réponses pour le dire

## 1. Education

q-education-find-course = Je sais trouver un cours ou une formation qui correspond à ce que je veux faire.
q-education-learning-so-far = Je sais dire ce que j’ai appris jusqu’ici, à l’école et en dehors.
q-education-enrol = Je sais m’inscrire à une formation.
q-education-certificates = Je sais garder mes bulletins scolaires et mes diplômes au même endroit, en lieu sûr.
q-education-study-plan = Je sais organiser ma semaine pour avoir du temps pour étudier.
q-education-ask-support = Je sais demander de l’aide à un professeur quand mes études sont difficiles.
q-education-language-class = Je sais trouver un cours pour progresser dans la langue du pays.

## 2. Community participation and interpersonal relationships

q-community-support-network = Je sais nommer des personnes vers qui me tourner pour différents types d’aide.
q-community-keep-in-touch = Je sais garder le contact avec les personnes qui comptent pour moi.
q-community-new-people = Je sais commencer une conversation avec quelqu’un que je ne connais pas.
q-community-local-activity = Je sais trouver un club, un groupe ou une activité près de chez moi.
q-community-solve-conflict = Je sais régler un désaccord calmement.
q-community-say-no = Je sais dire non quand quelqu’un me pousse à faire quelque chose que je ne veux pas faire.
q-community-plan-journey = Je sais préparer un trajet en bus, en tram ou en train vers un endroit que je ne connais pas encore.
q-community-travel-ticket = Je sais acheter le bon billet pour le bus, le tram ou le train.

## 3. Health

q-health-register-doctor = Je sais m’inscrire chez un médecin.
q-health-book-appointment = Je sais prendre rendez-vous chez un médecin.
q-health-choose-service = Je sais choisir où aller quand je suis malade : la pharmacie, le médecin ou l’hôpital.
q-health-emergency = Je sais appeler le numéro d’urgence et dire ce qui s’est passé et où je suis.
q-health-medicine-label = Je sais suivre les instructions écrites sur la boîte d’un médicament.
q-health-mental-help = Je sais trouver de l’aide quand je suis très triste, ou quand j’ai trop de soucis ou de stress.
q-health-cook-meal = Je sais cuisiner un repas simple et sain.
q-health-food-shopping = Je sais acheter à manger pour une semaine avec l’argent que j’ai.

## 4. Communication and cultural awareness

q-communication-local-language = Je me débrouille dans les conversations de tous les jours dans la langue du pays.
q-communication-phone-call = Je sais téléphoner à une administration.
q-communication-formal-message = Je sais écrire un e-mail court et poli à une administration.
q-communication-interpreter = Je sais demander un interprète quand j’en ai besoin.
q-communication-greetings = Je sais saluer les gens comme on le fait ici.
q-communication-misunderstanding = Je sais dissiper un malentendu avec quelqu’un d’une autre culture.
q-communication-own-culture = Je sais expliquer une coutume de ma culture à quelqu’un qui ne la connaît pas.
q-communication-online-sharing = Je sais choisir ce que je peux partager sur moi en ligne sans danger.

## 5. Career and employment

q-career-my-skills = Je sais citer cinq choses que je fais bien.
q-career-cv = Je sais écrire un CV.
q-career-cv-adapt = Je sais adapter mon CV à une offre d’emploi.
q-career-find-jobs = Je sais trouver des offres d’emploi qui me correspondent.
q-career-interview = Je sais répondre aux questions courantes d’un entretien d’embauche.
q-career-contract = Je sais trouver le salaire et les horaires dans un contrat de travail.
q-career-rights-at-work = Je sais trouver à qui m’adresser quand quelque chose ne me semble pas normal au travail.

## 6. Financial and money management skills

q-finance-bank-account = Je sais vérifier les entrées et les sorties d’argent sur mon compte bancaire.
q-finance-monthly-budget = Je sais faire un budget pour un mois.
q-finance-needs-wants = Je sais faire la différence entre un besoin et une envie quand je dépense de l’argent.
q-finance-pay-bills = Je sais payer une facture avant la date limite.
q-finance-save = J’arrive à mettre un peu d’argent de côté chaque mois.
q-finance-scams = Je sais reconnaître une arnaque ou une offre risquée.
q-finance-debt-help = Je sais trouver des conseils gratuits quand j’ai des problèmes d’argent.

## 7. Self-determination, autonomy skills and teenagers' development

q-self-determination-values = Je sais dire ce qui compte le plus pour moi dans la vie.
q-self-determination-first-step = Je sais prévoir la première étape vers un objectif.
q-self-determination-decisions = Je sais peser le pour et le contre avant de décider.
q-self-determination-speak-up = Je sais dire ce que je veux pendant les réunions sur mes projets.
q-self-determination-get-up = J’arrive à me lever à l’heure sans que personne me réveille.
q-self-determination-stress = J’arrive à me calmer quand j’ai du stress.
q-self-determination-know-rights = Je sais me renseigner sur les aides auxquelles j’ai droit après 18 ans.
q-self-determination-online-services = Je sais utiliser un site internet pour faire une tâche de tous les jours, comme prendre rendez-vous.

## 8. Bureaucracy, legislation and networking

q-bureaucracy-documents-safe = Je sais garder mes papiers importants au même endroit, en lieu sûr.
q-bureaucracy-expiry-dates = Je sais suivre les dates d’expiration de mes papiers.
q-bureaucracy-renew = Je sais commencer à renouveler un document avant qu’il expire.
q-bureaucracy-read-letters = Je sais comprendre ce qu’un courrier officiel me demande de faire.
q-bureaucracy-fill-forms = Je sais remplir un formulaire officiel.
q-bureaucracy-public-offices = Je sais me préparer à un rendez-vous dans une administration.
q-bureaucracy-legal-advice = Je sais trouver des conseils juridiques gratuits.

## 9. Housing

q-housing-options = Je sais me renseigner sur les types de logement possibles pour moi après le placement.
q-housing-must-haves = Je sais dire ce dont j’ai le plus besoin dans mon prochain logement.
q-housing-afford-rent = Je sais calculer le loyer que je peux payer.
q-housing-rental-agreement = Je sais trouver le loyer, le dépôt de garantie et le préavis dans un bail.
q-housing-keep-clean = Je sais garder mon logement propre.
q-housing-neighbours = Je sais régler calmement un problème avec un voisin.
q-housing-repairs = Je sais signaler une réparation à faire au propriétaire.
q-housing-risk-help = Je sais trouver de l’aide rapidement si je risque de perdre mon logement.

## The online self-assessment page

assessment-privacy-heading = Avant de commencer
assessment-privacy = Tes réponses sont envoyées seulement pour calculer tes résultats, puis elles sont oubliées. Nous n’enregistrons rien et nous ne demandons pas ton nom. Rien n’est gardé sur cet appareil, sauf si tu enregistres toi-même un fichier.
assessment-instructions = Lis chaque phrase et choisis de combien d’aide tu as besoin aujourd’hui pour le faire. Il n’y a pas de bonnes ou de mauvaises réponses. Tu peux passer n’importe quelle phrase.
assessment-start = Commencer
assessment-progress = Pilier { $current } sur { $total }
assessment-previous = Retour
assessment-next = Suivant
assessment-submit = Voir mes résultats
assessment-sending = Calcul de tes résultats…
assessment-offline = Nous n’avons pas pu joindre le service qui calcule les résultats. Vérifie ta connexion et réessaie. Tes réponses sont toujours là.
assessment-error = Un problème est survenu avec les réponses. Merci de recommencer.
assessment-results-heading = Tes résultats
assessment-results-intro = Voici comment tu te vois aujourd’hui dans chacun des 9 piliers. Parles-en avec ton mentor : ensemble, vous pouvez choisir sur quoi travailler en premier.
assessment-chart-label = Ton score pour chaque pilier, de 0 à 100
assessment-strengths = Tes points forts
assessment-work-on = Par où commencer
assessment-work-on-intro = Jusqu’à trois piliers, en commençant par le plus faible. Tu peux les changer avec ton mentor.
assessment-work-on-choose = Choisis jusqu’à trois piliers à travailler en premier
assessment-work-on-none = Aucun pilier n’est à travailler avant les autres. Choisis-en un ci-dessous si tu le souhaites.
assessment-score = { $score } sur 100
# French plural categories: one (0 and 1), many (e.g. 1 000 000), other.
assessment-answered = { $count ->
    [one] { $count } réponse
    [many] { $count } de réponses
   *[other] { $count } réponses
}
assessment-read-guide = Lire le guide
assessment-see-workshops = Ateliers pour les mentors
# The workshops that build the skills the young person rated lowest in a pillar.
assessment-workshops-heading = Ateliers pour les compétences où tu as besoin du plus d’aide
assessment-no-workshop = Pas encore d’atelier pour cette compétence : lis le guide.
# After a link to a page that is not translated yet; $language is the name of
# the language it is shown in, e.g. "English".
assessment-in-language = en { $language }
assessment-answers-heading = Tes réponses
assessment-answers-intro = Chaque phrase et la réponse que tu as choisie, pilier par pilier.
assessment-print = Imprimer mes résultats
assessment-save = Enregistrer mes résultats dans un fichier
assessment-restart = Recommencer
assessment-forget-note = Quand tu fermes cette page, tes résultats disparaissent. Imprime-les ou enregistre d’abord un fichier si tu veux les garder.

## Saving the results in a file

save-heading = Garde tes résultats
save-intro = Le fichier reste sur ce téléphone ou cet ordinateur, là où tu l’enregistres. Il s’ouvre sans internet. Personne d’autre n’en reçoit de copie.
save-passphrase-label = Mot de passe (facultatif)
save-passphrase-hint = Sur un téléphone partagé, choisis un mot de passe : le fichier ne s’ouvrira qu’avec lui. Personne ne peut retrouver un mot de passe oublié.
save-include-plan = Mettre mon plan et mes notes dans le fichier
save-button = Enregistrer le fichier
save-done = C’est enregistré. Cherche le fichier dans tes téléchargements.
save-file-title = Mes résultats de l’auto-évaluation
save-file-date = Réponses du { $date }
save-file-version = Version des questions : { $version }
save-locked-intro = Ce fichier est protégé par un mot de passe.
save-unlock = Ouvrir
save-wrong-passphrase = Ce mot de passe n’ouvre pas le fichier. Réessaie.
save-open-site = Ouvrir l’auto-évaluation

## Progress over time

progress-heading = Voir tes progrès
progress-intro = Ouvre un ou plusieurs fichiers de résultats que tu as enregistrés avant. Ils sont lus uniquement sur cet appareil et ne sont jamais envoyés en ligne.
progress-choose = Choisir des fichiers de résultats
progress-pillar = Pilier
progress-not-results = { $file } n’est pas un fichier de résultats de ce site.
progress-passphrase = { $file } est protégé. Tape son mot de passe :
progress-other-version = Certains fichiers utilisent une autre version des questions : compare les scores des piliers, pas les réponses une par une.
progress-now = Aujourd’hui

## Handing the results to the mentor's phone

handover-heading = Montrer tes résultats sur le téléphone de ton mentor
handover-intro = Ton mentor scanne ce code avec l’appareil photo de son téléphone. Tes réponses voyagent dans le lien, après le signe #, et les navigateurs n’envoient jamais cette partie à un serveur. La page sur le téléphone de ton mentor les envoie ensuite pour qu’elles soient notées, comme celle-ci l’a fait. Le lien reste dans l’historique du navigateur du téléphone qui l’ouvre.
handover-show = Afficher le code
handover-history = Sur un téléphone partagé, supprime cette page de l’historique du navigateur quand tu as fini.
handover-received = Ces résultats viennent d’un lien. Supprime cette page de l’historique du navigateur quand tu as fini.
handover-other-version = Ce lien a été créé pour une autre version des questions : il ne peut pas s’ouvrir ici. Demande un nouveau code.

## The mentor's view

mentor-heading = Le regard du mentor
mentor-intro = Mentor : évalue les mêmes phrases pour les piliers choisis plus haut, d’après ce que tu vois du ou de la jeune aujourd’hui. Tes évaluations ne sont jamais envoyées nulle part et ne sont pas gardées dans le navigateur : elles restent sur cette page jusqu’à ce qu’elle soit fermée.
mentor-start = Ajouter les évaluations du mentor
mentor-done = Comparer nos réponses
mentor-compare-heading = Côte à côte
mentor-differ-heading = Parlez d’abord ensemble de ces phrases
mentor-differ-intro = Vos deux évaluations diffèrent de deux points ou plus sur ces phrases.
mentor-differ-none = Vos deux évaluations sont proches sur toutes les phrases.
mentor-print-toolkit = Imprimer la boîte à outils avec ces réponses

## The plan

plan-heading = Mon plan
plan-intro = Choisis sur quoi travailler et écris-le avec tes propres mots. Ce que tu écris n’est jamais envoyé nulle part et n’est pas gardé dans le navigateur : ton texte reste sur cette page jusqu’à ce qu’elle soit fermée, sauf si tu l’enregistres dans ton fichier.
plan-goal = Mon objectif
plan-helper = Qui va m’aider
plan-workshop = Ateliers à faire
plan-review = Date pour refaire le point
plan-print = Imprimer mon plan

## The mentor's offline toolkit

toolkit-statement = Affirmation
toolkit-young-person = Jeune
toolkit-mentor = Mentor
toolkit-observe = Ce qu’il faut observer
toolkit-talk = Pour lancer la conversation
toolkit-notes = Notes et prochaines étapes convenues
toolkit-date = Date

toolkit-education-observe-1 = Le jeune parle-t-il de l’école ou de la formation avec intérêt, avec inquiétude, ou garde-t-il le silence ?
toolkit-education-observe-2 = Retrouve-t-il ses diplômes et ses bulletins scolaires quand on les lui demande ?
toolkit-education-observe-3 = Comment gère-t-il les devoirs ou les délais dans la vie de tous les jours ?
toolkit-education-talk-1 = Qu’est-ce que tu as aimé apprendre, ici ou dans ton pays ?
toolkit-education-talk-2 = Si tu pouvais apprendre une seule chose cette année, ce serait quoi ?
toolkit-education-talk-3 = Qu’est-ce qui rend les études difficiles pour toi en ce moment ?

toolkit-community-observe-1 = Qui nomme-t-il quand il parle de sa semaine ?
toolkit-community-observe-2 = Participe-t-il à quelque chose en dehors du foyer ?
toolkit-community-observe-3 = Comment gère-t-il les désaccords avec les autres jeunes ou avec l’équipe ?
toolkit-community-talk-1 = Qui appellerais-tu si tu avais une bonne nouvelle ? Et une mauvaise ?
toolkit-community-talk-2 = Quelles personnes d’ici seront encore dans ta vie après 18 ans ?
toolkit-community-talk-3 = Y a-t-il un groupe ou un endroit où tu te sens à ta place ?

toolkit-health-observe-1 = Connaît-il le nom de son médecin, et sait-il comment le joindre ?
toolkit-health-observe-2 = Dort-il et mange-t-il de façon régulière ?
toolkit-health-observe-3 = Montre-t-il des signes de stress, de déprime ou de douleur dont il ne parle pas ?
toolkit-health-talk-1 = Que fais-tu quand tu te sens malade ?
toolkit-health-talk-2 = Qu’est-ce qui t’aide à te calmer ?
toolkit-health-talk-3 = Y a-t-il quelque chose sur ta santé que tu aimerais mieux comprendre ?

toolkit-communication-observe-1 = Dans quelles situations utilise-t-il la langue du pays avec assurance ?
toolkit-communication-observe-2 = Évite-t-il les appels téléphoniques ou les administrations ?
toolkit-communication-observe-3 = Comment parle-t-il de sa propre culture et de sa langue ?
toolkit-communication-talk-1 = Quand une conversation a-t-elle été difficile pour toi ici ? Que s’est-il passé ?
toolkit-communication-talk-2 = Quelles habitudes d’ici te surprennent encore ?
toolkit-communication-talk-3 = Que veux-tu garder de ta culture ?

toolkit-career-observe-1 = Quelles compétences montre-t-il dans la vie de tous les jours : cuisiner, réparer, prendre soin des autres, organiser ?
toolkit-career-observe-2 = A-t-il une expérience de travail, payée ou non ?
toolkit-career-observe-3 = Comment réagit-il aux consignes et aux retours ?
toolkit-career-talk-1 = Quel travail aimerais-tu faire dans cinq ans ?
toolkit-career-talk-2 = Qu’est-ce que tu fais bien, et qui te rend fier ou fière ?
toolkit-career-talk-3 = Que sais-tu de ton droit de travailler ici ?

toolkit-finance-observe-1 = Comment utilise-t-il son argent de poche ou son allocation ?
toolkit-finance-observe-2 = Se sent-il obligé d’envoyer de l’argent à sa famille ou de rembourser une dette ?
toolkit-finance-observe-3 = Sait-il lire un ticket de caisse, une facture ou un relevé bancaire ?
toolkit-finance-talk-1 = À quoi dépenses-tu la plus grande partie de ton argent ?
toolkit-finance-talk-2 = Pour quoi mettrais-tu de l’argent de côté, si tu le pouvais ?
toolkit-finance-talk-3 = Quelqu’un t’a-t-il déjà demandé d’utiliser ton compte bancaire ou ta carte pour lui ?

toolkit-self-determination-observe-1 = Fait-il ses propres choix, ou attend-il que les autres décident ?
toolkit-self-determination-observe-2 = Garde-t-il son propre rythme sans qu’on le lui rappelle ?
toolkit-self-determination-observe-3 = Comment s’exprime-t-il pendant les réunions sur ses projets ?
toolkit-self-determination-talk-1 = À 20 ans, à quoi ressemblerait une bonne journée pour toi ?
toolkit-self-determination-talk-2 = Parle-moi d’une décision qui te rend fier ou fière.
toolkit-self-determination-talk-3 = Qu’est-ce que tu veux que les adultes arrêtent de décider à ta place ?

toolkit-bureaucracy-observe-1 = Sait-il où sont ses papiers, et en garde-t-il des copies ?
toolkit-bureaucracy-observe-2 = Connaît-il les dates d’expiration de son titre de séjour ou de ses papiers ?
toolkit-bureaucracy-observe-3 = Que fait-il des courriers officiels : il les ouvre, il les ignore, il les apporte à l’équipe ?
toolkit-bureaucracy-talk-1 = Quel document t’inquiète le plus ?
toolkit-bureaucracy-talk-2 = Dans quelle administration as-tu déjà fait une démarche sans aide ?
toolkit-bureaucracy-talk-3 = À qui demanderais-tu de l’aide si tu recevais un courrier que tu ne comprends pas ?

toolkit-housing-observe-1 = Garde-t-il sa chambre propre et sûre ?
toolkit-housing-observe-2 = Connaît-il le vrai prix des loyers et des factures dans le secteur ?
toolkit-housing-observe-3 = Comment s’entend-il avec les personnes avec qui il partage son espace ?
toolkit-housing-talk-1 = Où aimerais-tu vivre après le placement, et avec qui ?
toolkit-housing-talk-2 = Qu’est-ce qui te ferait te sentir chez toi dans un logement ?
toolkit-housing-talk-3 = Que ferais-tu si, un mois, tu ne pouvais pas payer le loyer ?

## Pillar names (the titles of the pillar guides)

pillar-education = Éducation
pillar-community = Participation à la vie locale et relations interpersonnelles
pillar-health = Santé
pillar-communication = Communication et ouverture culturelle
pillar-career = Parcours professionnel et emploi
pillar-finance = Compétences financières et gestion de l’argent
pillar-self-determination = Autodétermination, compétences d’autonomie et développement à l’adolescence
pillar-bureaucracy = Démarches administratives, législation et réseau
pillar-housing = Logement
