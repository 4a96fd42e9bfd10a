# Interface strings for reading the site offline: Greek (el) translation, draft.
# Translated from locales/en/offline.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

offline-app-short-name = INTEGRA
offline-save = Αποθήκευση ({ $language }) για χρήση χωρίς σύνδεση
offline-saving = Αποθήκευση για χρήση χωρίς σύνδεση: { $done } από { $total } αρχεία
offline-saved = Τα { $language } αποθηκεύτηκαν σε αυτή τη συσκευή ({ $date }). Οι σελίδες ανοίγουν και χωρίς σύνδεση.
offline-failed = Η αποθήκευση δεν ολοκληρώθηκε. Έλεγξε τη σύνδεση και δοκίμασε ξανά.
offline-copy = Αντίγραφο χωρίς σύνδεση από { $date }. Μπορεί να υπάρχει νεότερη έκδοση.
offline-update = Υπάρχει νέα έκδοση αυτού του ιστότοπου.
offline-reload = Ανανέωση
