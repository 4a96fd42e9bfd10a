# Print packs: everything a mentor prints to work on one pillar. French (fr), draft translation.
# Translated from locales/en/print.ftl. Keep the ids and the { $variables } as they are.

print-pack-title = { $pillar } : dossier à imprimer
print-pack-intro = { $sheets ->
    [0] La section du guide pour les mentors. Ce pilier n’a pas encore de fiches d’animation.
   *[other] La section du guide pour les mentors et les fiches d’animation de ce pilier ({ $sheets }), prêtes à imprimer. Chaque fiche commence sur une nouvelle page.
}
print-pack-guide = Extrait du guide « { $guide } » : pour les mentors
print-pack-written-in = En { $language }
print-pack-print = Imprimer le dossier
print-pack-back = Retour au guide
print-pack-link = Imprimer les fiches du pilier
