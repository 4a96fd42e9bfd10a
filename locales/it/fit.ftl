# Interface strings for the workshop finder, contents lists and language labels: Italian (it), draft translation.
# Translated from locales/en/fit.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

## Workshop finder (/workshops/)

finder-heading = Trova un laboratorio
finder-any = Tutti
finder-pillar = Pilastro
# An option of the workshop duration filter.
finder-duration-max = { $minutes } minuti o meno
finder-group-size = Ragazzi e ragazze che partecipano
finder-group-size-hint = Mostra i laboratori adatti a questo numero.
finder-count = { $count ->
    [0] Nessun laboratorio corrisponde. Prova con meno filtri.
    [one] Un laboratorio corrisponde.
   *[other] { $count } laboratori corrispondono.
}
finder-clear = Mostra tutti i laboratori

## Contents list of long pages

contents-heading = In questa pagina

## Languages

# On a card or list item shown in another language; $language is that language's own name.
list-language = Lingua: { $language }
# In the language menu, after a language that does not have this page.
language-not-translated = non ancora tradotta
