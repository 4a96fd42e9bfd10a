# ትግርኛ (ti): interface strings, translated from locales/en/fit.ftl.
# Draft: a native speaker has not reviewed it yet. Keep the ids and any
# { $variable } as they are. See TRANSLATING.md and locales/ti/TERMS.md.

# Interface strings for the workshop finder, contents lists and language labels: the English source.
# See TRANSLATING.md.

## Workshop finder (/workshops/)

finder-heading = ዓውደ-ስራሕ ድለዩ
finder-any = ዝኾነ
finder-pillar = ዓንዲ
# An option of the workshop duration filter.
# $minutes (number): a number of minutes: 30, 45, 60 or 90.
finder-duration-max = { $minutes } ደቓይቕ ወይ ካብኡ ዝውሕድ
finder-group-size = ዝሳተፉ መንእሰያት
finder-group-size-hint = ነዚ ቁጽሪ ዝሰማምዑ ዓውደ-ስራሓት የርኢ።
# $count (number): how many workshops match the filters.
finder-count = { $count ->
    [0] ዝሰማማዕ ዓውደ-ስራሕ የለን። ውሑዳት መጻረዪታት ፈትኑ።
    [one] ሓደ ዓውደ-ስራሕ ይሰማማዕ።
   *[other] { $count } ዓውደ-ስራሓት ይሰማምዑ።
}
finder-clear = ኩሎም ዓውደ-ስራሓት ኣርእዩ

## Contents list of long pages

contents-heading = ኣብዚ ገጽ

## Languages

# On a card or list item shown in another language; $language is that language's own name.
list-language = ቋንቋ: { $language }
# In the language menu, after a language that does not have this page.
language-not-translated = ገና ኣይተተርጎመን
