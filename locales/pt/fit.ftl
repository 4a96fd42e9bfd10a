# Interface strings for the workshop finder, contents lists and language labels: Portuguese (pt), draft translation.
# Traduzido a partir de locales/en/fit.ftl. Mantêm-se os ids e as { $variables }.
# See TRANSLATING.md.

## Workshop finder (/workshops/)

finder-heading = Encontrar uma oficina
finder-any = Todas
finder-pillar = Pilar
# An option of the workshop duration filter.
finder-duration-max = { $minutes } minutos ou menos
finder-group-size = Jovens que participam
finder-group-size-hint = Mostra as oficinas adequadas a este número.
finder-count = { $count ->
    [0] Nenhuma oficina corresponde. Experimente menos filtros.
    [one] Uma oficina corresponde.
   *[other] { $count } oficinas correspondem.
}
finder-clear = Mostrar todas as oficinas

## Contents list of long pages

contents-heading = Nesta página

## Languages

# On a card or list item shown in another language; $language is that language's own name.
list-language = Língua: { $language }
# In the language menu, after a language that does not have this page.
language-not-translated = ainda não traduzida
