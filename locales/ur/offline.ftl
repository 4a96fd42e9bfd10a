# اردو (ur): interface strings, draft translation from locales/en/offline.ftl.
# A native speaker has not reviewed it yet. See TRANSLATING.md.

# Interface strings for reading the site offline and installing it on a phone.
# See README.md, "Offline", and TRANSLATING.md.

# Under the phone's home-screen icon: a few characters only.
offline-app-short-name = INTEGRA
# $language is the language's own name, e.g. "Español".
offline-save = { $language } کو آف لائن کے لیے محفوظ کریں
# $done (number): files saved so far; $total (number): files to save.
offline-saving = آف لائن کے لیے محفوظ ہو رہا ہے: { $total } میں سے { $done } فائلیں
# $language (text): the language's own name; $date (text): the day it was saved, as YYYY-MM-DD.
offline-saved = { $language } اس ڈیوائس پر محفوظ ہے ({ $date })۔ اس کے صفحات انٹرنیٹ کے بغیر کھلتے ہیں۔
offline-failed = محفوظ کرنا مکمل نہیں ہوا۔ کنکشن چیک کریں اور دوبارہ کوشش کریں۔
# Shown on a page read from the device, without a connection.
# $date (text): the day the copy was saved, as YYYY-MM-DD.
offline-copy = { $date } کی آف لائن کاپی۔ ہو سکتا ہے اس کا نیا ورژن آ چکا ہو۔
offline-update = اس سائٹ کا نیا ورژن دستیاب ہے۔
offline-reload = دوبارہ لوڈ کریں
