# Print packs: everything a mentor prints to work on one pillar. Portuguese (pt), draft translation.
# Translated from locales/en/print.ftl. Keep the ids and the { $variables } as they are.

print-pack-title = { $pillar }: pacote para imprimir
print-pack-intro = { $sheets ->
    [0] A secção do guia para mentores. Este pilar ainda não tem fichas do facilitador.
   *[other] A secção do guia para mentores e as fichas do facilitador deste pilar ({ $sheets }), prontas a imprimir. Cada ficha começa numa página nova.
}
print-pack-guide = Do guia «{ $guide }»: para mentores
print-pack-written-in = Em { $language }
print-pack-print = Imprimir o pacote
print-pack-back = Voltar ao guia
print-pack-link = Imprimir as fichas do pilar
