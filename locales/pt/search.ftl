# Interface strings of the search page: Portuguese (pt), draft translation.
# Translated from locales/en/search.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

nav-search = Pesquisar
search-title = Pesquisar neste site
search-description = Encontra um guia, uma ficha do facilitador ou um capítulo do Livro Branco pelas palavras que contém.
search-label = Palavras a procurar
search-button = Pesquisar
search-no-script = A pesquisa precisa de JavaScript, que está desligado neste navegador. Podes encontrar todas as páginas a partir destas listas:
search-loading = A pesquisar…
search-none = Nenhuma página tem todas estas palavras. Experimenta menos palavras, ou o início de uma palavra.
search-results-heading = Páginas encontradas:
search-too-short = Escreve uma palavra com duas letras ou mais.
search-failed = Não foi possível carregar o índice da pesquisa. Se estiveres sem ligação, guarda primeiro esta língua para a usares sem ligação e tenta de novo.
search-shown-in = Em { $language }
