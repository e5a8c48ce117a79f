"""Word lists the kind cues read: common nouns that say what a name next to them is.

They are the words newsrooms put beside a name ("le constructeur Stellantis", "Maersk, the
container line", "the port of Aden"), in French and English, not names themselves.
"""

from __future__ import annotations

import unicodedata


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ORG_NOUNS = _words(
    """groupe société entreprise opérateur agence mission constructeur équipementier motoriste
    compagnie fabricant syndicat ONG organisation cabinet banque assureur réassureur géant
    parti transporteur armateur pétrolier gazier distributeur laboratoire fonds holding
    conglomérat start-up startup pousse pousses coentreprise filiale firme gestionnaire
    régulateur quotidien hebdomadaire journal milice mouvement gang gangs cartel coalition
    institut cimentier sidérurgiste minier consortium horloger coopérative coopératives
    rizerie conserverie brasserie laiterie
    avionneur industriel chimiste énergéticien électricien éditeur plateforme club fournisseur
    producteur exploitant sous-traitant confédération fédération association alliance chaîne
    opérateurs fabricants constructeurs groupes sociétés entreprises banques assureurs
    compagnies laboratoires armateurs syndicats partis agences ONG
    company firm group carmaker automaker chipmaker miner lender bank insurer airline operator
    retailer giant conglomerate manufacturer maker producer supplier agency regulator broker
    brokerage fund union party militia startup start-up developer publisher newspaper
    broadcaster consultancy watchdog charity NGO exchange utility shipper line assembler
    drugmaker steelmaker planemaker carrier subsidiary gang cartel conglomerate outfit
    organisation organization
    alliance coalition movement institute association federation confederation daily
    companies firms carmakers lenders banks insurers airlines groups miners producers
    provider distributor exporter importer processor wholesaler cooperative co-operative
    university council authority ministry"""
)
"""A name right after one of these (adjectives allowed between) is an organisation's."""

ORG_AFTER = _words(
    """CEO chairman chairwoman board shares shareholders headquarters boss founder spokesman
    spokeswoman spokesperson subsidiary executives employees staff"""
)
"""Words after a name (or its "'s") that make it an organisation's: "Ryanair boss"."""

ORG_OF = _words(
    """PDG patron patronne directeur directrice président-directeur actionnaires action actions
    titre titres filiale filiales salariés coentreprise fusion"""
)
"""French nouns whose complement is an organisation: "le PDG d'Orano"."""

LEGAL_FORMS = _words(
    "Inc Inc. Ltd Ltd. SA S.A. AG plc PLC Plc Co Co. Corp Corp. NV N.V. SE GmbH LLC L.L.C. LLP "
    "LP L.P. SAS SARL Limited Incorporated Pty ULC "
    # other countries': Nordic, Dutch, German, Italian, French and Québec, Irish, Balkan,
    # Central European, Turkish, Asian and Latin American
    "AB ASA AS A/S ApS Oy Oyj BV B.V. KG KGaA SpA S.p.A. Srl SRL S.r.l. Sàrl SASU EURL SCA SNC "
    "Ltée Ltee DAC d.o.o. d.d. DOO DOOEL AD EAD s.r.o. a.s. Kft Zrt AŞ A.Ş. Bhd Pte Tbk KK JSC "
    "PJSC OJSC SAB Ltda Ltda. Lda SAC S.A.C. SAA S.A.A. EIRL E.I.R.L. SAU S.L. SLU SL SGPS EIRELI "
    "hf. ehf. hf ehf inc inc. ltée p.l.c. P.L.C. S.A.S. SpA. S.A.R.L. P/F Sp/f"
)
"""Companies' legal forms, which end their names: "Fiji Limited", "Electra Nordic AS"."""

