# Print packs: everything a mentor prints to work on one pillar. Arabic (ar), draft translation.
# Translated from locales/en/print.ftl. Keep the ids and the { $variables } as they are.

print-pack-title = { $pillar }: ملف للطباعة
print-pack-intro = { $sheets ->
    [0] قسم الدليل الخاص بالمرشدين. لا توجد بطاقات ورش عمل لهذه الركيزة حتى الآن.
   *[other] قسم الدليل الخاص بالمرشدين وبطاقات ورش العمل لهذه الركيزة ({ $sheets })، جاهزة للطباعة. تبدأ كل بطاقة في صفحة جديدة.
}
print-pack-guide = من دليل «{ $guide }»: للمرشدين
print-pack-written-in = مكتوب باللغة: { $language }
print-pack-print = اطبع الملف
print-pack-back = العودة إلى الدليل
print-pack-link = اطبع بطاقات الركيزة
