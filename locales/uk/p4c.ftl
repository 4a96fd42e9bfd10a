# Українська (uk): interface strings, translated from locales/en/p4c.ftl.
# Draft: a native speaker has not reviewed it yet. Keep the ids and any
# { $variable } as they are. See TRANSLATING.md and locales/uk/TERMS.md.

# P4C, the Platform for Cooperation: the directory of organisations and
# opportunities (p4c.html, p4c_entry.html, the pillar guides).

nav-p4c = Організації
p4c-filters = Відфільтрувати довідник
p4c-filter-category = Вид допомоги
p4c-filter-pillar = Опора
p4c-filter-region = Де
p4c-filter-language = Мови спілкування
p4c-show-all = Показати всі організації та можливості
# $count (number): how many entries match the filters.
p4c-count =
    { $count ->
        [one] Знайдено { $count } запис.
        [few] Знайдено { $count } записи.
        [many] Знайдено { $count } записів.
       *[other] Знайдено { $count } записів.
    }
p4c-opportunities = Можливості
p4c-organisations = Організації
p4c-no-opportunities = Зараз у списку немає можливостей. Організації нижче можуть розповісти, що вони пропонують зараз.
p4c-no-entries = За цими фільтрами нічого не знайдено. Спробуй менше фільтрів.
p4c-kind-organisation = Організація
p4c-kind-opportunity = Можливість
p4c-unconfirmed = Партнер ще не підтвердив цю інформацію: перевір її, перш ніж направляти сюди молоду людину.
p4c-unconfirmed-short = ще не підтверджено
# $date (text): the day a person last confirmed the entry, as YYYY-MM-DD.
p4c-last-checked = Востаннє підтверджено з організацією { $date }. Дані змінюються: перевір їх, перш ніж направляти сюди молоду людину.
p4c-organisation = Пропонує
p4c-valid-until = Діє до
p4c-places = Кількість місць
p4c-website = Вебсайт
p4c-phone = Телефон
p4c-email = Електронна пошта
p4c-address = Адреса
p4c-source = Звідки ця інформація
p4c-pillar-heading = Організації, які можуть допомогти
p4c-pillar-all = Усі організації для цієї опори

## Kinds of help: the closed list of categories.

p4c-category-training = Професійне навчання
p4c-category-apprenticeship = Навчання на робочому місці
p4c-category-job = Робота
p4c-category-housing = Житло
p4c-category-legal = Юридичні поради та права
p4c-category-financial = Гроші та банки
p4c-category-education = Освіта
p4c-category-health = Здоров’я
p4c-category-community = Громада та підтримка
p4c-category-emergency = Екстрена допомога
p4c-category-migration = Притулок і міграція

## Where an entry works: a country code, or EU for the whole Union.

p4c-country-EU = По всьому ЄС
p4c-country-IT = Італія
p4c-country-CY = Кіпр
p4c-country-PT = Португалія
p4c-country-GR = Греція
p4c-country-ES = Іспанія
p4c-country-FR = Франція
