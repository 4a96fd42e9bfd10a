# Interface strings for the workshop finder, contents lists and language labels: French (fr), draft translation.
# Translated from locales/en/fit.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

## Workshop finder (/workshops/)

finder-heading = Trouver un atelier
finder-any = Tous
finder-pillar = Pilier
# An option of the workshop duration filter.
finder-duration-max = { $minutes } minutes ou moins
finder-group-size = Jeunes qui participent
finder-group-size-hint = Affiche les ateliers adaptés à ce nombre.
finder-count = { $count ->
    [0] Aucun atelier ne correspond. Essaie avec moins de filtres.
    [one] Un atelier correspond.
   *[other] { $count } ateliers correspondent.
}
finder-clear = Afficher tous les ateliers

## Contents list of long pages

contents-heading = Sur cette page

## Languages

# On a card or list item shown in another language; $language is that language's own name.
list-language = Langue : { $language }
# In the language menu, after a language that does not have this page.
language-not-translated = pas encore traduite
