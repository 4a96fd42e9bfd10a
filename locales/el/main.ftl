# Interface strings for the INTEGRA site: Greek (el) translation, draft.
# Translated from locales/en/main.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

## Site

site-title = INTEGRA Mentoring
skip-to-content = Μετάβαση στο περιεχόμενο
language-menu = Γλώσσα:
nav-label = Κύριο μενού
footer-nav-label = Σχετικά με τον ιστότοπο
nav-home = Αρχική
nav-pillars = Οι 9 πυλώνες
nav-workshops = Εργαστήρια
nav-self-assessment = Αυτοαξιολόγηση
nav-mentors = Για μέντορες
nav-white-paper = Λευκή Βίβλος
nav-about = Σχετικά
nav-privacy = Απόρρητο
footer-note = Το Πρόγραμμα Καθοδήγησης για την Ένταξη (MIP) του INTEGRA: στήριξη για νέους και νέες που φεύγουν από τη φροντίδα, και για τους μέντορές τους. Ο ιστότοπος δεν χρησιμοποιεί cookies ούτε παρακολούθηση.

## Notices on translated pages

# $language is the reader's language, $original the language the page is written in.
fallback-notice = Αυτή η σελίδα δεν έχει μεταφραστεί ακόμα στα { $language }. Εδώ τη βλέπετε στην αρχική της γλώσσα: { $original }.
draft-notice = Αυτή είναι μια πρόχειρη μετάφραση. Δεν την έχει ελέγξει ακόμα φυσικός ομιλητής της γλώσσας.
draft-notice-more = Πώς γίνονται οι μεταφράσεις

## Home page

home-pillars-heading = Οι 9 πυλώνες για αυτόνομη ζωή

## Pillars

pillar-number = Πυλώνας { $number }
pillar-workshops = Εργαστήρια για αυτόν τον πυλώνα
pillar-no-workshops = Δεν υπάρχουν ακόμα εργαστήρια για αυτόν τον πυλώνα.

## Workshops

workshop-sheet = Φύλλο συντονιστή
workshop-duration = Διάρκεια
duration-minutes = { $minutes ->
    [one] { $minutes } λεπτό
   *[other] { $minutes } λεπτά
}
workshop-group-size = Μέγεθος ομάδας
group-size-exact = { $count ->
    [one] Ένας νέος ή μία νέα
   *[other] { $count } νέοι και νέες
}
group-size-range = { $min } έως { $max } νέοι και νέες
workshop-format = Μορφή
format-one-to-one = Ατομικά
format-group = Ομαδικά
format-either = Ατομικά ή ομαδικά
workshop-difficulty = Επίπεδο
difficulty-introductory = Εισαγωγικό
difficulty-intermediate = Μεσαίο
difficulty-advanced = Προχωρημένο
workshop-objectives = Στόχοι
workshop-materials = Υλικά
workshop-preparation = Προετοιμασία
print-sheet = Εκτύπωση φύλλου
workshop-back = Πίσω στον πυλώνα

## White Paper

white-paper-contents = Περιεχόμενα
chapter-number = Κεφάλαιο { $number }
chapter-nav-label = Κεφάλαια
chapter-previous = Προηγούμενο:
chapter-next = Επόμενο:

## Page not found

not-found-title = Η σελίδα δεν βρέθηκε
not-found-text = Δεν βρήκαμε αυτή τη σελίδα. Μπορεί να έχει μετακινηθεί ή να υπάρχει λάθος στη διεύθυνση.
not-found-home = Μετάβαση στην αρχική σελίδα

## Translation status page

