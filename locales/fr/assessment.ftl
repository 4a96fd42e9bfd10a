# The self-assessment and the mentor's offline toolkit: French (fr), draft translation.
# Translated from locales/en/assessment.ftl. Keep the ids and the { $variables } as they are.
# Statements are written as "Je sais..." / "Je connais..." so that a young person
# can answer from "pas encore" to "oui, tout seul". Keep them short and plain.

## Answer scale (value 1 to 5, or skip)

scale-1 = Pas encore
scale-2 = Un peu
scale-3 = Avec de l’aide
scale-4 = Plutôt oui
scale-5 = Oui, tout seul
scale-skip = Passer cette phrase

## Result bands

band-work-on = Travaillons là-dessus
band-growing = En progrès
band-strong = Point fort
band-too-few = Pas assez de réponses pour le dire

## 1. Education

q-education-find-course = Je sais trouver une formation ou une école qui correspond à ce que je veux faire.
q-education-enrol = Je sais m’inscrire à une formation, avec les formulaires et les documents demandés.
q-education-certificates = Je garde mes bulletins scolaires et mes diplômes en lieu sûr, et je sais comment en obtenir des copies.
q-education-study-plan = Je sais organiser ma semaine pour avoir du temps pour étudier.
q-education-ask-support = Je sais à qui demander de l’aide à l’école ou en formation quand j’ai des difficultés.
q-education-language-class = Je sais où trouver des cours pour progresser dans la langue du pays.

## 2. Community participation and interpersonal relationships

q-community-trusted-adults = J’ai au moins deux adultes de confiance que je peux appeler.
q-community-friends = J’ai des amis avec qui passer mon temps libre.
q-community-local-activity = Je participe à un club, un groupe ou une activité près de chez moi.
q-community-solve-conflict = Je sais régler un désaccord calmement.
q-community-say-no = Je sais dire non quand quelqu’un me demande de faire quelque chose que je ne veux pas faire.
q-community-ask-help = Je sais où aller dans mon quartier quand j’ai besoin d’aide.

## 3. Health

q-health-register-doctor = Je sais comment m’inscrire chez un médecin.
q-health-book-appointment = Je sais prendre rendez-vous chez un médecin sans aide.
q-health-emergency = Je connais le numéro d’urgence, et je sais quand l’appeler.
q-health-medicines = Je comprends comment prendre mes médicaments, et comment en avoir d’autres quand il n’y en a plus.
q-health-mental-help = Je sais où trouver de l’aide quand je suis très triste, ou quand j’ai trop de soucis ou de stress.
q-health-daily-habits = Je dors, je mange et je bouge d’une façon qui me garde en bonne santé.

## 4. Communication and cultural awareness

q-communication-local-language = Je me débrouille dans les conversations de tous les jours dans la langue du pays.
q-communication-phone-call = Je sais téléphoner à une administration ou à un médecin.
q-communication-formal-message = Je sais écrire un message ou un e-mail court et poli à une administration.
q-communication-interpreter = Je sais demander un interprète quand j’en ai besoin.
q-communication-local-customs = Je comprends les règles non écrites d’ici, comme être à l’heure ou la façon de saluer les gens.
q-communication-own-culture = J’arrive à garder vivantes ma langue, ma foi et mes traditions dans ma nouvelle vie.

## 5. Career and employment

q-career-my-skills = Je sais dire quelles sont mes compétences et ce que je fais bien.
q-career-cv = J’ai un CV que je peux adapter pour chaque emploi.
q-career-find-jobs = Je sais où chercher un emploi, une formation ou un apprentissage.
q-career-interview = Je sais me préparer à un entretien d’embauche.
q-career-contract = Je sais lire un contrat de travail et y trouver le salaire, les horaires et la durée.
q-career-rights-at-work = Je connais mes droits de base au travail, et je sais à qui parler en cas de problème.

## 6. Financial and money management skills

q-finance-bank-account = J’ai un compte bancaire et je sais l’utiliser.
q-finance-monthly-budget = Je sais faire un budget pour un mois.
q-finance-pay-bills = Je sais payer mes factures et mon loyer à temps.
q-finance-save = J’arrive à mettre un peu d’argent de côté pour des choses dont j’aurai besoin plus tard.
q-finance-scams = Je sais reconnaître une arnaque ou une offre trop belle pour être vraie.
q-finance-debt-help = Je sais où trouver des conseils gratuits si j’ai des problèmes d’argent ou des dettes.

## 7. Self-determination, autonomy skills and teenagers' development

