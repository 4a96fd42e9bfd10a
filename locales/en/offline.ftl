# Interface strings for reading the site offline and installing it on a phone.
# See README.md, "Offline", and TRANSLATING.md.

# Under the phone's home-screen icon: a few characters only.
offline-app-short-name = INTEGRA
# $language is the language's own name, e.g. "Español".
offline-save = Save { $language } for offline
# $done (number): files saved so far; $total (number): files to save.
offline-saving = Saving for offline: { $done } of { $total } files
# $language (text): the language's own name; $date (text): the day it was saved, as YYYY-MM-DD.
offline-saved = { $language } is saved on this device ({ $date }). Its pages open without a connection.
offline-failed = Saving did not finish. Check the connection and try again.
# Shown on a page read from the device, without a connection.
# $date (text): the day the copy was saved, as YYYY-MM-DD.
offline-copy = Offline copy from { $date }. There may be a newer version.
offline-update = A new version of this site is available.
offline-reload = Reload
