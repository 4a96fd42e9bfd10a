# The self-assessment, its results, the plan, and the mentor's offline toolkit: Greek (el), draft translation.
# Translated from locales/en/assessment.ftl. Keep the ids and the { $variables } as they are.
# Statements are written "Μπορώ να ..." so that a young person can answer on the
# scale of independence below, from "όχι ακόμα" to "ναι, χωρίς βοήθεια". Keep them short and plain: one skill each.

## Answer scale (value 1 to 5, or skip)

# Translators: these five answers are ONE scale of independence: how much help
# the young person needs to do the thing today. They are not about how often
# (avoid words like "often", "usually", "mostly") and not about how well.
# 1 = cannot do it yet; 2, 3 and 4 = can do it with less and less help;
# 5 = can do it with no help at all. Use the same words wherever the scale
# appears, and forms that fit every gender.
scale-1 = Όχι ακόμα
scale-2 = Με πολλή βοήθεια
scale-3 = Με κάποια βοήθεια
scale-4 = Με λίγη βοήθεια
scale-5 = Ναι, χωρίς βοήθεια
# Shown in the list of answers for a statement the young person skipped.
scale-skipped = Παραλείφθηκε

## Result bands

band-work-on = Ας το δουλέψουμε
band-growing = Σε εξέλιξη
band-strong = Δυνατό σημείο
band-too-few = Δεν υπάρχουν αρκετές απαντήσεις για να πούμε

## 1. Education

q-education-find-course = Μπορώ να βρω ένα μάθημα ή ένα πρόγραμμα κατάρτισης που ταιριάζει σε αυτό που θέλω να κάνω.
q-education-learning-so-far = Μπορώ να πω τι έχω μάθει μέχρι τώρα, μέσα και έξω από το σχολείο.
q-education-enrol = Μπορώ να γραφτώ σε ένα μάθημα.
q-education-certificates = Μπορώ να φυλάω τους βαθμούς και τα πιστοποιητικά μου από το σχολείο όλα μαζί, σε ένα ασφαλές μέρος.
q-education-study-plan = Μπορώ να οργανώσω την εβδομάδα μου ώστε να έχω χρόνο για διάβασμα.
q-education-ask-support = Μπορώ να ζητήσω βοήθεια από έναν καθηγητή ή μια καθηγήτρια όταν δυσκολεύομαι στα μαθήματα.
q-education-language-class = Μπορώ να βρω ένα μάθημα για να μάθω καλύτερα τη γλώσσα του τόπου.

## 2. Community participation and interpersonal relationships

q-community-support-network = Μπορώ να πω σε ποιους ανθρώπους μπορώ να απευθυνθώ για διαφορετικά είδη βοήθειας.
q-community-keep-in-touch = Μπορώ να κρατάω επαφή με ανθρώπους που είναι σημαντικοί για μένα.
q-community-new-people = Μπορώ να ξεκινήσω μια κουβέντα με έναν άνθρωπο που δεν γνωρίζω.
q-community-local-activity = Μπορώ να βρω έναν σύλλογο, μια ομάδα ή μια δραστηριότητα κοντά εκεί που μένω.
q-community-solve-conflict = Μπορώ να λύσω μια διαφωνία με ηρεμία.
q-community-say-no = Μπορώ να πω όχι όταν κάποιος με πιέζει να κάνω κάτι που δεν θέλω.
q-community-plan-journey = Μπορώ να οργανώσω μια διαδρομή με λεωφορείο, τραμ ή τρένο προς ένα μέρος όπου δεν έχω ξαναπάει.
q-community-travel-ticket = Μπορώ να αγοράσω το σωστό εισιτήριο για λεωφορείο, τραμ ή τρένο.

## 3. Health

