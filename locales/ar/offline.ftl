# Interface strings for reading the site offline: Arabic (ar), draft translation.
# Translated from locales/en/offline.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

offline-app-short-name = INTEGRA
offline-save = حفظ { $language } للقراءة دون اتصال
offline-saving = جارٍ الحفظ للقراءة دون اتصال: { $done } من { $total } ملفًا
offline-saved = تم حفظ { $language } على هذا الجهاز ({ $date }). تفتح صفحاتها دون اتصال.
offline-failed = لم يكتمل الحفظ. تحقّق من الاتصال وحاول مرة أخرى.
offline-copy = نسخة محفوظة دون اتصال من { $date }. قد تكون هناك نسخة أحدث.
offline-update = تتوفر نسخة جديدة من هذا الموقع.
offline-reload = إعادة التحميل
