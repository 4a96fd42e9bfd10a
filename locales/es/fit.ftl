# Interface strings for the workshop finder, contents lists and language labels: Spanish (es), draft translation.
# Translated from locales/en/fit.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

## Workshop finder (/workshops/)

finder-heading = Busca un taller
finder-any = Todos
finder-pillar = Pilar
# An option of the workshop duration filter.
finder-duration-max = { $minutes } minutos o menos
finder-group-size = Jóvenes que participan
finder-group-size-hint = Muestra los talleres adecuados para este número.
finder-count = { $count ->
    [0] Ningún taller coincide. Prueba con menos filtros.
    [one] Coincide un taller.
   *[other] Coinciden { $count } talleres.
}
finder-clear = Mostrar todos los talleres

## Contents list of long pages

contents-heading = En esta página

## Languages

# On a card or list item shown in another language; $language is that language's own name.
list-language = Idioma: { $language }
# In the language menu, after a language that does not have this page.
language-not-translated = aún sin traducir