q-health-register-doctor = Μπορώ να γραφτώ σε γιατρό.
q-health-book-appointment = Μπορώ να κλείσω ραντεβού με γιατρό.
q-health-choose-service = Μπορώ να διαλέξω πού να πάω όταν αρρωσταίνω: σε φαρμακείο, σε γιατρό ή σε νοσοκομείο.
q-health-emergency = Μπορώ να καλέσω τον αριθμό έκτακτης ανάγκης και να πω τι έγινε και πού βρίσκομαι.
q-health-medicine-label = Μπορώ να ακολουθήσω τις οδηγίες στην ετικέτα ενός φαρμάκου.
q-health-mental-help = Μπορώ να βρω βοήθεια όταν έχω πολλή στενοχώρια, ανησυχία ή άγχος.
q-health-cook-meal = Μπορώ να μαγειρέψω ένα απλό, υγιεινό φαγητό.
q-health-food-shopping = Μπορώ να αγοράσω φαγητό για μια εβδομάδα με τα χρήματα που έχω.

## 4. Communication and cultural awareness

q-communication-local-language = Τα καταφέρνω σε καθημερινές συζητήσεις στη γλώσσα του τόπου.
q-communication-phone-call = Μπορώ να τηλεφωνήσω σε μια υπηρεσία.
q-communication-formal-message = Μπορώ να γράψω ένα σύντομο, ευγενικό ηλεκτρονικό μήνυμα σε μια υπηρεσία.
q-communication-interpreter = Μπορώ να ζητήσω διερμηνέα όταν τον χρειάζομαι.
q-communication-greetings = Μπορώ να χαιρετάω τους ανθρώπους με τον τρόπο που συνηθίζεται εδώ.
q-communication-misunderstanding = Μπορώ να λύσω μια παρεξήγηση με έναν άνθρωπο από άλλον πολιτισμό.
q-communication-own-culture = Μπορώ να εξηγήσω ένα έθιμο του δικού μου πολιτισμού σε έναν άνθρωπο που δεν το ξέρει.
q-communication-online-sharing = Μπορώ να αποφασίσω τι είναι ασφαλές να μοιραστώ για τον εαυτό μου στο διαδίκτυο.

## 5. Career and employment

q-career-my-skills = Μπορώ να πω πέντε πράγματα που τα κάνω καλά.
q-career-cv = Μπορώ να γράψω ένα βιογραφικό.
q-career-cv-adapt = Μπορώ να προσαρμόσω το βιογραφικό μου σε μια αγγελία για δουλειά.
q-career-find-jobs = Μπορώ να βρω αγγελίες για δουλειά που μου ταιριάζουν.
q-career-interview = Μπορώ να απαντήσω στις συνηθισμένες ερωτήσεις μιας συνέντευξης για δουλειά.
q-career-contract = Μπορώ να βρω τον μισθό και τις ώρες εργασίας σε μια σύμβαση εργασίας.
q-career-rights-at-work = Μπορώ να βρω ποιον να ρωτήσω όταν κάτι στη δουλειά δεν μου φαίνεται σωστό.

## 6. Financial and money management skills

q-finance-bank-account = Μπορώ να ελέγξω τι μπήκε και τι βγήκε από τον τραπεζικό μου λογαριασμό.
q-finance-monthly-budget = Μπορώ να κάνω έναν προϋπολογισμό για έναν μήνα.
q-finance-needs-wants = Όταν ξοδεύω χρήματα, μπορώ να ξεχωρίσω τι χρειάζομαι από τι απλώς θέλω.
q-finance-pay-bills = Μπορώ να πληρώσω έναν λογαριασμό πριν λήξει η προθεσμία του.
q-finance-save = Μπορώ να βάζω στην άκρη λίγα χρήματα κάθε μήνα.
q-finance-scams = Μπορώ να αναγνωρίσω μια απάτη ή μια επικίνδυνη προσφορά.
q-finance-debt-help = Μπορώ να βρω δωρεάν συμβουλές όταν έχω προβλήματα με τα χρήματα.

## 7. Self-determination, autonomy skills and teenagers' development

q-self-determination-values = Μπορώ να πω τι έχει τη μεγαλύτερη σημασία για μένα στη ζωή.
q-self-determination-first-step = Μπορώ να σχεδιάσω το πρώτο βήμα προς έναν στόχο.
q-self-determination-decisions = Μπορώ να ζυγίσω τα καλά και τα κακά πριν αποφασίσω.
q-self-determination-speak-up = Μπορώ να πω τι θέλω στις συναντήσεις για τα σχέδιά μου.
q-self-determination-get-up = Μπορώ να σηκώνομαι στην ώρα μου χωρίς να με ξυπνάει κανείς.
q-self-determination-stress = Μπορώ να ηρεμήσω τον εαυτό μου όταν νιώθω άγχος.
q-self-determination-know-rights = Μπορώ να μάθω σε ποια στήριξη έχω δικαίωμα μετά τα 18.
q-self-determination-online-services = Μπορώ να χρησιμοποιήσω έναν ιστότοπο για μια καθημερινή υπόθεση, όπως για να κλείσω ένα ραντεβού.

