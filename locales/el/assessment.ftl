# The self-assessment and the mentor's offline toolkit: Greek (el), draft translation.
# Translated from locales/en/assessment.ftl. Keep the ids and the { $variables } as they are.
# Statements are written as "Μπορώ..." / "Ξέρω..." so that a young person
# can answer from "όχι ακόμα" to "ναι, μόνος/μόνη μου". Keep them short and plain.

## Answer scale (value 1 to 5, or skip)

scale-1 = Όχι ακόμα
scale-2 = Λίγο
scale-3 = Με βοήθεια
scale-4 = Κυρίως ναι
scale-5 = Ναι, μόνος/μόνη μου
scale-skip = Παράλειψη αυτής της πρότασης

## Result bands

band-work-on = Ας το δουλέψουμε
band-growing = Σε εξέλιξη
band-strong = Δυνατό σημείο
band-too-few = Δεν υπάρχουν αρκετές απαντήσεις για να πούμε

## 1. Education

q-education-find-course = Ξέρω πώς να βρω ένα μάθημα ή σχολείο που ταιριάζει σε αυτό που θέλω να κάνω.
q-education-enrol = Μπορώ να γραφτώ σε ένα μάθημα, με τις αιτήσεις και τα έγγραφα που χρειάζονται.
q-education-certificates = Φυλάω σε ασφαλές μέρος τους βαθμούς και τα πιστοποιητικά μου από το σχολείο, και ξέρω πώς να πάρω αντίγραφα.
q-education-study-plan = Μπορώ να οργανώσω την εβδομάδα μου ώστε να έχω χρόνο για διάβασμα.
q-education-ask-support = Ξέρω ποιον να ρωτήσω στο σχολείο ή στη σχολή όταν δυσκολεύομαι.
q-education-language-class = Ξέρω πού να βρω μαθήματα για να μάθω καλύτερα τη γλώσσα του τόπου.

## 2. Community participation and interpersonal relationships

q-community-trusted-adults = Έχω τουλάχιστον δύο ενήλικες που εμπιστεύομαι και μπορώ να τους τηλεφωνήσω.
q-community-friends = Έχω φίλους με τους οποίους περνάω τον ελεύθερο χρόνο μου.
q-community-local-activity = Συμμετέχω σε έναν σύλλογο, μια ομάδα ή μια δραστηριότητα κοντά εκεί που μένω.
q-community-solve-conflict = Μπορώ να λύσω μια διαφωνία με ηρεμία.
q-community-say-no = Μπορώ να πω όχι όταν κάποιος μου ζητά να κάνω κάτι που δεν θέλω.
q-community-ask-help = Ξέρω πού να πάω στην περιοχή μου όταν χρειάζομαι βοήθεια.

## 3. Health

q-health-register-doctor = Ξέρω πώς να γραφτώ σε γιατρό.
q-health-book-appointment = Μπορώ να κλείσω ραντεβού με γιατρό χωρίς βοήθεια.
q-health-emergency = Ξέρω τον αριθμό έκτακτης ανάγκης και πότε να τον καλέσω.
q-health-medicines = Καταλαβαίνω πώς να παίρνω τα φάρμακά μου και πώς να πάρω κι άλλα όταν τελειώσουν.
q-health-mental-help = Ξέρω πού να βρω βοήθεια αν έχω πολλή στενοχώρια, ανησυχία ή άγχος.
q-health-daily-habits = Κοιμάμαι, τρώω και κινούμαι με τρόπο που με κρατά υγιή.

## 4. Communication and cultural awareness

q-communication-local-language = Τα καταφέρνω σε καθημερινές συζητήσεις στη γλώσσα του τόπου.
q-communication-phone-call = Μπορώ να τηλεφωνήσω σε μια υπηρεσία ή σε γιατρό.
q-communication-formal-message = Μπορώ να γράψω ένα σύντομο, ευγενικό μήνυμα ή email σε μια υπηρεσία.
q-communication-interpreter = Ξέρω πώς να ζητήσω διερμηνέα όταν τον χρειάζομαι.
q-communication-local-customs = Καταλαβαίνω τους άγραφους κανόνες εδώ, όπως να είμαι στην ώρα μου ή πώς χαιρετάμε τους άλλους.
q-communication-own-culture = Μπορώ να κρατάω ζωντανές τη γλώσσα, την πίστη και τις παραδόσεις μου στη νέα μου ζωή.

## 5. Career and employment

q-career-my-skills = Μπορώ να πω ποιες είναι οι δεξιότητές μου και σε τι τα πάω καλά.
q-career-cv = Έχω ένα βιογραφικό που μπορώ να αλλάζω για κάθε δουλειά.
q-career-find-jobs = Ξέρω πού να ψάξω για δουλειά, κατάρτιση ή μαθητεία.
q-career-interview = Μπορώ να προετοιμαστώ για μια συνέντευξη για δουλειά.
q-career-contract = Μπορώ να διαβάσω μια σύμβαση εργασίας και να βρω τον μισθό, τις ώρες και τη διάρκεια.
q-career-rights-at-work = Ξέρω τα βασικά μου δικαιώματα στη δουλειά και ποιον να ρωτήσω αν κάτι δεν πάει καλά.

## 6. Financial and money management skills

