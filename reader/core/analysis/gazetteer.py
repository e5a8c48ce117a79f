"""Well-known names and their kinds: agencies, banks, big companies, world cities, bodies.

The small models know names from their training news and little else: "Kyiv" (they learnt
"Kiev") becomes a person, "Rio Tinto" a person, "Bloomberg" a place, a UN mission a place.
A reader notices those at once. The names here are the ones news text keeps coming back to
(rating and news agencies, central banks, the largest companies, international bodies, UN
missions, parliaments, heads of state and government, every country's capital and other big
cities, the great mountain
ranges, rivers, seas and deserts, the best-known regions, in French and English spellings);
a name that is just as often something else ("Amazon", "Jordan", "Total", "Atlantic",
"Victoria", "Male") is left out. A listed name gets its kind wherever it stands, and is
marked even where the model missed it.
"""

from __future__ import annotations

import re
from functools import cache


def _names(text: str) -> list[str]:
    return [name.strip() for name in text.split("|") if name.strip()]


_ORG = _names(
    """
    Moody's|Moody's Investors Service|Moody's Ratings|Fitch|Fitch Ratings|Fitch Solutions|
    S&P Global|S&P Global Ratings|Standard & Poor's|DBRS|DBRS Morningstar|Scope Ratings|
    Bloomberg|Reuters|Associated Press|AP|AFP|Agence France-Presse|Dow Jones|Xinhua|Tass|TASS|
    Getty Images|Shutterstock|iStock|Alamy|
    RIA Novosti|Interfax|Kyodo|Yonhap|Anadolu|Refinitiv|FactSet|Nikkei Asia|
    Financial Times|Wall Street Journal|New York Times|Washington Post|The Economist|
    Le Monde|Le Figaro|Libération|Les Échos|Politico|Axios|BBC|CNN|Al Jazeera|
    Federal Reserve|Fed|Banque centrale européenne|BCE|European Central Bank|ECB|
    Bank of England|Bank of Japan|Banque de France|Bundesbank|Swiss National Bank|
    Banque nationale suisse|People's Bank of China|Reserve Bank of India|Bank of Canada|
    Banque du Canada|Reserve Bank of Australia|Riksbank|Norges Bank|Banque d'Angleterre|
    Banque du Japon|Fonds monétaire international|FMI|International Monetary Fund|IMF|
    Banque mondiale|World Bank|Banque européenne d'investissement|European Investment Bank|
    BEI|EIB|BERD|EBRD|Banque asiatique de développement|Asian Development Bank|OCDE|OECD|
    Organisation mondiale du commerce|World Trade Organization|OMC|WTO|
    Organisation mondiale de la santé|World Health Organization|OMS|WHO|
    Nations unies|Nations Unies|United Nations|ONU|UN|Otan|OTAN|NATO|Unicef|UNICEF|
    Unesco|UNESCO|HCR|UNHCR|PAM|WFP|Programme alimentaire mondial|World Food Programme|
    AIEA|IAEA|OPEP|OPEC|OPEP+|OPEC+|Opep|Opep+|Euratom|Frontex|Europol|Interpol|Eurostat|
    Cédéao|Ecowas|ECOWAS|Union africaine|African Union|Asean|ASEAN|Mercosur|Brics|BRICS|
    OSCE|OCHA|Croix-Rouge|Red Cross|CICR|ICRC|Médecins sans frontières|MSF|
    Human Rights Watch|Amnesty International|Oxfam|
    Minusma|Monusco|Minusca|Minurso|Minuss|Finul|Unifil|UNIFIL|Unmiss|UNMISS|Unmik|Binuh|
    BINUH|Manul|Unsmil|UNSMIL|Monuc|Minustah|
    Bundestag|Bundesrat|Bundeswehr|Knesset|Douma|Duma|Lok Sabha|Rajya Sabha|Folketing|
    Riksdag|Storting|Sejm|Verkhovna Rada|Rada|Congrès|Congress|Tsahal|Hamas|Hezbollah|
    Houthis|Taliban|Wagner|Islamic State|État islamique|Etat islamique|ISIS|ISIL|Daech|Daesh|
    al-Qaeda|Al-Qaeda|al Qaeda|Al Qaeda|al-Qaïda|Al-Qaïda|al-Shabab|al-Shabaab|Boko Haram|
    European Union|Union européenne|Pentagon|Pentagone|
    Conseil d'État|Conseil d'Etat|Cour de cassation|Cour des comptes|
    Cour de justice de l'Union européenne|Cour européenne des droits de l'homme|
    Cour pénale internationale|
    Nasdaq Inc|NYSE|Euronext|Deutsche Börse|Hong Kong Exchanges|
    Goldman Sachs|JPMorgan|JPMorgan Chase|J.P. Morgan|Morgan Stanley|Citigroup|Citi|
    Bank of America|Wells Fargo|BlackRock|Vanguard|HSBC|Barclays|UBS|Credit Suisse|
    Deutsche Bank|Commerzbank|BNP Paribas|Société Générale|Crédit Agricole|Natixis|
    Santander|BBVA|ING|UniCredit|Intesa Sanpaolo|Nomura|Mizuho|Jefferies|Lazard|Rothschild|
    Apple|Microsoft|Alphabet|Google|Meta|Facebook|Nvidia|Intel|AMD|Qualcomm|Broadcom|
    TSMC|Samsung|Samsung Electronics|SK Hynix|ASML|Huawei|Tencent|Alibaba|ByteDance|
    TikTok|Baidu|Xiaomi|Foxconn|Sony|OpenAI|Anthropic|Tesla|SpaceX|Netflix|Oracle|IBM|
    Airbus|Boeing|Safran|Thales|Dassault Aviation|Rolls-Royce|Lockheed Martin|Raytheon|
    Rheinmetall|Leonardo|BAE Systems|Embraer|
    Stellantis|Renault|Peugeot|Citroën|Fiat|Opel|Volkswagen|Audi|Porsche|BMW|Mercedes-Benz|
    Volvo|Toyota|Honda|Nissan|Hyundai|Kia|Ford|General Motors|BYD|Geely|
    TotalEnergies|Shell|BP|ExxonMobil|Exxon|Chevron|Aramco|Saudi Aramco|Gazprom|Rosneft|
    Lukoil|Equinor|Eni|Petrobras|Novatek|Rosatom|EDF|Engie|Orano|
    Rio Tinto|BHP|Glencore|Anglo American|Vale|ArcelorMittal|Albemarle|
    Newmont|Barrick|Barrick Gold|Freeport-McMoRan|AngloGold Ashanti|Harmony Gold|Gold Fields|
    First Quantum|Zijin Mining|Fortescue|Teck Resources|
    Cargill|Bunge|Louis Dreyfus|Olam|Wilmar|Trafigura|Vitol|Gunvor|Mercuria|
    Nestlé|Unilever|LVMH|Kering|L'Oréal|Danone|Pfizer|Moderna|AstraZeneca|Sanofi|Novartis|
    Roche|Novo Nordisk|Maersk|CMA CGM|MSC|Hapag-Lloyd|Ryanair|Lufthansa|Air France-KLM|
    Walmart|McDonald's|Starbucks|Coca-Cola|PepsiCo|Berkshire Hathaway|
    Nokia|Ericsson|Siemens|Bayer|Philips|Hitachi|Toshiba|Fujitsu|Panasonic|Kawasaki|
    Mitsubishi|Suzuki|Yamaha|
    Verizon|AT&T|T-Mobile|Vodafone|Deutsche Telekom|Telefónica|Comcast|Yahoo|Uber|Airbnb|
    Disney|Cisco|Dell|Lenovo|Adobe|Salesforce|PayPal|Mastercard|Spotify|SoftBank|Rakuten|
    Alstom|Bouygues|Carrefour|Michelin|Hermès|Accor|Saint-Gobain|Schneider Electric|
    Air Liquide|Veolia|Capgemini|
    Instagram|WhatsApp|Twitter|Snapchat|LinkedIn|YouTube|Reddit|Nintendo|Mojang|CNET|
    Business Insider|Mashable|Cambridge Analytica|Lucasfilm
    """
)