## 8. Bureaucracy, legislation and networking

q-bureaucracy-documents-safe = Μπορώ να φυλάω τα σημαντικά έγγραφά μου όλα μαζί, σε ένα ασφαλές μέρος.
q-bureaucracy-expiry-dates = Μπορώ να παρακολουθώ πότε λήγουν τα έγγραφά μου.
q-bureaucracy-renew = Μπορώ να ξεκινήσω την ανανέωση ενός εγγράφου πριν λήξει.
q-bureaucracy-read-letters = Μπορώ να καταλάβω τι μου ζητά να κάνω ένα επίσημο γράμμα.
q-bureaucracy-fill-forms = Μπορώ να συμπληρώσω ένα επίσημο έντυπο.
q-bureaucracy-public-offices = Μπορώ να προετοιμαστώ για ένα ραντεβού σε δημόσια υπηρεσία.
q-bureaucracy-legal-advice = Μπορώ να βρω δωρεάν νομική συμβουλή.

## 9. Housing

q-housing-options = Μπορώ να μάθω σε τι είδους σπίτι θα μπορούσα να μείνω μετά τη φροντίδα.
q-housing-must-haves = Μπορώ να πω τι χρειάζομαι περισσότερο στο επόμενο σπίτι μου.
q-housing-afford-rent = Μπορώ να υπολογίσω πόσο ενοίκιο μπορώ να πληρώνω.
q-housing-rental-agreement = Μπορώ να βρω σε ένα συμβόλαιο ενοικίασης το ενοίκιο, την εγγύηση και την προθεσμία προειδοποίησης για αποχώρηση.
q-housing-keep-clean = Μπορώ να κρατάω το σπίτι μου καθαρό.
q-housing-neighbours = Μπορώ να λύσω με ηρεμία ένα πρόβλημα με έναν γείτονα ή μια γειτόνισσα.
q-housing-repairs = Μπορώ να ενημερώσω τον ιδιοκτήτη για μια βλάβη που χρειάζεται επισκευή.
q-housing-risk-help = Μπορώ να βρω γρήγορα βοήθεια αν κινδυνεύω να χάσω το σπίτι μου.

## The online self-assessment page