ORG_SUFFIXES = LEGAL_FORMS | _words(
    "Holdings Holding Group Groupe Ratings Capital Partners Investments Investors "
    "Securities Technologies Industries Motors Pharmaceuticals Platforms Labs Logistics "
    "Electronics Semiconductor Semiconductors Mining Minerals Resources Petroleum Bancorp "
    "Financial Insurance Entertainment Telecom Communications Brands Foods Chemicals Steel "
    "Energy Management Airlines Airways Shipping Marine Aerospace Therapeutics Biotech "
    "Bancorporation Bancshares Bankshares Systems Robotics Networks Biosciences Analytics "
    "Ventures Space Pharma Leasing Terminals Lines Solutions Consulting Automotive Aviation "
    "Textiles Beverages Hotels Resorts Studios Export Exports Trading Enterprises Brothers "
    "Frères Seafoods Seafood Fisheries Dairies Dairy Mills Breweries Farms Cooperative "
    "Co-operative Cement Plastics Packaging Fertilizers Fertilisers Garments Apparel Contractors "
    "Utilities TV Finance"
)
"""Legal forms and words that end a company's name: "Fitch Ratings", "Lloyds Banking Group"."""
CLUB_SUFFIXES = _words("United Rovers Wanderers Athletic Albion Hotspur FC AFC")
"""Words that end a sports club's name: "Harrow Rovers", "Castlebay United"."""
ORG_SUFFIXES |= CLUB_SUFFIXES

PLACE_NOUNS = _words(
    """ville capitale région province port camp district île localité village commune enclave
    territoire quartier bastion gisement mine centrale aéroport base frontière passage comté
    usine papeterie raffinerie aciérie fonderie entrepôt
    city capital town village region province state port camp district island country
    enclave territory county suburb neighbourhood neighborhood stronghold
    lac fleuve rivière volcan glacier montagne vallée lake river volcano glacier mountain
    valley affluent tributary marais lagune baie golfe atoll archipel presqu'île forêt
    marsh lagoon bay gulf archipelago peninsula forest
    villes régions provinces districts îles localités villages communes quartiers comtés
    cities towns regions islands counties suburbs
    source sources plage plages côte colline collines oasis plaine delta estuaire fjord eaux
    plateau désert récif détroit hameau hameaux paroisse
    springs beach beaches coast shore hills oasis plain plains delta estuary fjord plateau
    desert reef strait hamlet hamlets parish municipality municipalities
    building tower hotel mall factory warehouse stadium arena bridge dam block estate"""
)
"""A name these nouns stand for or govern is a place: "la ville de Palma", "the city of Aden",
"the villages of Mukinje and Rakovica"."""

NEAR = {"fr": ("près de", "près d'", "près d’"), "en": ("near",)}
"""Nothing but a place is near: "ran aground near Dunkirk", "près d'Uliastai"."""
PLACE_PREPOSITIONS = {
    "fr": ("à", "au", "aux", "en", "vers", *NEAR["fr"]),
    "en": ("in", *NEAR["en"]),
}
"""Words after which a name is a place, unless it is a body: "à Abu Dhabi", "in Geneva"."""
TOWN_PREPOSITIONS = {
    "fr": ("depuis", "entre", "via"),
    "en": (
        "at", "from", "to", "through", "via", "between", "outside", "around", "across", "toward",
        "towards", "on", "reach", "reaches", "reached", "enters", "entered", "crosses", "crossed",
        "visited", "visiting",
    ),
}  # fmt: skip
"""Words after which a town is named, but bodies too ("at Nokia", "from Reuters", "visited
Nokia"): a name after them is a place when it is also known as a town, or listed with one."""
LOCATING_WORDS = frozenset(
    word for table in (PLACE_PREPOSITIONS, TOWN_PREPOSITIONS) for words in table.values()
    for word in words
)  # fmt: skip
"""Both lists, in both languages."""

PLACE_PEOPLE = _words(
    """maire maires gouverneur préfet habitants rues banlieue banlieues périphérie faubourgs
    environs mayor mayors governor residents inhabitants outskirts suburbs streets
    habitant habitante camionneur camionneurs agriculteur agricultrice agriculteurs pêcheur
    pêcheurs éleveur éleveuse éleveurs villageois commerçant commerçante commerçants
    retraité retraitée retraités cultivateur cultivateurs riziculteur riziculteurs planteur
    planteurs maraîcher maraîchers vigneron vignerons viticulteur acériculteur acériculteurs"""
)
"""Who and what only a place has: "le maire de X", "residents of X", "X's mayor"."""