q-self-determination-goals = J’ai des objectifs pour mon avenir, et je connais les premières étapes pour y arriver.
q-self-determination-decisions = Je sais prendre une décision en pesant le pour et le contre.
q-self-determination-speak-up = Je sais dire ce que je veux pendant les réunions sur mes projets.
q-self-determination-routine = Je sais garder un rythme chaque jour : me lever, cuisiner, faire le ménage, être à l’heure.
q-self-determination-stress = Je sais ce qui m’aide quand j’ai du stress ou quand je suis en colère.
q-self-determination-know-rights = Je sais à quelle aide j’ai droit après 18 ans.

## 8. Bureaucracy, legislation and networking

q-bureaucracy-documents-safe = Je garde mes papiers importants en lieu sûr, avec des copies.
q-bureaucracy-permit-dates = Je sais quand mon titre de séjour ou mes autres papiers expirent, et comment les renouveler.
q-bureaucracy-read-letters = Je comprends un courrier officiel, ou je sais qui peut m’aider à le lire.
q-bureaucracy-fill-forms = Je sais remplir un formulaire, ou demander de l’aide pour le faire.
q-bureaucracy-public-offices = Je sais quelle administration s’occupe de quoi.
q-bureaucracy-legal-advice = Je sais où trouver des conseils juridiques gratuits.

## 9. Housing

q-housing-options = Je connais les types de logement possibles pour moi après le placement.
q-housing-afford-rent = Je sais quel loyer je pourrais payer avec mes revenus.
q-housing-rental-contract = Je comprends les points principaux d’un bail (contrat de location).
q-housing-tenant-duties = Je sais ce qu’un locataire doit faire : payer le loyer, garder le logement propre, respecter les voisins.
q-housing-repairs = Je sais comment signaler une réparation à faire au propriétaire.
q-housing-risk-help = Je sais où aller si je risque de perdre mon logement.

## The online self-assessment page

assessment-privacy-heading = Avant de commencer
assessment-privacy = Vos réponses sont envoyées seulement pour calculer vos résultats, puis elles sont oubliées. Nous n’enregistrons rien, nous ne demandons pas votre nom, et rien n’est gardé sur cet appareil, sauf si vous l’enregistrez vous-même.
assessment-instructions = Lisez chaque phrase et choisissez à quel point elle est vraie pour vous aujourd’hui. Il n’y a pas de bonnes ou de mauvaises réponses. Vous pouvez passer n’importe quelle phrase.
assessment-start = Commencer
assessment-progress = Pilier { $current } sur { $total }
assessment-previous = Retour
assessment-next = Suivant
assessment-submit = Voir mes résultats
assessment-sending = Calcul de vos résultats…
assessment-offline = Nous n’avons pas pu joindre le service qui calcule les résultats. Vérifiez votre connexion et réessayez. Vos réponses sont toujours là.
assessment-error = Un problème est survenu avec les réponses. Merci de recommencer.
assessment-results-heading = Vos résultats
assessment-results-intro = Voici comment vous vous voyez aujourd’hui dans chacun des 9 piliers. Parlez-en avec votre mentor : ensemble, vous pouvez choisir sur quoi travailler en premier.
assessment-chart-label = Votre score pour chaque pilier, de 0 à 100
assessment-strengths = Vos points forts
assessment-work-on = Les piliers à travailler en premier
assessment-score = { $score } sur 100
# French plural categories: one (0 and 1), many (e.g. 1 000 000), other.
assessment-answered = { $count ->
    [one] { $count } réponse
    [many] { $count } de réponses
   *[other] { $count } réponses
}
assessment-read-guide = Lire le guide
assessment-see-workshops = Ateliers pour les mentors
assessment-print = Imprimer mes résultats
assessment-save = Enregistrer mes résultats dans un fichier
assessment-restart = Recommencer
assessment-forget-note = Quand vous fermez cette page, vos résultats disparaissent. Imprimez-les ou enregistrez-les d’abord si vous voulez les garder.

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
toolkit-education-talk-1 = Qu’avez-vous aimé apprendre, ici ou dans votre pays ?
toolkit-education-talk-2 = Si vous pouviez apprendre une seule chose cette année, ce serait quoi ?
toolkit-education-talk-3 = Qu’est-ce qui rend les études difficiles pour vous en ce moment ?

toolkit-community-observe-1 = Qui nomme-t-il quand il parle de sa semaine ?
toolkit-community-observe-2 = Participe-t-il à quelque chose en dehors du foyer ?
toolkit-community-observe-3 = Comment gère-t-il les désaccords avec les autres jeunes ou avec l’équipe ?
toolkit-community-talk-1 = Qui appelleriez-vous si vous aviez une bonne nouvelle ? Et une mauvaise ?
toolkit-community-talk-2 = Quelles personnes d’ici seront encore dans votre vie après 18 ans ?
toolkit-community-talk-3 = Y a-t-il un groupe ou un endroit où vous vous sentez à votre place ?

