# Interface strings of the search page: Greek (el), draft translation.
# Translated from locales/en/search.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

nav-search = Αναζήτηση
search-title = Αναζήτηση στον ιστότοπο
search-description = Βρες έναν οδηγό, ένα φύλλο συντονιστή ή ένα κεφάλαιο της Λευκής Βίβλου από τις λέξεις του.
search-label = Λέξεις για αναζήτηση
search-button = Αναζήτηση
search-no-script = Η αναζήτηση χρειάζεται JavaScript, που είναι απενεργοποιημένη σε αυτό το πρόγραμμα περιήγησης. Μπορείς να βρεις κάθε σελίδα από αυτές τις λίστες:
search-loading = Αναζήτηση…
search-none = Καμία σελίδα δεν έχει όλες αυτές τις λέξεις. Δοκίμασε λιγότερες λέξεις ή την αρχή μιας λέξης.
search-results-heading = Σελίδες που βρέθηκαν:
search-too-short = Γράψε μια λέξη με δύο γράμματα ή περισσότερα.
search-failed = Δεν ήταν δυνατό να φορτωθεί το ευρετήριο της αναζήτησης. Αν είσαι εκτός σύνδεσης, αποθήκευσε πρώτα αυτή τη γλώσσα για χρήση χωρίς σύνδεση και δοκίμασε ξανά.
search-shown-in = Στα { $language }
