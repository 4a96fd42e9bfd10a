# Interface strings for the workshop finder, contents lists and language labels: Greek (el) translation, draft.
# Translated from locales/en/fit.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

## Workshop finder (/workshops/)

finder-heading = Βρείτε ένα εργαστήριο
finder-any = Όλα
finder-pillar = Πυλώνας
# An option of the workshop duration filter.
finder-duration-max = { $minutes } λεπτά ή λιγότερο
finder-group-size = Νέοι και νέες που συμμετέχουν
finder-group-size-hint = Δείχνει τα εργαστήρια που ταιριάζουν σε αυτόν τον αριθμό.
finder-count = { $count ->
    [0] Κανένα εργαστήριο δεν ταιριάζει. Δοκιμάστε λιγότερα φίλτρα.
    [one] Ένα εργαστήριο ταιριάζει.
   *[other] { $count } εργαστήρια ταιριάζουν.
}
finder-clear = Εμφάνιση όλων των εργαστηρίων

## Contents list of long pages

contents-heading = Σε αυτή τη σελίδα

## Languages

# On a card or list item shown in another language; $language is that language's own name.
list-language = Γλώσσα: { $language }
# In the language menu, after a language that does not have this page.
language-not-translated = δεν έχει μεταφραστεί ακόμη
