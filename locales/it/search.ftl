# Interface strings of the search page: Italian (it), draft translation.
# Translated from locales/en/search.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

nav-search = Cerca
search-title = Cerca nel sito
search-description = Trova una guida, una scheda per chi conduce o un capitolo del Libro bianco dalle parole che contiene.
search-label = Parole da cercare
search-button = Cerca
search-no-script = La ricerca ha bisogno di JavaScript, che in questo browser è disattivato. Puoi trovare ogni pagina da questi elenchi:
search-loading = Ricerca in corso…
search-none = Nessuna pagina contiene tutte queste parole. Prova con meno parole, o con l’inizio di una parola.
search-results-heading = Pagine trovate:
search-too-short = Scrivi una parola di almeno due lettere.
search-failed = Non è stato possibile caricare l’indice della ricerca. Se sei offline, salva prima questa lingua per l’uso offline, poi riprova.
search-shown-in = In { $language }
