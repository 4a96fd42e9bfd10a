# Interface strings for reading the site offline: French (fr), draft translation.
# Translated from locales/en/offline.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

offline-app-short-name = INTEGRA
offline-save = Enregistrer { $language } pour lire hors connexion
offline-saving = Enregistrement pour la lecture hors connexion : { $done } sur { $total } fichiers
offline-saved = { $language } est enregistré sur cet appareil ({ $date }). Ses pages s’ouvrent sans connexion.
offline-failed = L’enregistrement n’a pas abouti. Vérifie la connexion et réessaie.
offline-copy = Copie hors connexion du { $date }. Il existe peut-être une version plus récente.
offline-update = Une nouvelle version de ce site est disponible.
offline-reload = Recharger
