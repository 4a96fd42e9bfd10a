# Interface strings for the workshop finder, contents lists and language labels: the English source.
# See TRANSLATING.md.

## Workshop finder (/workshops/)

finder-heading = Find a workshop
finder-any = Any
finder-pillar = Pillar
# An option of the workshop duration filter.
# $minutes (number): a number of minutes: 30, 45, 60 or 90.
finder-duration-max = { $minutes } minutes or less
finder-group-size = Young people taking part
finder-group-size-hint = Shows workshops that suit this number.
# $count (number): how many workshops match the filters.
finder-count = { $count ->
    [0] No workshop matches. Try fewer filters.
    [one] One workshop matches.
   *[other] { $count } workshops match.
}
finder-clear = Show all workshops

## Contents list of long pages

contents-heading = On this page

## Languages

# On a card or list item shown in another language; $language is that language's own name.
list-language = Language: { $language }
# In the language menu, after a language that does not have this page.
language-not-translated = not translated yet