_PERSON = _names(
    """
    Donald Trump|Trump|Joe Biden|Biden|Barack Obama|Obama|Vladimir Putin|Putin|
    Volodymyr Zelensky|Zelensky|Zelenskyy|Emmanuel Macron|Macron|Benjamin Netanyahu|
    Netanyahu|Recep Tayyip Erdoğan|Erdoğan|Erdogan|Xi Jinping|Narendra Modi|Angela Merkel|
    Merkel|Olaf Scholz|Kim Jong Un|Kim Jong-un|Lula da Silva|Javier Milei|Milei|
    Kamala Harris|Keir Starmer|Starmer|Giorgia Meloni|Meloni|Ursula von der Leyen|
    Antonio Guterres|António Guterres|Guterres|Elon Musk|Musk
    """
)
"""Heads of state and government, and a few others, whom news names by surname alone and
the small models take for bodies ("Trump supporters", "anti-Trump")."""

# Capitals are written out rather than read from GeoNames (`geonames.py`): its list lacks
# the French spellings ("Achgabat", "Oulan-Bator") and holds capitals named like people or
# anything else ("Douglas", "Hamilton", "Kingston", "The Valley").
_PLACE = _names(
    """
    Kyiv|Kiev|Kyïv|Kiev|Kharkiv|Kharkov|Odesa|Odessa|Dnipro|Zaporizhzhia|Zaporijia|Kherson|
    Donetsk|Louhansk|Luhansk|Donbass|Donbas|Crimée|Crimea|Marioupol|Mariupol|Bakhmout|Bakhmut|
    Moscou|Moscow|Saint-Pétersbourg|St Petersburg|Minsk|Varsovie|Warsaw|Berlin|Paris|
    Londres|London|Bruxelles|Brussels|Madrid|Rome|Lisbonne|Lisbon|Vienne|Vienna|Prague|
    Budapest|Bucarest|Bucharest|Sofia|Athènes|Athens|Ankara|Istanbul|Stockholm|Oslo|Helsinki|
    Copenhague|Copenhagen|Amsterdam|Rotterdam|La Haye|The Hague|Genève|Geneva|Zurich|Berne|
    Bern|Luxembourg|Strasbourg|Francfort|Frankfurt|Munich|Milan|Dublin|Édimbourg|Edinburgh|
    Belgrade|Zagreb|Tirana|Chisinau|Kichinev|Tbilissi|Tbilisi|Erevan|Yerevan|Bakou|Baku|
    Tallinn|Riga|Vilnius|
    Washington|New York|Los Angeles|San Francisco|Chicago|Houston|Miami|Boston|Ottawa|
    Toronto|Montréal|Montreal|Mexico|Brasilia|Brasília|São Paulo|Rio de Janeiro|Buenos Aires|
    Santiago|Lima|Bogota|Bogotá|Caracas|La Havane|Havana|Port-au-Prince|Santa Fe|Quito|
    Pékin|Beijing|Shanghai|Shenzhen|Hong Kong|Taipei|Taipei|Tokyo|Osaka|Séoul|Seoul|
    Pyongyang|New Delhi|New Delhi|Mumbai|Bombay|Islamabad|Karachi|Kaboul|Kabul|Dacca|Dhaka|
    Bangkok|Hanoï|Hanoi|Jakarta|Manille|Manila|Singapour|Singapore|Kuala Lumpur|Canberra|
    Sydney|Astana|Tachkent|Tashkent|
    Téhéran|Tehran|Bagdad|Baghdad|Damas|Damascus|Beyrouth|Beirut|Amman|Jérusalem|Jerusalem|
    Tel-Aviv|Tel Aviv|Gaza|Ramallah|Cisjordanie|West Bank|Riyad|Riyadh|Djeddah|Jeddah|Doha|
    Dubaï|Dubai|Abou Dhabi|Abu Dhabi|Mascate|Muscat|Sanaa|Aden|Koweït|Le Caire|Cairo|
    Alexandrie|Alexandria|Tripoli|Tunis|Alger|Algiers|Rabat|Casablanca|Khartoum|Port-Soudan|
    Port Sudan|Addis-Abeba|Addis Ababa|Nairobi|Mogadiscio|Mogadishu|Kampala|Kigali|Kinshasa|
    Goma|Luanda|Lagos|Abuja|Accra|Dakar|Bamako|Niamey|Ouagadougou|Abidjan|N'Djamena|Bangui|
    Johannesburg|Pretoria|Le Cap|Cape Town|Harare|Maputo|Antananarivo|
    Wall Street|Silicon Valley|City of London|Sahel|Darfour|Darfur|Kurdistan|Cachemire|Kashmir|
    Xinjiang|Tibet|Haut-Karabakh|Nagorno-Karabakh|Groenland|Greenland|Arctique|Arctic|
    Alps|Alpes|Andes|Himalaya|Himalayas|Pyrenees|Pyrénées|Carpathians|Carpates|Urals|Oural|
    Rockies|Caucasus|Caucase|Balkans|Vosges|Jura|Apennines|Apennins|Dolomites|Hindu Kush|
    Danube|Rhine|Rhin|Rhône|Loire|Seine|Garonne|Meuse|Moselle|Escaut|Scheldt|Elbe|Oder|
    Vistula|Vistule|Tiber|Tibre|Thames|Tamise|Nile|Nil|Mekong|Mékong|Yangtze|Ganges|Gange|
    Indus|Euphrates|Euphrate|Volga|Dnieper|Dniepr|Orinoco|Orénoque|Zambezi|Zambèze|Limpopo|
    Sahara|Gobi|Kalahari|Sinai|Maghreb|Levant|Patagonia|Patagonie|Siberia|Sibérie|
    Scandinavia|Scandinavie|Anatolia|Anatolie|Balochistan|Baloutchistan|Punjab|Pendjab|
    Kordofan|Ogaden|Tigray|Oromia|Katanga|Kivu|Ituri|Cabinda|Zanzibar|Casamance|Kabylie|
    Kabylia|Cyrenaica|Cyrénaïque|Fezzan|
    Tyrol|Tirol|Bavaria|Bavière|Catalonia|Catalogne|Flanders|Flandre|Wallonia|Wallonie|
    Lombardy|Lombardie|Tuscany|Toscane|Sicily|Sicile|Sardinia|Sardaigne|Corsica|Corse|
    Brittany|Bretagne|Normandy|Normandie|Alsace|Provence|Savoie|Valais|Ticino|Tessin|
    Andalusia|Andalousie|Galicia|Galice|Silesia|Silésie|Transylvania|Transylvanie|Bohemia|
    Bohême|Moravia|Moravie|Lapland|Laponie|
    Andorra la Vella|Andorre-la-Vieille|Apia|Ashgabat|Achgabat|Asmara|Asuncion|Asunción|
    Bandar Seri Begawan|Banjul|Basseterre|Belmopan|Bishkek|Bichkek|Bissau|Bratislava|
    Brazzaville|Bridgetown|Castries|Colombo|Conakry|Dili|Djibouti|Dodoma|Dushanbe|Douchanbé|
    Fort-de-France|Freetown|Funafuti|Gaborone|Gitega|Guatemala City|Honiara|Juba|Kathmandu|
    Katmandou|Kingstown|Kuwait City|Libreville|Lilongwe|Ljubljana|Lomé|Lusaka|Majuro|Managua|
    Manama|Maseru|Mbabane|Mexico City|Monrovia|Montevideo|Moroni|Nassau|Naypyidaw|
    Nay Pyi Taw|Nicosia|Nicosie|Nouakchott|Nouméa|Noumea|Nuku'alofa|Nuuk|Oranjestad|
    Panama City|Papeete|Paramaribo|Phnom Penh|Podgorica|Port Louis|Port-Louis|Port Moresby|
    Port Vila|Port-Vila|Port of Spain|Port-d'Espagne|Porto-Novo|Praia|Pristina|Reykjavik|
    Reykjavík|Roseau|San José|San Juan|San Marino|Saint-Marin|San Salvador|Santo Domingo|
    Saint-Domingue|São Tomé|Sao Tome|Sarajevo|Skopje|Sucre|Suva|Tarawa|Tegucigalpa|Thimphu|
    Thimphou|Ulaanbaatar|Oulan-Bator|Vaduz|Valletta|La Valette|Vatican City|Vientiane|
    Wellington|Willemstad|Windhoek|Yamoussoukro|Yaoundé|Yaounde|
    Polynésie française|French Polynesia|Nouvelle-Calédonie|New Caledonia|Wallis-et-Futuna|
    Saint-Pierre-et-Miquelon|Guyane française|French Guiana|
    Black Sea|Red Sea|North Sea|Baltic Sea|Caspian Sea|South China Sea|Sea of Azov|
    Strait of Hormuz|Atlantic Ocean|Pacific Ocean|Indian Ocean
    """
)

