# Interface strings for reading the site offline: Portuguese (pt), draft translation.
# Translated from locales/en/offline.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

offline-app-short-name = INTEGRA
offline-save = Guardar { $language } para ler sem ligação
offline-saving = A guardar para ler sem ligação: { $done } de { $total } ficheiros
offline-saved = { $language } está guardado neste dispositivo ({ $date }). As páginas abrem sem ligação.
offline-failed = A gravação não terminou. Verifica a ligação e tenta de novo.
offline-copy = Cópia sem ligação de { $date }. Pode haver uma versão mais recente.
offline-update = Há uma nova versão deste site.
offline-reload = Recarregar
