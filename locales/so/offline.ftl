# Soomaali (so): interface strings, translated from locales/en/offline.ftl.
# Draft: a native speaker has not reviewed it yet. Keep the ids and any
# { $variable } as they are. See TRANSLATING.md and locales/so/TERMS.md.

# Interface strings for reading the site offline and installing it on a phone.
# See README.md, "Offline", and TRANSLATING.md.

# Under the phone's home-screen icon: a few characters only.
offline-app-short-name = INTEGRA
# $language is the language's own name, e.g. "Español".
offline-save = Kaydi { $language } si aad internet la'aan ugu akhrido
# $done (number): files saved so far; $total (number): files to save.
offline-saving = Waa la kaydinayaa si internet la'aan loo akhriyo: { $done } ka mid ah { $total } fayl
# $language (text): the language's own name; $date (text): the day it was saved, as YYYY-MM-DD.
offline-saved = { $language } waxaa lagu kaydiyay qalabkan ({ $date }). Bogaggiisu internet la'aan ayay ku furmaan.
offline-failed = Kaydintu ma dhammaan. Hubi internetka oo mar kale isku day.
# Shown on a page read from the device, without a connection.
# $date (text): the day the copy was saved, as YYYY-MM-DD.
offline-copy = Nuqul internet la'aan ah oo la kaydiyay { $date }. Waxaa laga yaabaa inuu jiro nuqul ka cusub.
offline-update = Nuqul cusub oo websaydhkan ah ayaa diyaar ah.
offline-reload = Dib u fur