PLACE_AFTER = _words(
    "camp region province district county city town village port airport oblast governorate "
    "peninsula river strait field basin valley mine deposit island islands neighbourhood "
    "neighborhood suburb borough municipality isthmus regions provinces districts counties "
    "villages rivers valleys municipalities departments catchment catchments watershed "
    "watersheds fjord ravine gorge lagoon glacier creek estuary"
)
"""English nouns after a name that make it a place: "the Zamzam camp", "the Kursk region"."""

PRODUCT_NOUNS = _words(
    """moteur moteurs avion avions appareil appareils missile missiles drone drones char chars
    hélicoptère hélicoptères chasseur chasseurs fusée fusées lanceur satellite satellites
    système systèmes modèle modèles citadine berline voiture smartphone téléphone puce puces
    vaccin médicament porte-avions sous-marin sous-marins frégate frégates destroyer navire
    logiciel indice opération opérations exercice exercices programme traité plan gazoduc
    oléoduc console trottinette casque vélo montre application appli marque chalutier voilier
    paquebot porte-conteneurs remorqueur bateau catamaran trimaran monocoque loi directive
    règlement pacte festival prix coupe trophée tournoi championnat rallye salon foire biennale
    projet fromage fromages appellation AOP AOC IGP cépage
    engine engines jet jets fighter fighters missile missiles drone drones tank tanks
    helicopter helicopters rocket rockets satellite satellites system systems aircraft
    smartphone vaccine drug index console destroyer frigate submarine pipeline treaty
    ship vessel tanker freighter bulker icebreaker yacht ferry trawler sailboat schooner
    boat tugboat tug towboat pushboat dredger barge cutter corvette patrouilleur vedette pirogue
    caboteur chaland drague"""
)
"""A name right after these is a thing: "les moteurs GTF", "the destroyer USS Halsey"."""

THING_SUFFIXES = _words(
    "Act Bill Treaty Agreement Protocol Directive Doctrine Festival Summit Cup Prize Award "
    "Awards Trophy Championship Championships Games Marathon Shield Expo Biennale Biennial "
    "Law Charter Convention Regulation Study List"
)
"""Last words of things, laws and events, not bodies: "Clean Air Act", "Booker Prize"."""

DATED_LAWS = _words("Act Regulations Order Rules")
"""Laws whose year follows as part of the name: "the Sanctions Act 1977"."""

LAW_WORDS = (
    "Decree-Law", "Decree", "Law", "Act", "Ordinance", "Order", "Resolution", "Regulation",
    "Décret-loi", "décret-loi", "Loi", "loi", "Décret", "décret", "Ordonnance",
    "ordonnance", "Arrêté", "arrêté", "Directive", "directive", "Règlement", "règlement",
)  # fmt: skip
"""Words a law's number follows as part of its name: "Decree 253/979", "loi n° 018/PR/2024"."""

FACILITY_SUFFIXES = _words(
    "Stadium Arena Bridge Tunnel Dam Reservoir Observatory Airport Building Tower Canal "
    "Lighthouse Terminal Station Refinery Pass Corridor Highway Expressway Motorway Hospital "
    "Zone Smelter Mine Plant Prison Museum Locks Pier Wharf"
)
"""Last words of buildings and works, places as the model's FAC: "Hoover Dam", "Wembley
Stadium", "the Coyol Free Zone"."""

LANDFORM_SUFFIXES = _words(
    "Lake Lakes Falls Island Islands Mountains Hills Valley Bay Gulf Strait Peninsula Desert "
    "Basin Delta Glacier Fjord Lagoon Reef Atoll Archipelago Plateau Coast Heights"
)
"""Last words of lakes, islands, valleys and coasts: "Plitvice Lakes", "Walvis Bay"."""
PARK_ENDINGS = frozenset(
    (
        "National Park", "Nature Reserve", "Game Reserve", "Marine Park", "Wildlife Sanctuary",
        "Wildlife Reserve", "Forest Reserve", "Marine Reserve", "Biosphere Reserve",
        "Nature Park", "Regional Park", "Conservation Area", "Marine Sanctuary",
        "National Reserve", "National Forest", "National Monument", "Wildlife Refuge",
        "Protected Landscape", "Protected Area", "Natural Park",
    )
)  # fmt: skip
"""Two last words of protected places: "Krka National Park"."""

