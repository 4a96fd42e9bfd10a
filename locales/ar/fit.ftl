# Interface strings for the workshop finder, contents lists and language labels: Arabic (ar), draft translation.
# Translated from locales/en/fit.ftl. Keep the ids and the { $variables } as they are.
# Arabic plural categories (CLDR): zero, one, two, few, many, other.
# See TRANSLATING.md.

## Workshop finder (/workshops/)

finder-heading = ابحث عن ورشة عمل
finder-any = الكل
finder-pillar = الركيزة
# An option of the workshop duration filter.
finder-duration-max = { $minutes } دقيقة أو أقل
finder-group-size = عدد الشباب المشاركين
finder-group-size-hint = تعرض ورش العمل المناسبة لهذا العدد.
finder-count = { $count ->
    [zero] لا توجد ورشة عمل مطابقة. جرّب عددًا أقل من عوامل التصفية.
    [one] ورشة عمل واحدة مطابقة.
    [two] ورشتا عمل مطابقتان.
    [few] { $count } ورش عمل مطابقة.
    [many] { $count } ورشة عمل مطابقة.
   *[other] { $count } ورشة عمل مطابقة.
}
finder-clear = اعرض كل ورش العمل

## Contents list of long pages

contents-heading = في هذه الصفحة

## Languages

# On a card or list item shown in another language; $language is that language's own name.
list-language = اللغة: { $language }
# In the language menu, after a language that does not have this page.
language-not-translated = غير مترجمة بعد
