# Interface strings for the INTEGRA site: Spanish (es), draft translation.
# Translated from locales/en/main.ftl. Keep the ids and the { $variables } as they are.
# See TRANSLATING.md.

## Site

site-title = INTEGRA Mentoría
skip-to-content = Ir al contenido
language-menu = Idioma:
nav-label = Menú principal
footer-nav-label = Sobre este sitio
nav-home = Inicio
nav-pillars = Los 9 pilares
nav-workshops = Talleres
nav-self-assessment = Autoevaluación
nav-mentors = Para mentores
nav-white-paper = Libro Blanco
nav-about = Quiénes somos
nav-privacy = Privacidad
footer-note = Programa de Integración mediante Mentoría de INTEGRA: apoyo para jóvenes que salen del sistema de protección y para sus mentores. Este sitio no usa cookies ni rastreo.

## Notices on translated pages

# $language is the reader's language, $original the language the page is written in.
fallback-notice = Esta página aún no está traducida ({ $language }). Aquí la tienes en su idioma original ({ $original }).
draft-notice = Esta es una traducción provisional. Todavía no la ha revisado una persona nativa.
draft-notice-more = Cómo funcionan las traducciones

## Home page

home-pillars-heading = Los 9 pilares para una vida autónoma

## Pillars

pillar-number = Pilar { $number }
pillar-workshops = Talleres de este pilar
pillar-no-workshops = Todavía no hay talleres para este pilar.

## Workshops

workshop-sheet = Ficha para la persona facilitadora
workshop-duration = Duración
duration-minutes = { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } minutos
   *[other] { $minutes } minutos
}
workshop-group-size = Tamaño del grupo
group-size-exact = { $count ->
    [one] Una persona joven
    [many] { $count } jóvenes
   *[other] { $count } jóvenes
}
group-size-range = De { $min } a { $max } jóvenes
workshop-format = Formato
format-one-to-one = Individual
format-group = En grupo
format-either = Individual o en grupo
workshop-difficulty = Nivel
difficulty-introductory = Inicial
difficulty-intermediate = Intermedio
difficulty-advanced = Avanzado
workshop-objectives = Objetivos
workshop-materials = Materiales
workshop-preparation = Preparación
print-sheet = Imprimir esta ficha
workshop-back = Volver al pilar

## White Paper

white-paper-contents = Índice
chapter-number = Capítulo { $number }
chapter-nav-label = Capítulos
chapter-previous = Anterior:
chapter-next = Siguiente:

## Page not found

not-found-title = Página no encontrada
not-found-text = No hemos encontrado esta página. Puede que se haya movido o que la dirección tenga un error.
not-found-home = Ir a la página de inicio

## Translation status page

nav-translate = Ayuda a traducir
translate-title = Traducciones de este sitio
translate-intro = Este sitio lo traducen personas voluntarias. Esta página muestra cuánto ha avanzado cada idioma y qué falta todavía, para que veas dónde cuenta más tu ayuda.
translate-how = Para ayudar, lee la guía para quienes traducen, TRANSLATING.md, en los archivos fuente del sitio, o ponte en contacto con el equipo que gestiona este sitio. Cada traducción es provisional hasta que la lee una persona nativa.
translate-overview = Todos los idiomas
translate-language = Idioma
translate-interface = Interfaz
translate-pages = Páginas
translate-drafts = Provisionales
translate-stale = Desactualizadas
translate-missing-heading = Aún sin traducir ({ $language })
translate-stale-heading = Desactualizadas: la página en inglés ha cambiado desde que se tradujo
# $count (number): how many blocks (paragraphs, headings, list items…) of the English page changed since the page was translated.
translate-blocks-changed =
    { $count ->
        [one] un bloque cambiado
       *[other] { $count } bloques cambiados
    }
translate-english-page = Página en inglés
translate-po-file = Archivo PO
translate-drafts-heading = Traducciones provisionales pendientes de revisión por una persona nativa
translate-messages-missing = { $count ->
    [one] { $count } mensaje de la interfaz aún no está traducido.
    [many] { $count } mensajes de la interfaz aún no están traducidos.
   *[other] { $count } mensajes de la interfaz aún no están traducidos.
}
translate-source = Las demás traducciones parten de este idioma: { $language }.
translate-all-done = No falta nada.

## Mentor training, handouts, country guides and easy-read pages (issue 14)

nav-accessibility = Accesibilidad
# Between the items of a short inline list.
list-separator = {", "}
workshop-handouts = Fichas para imprimir
handout-eyebrow = Ficha para imprimir
handout-used-in = Se usa en
easy-read-eyebrow = Lectura fácil
easy-read-link = Corto y sencillo: lee la versión en lectura fácil
training-eyebrow = Curso de formación
training-modules = Los módulos
# $number (Number) - the module's place in the course, from 1
training-module-number = Módulo { $number }
training-outcomes = Resultados de aprendizaje
training-nav-label = Módulos del curso
training-previous = Módulo anterior
training-next = Módulo siguiente
country-eyebrow = Guía por país
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated = Actualizada el { $date }
# $date (String) - the day the guide was written or last changed, as 2026-12-02
country-updated-long = Escrita o modificada por última vez el { $date }.
country-review-pending = Revisión jurídica pendiente: ningún profesional local ha revisado todavía esta guía.
country-review-pending-short = Revisión jurídica pendiente
# $date (String) - the day a local professional reviewed the guide, as 2027-01-15
country-reviewed = Revisada por un profesional local el { $date }.
country-reviewed-short = Revisada por un profesional local
country-confirm = Las leyes y la práctica cambian: antes de actuar según esta guía, un abogado o asesor jurídico local debe confirmar si lo que dice se aplica a la situación de la persona joven.
