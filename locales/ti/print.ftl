# ትግርኛ (ti): interface strings, translated from locales/en/print.ftl.
# Draft: a native speaker has not reviewed it yet. Keep the ids and any
# { $variable } as they are. See TRANSLATING.md and locales/ti/TERMS.md.

# Print packs: everything a mentor prints to work on one pillar.

# The pack's title; $pillar is the pillar guide's title, e.g. "Housing".
print-pack-title = { $pillar }: ጥቕላል ንሕትመት
# $sheets is the number of workshop sheets in the pack.
print-pack-intro = { $sheets ->
    [0] ንኣማኸርቲ ዝኸውን ክፋል ናይቲ መምርሒ። እዚ ዓንዲ ገና ወረቐት ዓውደ-ስራሕ የብሉን።
    [one] ንኣማኸርቲ ዝኸውን ክፋል ናይቲ መምርሒን ወረቐት ዓውደ-ስራሕ ናይዚ ዓንድን፣ ንሕትመት ድሉዋት።
   *[other] ንኣማኸርቲ ዝኸውን ክፋል ናይቲ መምርሒን { $sheets } ወረቓቕቲ ዓውደ-ስራሕ ናይዚ ዓንድን፣ ንሕትመት ድሉዋት። ነፍሲ ወከፍ ወረቐት ኣብ ሓድሽ ገጽ ይጅምር።
}
# $guide is the guide's title.
print-pack-guide = ካብቲ «{ $guide }» ዝብል መምርሒ: ንኣማኸርቲ
# For a part shown in another language because it is not translated yet; $language is that language's name.
print-pack-written-in = ብቋንቋ { $language } ዝተጻሕፈ
print-pack-print = ነቲ ጥቕላል ሕተሙ
print-pack-back = ናብቲ መምርሒ ተመለሱ
# On the pillar guide, the link to its print pack.
print-pack-link = ወረቓቕቲ ናይዚ ዓንዲ ሕተሙ