nav-translate = Βοηθήστε στη μετάφραση
translate-title = Οι μεταφράσεις του ιστότοπου
translate-intro = Τον ιστότοπο τον μεταφράζουν εθελοντές και εθελόντριες. Αυτή η σελίδα δείχνει πόσο έχει προχωρήσει κάθε γλώσσα και τι λείπει ακόμα, ώστε να βλέπετε πού μετράει περισσότερο η βοήθειά σας.
translate-how = Για να βοηθήσετε, διαβάστε τον οδηγό για μεταφραστές, TRANSLATING.md, στα αρχεία πηγής του ιστότοπου, ή επικοινωνήστε με την ομάδα που διαχειρίζεται τον ιστότοπο. Κάθε μετάφραση μένει πρόχειρη μέχρι να τη διαβάσει φυσικός ομιλητής της γλώσσας.
translate-overview = Όλες οι γλώσσες
translate-language = Γλώσσα
translate-interface = Διεπαφή
translate-pages = Σελίδες
translate-drafts = Πρόχειρες
translate-stale = Μη ενημερωμένες
translate-missing-heading = Δεν έχουν μεταφραστεί ακόμα ({ $language })
translate-stale-heading = Μη ενημερωμένες: η αγγλική σελίδα έχει αλλάξει από τότε που μεταφράστηκε
# $count (number): how many blocks (paragraphs, headings, list items…) of the English page changed since the page was translated.
translate-blocks-changed =
    { $count ->
        [one] άλλαξε ένα τμήμα
       *[other] άλλαξαν { $count } τμήματα
    }
translate-english-page = Αγγλική σελίδα
translate-po-file = Αρχείο PO
translate-drafts-heading = Πρόχειρες μεταφράσεις που περιμένουν έλεγχο από φυσικό ομιλητή της γλώσσας
translate-messages-missing = { $count ->
    [one] { $count } μήνυμα της διεπαφής δεν έχει μεταφραστεί ακόμα.
   *[other] { $count } μηνύματα της διεπαφής δεν έχουν μεταφραστεί ακόμα.
}
translate-source = Οι υπόλοιπες μεταφράσεις ξεκινούν από αυτή τη γλώσσα: { $language }.
translate-all-done = Δεν λείπει τίποτα.

## Mentor training, handouts, country guides and easy-read pages (issue 14)

nav-accessibility = Προσβασιμότητα
# Between the items of a short inline list.
list-separator = {", "}
workshop-handouts = Φυλλάδια για εκτύπωση
handout-eyebrow = Φυλλάδιο για εκτύπωση
handout-used-in = Πού χρησιμοποιείται
easy-read-eyebrow = Εύκολη ανάγνωση
easy-read-link = Σύντομα και απλά: διάβασε την έκδοση εύκολης ανάγνωσης
training-eyebrow = Πρόγραμμα κατάρτισης
training-modules = Οι ενότητες
# $number (Number) - the module's place in the course, from 1
training-module-number = Ενότητα { $number }
training-outcomes = Μαθησιακά αποτελέσματα
training-nav-label = Ενότητες του προγράμματος
training-previous = Προηγούμενη ενότητα
training-next = Επόμενη ενότητα
country-eyebrow = Οδηγός χώρας
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated = Ενημέρωση: { $date }
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated-long = Γράφτηκε ή άλλαξε τελευταία φορά στις { $date }.
country-review-pending = Εκκρεμεί νομικός έλεγχος: ο οδηγός δεν έχει ελεγχθεί ακόμα από επαγγελματία της χώρας.
country-review-pending-short = Εκκρεμεί νομικός έλεγχος
# $date (String) - the day a local professional reviewed the guide, as 2027-01-15
country-reviewed = Ελέγχθηκε από επαγγελματία της χώρας στις { $date }.
country-reviewed-short = Ελέγχθηκε από επαγγελματία της χώρας
country-confirm = Οι νόμοι και η πρακτική αλλάζουν: πριν βασιστεί κανείς στον οδηγό, ένας δικηγόρος ή νομικός σύμβουλος της χώρας πρέπει να επιβεβαιώσει αν όσα γράφει ισχύουν για την περίπτωση του νέου ή της νέας.
