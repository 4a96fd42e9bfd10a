# Interface strings for reading the site offline: Spanish (es), draft translation.
# Translated from locales/en/offline.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

offline-app-short-name = INTEGRA
offline-save = Guardar { $language } para leer sin conexión
offline-saving = Guardando para leer sin conexión: { $done } de { $total } archivos
offline-saved = { $language } está guardado en este dispositivo ({ $date }). Sus páginas se abren sin conexión.
offline-failed = No se terminó de guardar. Revisa la conexión y vuelve a intentarlo.
offline-copy = Copia sin conexión del { $date }. Puede haber una versión más reciente.
offline-update = Hay una nueva versión de este sitio.
offline-reload = Recargar
