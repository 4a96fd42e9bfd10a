# Draft translation from English (translated_from: locales/en/p4c.ftl), for review by a native speaker.

## P4C, the Platform for Cooperation: the directory of organisations and
## opportunities (p4c.html, p4c_entry.html, the pillar guides).

nav-p4c = Organizações
p4c-filters = Filtrar o diretório
p4c-filter-category = Tipo de apoio
p4c-filter-pillar = Pilar
p4c-filter-region = Onde
p4c-filter-language = Línguas faladas
p4c-show-all = Mostrar todas as organizações e oportunidades
p4c-count =
    { $count ->
        [one] { $count } resultado corresponde.
       *[other] { $count } resultados correspondem.
    }
p4c-opportunities = Oportunidades
p4c-organisations = Organizações
p4c-no-opportunities = De momento, não há oportunidades na lista. As organizações abaixo podem dizer-lhe o que oferecem agora.
p4c-no-entries = Nada corresponde a estes filtros. Experimente menos filtros.
p4c-kind-organisation = Organização
p4c-kind-opportunity = Oportunidade
p4c-unconfirmed = Ainda não confirmada por um parceiro: verifique antes de encaminhar um jovem.
p4c-unconfirmed-short = ainda não confirmada
p4c-last-checked = Informação confirmada com a organização pela última vez em { $date }. Os dados mudam: verifique antes de encaminhar um jovem.
p4c-organisation = Oferecida por
p4c-valid-until = Aberta até
p4c-places = Vagas
p4c-website = Site
p4c-phone = Telefone
p4c-email = E-mail
p4c-address = Morada
p4c-source = De onde vem esta informação
p4c-pillar-heading = Organizações que podem ajudar
p4c-pillar-all = Todas as organizações deste pilar

## Kinds of help: the closed list of categories.
p4c-category-training = Formação
p4c-category-apprenticeship = Cursos de aprendizagem
p4c-category-job = Emprego
p4c-category-housing = Habitação
p4c-category-legal = Apoio jurídico e direitos
p4c-category-financial = Dinheiro e bancos
p4c-category-education = Educação
p4c-category-health = Saúde
p4c-category-community = Comunidade e apoio
p4c-category-emergency = Emergências
p4c-category-migration = Asilo e migração

## Where an entry works: a country code, or EU for the whole Union.
p4c-country-EU = Em toda a UE
p4c-country-IT = Itália
p4c-country-CY = Chipre
p4c-country-PT = Portugal
p4c-country-GR = Grécia
p4c-country-ES = Espanha
p4c-country-FR = França