assessment-privacy-heading = Πριν ξεκινήσεις
assessment-privacy = Οι απαντήσεις σου στέλνονται μόνο για να βγει το αποτέλεσμα, και μετά ξεχνιούνται. Δεν αποθηκεύουμε τίποτα και δεν σου ζητάμε όνομα. Τίποτα δεν μένει σε αυτή τη συσκευή, εκτός αν αποθηκεύσεις εσύ ένα αρχείο.
assessment-instructions = Διάβασε κάθε πρόταση και διάλεξε πόση βοήθεια χρειάζεσαι σήμερα για να το κάνεις. Δεν υπάρχουν σωστές ή λάθος απαντήσεις. Μπορείς να παραλείψεις όποια πρόταση θέλεις.
assessment-start = Ξεκίνα
assessment-progress = Πυλώνας { $current } από { $total }
assessment-previous = Πίσω
assessment-next = Επόμενο
assessment-submit = Δες τα αποτελέσματα
assessment-sending = Υπολογίζουμε τα αποτελέσματά σου…
assessment-offline = Δεν μπορέσαμε να συνδεθούμε με την υπηρεσία που υπολογίζει τα αποτελέσματα. Έλεγξε τη σύνδεσή σου και δοκίμασε ξανά. Οι απαντήσεις σου είναι ακόμα εδώ.
assessment-error = Κάτι πήγε στραβά με τις απαντήσεις. Ξεκίνα ξανά από την αρχή.
assessment-results-heading = Τα αποτελέσματά σου
assessment-results-intro = Έτσι βλέπεις σήμερα τον εαυτό σου σε καθέναν από τους 9 πυλώνες. Μίλησε γι’ αυτό με τον/τη μέντορά σου: μαζί μπορείτε να διαλέξετε σε τι θα δουλέψετε πρώτα.
assessment-chart-label = Η βαθμολογία σου σε κάθε πυλώνα, από 0 έως 100
assessment-strengths = Τα δυνατά σου σημεία
assessment-work-on = Σε τι να δουλέψεις πρώτα
assessment-work-on-intro = Έως τρεις πυλώνες, ξεκινώντας από τον πιο αδύναμο. Εσύ και ο/η μέντοράς σου μπορείτε να τους αλλάξετε.
assessment-work-on-choose = Διάλεξε έως τρεις πυλώνες στους οποίους θα δουλέψεις πρώτα
assessment-work-on-none = Κανένας πυλώνας δεν χρειάζεται δουλειά πριν από τους άλλους. Αν θέλεις, διάλεξε έναν παρακάτω.
assessment-score = { $score } από 100
# Greek plural categories: one, other.
assessment-answered = { $count ->
    [one] { $count } απάντηση
   *[other] { $count } απαντήσεις
}
assessment-read-guide = Διάβασε τον οδηγό
assessment-see-workshops = Εργαστήρια για μέντορες
# The workshops that build the skills the young person rated lowest in a pillar.
assessment-workshops-heading = Εργαστήρια για τις δεξιότητες που βαθμολόγησες πιο χαμηλά
assessment-no-workshop = Δεν υπάρχει ακόμα εργαστήριο για αυτή τη δεξιότητα: διάβασε τον οδηγό.
# After a link to a page that is not translated yet; $language is the name of
# the language it is shown in, e.g. "English".
assessment-in-language = στη γλώσσα { $language }
assessment-answers-heading = Οι απαντήσεις σου
assessment-answers-intro = Κάθε πρόταση και η απάντηση που διάλεξες, πυλώνα προς πυλώνα.
assessment-print = Εκτύπωση των αποτελεσμάτων μου
assessment-save = Αποθήκευση των αποτελεσμάτων μου σε αρχείο
assessment-restart = Ξεκίνα ξανά
assessment-forget-note = Όταν κλείσεις αυτή τη σελίδα, τα αποτελέσματά σου χάνονται. Αν θέλεις να τα κρατήσεις, εκτύπωσέ τα ή αποθήκευσε πρώτα ένα αρχείο.

## Saving the results in a file

save-heading = Κράτησε τα αποτελέσματά σου
save-intro = Το αρχείο μένει σε αυτό το κινητό ή τον υπολογιστή, εκεί όπου το αποθηκεύεις. Ανοίγει και χωρίς σύνδεση στο διαδίκτυο. Κανείς άλλος δεν παίρνει αντίγραφο.
save-passphrase-label = Συνθηματικό (προαιρετικό)
save-passphrase-hint = Σε κινητό που το χρησιμοποιούν κι άλλοι, διάλεξε ένα συνθηματικό: τότε το αρχείο ανοίγει μόνο με αυτό. Αν ξεχάσεις το συνθηματικό, κανείς δεν μπορεί να το ανακτήσει.
save-include-plan = Να μπουν στο αρχείο το σχέδιο και οι σημειώσεις μου
save-button = Αποθήκευση του αρχείου
save-done = Αποθηκεύτηκε. Θα βρεις το αρχείο στις λήψεις σου.
save-file-title = Τα αποτελέσματα της αυτοαξιολόγησής μου
save-file-date = Ημερομηνία απαντήσεων: { $date }
save-file-version = Έκδοση ερωτήσεων: { $version }
save-locked-intro = Αυτό το αρχείο είναι κλειδωμένο με συνθηματικό.
save-unlock = Άνοιγμα
save-wrong-passphrase = Αυτό το συνθηματικό δεν ανοίγει το αρχείο. Δοκίμασε ξανά.
save-open-site = Άνοιγμα της αυτοαξιολόγησης

## Progress over time

