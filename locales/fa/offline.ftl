# Interface strings for reading the site offline: Persian (fa), draft translation.
# Translated from locales/en/offline.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

offline-app-short-name = INTEGRA
offline-save = ذخیرهٔ { $language } برای خواندن بدون اینترنت
offline-saving = در حال ذخیره برای خواندن بدون اینترنت: { $done } از { $total } فایل
offline-saved = { $language } روی این دستگاه ذخیره شد ({ $date }). صفحه‌های آن بدون اینترنت باز می‌شوند.
offline-failed = ذخیره کامل نشد. اتصال را بررسی کنید و دوباره امتحان کنید.
offline-copy = نسخهٔ ذخیره‌شده از { $date }. ممکن است نسخهٔ تازه‌تری وجود داشته باشد.
offline-update = نسخهٔ تازه‌ای از این سایت در دسترس است.
offline-reload = بارگذاری دوباره