q-finance-bank-account = Έχω τραπεζικό λογαριασμό και ξέρω πώς να τον χρησιμοποιώ.
q-finance-monthly-budget = Μπορώ να κάνω έναν προϋπολογισμό για έναν μήνα.
q-finance-pay-bills = Ξέρω πώς να πληρώνω τους λογαριασμούς και το ενοίκιο στην ώρα τους.
q-finance-save = Μπορώ να βάζω στην άκρη λίγα χρήματα για πράγματα που θα χρειαστώ αργότερα.
q-finance-scams = Μπορώ να καταλάβω μια απάτη ή μια προσφορά που είναι πολύ καλή για να είναι αληθινή.
q-finance-debt-help = Ξέρω πού να βρω δωρεάν συμβουλές αν έχω προβλήματα με χρήματα ή χρέη.

## 7. Self-determination, autonomy skills and teenagers' development

q-self-determination-goals = Έχω στόχους για το μέλλον μου και ξέρω τα πρώτα βήματα για να φτάσω εκεί.
q-self-determination-decisions = Μπορώ να πάρω μια απόφαση αφού σκεφτώ τα καλά και τα κακά της.
q-self-determination-speak-up = Μπορώ να πω τι θέλω στις συναντήσεις για τα σχέδιά μου.
q-self-determination-routine = Μπορώ να κρατάω ένα καθημερινό πρόγραμμα: να ξυπνάω, να μαγειρεύω, να καθαρίζω, να είμαι στην ώρα μου.
q-self-determination-stress = Ξέρω τι με βοηθά όταν νιώθω άγχος ή θυμό.
q-self-determination-know-rights = Ξέρω σε ποια στήριξη έχω δικαίωμα μετά τα 18.

## 8. Bureaucracy, legislation and networking

q-bureaucracy-documents-safe = Φυλάω τα σημαντικά έγγραφά μου σε ασφαλές μέρος, μαζί με αντίγραφα.
q-bureaucracy-permit-dates = Ξέρω πότε λήγουν η άδεια διαμονής μου και τα άλλα έγγραφά μου, και πώς να τα ανανεώσω.
q-bureaucracy-read-letters = Μπορώ να καταλάβω ένα επίσημο γράμμα, ή ξέρω ποιος μπορεί να με βοηθήσει να το διαβάσω.
q-bureaucracy-fill-forms = Μπορώ να συμπληρώσω ένα έντυπο ή να ζητήσω βοήθεια για να το κάνω.
q-bureaucracy-public-offices = Ξέρω ποια δημόσια υπηρεσία ασχολείται με τι.
q-bureaucracy-legal-advice = Ξέρω πού να βρω δωρεάν νομική συμβουλή.

## 9. Housing

q-housing-options = Ξέρω σε τι είδους σπίτι θα μπορούσα να μείνω μετά τη φροντίδα.
q-housing-afford-rent = Ξέρω πόσο ενοίκιο θα μπορούσα να πληρώνω με το εισόδημά μου.
q-housing-rental-contract = Καταλαβαίνω τα βασικά σημεία ενός μισθωτηρίου (συμβολαίου ενοικίασης).
q-housing-tenant-duties = Ξέρω τι πρέπει να κάνει ένας ενοικιαστής: να πληρώνει το ενοίκιο, να κρατά το σπίτι καθαρό, να σέβεται τους γείτονες.
q-housing-repairs = Ξέρω πώς να πω στον ιδιοκτήτη για μια βλάβη που χρειάζεται επισκευή.
q-housing-risk-help = Ξέρω πού να πάω αν κινδυνεύω να χάσω το σπίτι μου.

## The online self-assessment page

assessment-privacy-heading = Πριν ξεκινήσεις
assessment-privacy = Οι απαντήσεις σου στέλνονται μόνο για να βγει το αποτέλεσμα, και μετά ξεχνιούνται. Δεν αποθηκεύουμε τίποτα, δεν σου ζητάμε όνομα, και τίποτα δεν μένει σε αυτή τη συσκευή, εκτός αν το αποθηκεύσεις εσύ.
assessment-instructions = Διάβασε κάθε πρόταση και διάλεξε πόσο ισχύει για σένα σήμερα. Δεν υπάρχουν σωστές ή λάθος απαντήσεις. Μπορείς να παραλείψεις όποια πρόταση θέλεις.
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
assessment-work-on = Πυλώνες για να δουλέψεις πρώτα
assessment-score = { $score } από 100
# Greek plural categories: one, other.
assessment-answered = { $count ->
    [one] { $count } απάντηση
   *[other] { $count } απαντήσεις
}
assessment-read-guide = Διάβασε τον οδηγό
assessment-see-workshops = Εργαστήρια για μέντορες
assessment-print = Εκτύπωση των αποτελεσμάτων μου
assessment-save = Αποθήκευση των αποτελεσμάτων μου σε αρχείο
assessment-restart = Ξεκίνα ξανά
assessment-forget-note = Όταν κλείσεις αυτή τη σελίδα, τα αποτελέσματά σου χάνονται. Αν θέλεις να τα κρατήσεις, εκτύπωσέ τα ή αποθήκευσέ τα πρώτα.

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
toolkit-community-observe-2 = Συμμετέχει σε κάτι έξω από τη δομή;
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