progress-heading = Δες την πρόοδό σου
progress-intro = Άνοιξε ένα ή περισσότερα αρχεία αποτελεσμάτων που έχεις αποθηκεύσει στο παρελθόν. Διαβάζονται μόνο σε αυτή τη συσκευή και δεν ανεβαίνουν ποτέ στο διαδίκτυο.
progress-choose = Διάλεξε αρχεία αποτελεσμάτων
progress-pillar = Πυλώνας
progress-not-results = Το { $file } δεν είναι αρχείο αποτελεσμάτων από αυτόν τον ιστότοπο.
progress-passphrase = Το { $file } είναι κλειδωμένο. Γράψε το συνθηματικό του:
progress-other-version = Κάποια αρχεία έχουν άλλη έκδοση των ερωτήσεων: σύγκρινε τις βαθμολογίες των πυλώνων, όχι τις μεμονωμένες απαντήσεις.
progress-now = Σήμερα

## Handing the results to the mentor's phone

handover-heading = Δείξε τα αποτελέσματά σου στο κινητό του/της μέντορά σου
handover-intro = Ο/Η μέντοράς σου σαρώνει αυτόν τον κωδικό με την κάμερα του κινητού. Οι απαντήσεις σου ταξιδεύουν μέσα στον σύνδεσμο, μετά το σύμβολο #, και οι φυλλομετρητές δεν στέλνουν ποτέ αυτό το κομμάτι σε διακομιστή. Έπειτα η σελίδα στο κινητό του/της μέντορά σου τις στέλνει για βαθμολόγηση, όπως έκανε κι αυτή εδώ. Ο σύνδεσμος μένει στο ιστορικό του φυλλομετρητή στο κινητό που τον ανοίγει.
handover-show = Δείξε τον κωδικό
handover-history = Σε κινητό που το χρησιμοποιούν κι άλλοι, όταν τελειώσεις, σβήσε αυτή τη σελίδα από το ιστορικό του φυλλομετρητή.
handover-received = Αυτά τα αποτελέσματα ήρθαν από έναν σύνδεσμο. Όταν τελειώσετε, σβήστε αυτή τη σελίδα από το ιστορικό του φυλλομετρητή.
handover-other-version = Αυτός ο σύνδεσμος φτιάχτηκε για άλλη έκδοση των ερωτήσεων, γι' αυτό δεν ανοίγει εδώ. Ζήτα έναν νέο κωδικό.

## The mentor's view

mentor-heading = Η ματιά του/της μέντορα
mentor-intro = Για τον/τη μέντορα: βαθμολογήστε τις ίδιες προτάσεις για τους πυλώνες που επιλέχθηκαν παραπάνω, όπως βλέπετε σήμερα τον νέο ή τη νέα. Οι βαθμολογίες σας δεν στέλνονται ποτέ πουθενά και δεν αποθηκεύονται στον φυλλομετρητή: μένουν σε αυτή τη σελίδα μέχρι να κλείσει.
mentor-start = Προσθήκη των βαθμολογιών του/της μέντορα
mentor-done = Ας συγκρίνουμε τις απαντήσεις μας
mentor-compare-heading = Δίπλα δίπλα
mentor-differ-heading = Μιλήστε πρώτα γι’ αυτά
mentor-differ-intro = Σε αυτές τις προτάσεις, οι βαθμολογίες σας διαφέρουν κατά δύο μονάδες ή περισσότερο.
mentor-differ-none = Οι βαθμολογίες σας είναι κοντά σε όλες τις προτάσεις.
mentor-print-toolkit = Εκτύπωση του εργαλείου αξιολόγησης με αυτές τις απαντήσεις

## The plan

plan-heading = Το σχέδιό μου
plan-intro = Διάλεξε σε τι θα δουλέψεις και γράψ’ το με δικά σου λόγια. Ό,τι γράφεις δεν στέλνεται ποτέ πουθενά και δεν αποθηκεύεται στον φυλλομετρητή: μένει σε αυτή τη σελίδα μέχρι να κλείσει, εκτός αν το αποθηκεύσεις στο αρχείο σου.
plan-goal = Ο στόχος μου
plan-helper = Ποιος ή ποια θα με βοηθήσει
plan-workshop = Εργαστήρια που θα κάνω
plan-review = Ημερομηνία για να το ξαναδούμε
plan-print = Εκτύπωση του σχεδίου μου

## The mentor's offline toolkit

