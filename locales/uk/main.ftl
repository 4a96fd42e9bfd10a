# Українська (uk): interface strings, translated from locales/en/main.ftl.
# Draft: a native speaker has not reviewed it yet. Keep the ids and any
# { $variable } as they are. See TRANSLATING.md and locales/uk/TERMS.md.

# Interface strings for the INTEGRA site: the English source.
# Translators: copy this file to locales/<your-locale>/main.ftl and translate
# the text after each `=`. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

## Site

site-title = INTEGRA: наставництво
skip-to-content = Перейти до основного вмісту
language-menu = Мова:
nav-label = Головне меню
footer-nav-label = Про цей сайт
nav-home = Головна
nav-pillars = 9 опор
nav-workshops = Заняття
nav-self-assessment = Самооцінювання
nav-mentors = Для наставників
nav-white-paper = Біла книга
nav-about = Про проєкт
nav-privacy = Конфіденційність
footer-note = INTEGRA — Програма інтеграції через наставництво: підтримка для молодих людей, які виходять з-під опіки, і для їхніх наставників. Цей сайт не використовує файлів cookie і нічого не відстежує.

## Notices on translated pages

# $language is the reader's language, $original the language the page is written in.
fallback-notice = Цю сторінку ще не перекладено на цю мову ({ $language }). Ось вона мовою оригіналу: { $original }.
draft-notice = Це чернетка перекладу. Носій мови ще не перевірив її.
draft-notice-more = Як працюють переклади

## Home page

home-pillars-heading = 9 опор самостійного життя

## Pillars

# $number (number): the pillar's number, 1 to 9.
pillar-number = Опора { $number }
pillar-workshops = Заняття для цієї опори
pillar-no-workshops = Для цієї опори ще немає занять.

## Workshops

workshop-sheet = Аркуш для ведучого
workshop-duration = Тривалість
# $minutes (number): how long a workshop takes, in minutes.
duration-minutes = { $minutes ->
    [one] { $minutes } хвилина
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилин
}
workshop-group-size = Розмір групи
# $count (number): how many young people take part.
group-size-exact = { $count ->
    [one] { $count } молода людина
    [few] { $count } молоді людини
    [many] { $count } молодих людей
   *[other] { $count } молодих людей
}
# $min, $max (numbers): the fewest and the most young people who can take part.
group-size-range = Від { $min } до { $max } молодих людей
workshop-format = Формат
format-one-to-one = Індивідуально
format-group = У групі
format-either = Індивідуально або в групі
workshop-difficulty = Рівень
difficulty-introductory = Початковий
difficulty-intermediate = Середній
difficulty-advanced = Поглиблений
workshop-objectives = Цілі
workshop-materials = Матеріали
workshop-preparation = Підготовка
print-sheet = Надрукувати цей аркуш
workshop-back = Назад до опори

## White Paper

white-paper-contents = Зміст
# $number (number): the White Paper chapter's number.
chapter-number = Розділ { $number }
chapter-nav-label = Розділи
chapter-previous = Попередній:
chapter-next = Наступний:

## Page not found

not-found-title = Сторінку не знайдено
not-found-text = Ми не змогли знайти цю сторінку. Можливо, її перемістили або в адресі є помилка.
not-found-home = Перейти на головну сторінку

## Translation status page

nav-translate = Допомогти з перекладом
translate-title = Переклади цього сайту
translate-intro = Цей сайт перекладають волонтери. На цій сторінці видно, наскільки готовий переклад кожною мовою і чого ще бракує, тож ти бачиш, де твоя допомога найпотрібніша.
translate-how = Щоб допомогти, прочитай посібник для перекладачів TRANSLATING.md у вихідних файлах сайту або напиши команді, яка веде цей сайт. Кожен переклад лишається чернеткою, доки його не прочитає носій мови.
translate-overview = Усі мови
translate-language = Мова
translate-interface = Інтерфейс
translate-pages = Сторінки
translate-drafts = Чернетки
translate-stale = Застарілі
# $language (text): the language's own name, such as "Español".
translate-missing-heading = Ще не перекладено ({ $language })
translate-stale-heading = Застарілі: англійська сторінка змінилася після перекладу
# $count (number): how many blocks (paragraphs, headings, list items…) of the English page changed since the page was translated.
translate-blocks-changed =
    { $count ->
        [one] змінився { $count } блок
        [few] змінилися { $count } блоки
        [many] змінилося { $count } блоків
       *[other] змінилося { $count } блоків
    }
translate-english-page = Англійська сторінка
translate-po-file = PO-файл
translate-drafts-heading = Чернетки, які чекають на перевірку носієм мови
# $count (number): how many interface messages are not translated.
translate-messages-missing = { $count ->
    [one] Ще не перекладено { $count } повідомлення інтерфейсу.
    [few] Ще не перекладено { $count } повідомлення інтерфейсу.
    [many] Ще не перекладено { $count } повідомлень інтерфейсу.
   *[other] Ще не перекладено { $count } повідомлень інтерфейсу.
}
# $language (text): the source language's own name, "English".
translate-source = { $language } — мова, з якої починаються всі інші переклади.
translate-all-done = Нічого не бракує.

## Mentor training, handouts, country guides and easy-read pages (issue 14)

nav-accessibility = Доступність
# Between the items of a short inline list.
list-separator = {", "}
workshop-handouts = Роздаткові матеріали для друку
handout-eyebrow = Роздатковий матеріал для друку
handout-used-in = Де використовується
easy-read-eyebrow = Легке читання
easy-read-link = Коротко і просто: прочитай версію для легкого читання
training-eyebrow = Навчальний курс
training-modules = Модулі
# $number (Number) - the module's place in the course, from 1
training-module-number = Модуль { $number }
training-outcomes = Результати навчання
training-nav-label = Модулі курсу
training-previous = Попередній модуль
training-next = Наступний модуль
country-eyebrow = Посібник про країну
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated = Оновлено { $date }
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated-long = Написано або востаннє змінено { $date }.
country-review-pending = Чекає на юридичну перевірку: жоден місцевий фахівець ще не перевірив цей посібник.
country-review-pending-short = Чекає на юридичну перевірку
# $date (String) - the day a local professional reviewed the guide, as 2027-01-15
country-reviewed = Місцевий фахівець перевірив цей посібник { $date }.
country-reviewed-short = Перевірив місцевий фахівець
country-confirm = Закони й практика змінюються. Перш ніж діяти на основі цього посібника, місцевий юрист чи юридичний консультант має підтвердити, що написане тут означає для ситуації молодої людини.