_MISC = _names(
    """
    iPhone|iPad|iOS|macOS|Android|Firefox|Chromium|Minecraft|ChatGPT|PlayStation|Xbox|
    Chrome|Safari|Thunderbird|JavaScript|HTML|CSS|Linux|Bitcoin|Skype|WhatsApp|
    Brexit|Brent|WTI|JCPOA|Nasdaq Composite|Dow Jones Industrial Average|Euro Stoxx 50|
    Nikkei 225|Hang Seng|CAC 40|DAX|FTSE 100|S&P 500|
    Ramadan|Diwali|Hanukkah|Passover|Thanksgiving|Nowruz|Semana Santa|Holy Week|
    Lunar New Year|Chinese New Year|Eid al-Fitr|Eid al-Adha|Aïd el-Fitr|Aïd el-Kébir|
    Yom Kippur|Rosh Hashanah|Vesak|Songkran|Hogmanay|Oktoberfest|Mardi Gras|Easter|Christmas|
    Good Friday|Pentecost|Pentecôte|Pâques|Halloween|
    Oscar|Oscars|Academy Awards|Golden Globes|Grammys|Grammy Awards|Emmys|Emmy Awards|
    Pulitzer Prize|Nobel Prize|Booker Prize|Palme d'Or|Palme d’Or
    """
)
"""Products everyone names, indices, deals, holidays and awards ("an Oscar dress": the
award, not a man). "Easter" and "Christmas" stand alone ("Easter Island", with a
capitalised word after, is not the listed name); holidays that are also people's names
("Noël", "Toussaint") are left out."""

