# Українська (uk): interface strings, translated from locales/en/search.ftl.
# Draft: a native speaker has not reviewed it yet. Keep the ids and any
# { $variable } as they are. See TRANSLATING.md and locales/uk/TERMS.md.

# Interface strings of the search page (/<locale>/search/) and its link in the menu.

nav-search = Пошук
search-title = Пошук на сайті
# The page's description for search engines.
search-description = Знайди посібник, аркуш заняття чи розділ Білої книги за словами, які в ньому є.
search-label = Слова для пошуку
search-button = Шукати
search-no-script = Для пошуку потрібен JavaScript, а в цьому браузері його вимкнено. Кожну сторінку можна знайти в цих списках:
search-loading = Шукаємо…
search-none = Немає сторінки, де є всі ці слова. Спробуй менше слів або початок слова.
# Followed by the number of pages found.
search-results-heading = Знайдено сторінок:
search-too-short = Введи слово з двох або більше літер.
search-failed = Не вдалося завантажити індекс пошуку. Якщо в тебе немає інтернету, спершу збережи цю мову для читання без інтернету, а тоді спробуй ще раз.
# A result shown in another language: $language is that language's name.
search-shown-in = Мовою: { $language }
