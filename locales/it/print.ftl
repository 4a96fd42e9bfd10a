# Print packs: everything a mentor prints to work on one pillar. Italian (it), draft translation.
# Translated from locales/en/print.ftl. Keep the ids and the { $variables } as they are.

print-pack-title = { $pillar }: pacchetto da stampare
print-pack-intro = { $sheets ->
    [0] La sezione della guida per i mentori. Questo pilastro non ha ancora schede per chi conduce.
   *[other] La sezione della guida per i mentori e le schede per chi conduce di questo pilastro ({ $sheets }), pronte da stampare. Ogni scheda inizia su una nuova pagina.
}
print-pack-guide = Dalla guida “{ $guide }”: per i mentori
print-pack-written-in = In { $language }
print-pack-print = Stampa il pacchetto
print-pack-back = Torna alla guida
print-pack-link = Stampa le schede del pilastro