toolkit-statement = Δήλωση
toolkit-young-person = Νέος ή νέα
toolkit-mentor = Μέντορας
toolkit-observe = Τι να προσέξετε
toolkit-talk = Ερωτήσεις για να ανοίξει η κουβέντα
toolkit-notes = Σημειώσεις και επόμενα βήματα που συμφωνήσατε
toolkit-date = Ημερομηνία

toolkit-education-observe-1 = Μιλά για το σχολείο ή την κατάρτιση με ενδιαφέρον, με ανησυχία ή δεν λέει τίποτα;
toolkit-education-observe-2 = Βρίσκει τα πιστοποιητικά και τους βαθμούς του/της από το σχολείο όταν του/της τα ζητήσετε;
toolkit-education-observe-3 = Πώς τα βγάζει πέρα με τις εργασίες για το σπίτι ή τις προθεσμίες στην καθημερινή ζωή;
toolkit-education-talk-1 = Τι σου άρεσε να μαθαίνεις, εδώ ή στη χώρα σου;
toolkit-education-talk-2 = Αν μπορούσες να μάθεις ένα πράγμα φέτος, ποιο θα ήταν;
toolkit-education-talk-3 = Τι κάνει το διάβασμα δύσκολο για σένα αυτή την περίοδο;

toolkit-community-observe-1 = Ποιους αναφέρει με το όνομά τους όταν μιλά για την εβδομάδα του/της;
toolkit-community-observe-2 = Συμμετέχει σε κάτι έξω από τη δομή φροντίδας;
toolkit-community-observe-3 = Πώς χειρίζεται τις διαφωνίες με άλλους νέους ή με το προσωπικό;
toolkit-community-talk-1 = Ποιον θα έπαιρνες τηλέφωνο αν είχες καλά νέα; Και αν είχες άσχημα νέα;
toolkit-community-talk-2 = Ποιοι άνθρωποι από εδώ θα είναι ακόμα στη ζωή σου μετά τα 18;
toolkit-community-talk-3 = Υπάρχει κάποια ομάδα ή κάποιο μέρος όπου νιώθεις ότι ανήκεις;

toolkit-health-observe-1 = Ξέρει ποιος είναι ο γιατρός του/της και πώς να επικοινωνήσει μαζί του;
toolkit-health-observe-2 = Κοιμάται και τρώει κανονικά;
toolkit-health-observe-3 = Δείχνει σημάδια άγχους, κακής διάθεσης ή πόνου για τα οποία δεν μιλά;
toolkit-health-talk-1 = Τι κάνεις όταν δεν νιώθεις καλά;
toolkit-health-talk-2 = Τι σε βοηθά να ηρεμείς;
toolkit-health-talk-3 = Υπάρχει κάτι για την υγεία σου που θα ήθελες να καταλάβεις καλύτερα;

toolkit-communication-observe-1 = Σε ποιες περιστάσεις χρησιμοποιεί τη γλώσσα του τόπου με σιγουριά;
toolkit-communication-observe-2 = Αποφεύγει τα τηλεφωνήματα ή τις υπηρεσίες;
toolkit-communication-observe-3 = Πώς μιλά για τον δικό του/της πολιτισμό και τη γλώσσα του/της;
toolkit-communication-talk-1 = Πότε ήταν δύσκολη για σένα μια συζήτηση εδώ; Τι έγινε;
toolkit-communication-talk-2 = Ποιες συνήθειες εδώ σε εκπλήσσουν ακόμα;
toolkit-communication-talk-3 = Τι θέλεις να κρατήσεις από τον πολιτισμό σου;

toolkit-career-observe-1 = Ποιες δεξιότητες δείχνει στην καθημερινή ζωή: μαγείρεμα, επισκευές, φροντίδα άλλων, οργάνωση;
toolkit-career-observe-2 = Έχει κάποια εργασιακή εμπειρία, με αμοιβή ή χωρίς;
toolkit-career-observe-3 = Πώς αντιδρά στις οδηγίες και στα σχόλια για τη δουλειά του/της;
toolkit-career-talk-1 = Τι δουλειά θα ήθελες να κάνεις σε πέντε χρόνια;
toolkit-career-talk-2 = Σε τι τα πας καλά και νιώθεις περηφάνια γι’ αυτό;
toolkit-career-talk-3 = Τι ξέρεις για το δικαίωμά σου να δουλεύεις εδώ;

