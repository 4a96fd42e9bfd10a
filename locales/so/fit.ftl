# Soomaali (so): interface strings, translated from locales/en/fit.ftl.
# Draft: a native speaker has not reviewed it yet. Keep the ids and any
# { $variable } as they are. See TRANSLATING.md and locales/so/TERMS.md.

# Interface strings for the workshop finder, contents lists and language labels: the English source.
# See TRANSLATING.md.

## Workshop finder (/workshops/)

finder-heading = Hel aqoon-is-weydaarsi
finder-any = Mid kasta
finder-pillar = Tiirka
# An option of the workshop duration filter.
# $minutes (number): a number of minutes: 30, 45, 60 or 90.
finder-duration-max = { $minutes } daqiiqo ama ka yar
finder-group-size = Dhallinyarada ka qaybqaadanaysa
finder-group-size-hint = Waxay muujinaysaa aqoon-is-weydaarsiyada ku habboon tiradan.
# $count (number): how many workshops match the filters.
finder-count = { $count ->
    [0] Ma jiro aqoon-is-weydaarsi ku habboon. Isku day shaandhooyin ka yar.
    [one] Hal aqoon-is-weydaarsi ayaa ku habboon.
   *[other] { $count } aqoon-is-weydaarsi ayaa ku habboon.
}
finder-clear = Tus dhammaan aqoon-is-weydaarsiyada

## Contents list of long pages

contents-heading = Boggan gudihiisa

## Languages

# On a card or list item shown in another language; $language is that language's own name.
list-language = Luqadda: { $language }
# In the language menu, after a language that does not have this page.
language-not-translated = weli lama turjumin
