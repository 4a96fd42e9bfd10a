# Draft translation from English (translated_from: locales/en/p4c.ftl), for review by a native speaker.

## P4C, the Platform for Cooperation: the directory of organisations and
## opportunities (p4c.html, p4c_entry.html, the pillar guides).

nav-p4c = Organizaciones
p4c-filters = Filtrar el directorio
p4c-filter-category = Tipo de ayuda
p4c-filter-pillar = Pilar
p4c-filter-region = Dónde
p4c-filter-language = Idiomas que se hablan
p4c-show-all = Mostrar todas las organizaciones y oportunidades
p4c-count =
    { $count ->
        [one] Coincide un resultado.
       *[other] Coinciden { $count } resultados.
    }
p4c-opportunities = Oportunidades
p4c-organisations = Organizaciones
p4c-no-opportunities = Ahora mismo no hay oportunidades en la lista. Las organizaciones de abajo pueden decirte qué ofrecen en este momento.
p4c-no-entries = Nada coincide con estos filtros. Prueba con menos filtros.
p4c-kind-organisation = Organización
p4c-kind-opportunity = Oportunidad
p4c-unconfirmed = Un socio del proyecto aún no la ha confirmado: compruébala antes de derivar a una persona joven.
p4c-unconfirmed-short = sin confirmar todavía
p4c-last-checked = Datos confirmados con la organización por última vez el { $date }. Los datos cambian: compruébalos antes de derivar a una persona joven.
p4c-organisation = Ofrecida por
p4c-valid-until = Abierta hasta
p4c-places = Plazas
p4c-website = Sitio web
p4c-phone = Teléfono
p4c-email = Correo electrónico
p4c-address = Dirección
p4c-source = De dónde viene esta información
p4c-pillar-heading = Organizaciones que pueden ayudar
p4c-pillar-all = Todas las organizaciones de este pilar

## Kinds of help: the closed list of categories.
p4c-category-training = Formación
p4c-category-apprenticeship = Aprendizaje profesional
p4c-category-job = Empleo
p4c-category-housing = Vivienda
p4c-category-legal = Asesoría jurídica y derechos
p4c-category-financial = Dinero y banca
p4c-category-education = Educación
p4c-category-health = Salud
p4c-category-community = Comunidad y apoyo
p4c-category-emergency = Emergencias
p4c-category-migration = Asilo y migración

## Where an entry works: a country code, or EU for the whole Union.
p4c-country-EU = En toda la UE
p4c-country-IT = Italia
p4c-country-CY = Chipre
p4c-country-PT = Portugal
p4c-country-GR = Grecia
p4c-country-ES = España
p4c-country-FR = Francia
