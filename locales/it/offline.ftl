# Interface strings for reading the site offline: Italian (it), draft translation.
# Translated from locales/en/offline.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

offline-app-short-name = INTEGRA
offline-save = Salva { $language } per la lettura offline
offline-saving = Salvataggio per la lettura offline: { $done } di { $total } file
offline-saved = { $language } è salvato su questo dispositivo ({ $date }). Le pagine si aprono anche senza connessione.
offline-failed = Il salvataggio non è terminato. Controlla la connessione e riprova.
offline-copy = Copia offline del { $date }. Potrebbe esserci una versione più recente.
offline-update = È disponibile una nuova versione di questo sito.
offline-reload = Ricarica
