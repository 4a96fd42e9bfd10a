# پښتو (ps): interface strings, a draft translation of locales/en/offline.ftl.
# A native speaker has not reviewed it yet. See TRANSLATING.md.

# Interface strings for reading the site offline and installing it on a phone.
# See README.md, "Offline", and TRANSLATING.md.

# Under the phone's home-screen icon: a few characters only.
offline-app-short-name = INTEGRA
# $language is the language's own name, e.g. "Español".
offline-save = { $language } د بې انټرنېټه کارونې لپاره خوندي کړئ
# $done (number): files saved so far; $total (number): files to save.
offline-saving = د بې انټرنېټه کارونې لپاره خوندي کول: { $done } له { $total } فایلونو
# $language (text): the language's own name; $date (text): the day it was saved, as YYYY-MM-DD.
offline-saved = { $language } په دې وسیله کې خوندي ده ({ $date }). پاڼې یې بې انټرنېټه پرانیستل کېږي.
offline-failed = خوندي کول بشپړ نه شول. انټرنېټ وګورئ او بیا هڅه وکړئ.
# Shown on a page read from the device, without a connection.
# $date (text): the day the copy was saved, as YYYY-MM-DD.
offline-copy = د { $date } بې انټرنېټه کاپي. کېدای شي نوې نسخه شتون ولري.
offline-update = د دې وېبسایټ نوې نسخه شته.
offline-reload = بیا پرانیزئ
