# Українська (uk): interface strings, translated from locales/en/offline.ftl.
# Draft: a native speaker has not reviewed it yet. Keep the ids and any
# { $variable } as they are. See TRANSLATING.md and locales/uk/TERMS.md.

# Interface strings for reading the site offline and installing it on a phone.
# See README.md, "Offline", and TRANSLATING.md.

# Under the phone's home-screen icon: a few characters only.
offline-app-short-name = INTEGRA
# $language is the language's own name, e.g. "Español".
offline-save = Зберегти для читання без інтернету: { $language }
# $done (number): files saved so far; $total (number): files to save.
offline-saving = Зберігаємо для читання без інтернету: файлів { $done } з { $total }
# $language (text): the language's own name; $date (text): the day it was saved, as YYYY-MM-DD.
offline-saved = { $language }: збережено на цьому пристрої ({ $date }). Ці сторінки відкриваються без інтернету.
offline-failed = Збереження не завершилося. Перевір з’єднання й спробуй ще раз.
# Shown on a page read from the device, without a connection.
# $date (text): the day the copy was saved, as YYYY-MM-DD.
offline-copy = Збережена копія від { $date }. Можливо, уже є новіша версія.
offline-update = Доступна нова версія цього сайту.
offline-reload = Оновити
