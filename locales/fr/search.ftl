# Interface strings of the search page: French (fr), draft translation.
# Translated from locales/en/search.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

nav-search = Rechercher
search-title = Rechercher sur ce site
search-description = Trouve un guide, une fiche d’animation ou un chapitre du Livre blanc à partir des mots qu’il contient.
search-label = Mots à chercher
search-button = Rechercher
search-no-script = La recherche a besoin de JavaScript, qui est désactivé dans ce navigateur. Tu peux trouver chaque page à partir de ces listes :
search-loading = Recherche en cours…
search-none = Aucune page ne contient tous ces mots. Essaie avec moins de mots, ou le début d’un mot.
search-results-heading = Pages trouvées :
search-too-short = Tape un mot de deux lettres ou plus.
search-failed = L’index de la recherche n’a pas pu être chargé. Si tu es hors ligne, enregistre d’abord cette langue pour l’utiliser hors ligne, puis réessaie.
search-shown-in = En { $language }