FACILITY_AFTER = _words(
    "stadium arena bridge tunnel dam reservoir observatory canal lighthouse terminal refinery "
    "smelter mill mills"
)
"""English nouns after a name that make it a facility, a place: "the Kessling bridge"."""

FACILITY_BEFORE = _words(
    "stade aéroport pont gare tunnel barrage observatoire phare hôpital clinique lycée "
    "hippodrome aérodrome musée"
)
"""French nouns right before a name that make it a facility, even a person's name: "le stade
Pierre-Mauroy", "l'aéroport Charles-de-Gaulle"."""

EVENT_AFTER = _words(
    "festival summit conference congress fair expo championship championships tournament "
    "marathon race cup prize award awards trophy games biennale"
)
"""English nouns after a name that make it an event or a prize: "the Hay festival"."""

PRODUCT_HEADS = _words(
    """scooter headset app phone handset smartphone console laptop tablet sedan hatchback
    pickup SUV drone jet airliner plane engine drug pill vaccine chatbot software game device
    watch beer car truck camera robot"""
)
"""Products a maker's name would not head: "the Vireo scooter". Only read after a
determiner ("the X scooter"), since "X jets" often names the maker."""

VESSEL_BEFORE = (
    r"(?:aboard|on[ \u00a0]board|crew[ \u00a0]of|sailed|skipper[ \u00a0]of|captain[ \u00a0]of)"
    r"(?:[ \u00a0]the)?|à[ \u00a0]bord[ \u00a0](?:du|de[ \u00a0]la|de[ \u00a0]l['’]|d['’])"
    r"|(?:équipage|capitaine)[ \u00a0](?:du|de[ \u00a0]la|de[ \u00a0]l['’])|skippeur[ \u00a0]du"
    r"|(?:livestock|bulk|car|LNG|LPG|ammonia|container|crude|gas|ore|cement|chemical)"
    r"[ \u00a0]carriers?"
    r"|(?:[Ll]e|[Dd]u|[Aa]u|[Uu]n)[ \u00a0](?:caboteur|cargo|chalutier|navire|paquebot|vraquier"
    r"|méthanier|remorqueur|porte-conteneurs|roulier|thonier|palangrier|homardier|caseyeur|minéralier"
    r"|patrouilleur|brise-glace|traversier)"
    r"|(?:ship|ferry|vessel|tanker|trawler|freighter|icebreaker|boat)[\w \u00a0\-]{0,50},"
    r"[ \u00a0]the"
    r"|(?:ships|vessels|tankers|ferries|trawlers|boats),[ \u00a0]among[ \u00a0]them[ \u00a0]the"
    r"|its[ \u00a0]sister(?:[ \u00a0]ship)?|sister[ \u00a0]ship"
    r"|\b(?:[Tt]he|[Aa]|[Ii]ts)[ \u00a0](?:(?:diesel|steam|electric|shunting)[ \u00a0])?"
    r"locomotive"
)
"""Words before a vessel's name: "aboard the X", "à bord du X", "the livestock carrier X"
(a carrier alone is an airline), "le caboteur X", "its first ship powered by gas, the X", "the
navy's patrol boat, the X", "7 tankers, among them the X", "its sister X", and a locomotive's
("the diesel locomotive X")."""

VESSEL_AFTER = (
    r"(?:ran[ \u00a0]aground|sank|capsized|docked|set[ \u00a0]sail|was[ \u00a0]towed"
    r"|s['’]est[ \u00a0]échouée?|a[ \u00a0]sombré|a[ \u00a0]chaviré|a[ \u00a0]coulé)\b"
)
"""Words after a vessel's name: "the X ran aground"."""

MAKER_BEFORE = (
    r"\b(?:sold|made|built|operated|manufactured|developed|produced|published|distributed"
    r"|(?:vendu|fabriqué|construit|exploité|produit|édité|développé|distribué|commercialisé)"
    r"(?:e|s|es)?)[ \u00a0](?:by|par)(?:[ \u00a0](?:the|le|la|les|l['’]))?[ \u00a0]?$"
)
"""A maker or operator, after its product: "sold by X", "fabriquée par X"."""

