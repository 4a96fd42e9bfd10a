# Draft translation from English (translated_from: locales/en/p4c.ftl), for review by a native speaker.

## P4C, the Platform for Cooperation: the directory of organisations and
## opportunities (p4c.html, p4c_entry.html, the pillar guides).

nav-p4c = Οργανισμοί
p4c-filters = Φιλτράρισμα του καταλόγου
p4c-filter-category = Είδος βοήθειας
p4c-filter-pillar = Πυλώνας
p4c-filter-region = Πού
p4c-filter-language = Γλώσσες που μιλούν
p4c-show-all = Εμφάνιση όλων των οργανισμών και ευκαιριών
p4c-count =
    { $count ->
        [one] Ένα αποτέλεσμα ταιριάζει.
       *[other] { $count } αποτελέσματα ταιριάζουν.
    }
p4c-opportunities = Ευκαιρίες
p4c-organisations = Οργανισμοί
p4c-no-opportunities = Αυτή τη στιγμή δεν υπάρχουν ευκαιρίες στη λίστα. Οι οργανισμοί παρακάτω μπορούν να σας πουν τι προσφέρουν τώρα.
p4c-no-entries = Τίποτα δεν ταιριάζει με αυτά τα φίλτρα. Δοκιμάστε λιγότερα φίλτρα.
p4c-kind-organisation = Οργανισμός
p4c-kind-opportunity = Ευκαιρία
p4c-unconfirmed = Δεν έχει επιβεβαιωθεί ακόμα από εταίρο: ελέγξτε πριν παραπέμψετε έναν νέο ή μια νέα.
p4c-unconfirmed-short = δεν έχει επιβεβαιωθεί ακόμα
p4c-last-checked = Τελευταία επιβεβαίωση με τον οργανισμό: { $date }. Τα στοιχεία αλλάζουν: ελέγξτε πριν παραπέμψετε έναν νέο ή μια νέα.
p4c-organisation = Προσφέρεται από
p4c-valid-until = Ανοιχτή έως
p4c-places = Θέσεις
p4c-website = Ιστότοπος
p4c-phone = Τηλέφωνο
p4c-email = Email
p4c-address = Διεύθυνση
p4c-source = Από πού προέρχονται αυτές οι πληροφορίες
p4c-pillar-heading = Οργανισμοί που μπορούν να βοηθήσουν
p4c-pillar-all = Όλοι οι οργανισμοί για αυτόν τον πυλώνα

## Kinds of help: the closed list of categories.
p4c-category-training = Κατάρτιση
p4c-category-apprenticeship = Μαθητεία
p4c-category-job = Εργασία
p4c-category-housing = Στέγαση
p4c-category-legal = Νομικές συμβουλές και δικαιώματα
p4c-category-financial = Χρήματα και τράπεζες
p4c-category-education = Εκπαίδευση
p4c-category-health = Υγεία
p4c-category-community = Κοινότητα και υποστήριξη
p4c-category-emergency = Έκτακτη ανάγκη
p4c-category-migration = Άσυλο και μετανάστευση

## Where an entry works: a country code, or EU for the whole Union.
p4c-country-EU = Σε όλη την ΕΕ
p4c-country-IT = Ιταλία
p4c-country-CY = Κύπρος
p4c-country-PT = Πορτογαλία
p4c-country-GR = Ελλάδα
p4c-country-ES = Ισπανία
p4c-country-FR = Γαλλία
