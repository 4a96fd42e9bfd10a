# ትግርኛ (ti): interface strings, translated from locales/en/offline.ftl.
# Draft: a native speaker has not reviewed it yet. Keep the ids and any
# { $variable } as they are. See TRANSLATING.md and locales/ti/TERMS.md.

# Interface strings for reading the site offline and installing it on a phone.
# See README.md, "Offline", and TRANSLATING.md.

# Under the phone's home-screen icon: a few characters only.
offline-app-short-name = INTEGRA
# $language is the language's own name, e.g. "Español".
offline-save = { $language } ብዘይ ኢንተርነት ንምንባብ ዓቕቡ
# $done (number): files saved so far; $total (number): files to save.
offline-saving = ብዘይ ኢንተርነት ንምንባብ ይዕቀብ ኣሎ: { $done } ካብ { $total } ፋይላት
# $language (text): the language's own name; $date (text): the day it was saved, as YYYY-MM-DD.
offline-saved = { $language } ኣብዚ መሳርሒ ተዓቂቡ ኣሎ ({ $date })። ገጻቱ ብዘይ ኢንተርነት ይኽፈቱ።
offline-failed = ምዕቃብ ኣይተወደአን። ርክብ ኢንተርነት ፈቲሽኩም እንደገና ፈትኑ።
# Shown on a page read from the device, without a connection.
# $date (text): the day the copy was saved, as YYYY-MM-DD.
offline-copy = ብዘይ ኢንተርነት ዝንበብ ቅዳሕ፣ ካብ { $date }። ሓድሽ ሕታም ክህሉ ይኽእል እዩ።
offline-update = ሓድሽ ሕታም ናይዚ መርበብ ሓበሬታ ኣሎ።
offline-reload = ሓድሱ