toolkit-finance-observe-1 = Πώς χρησιμοποιεί το χαρτζιλίκι ή το επίδομά του/της;
toolkit-finance-observe-2 = Νιώθει πίεση να στέλνει χρήματα στην οικογένεια ή να ξεπληρώσει κάποιο χρέος;
toolkit-finance-observe-3 = Μπορεί να διαβάσει μια απόδειξη, έναν λογαριασμό ή μια κίνηση τραπεζικού λογαριασμού;
toolkit-finance-talk-1 = Σε τι ξοδεύεις τα περισσότερα χρήματά σου;
toolkit-finance-talk-2 = Για τι θα έβαζες χρήματα στην άκρη, αν μπορούσες;
toolkit-finance-talk-3 = Σου έχει ζητήσει ποτέ κάποιος να χρησιμοποιήσεις τον τραπεζικό σου λογαριασμό ή την κάρτα σου για χάρη του;

toolkit-self-determination-observe-1 = Κάνει τις δικές του/της επιλογές ή περιμένει να αποφασίσουν οι άλλοι;
toolkit-self-determination-observe-2 = Κρατά το δικό του/της πρόγραμμα χωρίς να του/της το θυμίζουν;
toolkit-self-determination-observe-3 = Πώς μιλά στις συναντήσεις για τα σχέδιά του/της;
toolkit-self-determination-talk-1 = Πώς θα ήταν για σένα μια καλή μέρα στα 20 σου;
toolkit-self-determination-talk-2 = Πες μου για μια απόφαση που πήρες και σε κάνει να νιώθεις περηφάνια.
toolkit-self-determination-talk-3 = Τι θέλεις να σταματήσουν να αποφασίζουν οι ενήλικες για σένα;

toolkit-bureaucracy-observe-1 = Ξέρει πού είναι τα έγγραφά του/της και κρατά αντίγραφα;
toolkit-bureaucracy-observe-2 = Ξέρει πότε λήγουν η άδεια διαμονής ή τα χαρτιά του/της;
toolkit-bureaucracy-observe-3 = Τι κάνει με τα επίσημα γράμματα: τα ανοίγει, τα αγνοεί, τα φέρνει στο προσωπικό;
toolkit-bureaucracy-talk-1 = Ποιο έγγραφο σε ανησυχεί περισσότερο;
toolkit-bureaucracy-talk-2 = Σε ποια υπηρεσία έχεις πάει χωρίς να σε συνοδεύει κάποιος;
toolkit-bureaucracy-talk-3 = Ποιον θα ρωτούσες αν σου ερχόταν ένα γράμμα που δεν καταλαβαίνεις;

toolkit-housing-observe-1 = Κρατά το δωμάτιό του/της καθαρό και ασφαλές;
toolkit-housing-observe-2 = Ξέρει πόσο κοστίζουν πραγματικά το ενοίκιο και οι λογαριασμοί στην περιοχή;
toolkit-housing-observe-3 = Πώς τα πάει με τους ανθρώπους με τους οποίους μοιράζεται τον χώρο;
toolkit-housing-talk-1 = Πού θα ήθελες να μείνεις μετά τη φροντίδα, και με ποιον;
toolkit-housing-talk-2 = Τι θα έκανε ένα μέρος να το νιώθεις σπίτι σου;
toolkit-housing-talk-3 = Τι θα έκανες αν κάποιον μήνα δεν μπορούσες να πληρώσεις το ενοίκιο;

## Pillar names (the titles of the pillar guides)

pillar-education = Εκπαίδευση
pillar-community = Συμμετοχή στην κοινότητα και διαπροσωπικές σχέσεις
pillar-health = Υγεία
pillar-communication = Επικοινωνία και πολιτισμική επίγνωση
pillar-career = Σταδιοδρομία και απασχόληση
pillar-finance = Οικονομικές δεξιότητες και διαχείριση χρημάτων
pillar-self-determination = Αυτοδιάθεση, δεξιότητες αυτονομίας και ανάπτυξη στην εφηβεία
pillar-bureaucracy = Γραφειοκρατία, νομοθεσία και δικτύωση
pillar-housing = Στέγαση
