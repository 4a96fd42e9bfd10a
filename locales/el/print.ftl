# Print packs: everything a mentor prints to work on one pillar. Greek (el), draft translation.
# Translated from locales/en/print.ftl. Keep the ids and the { $variables } as they are.

print-pack-title = { $pillar }: πακέτο εκτύπωσης
print-pack-intro = { $sheets ->
    [0] Η ενότητα του οδηγού για μέντορες. Αυτός ο πυλώνας δεν έχει ακόμα φύλλα συντονιστή.
   *[other] Η ενότητα του οδηγού για μέντορες και τα φύλλα συντονιστή αυτού του πυλώνα ({ $sheets }), έτοιμα για εκτύπωση. Κάθε φύλλο ξεκινά σε νέα σελίδα.
}
print-pack-guide = Από τον οδηγό «{ $guide }»: για μέντορες
print-pack-written-in = Στα { $language }
print-pack-print = Εκτύπωση του πακέτου
print-pack-back = Πίσω στον οδηγό
print-pack-link = Εκτύπωση των φύλλων του πυλώνα