PRODUCT_AFTER = _words(
    "system systems missile missiles rocket rockets index vaccine operation lander rover probe "
    "spacecraft telescope satellite cable brand variety cultivar avocados mangoes melons durians "
    "grapes bananas apples"
)
"""English nouns after a name that make it a thing: "the Patriot system", "the Baltic Sentry
operation", "the Resilience lander", "Hass avocados" (a variety). Not "cars" or "jets", which
follow makers' names as often ("Boeing jets"), nor "mission" ("the EU mission" is the
Union's)."""

PERSON_NOUNS = _words(
    """président présidente ministre chancelier chancelière secrétaire général générale colonel
    gouverneur gouverneure directeur directrice patron patronne porte-parole roi reine prince
    princesse pape sénateur sénatrice député députée maire ambassadeur ambassadrice
    commissaire juge émir cheikh chef cheffe négociateur négociatrice opposant opposante
    fondateur fondatrice dirigeant dirigeante journaliste économiste avocat avocate
    president minister chancellor secretary general colonel governor senator king queen
    prince princess pope mayor ambassador commissioner judge emir sheikh chief executive
    chairman chairwoman spokesman spokeswoman spokesperson envoy leader boss director
    founder economist analyst lawyer journalist negotiator rival premier official diplomat
    engineer farmer fisherman teacher doctor professor researcher scientist inspector activist
    consultant adviser advisor pilot captain nurse surgeon historian lecturer student coach
    novelist poet singer
    ingénieur ingénieure agriculteur agricultrice pêcheur pêcheuse enseignant enseignante
    médecin professeur professeure chercheur chercheuse inspecteur inspectrice militant
    militante conseiller conseillère pilote capitaine infirmier infirmière chirurgien
    chirurgienne historien historienne entraîneur romancier romancière poète chanteur
    chanteuse gérant gérante éleveur éleveuse vigneron vigneronne syndicaliste"""
)
"""A name these nouns describe in apposition is a person's: "Mark Rutte, the prime minister"."""

NATIONALITIES = _words(
    """américain britannique français allemand italien espagnol portugais néerlandais belge
    suisse autrichien suédois danois norvégien finlandais polonais tchèque hongrois roumain
    grec turc russe ukrainien biélorusse chinois japonais coréen sud-coréen indien pakistanais
    iranien irakien israélien saoudien émirati qatari koweïtien égyptien marocain algérien
    tunisien libyen nigérian sud-africain kényan éthiopien canadien mexicain brésilien
    argentin chilien colombien vénézuélien péruvien australien indonésien vietnamien thaïlandais
    malaisien singapourien taïwanais philippin luxembourgeois irlandais écossais
    american british french german italian spanish portuguese dutch belgian swiss austrian
    swedish danish norwegian finnish polish czech hungarian romanian greek turkish russian
    ukrainian chinese japanese korean indian pakistani iranian iraqi israeli saudi emirati
    qatari egyptian moroccan algerian nigerian canadian mexican brazilian argentine
    australian indonesian taiwanese irish"""
)
"""Country adjectives in their base form (French masculine singular, English)."""

