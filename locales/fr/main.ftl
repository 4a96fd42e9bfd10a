# Interface strings for the INTEGRA site: French (fr), draft translation.
# Translated from locales/en/main.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

## Site

site-title = INTEGRA Mentorat
skip-to-content = Aller au contenu
language-menu = Langue :
nav-label = Menu principal
footer-nav-label = À propos de ce site
nav-home = Accueil
nav-pillars = Les 9 piliers
nav-workshops = Ateliers
nav-self-assessment = Auto-évaluation
nav-mentors = Pour les mentors
nav-white-paper = Livre blanc
nav-about = À propos
nav-privacy = Confidentialité
footer-note = Le programme de mentorat pour l’intégration INTEGRA : un soutien pour les jeunes qui sortent de placement, et pour leurs mentors. Ce site n’utilise ni cookies ni traçage.

## Notices on translated pages

# $language is the reader's language, $original the language the page is written in.
fallback-notice = Cette page n’est pas encore traduite en { $language }. La voici en { $original }.
draft-notice = Ceci est une traduction provisoire. Elle n’a pas encore été relue par une personne de langue maternelle française.
draft-notice-more = Comment se font les traductions

## Home page

home-pillars-heading = Les 9 piliers pour une vie autonome

## Pillars

pillar-number = Pilier { $number }
pillar-workshops = Ateliers pour ce pilier
pillar-no-workshops = Il n’y a pas encore d’atelier pour ce pilier.

## Workshops

workshop-sheet = Fiche d’animation
workshop-duration = Durée
# French plural categories: one (0 and 1), many (e.g. 1 000 000), other.
duration-minutes = { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } de minutes
   *[other] { $minutes } minutes
}
workshop-group-size = Taille du groupe
group-size-exact = { $count ->
    [1] Un seul jeune
    [one] { $count } jeune
    [many] { $count } de jeunes
   *[other] { $count } jeunes
}
group-size-range = De { $min } à { $max } jeunes
workshop-format = Format
format-one-to-one = Individuel
format-group = En groupe
format-either = Individuel ou en groupe
workshop-difficulty = Niveau
difficulty-introductory = Découverte
difficulty-intermediate = Intermédiaire
difficulty-advanced = Avancé
workshop-objectives = Objectifs
workshop-materials = Matériel
workshop-preparation = Préparation
print-sheet = Imprimer cette fiche
workshop-back = Retour au pilier

## White Paper

white-paper-contents = Sommaire
chapter-number = Chapitre { $number }
chapter-nav-label = Chapitres
chapter-previous = Précédent :
chapter-next = Suivant :

## Page not found

not-found-title = Page introuvable
not-found-text = Nous n’avons pas trouvé cette page. Elle a peut-être été déplacée, ou l’adresse contient peut-être une faute de frappe.
not-found-home = Aller à la page d’accueil

## Translation status page

nav-translate = Aider à traduire
translate-title = Les traductions de ce site
translate-intro = Ce site est traduit par des bénévoles. Cette page montre où en est chaque langue et ce qui manque encore, pour que tu puisses voir où ton aide compte le plus.
translate-how = Pour aider, lis le guide destiné aux traducteurs et traductrices, TRANSLATING.md, dans les fichiers sources du site, ou contacte l’équipe qui gère ce site. Chaque traduction reste provisoire tant qu’une personne de langue maternelle ne l’a pas relue.
translate-overview = Toutes les langues
translate-language = Langue
translate-interface = Interface
translate-pages = Pages
translate-drafts = Provisoires
translate-stale = À mettre à jour
translate-missing-heading = Pas encore traduit ({ $language })
translate-stale-heading = À mettre à jour : la page anglaise a changé depuis sa traduction
# $count (number): how many blocks (paragraphs, headings, list items…) of the English page changed since the page was translated.
translate-blocks-changed =
    { $count ->
        [one] { $count } bloc modifié
       *[other] { $count } blocs modifiés
    }
translate-english-page = Page en anglais
translate-po-file = Fichier PO
translate-drafts-heading = Traductions provisoires en attente de relecture par une personne de langue maternelle
translate-messages-missing = { $count ->
    [one] { $count } message de l’interface n’est pas encore traduit.
    [many] { $count } de messages de l’interface ne sont pas encore traduits.
   *[other] { $count } messages de l’interface ne sont pas encore traduits.
}
translate-source = Les autres traductions partent de cette langue : { $language }.
translate-all-done = Il ne manque rien.

## Mentor training, handouts, country guides and easy-read pages (issue 14)

nav-accessibility = Accessibilité
# Between the items of a short inline list.
list-separator = {", "}
workshop-handouts = Documents à imprimer
handout-eyebrow = Document à imprimer
handout-used-in = Utilisé dans
easy-read-eyebrow = Facile à lire
easy-read-link = Court et simple : voir la version facile à lire
training-eyebrow = Formation
training-modules = Les modules
# $number (Number) - the module's place in the course, from 1
training-module-number = Module { $number }
training-outcomes = Acquis d’apprentissage
training-nav-label = Modules de la formation
training-previous = Module précédent
training-next = Module suivant
country-eyebrow = Guide par pays
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated = Mis à jour le { $date }
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated-long = Rédigé ou modifié pour la dernière fois le { $date }.
country-review-pending = Relecture juridique en attente : aucune personne qualifiée du pays n’a encore relu ce guide.
country-review-pending-short = Relecture juridique en attente
# $date (String) - the day a local professional reviewed the guide, as 2027-01-15
country-reviewed = Relu par une personne qualifiée du pays le { $date }.
country-reviewed-short = Relu par une personne qualifiée du pays
country-confirm = Les lois et les pratiques changent : avant d’agir sur cette base, il faut faire confirmer par un avocat, une avocate ou un service de conseil juridique du pays ce que ce guide implique pour la situation du ou de la jeune.
