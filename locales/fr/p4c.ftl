# Draft translation from English (translated_from: locales/en/p4c.ftl), for review by a native speaker.

## P4C, the Platform for Cooperation: the directory of organisations and
## opportunities (p4c.html, p4c_entry.html, the pillar guides).

nav-p4c = Organisations
p4c-filters = Filtrer l’annuaire
p4c-filter-category = Type d’aide
p4c-filter-pillar = Pilier
p4c-filter-region = Où
p4c-filter-language = Langues parlées
p4c-show-all = Afficher toutes les organisations et opportunités
p4c-count =
    { $count ->
        [one] { $count } résultat correspond.
       *[other] { $count } résultats correspondent.
    }
p4c-opportunities = Opportunités
p4c-organisations = Organisations
p4c-no-opportunities = Aucune opportunité n’est listée pour le moment. Les organisations ci-dessous peuvent te dire ce qu’elles proposent en ce moment.
p4c-no-entries = Rien ne correspond à ces filtres. Essaie avec moins de filtres.
p4c-kind-organisation = Organisation
p4c-kind-opportunity = Opportunité
p4c-unconfirmed = Pas encore confirmée par un partenaire : vérifie avant d’y orienter un ou une jeune.
p4c-unconfirmed-short = pas encore confirmée
p4c-last-checked = Dernière confirmation auprès de l’organisation le { $date }. Les informations changent : vérifie avant d’y orienter un ou une jeune.
p4c-organisation = Proposée par
p4c-valid-until = Ouverte jusqu’au
p4c-places = Places
p4c-website = Site web
p4c-phone = Téléphone
p4c-email = E-mail
p4c-address = Adresse
p4c-source = D’où viennent ces informations
p4c-pillar-heading = Organisations qui peuvent aider
p4c-pillar-all = Toutes les organisations pour ce pilier

## Kinds of help: the closed list of categories.
p4c-category-training = Formation
p4c-category-apprenticeship = Apprentissage
p4c-category-job = Emploi
p4c-category-housing = Logement
p4c-category-legal = Conseil juridique et droits
p4c-category-financial = Argent et banque
p4c-category-education = Éducation
p4c-category-health = Santé
p4c-category-community = Vie sociale et soutien
p4c-category-emergency = Urgences
p4c-category-migration = Asile et migration

## Where an entry works: a country code, or EU for the whole Union.
p4c-country-EU = Dans toute l’UE
p4c-country-IT = Italie
p4c-country-CY = Chypre
p4c-country-PT = Portugal
p4c-country-GR = Grèce
p4c-country-ES = Espagne
p4c-country-FR = France