DEMONYMS = NATIONALITIES | _words(
    """afghan albanais andorran angolais arménien azerbaïdjanais bahreïni bangladais bélarusse
    béninois bhoutanais birman bolivien bosnien botswanais bulgare burkinabé burundais
    cambodgien camerounais chypriote comorien congolais nord-coréen costaricien croate cubain
    djiboutien équatorien érythréen estonien fidjien gabonais gambien géorgien ghanéen
    guatémaltèque guinéen haïtien hondurien islandais ivoirien jamaïcain jordanien kazakh
    kirghiz kosovar laotien letton libanais libérien lituanien macédonien malgache malawien
    malien maltais mauricien mauritanien moldave monégasque mongol monténégrin mozambicain
    namibien népalais nicaraguayen nigérien néo-zélandais omanais ougandais ouzbek palestinien
    panaméen paraguayen rwandais salvadorien sénégalais serbe slovaque slovène somalien
    soudanais sri-lankais syrien tadjik tanzanien tchadien togolais turkmène uruguayen
    yéménite zambien zimbabwéen gallois anglais flamand kurde tibétain féroïen québécois
    tchétchène surinamais guyanien bélizien bahaméen barbadien trinidadien salomonais
    brunéien hongkongais est-caribéen
    afghan albanian andorran angolan argentinian armenian azerbaijani bahamian bahraini
    bangladeshi barbadian belarusian belizean beninese bhutanese bolivian bosnian bruneian
    bulgarian burkinabe burmese burundian cambodian cameroonian chadian chilean colombian
    congolese croatian cuban cypriot djiboutian ecuadorian eritrean estonian ethiopian fijian
    filipino gabonese gambian georgian ghanaian guatemalan guinean guyanese haitian honduran
    icelandic ivorian jamaican jordanian kazakh kenyan kosovan kuwaiti kyrgyz laotian latvian
    lebanese liberian libyan lithuanian luxembourgish macedonian malagasy malawian malaysian
    maldivian malian maltese mauritanian mauritian moldovan mongolian montenegrin mozambican
    namibian nepalese nepali nicaraguan nigerien omani palestinian panamanian paraguayan
    peruvian rwandan salvadoran senegalese serbian singaporean slovak slovakian slovenian
    somali sudanese syrian tajik tanzanian thai togolese tunisian turkmen ugandan uruguayan
    uzbek venezuelan vietnamese yemeni zambian zimbabwean scottish welsh english catalan
    basque flemish kurdish tibetan faroese greenlandic chechen
    inuit métis sami sámi maori māori
    musulman islamiste islamique chrétien catholique protestant juif sunnite chiite hindou
    bouddhiste évangélique djihadiste jihadiste salafiste
    muslim islamist islamic christian catholic protestant jewish sunni shia shiite hindu
    buddhist evangelical jihadist salafist"""
)
"""Every country's adjective (and some peoples' and faiths'), for telling a lone one from a
name: wider than `NATIONALITIES`, whose shorter list also decides where names begin and
end."""
PEOPLES = frozenset(
    ("Premières Nations", "First Nations", "Native Americans", "Aboriginal Australians")
)
"""Peoples named in several words: no name, as a demonym is none ("les Premières Nations")."""


def demonym(word: str) -> bool:
    """Whether `word` is a country's or a people's adjective or noun, in any French gender and
    number ("Lituaniennes", "Faroese")."""
    return _inflected_from(word, DEMONYMS)


REGION_ADJECTIVES = _words("européen africain asiatique arabe european african asian arab")
"""Adjectives of continents and peoples: part of names ("Union européenne") but, alone
("European", "les Européens"), no name at all."""

CALENDAR = _words(
    """janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    lundi mardi mercredi jeudi vendredi samedi dimanche january february march april may june
    july august september october november december monday tuesday wednesday thursday friday
    saturday sunday"""
)
"""Month and day names, which capitals at a sentence's start must not turn into names."""

PLACE_ACRONYMS = _words("US USA UK UAE EAU RDC DRC RCA URSS USSR RFA RDA PRC")
"""Acronyms that name countries, not organisations."""


def without_accents(text: str) -> str:
    """The text with its accents and other combining marks removed: "Seán" → "Sean"."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def nationality(word: str) -> bool:
    """Whether `word` is a country adjective, in any French gender and number."""
    return _inflected_from(word, NATIONALITIES)


def _inflected_from(word: str, bases: frozenset[str]) -> bool:
    """Whether `word` is one of `bases` with a French gender or number ending, or none."""
    word = word.lower()
    return any(
        word.endswith(ending) and word[: len(word) - len(ending)] in bases
        for ending in ("nes", "ne", "es", "e", "s", "")
    )


COUNTED_WORDS = _words(
    "Top Under Over Mid Pre Post Phase Tier Level Category Grade Class Article Stage Round "
    "Group Type Version Section Chapter Part Page Unit Block Zone Sector Gate Terminal Line "
    "Route Highway Interstate Platform Plan Day Week Year Match Game Set Lot Item Table Figure "
    "Annex Box Step Case Room Floor Seat Row Lane Exit Pier Berth Runway Reactor Ward Bus Flight "
    "Covid"
)
"""Words a number counts or ranks rather than names with: "Tier-1", "Article 5", "Phase 2"."""
