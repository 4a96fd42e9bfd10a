# پښتو (ps): interface strings, a draft translation of locales/en/fit.ftl.
# A native speaker has not reviewed it yet. See TRANSLATING.md.

# Interface strings for the workshop finder, contents lists and language labels: the English source.
# See TRANSLATING.md.

## Workshop finder (/workshops/)

finder-heading = ورکشاپ ومومئ
finder-any = هر یو
finder-pillar = ستنه
# An option of the workshop duration filter.
# $minutes (number): a number of minutes: 30, 45, 60 or 90.
finder-duration-max = { $minutes } دقیقې یا لږ
finder-group-size = ګډون کوونکي ځوانان
finder-group-size-hint = هغه ورکشاپونه ښيي چې دې شمېر ته برابر وي.
# $count (number): how many workshops match the filters.
finder-count = { $count ->
    [0] هېڅ ورکشاپ برابر نه دی. لږ فلټرونه وکاروئ.
    [one] یو ورکشاپ برابر دی.
   *[other] { $count } ورکشاپونه برابر دي.
}
finder-clear = ټول ورکشاپونه وښیئ

## Contents list of long pages

contents-heading = په دې پاڼه کې

## Languages

# On a card or list item shown in another language; $language is that language's own name.
list-language = ژبه: { $language }
# In the language menu, after a language that does not have this page.
language-not-translated = لا نه ده ژباړل شوې
