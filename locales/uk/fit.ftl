# Українська (uk): interface strings, translated from locales/en/fit.ftl.
# Draft: a native speaker has not reviewed it yet. Keep the ids and any
# { $variable } as they are. See TRANSLATING.md and locales/uk/TERMS.md.

# Interface strings for the workshop finder, contents lists and language labels: the English source.
# See TRANSLATING.md.

## Workshop finder (/workshops/)

finder-heading = Знайти заняття
finder-any = Усі
finder-pillar = Опора
# An option of the workshop duration filter.
# $minutes (number): a number of minutes: 30, 45, 60 or 90.
finder-duration-max = { $minutes } хв або менше
finder-group-size = Кількість молодих людей
finder-group-size-hint = Показує заняття, які підходять для такої кількості.
# $count (number): how many workshops match the filters.
finder-count = { $count ->
    [0] Жодне заняття не підходить. Спробуй менше фільтрів.
    [one] Знайдено { $count } заняття.
    [few] Знайдено { $count } заняття.
    [many] Знайдено { $count } занять.
   *[other] Знайдено { $count } занять.
}
finder-clear = Показати всі заняття

## Contents list of long pages

contents-heading = На цій сторінці

## Languages

# On a card or list item shown in another language; $language is that language's own name.
list-language = Мова: { $language }
# In the language menu, after a language that does not have this page.
language-not-translated = ще не перекладено
