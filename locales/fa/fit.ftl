# Interface strings for the workshop finder, contents lists and language labels: Persian (fa), draft translation.
# Translated from locales/en/fit.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

## Workshop finder (/workshops/)

finder-heading = پیدا کردن کارگاه
finder-any = همه
finder-pillar = ستون
# An option of the workshop duration filter.
finder-duration-max = { $minutes } دقیقه یا کمتر
finder-group-size = تعداد جوانانی که شرکت می‌کنند
finder-group-size-hint = کارگاه‌هایی را نشان می‌دهد که برای این تعداد مناسب‌اند.
finder-count = { $count ->
    [0] هیچ کارگاهی پیدا نشد. فیلترهای کمتری را امتحان کنید.
    [one] یک کارگاه پیدا شد.
   *[other] { $count } کارگاه پیدا شد.
}
finder-clear = نمایش همهٔ کارگاه‌ها

## Contents list of long pages

contents-heading = در این صفحه

## Languages

# On a card or list item shown in another language; $language is that language's own name.
list-language = زبان: { $language }
# In the language menu, after a language that does not have this page.
language-not-translated = هنوز ترجمه نشده