toolkit-health-observe-1 = Connaît-il le nom de son médecin, et sait-il comment le joindre ?
toolkit-health-observe-2 = Dort-il et mange-t-il de façon régulière ?
toolkit-health-observe-3 = Montre-t-il des signes de stress, de déprime ou de douleur dont il ne parle pas ?
toolkit-health-talk-1 = Que faites-vous quand vous vous sentez malade ?
toolkit-health-talk-2 = Qu’est-ce qui vous aide à vous calmer ?
toolkit-health-talk-3 = Y a-t-il quelque chose sur votre santé que vous aimeriez mieux comprendre ?

toolkit-communication-observe-1 = Dans quelles situations utilise-t-il la langue du pays avec assurance ?
toolkit-communication-observe-2 = Évite-t-il les appels téléphoniques ou les administrations ?
toolkit-communication-observe-3 = Comment parle-t-il de sa propre culture et de sa langue ?
toolkit-communication-talk-1 = Quand une conversation a-t-elle été difficile pour vous ici ? Que s’est-il passé ?
toolkit-communication-talk-2 = Quelles habitudes d’ici vous surprennent encore ?
toolkit-communication-talk-3 = Que voulez-vous garder de votre culture ?

toolkit-career-observe-1 = Quelles compétences montre-t-il dans la vie de tous les jours : cuisiner, réparer, prendre soin des autres, organiser ?
toolkit-career-observe-2 = A-t-il une expérience de travail, payée ou non ?
toolkit-career-observe-3 = Comment réagit-il aux consignes et aux retours ?
toolkit-career-talk-1 = Quel travail aimeriez-vous faire dans cinq ans ?
toolkit-career-talk-2 = Qu’est-ce que vous faites bien, et dont vous êtes fier ?
toolkit-career-talk-3 = Que savez-vous de votre droit de travailler ici ?

toolkit-finance-observe-1 = Comment utilise-t-il son argent de poche ou son allocation ?
toolkit-finance-observe-2 = Se sent-il obligé d’envoyer de l’argent à sa famille ou de rembourser une dette ?
toolkit-finance-observe-3 = Sait-il lire un ticket de caisse, une facture ou un relevé bancaire ?
toolkit-finance-talk-1 = À quoi dépensez-vous la plus grande partie de votre argent ?
toolkit-finance-talk-2 = Pour quoi mettriez-vous de l’argent de côté, si vous le pouviez ?
toolkit-finance-talk-3 = Quelqu’un vous a-t-il déjà demandé d’utiliser votre compte bancaire ou votre carte pour lui ?

toolkit-self-determination-observe-1 = Fait-il ses propres choix, ou attend-il que les autres décident ?
toolkit-self-determination-observe-2 = Garde-t-il son propre rythme sans qu’on le lui rappelle ?
toolkit-self-determination-observe-3 = Comment s’exprime-t-il pendant les réunions sur ses projets ?
toolkit-self-determination-talk-1 = À 20 ans, à quoi ressemblerait une bonne journée pour vous ?
toolkit-self-determination-talk-2 = Parlez-moi d’une décision dont vous êtes fier.
toolkit-self-determination-talk-3 = Qu’est-ce que vous voulez que les adultes arrêtent de décider à votre place ?

toolkit-bureaucracy-observe-1 = Sait-il où sont ses papiers, et en garde-t-il des copies ?
toolkit-bureaucracy-observe-2 = Connaît-il les dates d’expiration de son titre de séjour ou de ses papiers ?
toolkit-bureaucracy-observe-3 = Que fait-il des courriers officiels : il les ouvre, il les ignore, il les apporte à l’équipe ?
toolkit-bureaucracy-talk-1 = Quel document vous inquiète le plus ?
toolkit-bureaucracy-talk-2 = Dans quelle administration êtes-vous déjà allé seul ?
toolkit-bureaucracy-talk-3 = À qui demanderiez-vous de l’aide si vous receviez un courrier que vous ne comprenez pas ?

toolkit-housing-observe-1 = Garde-t-il sa chambre propre et sûre ?
toolkit-housing-observe-2 = Connaît-il le vrai prix des loyers et des factures dans le secteur ?
toolkit-housing-observe-3 = Comment s’entend-il avec les personnes avec qui il partage son espace ?
toolkit-housing-talk-1 = Où aimeriez-vous vivre après le placement, et avec qui ?
toolkit-housing-talk-2 = Qu’est-ce qui vous ferait vous sentir chez vous dans un logement ?
toolkit-housing-talk-3 = Que feriez-vous si, un mois, vous ne pouviez pas payer le loyer ?

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
