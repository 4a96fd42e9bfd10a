# Interface strings of the search page: Spanish (es), draft translation.
# Translated from locales/en/search.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

nav-search = Buscar
search-title = Buscar en este sitio
search-description = Encuentra una guía, una ficha para la persona facilitadora o un capítulo del Libro Blanco por las palabras que contiene.
search-label = Palabras que buscar
search-button = Buscar
search-no-script = La búsqueda necesita JavaScript, que está desactivado en este navegador. Puedes encontrar todas las páginas desde estas listas:
search-loading = Buscando…
search-none = Ninguna página tiene todas estas palabras. Prueba con menos palabras o con el comienzo de una palabra.
search-results-heading = Páginas encontradas:
search-too-short = Escribe una palabra de dos letras o más.
search-failed = No se pudo cargar el índice de la búsqueda. Si no tienes conexión, guarda primero este idioma para usarlo sin conexión y vuelve a intentarlo.
search-shown-in = En { $language }
