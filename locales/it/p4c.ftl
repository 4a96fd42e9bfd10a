# Draft translation from English (translated_from: locales/en/p4c.ftl), for review by a native speaker.

## P4C, the Platform for Cooperation: the directory of organisations and
## opportunities (p4c.html, p4c_entry.html, the pillar guides).

nav-p4c = Organizzazioni
p4c-filters = Filtra l’elenco
p4c-filter-category = Tipo di aiuto
p4c-filter-pillar = Pilastro
p4c-filter-region = Dove
p4c-filter-language = Lingue parlate
p4c-show-all = Mostra tutte le organizzazioni e le opportunità
p4c-count =
    { $count ->
        [one] Un risultato corrisponde.
       *[other] { $count } risultati corrispondono.
    }
p4c-opportunities = Opportunità
p4c-organisations = Organizzazioni
p4c-no-opportunities = Al momento non ci sono opportunità in elenco. Le organizzazioni qui sotto possono dirti che cosa offrono adesso.
p4c-no-entries = Nessun risultato corrisponde a questi filtri. Prova con meno filtri.
p4c-kind-organisation = Organizzazione
p4c-kind-opportunity = Opportunità
p4c-unconfirmed = Non ancora confermata da un partner: verifica prima di indirizzare qui un ragazzo o una ragazza.
p4c-unconfirmed-short = non ancora confermata
p4c-last-checked = Ultima conferma con l’organizzazione: { $date }. I dati cambiano: verifica prima di indirizzare qui un ragazzo o una ragazza.
p4c-organisation = Offerta da
p4c-valid-until = Aperta fino al
p4c-places = Posti
p4c-website = Sito web
p4c-phone = Telefono
p4c-email = Email
p4c-address = Indirizzo
p4c-source = Da dove vengono queste informazioni
p4c-pillar-heading = Organizzazioni che possono aiutare
p4c-pillar-all = Tutte le organizzazioni per questo pilastro

## Kinds of help: the closed list of categories.
p4c-category-training = Formazione
p4c-category-apprenticeship = Apprendistato
p4c-category-job = Lavoro
p4c-category-housing = Casa
p4c-category-legal = Consulenza legale e diritti
p4c-category-financial = Soldi e banca
p4c-category-education = Istruzione
p4c-category-health = Salute
p4c-category-community = Comunità e sostegno
p4c-category-emergency = Emergenze
p4c-category-migration = Asilo e migrazione

## Where an entry works: a country code, or EU for the whole Union.
p4c-country-EU = In tutta l’UE
p4c-country-IT = Italia
p4c-country-CY = Cipro
p4c-country-PT = Portogallo
p4c-country-GR = Grecia
p4c-country-ES = Spagna
p4c-country-FR = Francia