KNOWN_NAMES: dict[str, str] = {
    **{name: "person" for name in _PERSON},
    **{name: "misc" for name in _MISC},
    **{name: "place" for name in _PLACE},
    **{name: "org" for name in _ORG},
}
"""Each listed name and its kind (person, org, place or misc)."""

_LONGEST = max(len(name.split()) for name in KNOWN_NAMES)
_TOKEN = re.compile(r"[^\s,;:()«»\"“”!?]+")
_POSSESSIVE = ("'s", "’s")
_OF_NAME = re.compile(r"[ \u00a0]of[ \u00a0][A-ZÀ-Þ]")
_TITLE_AFTER = re.compile(
    r"[ \u00a0](?:CEO|CFO|COO|CTO|Chief|Chairman|Chairwoman|President|Founder)(?![\w\-])"
)
"""A title after a listed name, which does not lengthen it: "Facebook CEO Mark Zuckerberg"."""


def known_kind(name: str) -> str | None:
    """The kind of a listed name, written as in text (no-break spaces and curly quotes too)."""
    return KNOWN_NAMES.get(name.replace("\u00a0", " ").replace("’", "'"))


def keeps_possessive(name: str) -> bool:
    """Whether a name's final "'s" is part of it ("Moody's", "McDonald's")."""
    return name.endswith(_POSSESSIVE) and known_kind(name) is not None


