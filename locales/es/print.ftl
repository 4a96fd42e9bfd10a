# Print packs: everything a mentor prints to work on one pillar. Spanish (es), draft translation.
# Translated from locales/en/print.ftl. Keep the ids and the { $variables } as they are.

print-pack-title = { $pillar }: paquete para imprimir
print-pack-intro = { $sheets ->
    [0] La sección de la guía para mentores. Este pilar todavía no tiene fichas para la persona facilitadora.
   *[other] La sección de la guía para mentores y las fichas para la persona facilitadora de este pilar ({ $sheets }), listas para imprimir. Cada ficha empieza en una página nueva.
}
print-pack-guide = De la guía «{ $guide }»: para mentores
print-pack-written-in = En { $language }
print-pack-print = Imprimir el paquete
print-pack-back = Volver a la guía
print-pack-link = Imprimir las fichas del pilar