@cache
def _first_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in KNOWN_NAMES)


def find_known_names(text: str) -> list[tuple[int, int, str]]:
    """`(start, end, kind)` of the listed names in `text`, the longest first at each place.

    A name must stand alone: "Vale" in "Vale of Glamorgan" or "Apple" in "Apple Music" is not
    the listed one, so a capitalised word (or "of" and one) right after the match, or one
    right before it mid-sentence, rules it out; a title after it does not ("Facebook CEO").
    """
    from reader.core.analysis.spans import is_sentence_start

    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    firsts = _first_words()
    found = []
    i = 0
    while i < len(tokens):
        start = tokens[i][0]
        word = _clean(text[start : tokens[i][1]])
        if not word[:1].isupper() or word not in firsts and _strip(word) not in firsts:
            i += 1
            continue
        for n in range(min(_LONGEST, len(tokens) - i), 0, -1):
            end = tokens[i + n - 1][1]
            name = _clean(text[start:end])
            kind = known_kind(name)
            if kind is None and known_kind(_strip(name)):
                name = _strip(name)
                kind = known_kind(name)
            if kind is None:
                continue
            end = start + len(name)
            after = text[end : end + 2]
            before = text[max(0, start - 40) : start]
            touching = re.search(r"[A-ZÀ-Þ][\w\-]*[ \u00a0]$", before)
            if (
                (
                    len(after) == 2
                    and after[0] in " \u00a0"
                    and after[1].isupper()
                    and not _TITLE_AFTER.match(text, end)
                )
                or _OF_NAME.match(text, end)
                or (touching and not is_sentence_start(text, start - len(touching.group())))
                or (start and text[start - 1] in "-'’")
            ):
                break
            found.append((start, end, kind))
            i += n - 1
            break
        i += 1
    return found


def _clean(token: str) -> str:
    return token.rstrip(".")


def _strip(name: str) -> str:
    for ending in _POSSESSIVE:
        if name.endswith(ending):
            return name[: -len(ending)]
    return name
