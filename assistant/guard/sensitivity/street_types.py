"""Street-type vocabularies from the postal standards of the supported countries.

``addresses.py`` builds its patterns from these lists. They come from the
published address standards, not from any test generator:

- Australia and New Zealand: the street types of AS/NZS 4819 and AS 4590
  (Australia Post's list: Esplanade, Parade, Circuit, Rosebowl, Firetrail...);
- Canada: Canada Post's street types, English and French (Croissant, Montée...);
- United Kingdom and Ireland: the thoroughfare words of Royal Mail's PAF that
  the USPS list lacks (Brow, Wynd, Garth, Fold...);
- India: the common road words (Marg, Nagar, Chowk, Salai);
- continental Europe: the words that end a Germanic or Nordic compound street
  name (Belgian and Dutch ``-lei``, ``-steenweg``; Austrian ``-gasse``,
  ``-zeile``; Swedish ``-gatan``, ``-vägen``; Danish ``-vej``, ``-gade``; Finnish
  ``-katu``, ``-tie``), and
  the words that start a Polish one (``ul.``, ``al.``, ``os.``).
"""

from __future__ import annotations

# English street types, matched case-sensitively after a house number and one to
# four capitalised words ("7 Farmer Byway", "2 Jessica Rosebowl").
EN_TYPES = (
    # AS 4590 / AS/NZS 4819
    "Alleyway", "Amble", "Anchorage", "Approach", "Artery", "Basin", "Boardwalk",
    "Boulevarde", "Bowl", "Brace", "Brae", "Break", "Brow", "Busway", "Byway", "Centreway",
    "Circlet", "Circuit", "Circus", "Colonnade", "Concourse", "Copse", "Courtyard",
    "Crossway", "Cruiseway", "Cutting", "Dell", "Deviation", "Dip", "Distributor",
    "Driveway", "Edge", "Elbow", "End", "Entrance", "Esplanade", "Fairway", "Firetrail",
    "Firetrack", "Follow", "Footway", "Foreshore", "Formation", "Front", "Frontage", "Gap",
    "Gate", "Gates", "Glade", "Grange", "Ground", "Gully", "Highroad", "Interchange",
    "Intersection", "Key", "Laneway", "Part", "Access", "Lees", "Line", "Link", "Lookout", "Lower",
    "Meander", "Mew", "Nook", "Outlook", "Parade", "Parklands", "Pathway", "Piazza",
    "Plateau", "Pocket", "Quad", "Quadrangle", "Quadrant", "Quays", "Ramble", "Range",
    "Reach", "Reserve", "Retreat", "Ride", "Ridgeway", "Rise", "Riverway", "Riviera",
    "Roadside", "Roadway", "Ronde", "Rosebowl", "Rotary", "Round", "Run", "Siding",
    "Slope", "Stairs", "Steps", "Strand", "Strip", "Subway", "Tarn", "Thoroughfare",
    "Tollway", "Top", "Tor", "Towers", "Triangle", "Trunkway", "Turn", "Upper", "Vale",
    "Villas", "Wade", "Walkway", "Wynd", "Yard",
    # Canada Post (English and French)
    # (its French types, written before the name, are continental words in addresses.py)
    "Abbey", "Acres", "Autoroute", "Bay", "Concession", "Diversion", "Downs", "Heath",
    "Highlands", "Limits", "Maze", "Moor", "Thicket", "Townline", "Turnabout",
    # Royal Mail thoroughfares
    "Croft", "Fold", "Garth", "Leys", "Mead", "Wood", "Yard",
    # India
    "Marg", "Nagar", "Chowk", "Salai", "Colony", "Ganj",
)  # fmt: skip

# Street types that are also everyday capitalised words ("2026 Year End",
# "Sprint 3 Front Line"): beside a house number they count only when the
# text places them (an address word, a flat, a locality or a postcode).
EN_TYPES_WEAK = frozenset(
    "Break Dip Edge End Entrance Follow Formation Front Gap Gate Gates Ground Interchange "
    "Intersection Key Line Link Lower Outlook Pocket Quad Range Reach Reserve Retreat Ride "
    "Rise Round Run Slope Stairs Steps Strip Top Towers Triangle Turn Upper Yard Bay Acres "
    "Limits Maze Wood Fold Bowl Brace Cutting Lees Part Access".split()
)

# Endings of compound street names, after a capitalised stem ("Felixlei",
# "Storgatan", "Nørregade"). Each needs a house number beside it.
COMPOUND_ENDINGS = (
    "steenweg", "kaai", "zeile", "steig", "stiege", "lände", "gatan", "vägen", "gränd",
    "torget", "stigen", "backen", "vej", "gade", "stræde", "torv", "plads", "veien",
    "gata", "gaten", "katu", "kuja", "polku", "väylä", "raitti", "aukio",
)  # fmt: skip
# Endings that are also the ends of ordinary words ("Engineering", "Kanzlei",
# "Bauernhof"): a house number is not enough, the street needs an address
# beside it too (an address word, a flat, a locality after a comma, a postcode).
COMPOUND_ENDINGS_WEAK = (
    "ring", "lei", "hof", "berg", "dijk", "vest", "markt", "veld", "kai", "tie", "tori",
)  # fmt: skip
# Words that start a street name, written before it with the number after
# ("ul. Kwiatowa 12", "al. Jerozolimskie 65").
LEADING_WORDS = (
    "ul", "ulica", "al", "aleja", "os", "osiedle", "plac", "pl",  # Poland
    "Cr", "Cra", "Cl", "Tr", "Dg", "Avda", "Str", "Bd", "Sos", "Cal",  # Colombia, Chile, Romania
    "Jl", "Gg",  # Indonesia
)  # fmt: skip
# Words that say an address follows ("his address: 2 Jessica Rosebowl").
ADDRESS_CUES = (
    "address", "adresse", "adres", "anschrift", "indirizzo", "dirección", "direccion",
    "domicilio", "endereço", "morada", "adress", "lives at", "living at", "moved to",
    "wohnt in", "woont op", "woont aan", "habite au", "vive en", "abita in",
)  # fmt: skip

# Street words of other languages: whole words, any case ("rue", "Via", "calle").
STREET_WORDS = (
    "rue|avenue|boulevard|bd|chemin|allee|impasse|place|quai|route|cours|passage|square|"
    "strasse|str|weg|platz|allee|gasse|ring|damm|ufer|"
    "straat|laan|plein|gracht|kade|singel|dreef|"
    "calle|avenida|avda|plaza|paseo|camino|carrer|ronda|rambla|acceso|alameda|carretera|"
    "glorieta|pasaje|pasadizo|urbanizaci[oó]n|callej[oó]n|"
    "via|viale|piazza|piazzale|corso|largo|vicolo|strada|contrada|borgo|incrocio|canale|"
    "rotonda|stretto|rua|av|travessa|estrada|beco|rotunda|"
    "apartment|appartamento|piso|wohnung|bus|bte|"
    "croissant|ruelle|sentier|carrefour|cercle|terrasse|voie|rang|"  # Canada Post, French
    "ulica|aleja|plac|osiedle|"  # Poland
    "circuito|peatonal|andador|cerrada|privada|retorno|diagonal|calzada|eje|viaducto|"  # Mexico
    "carrera|transversal|ruta|pasaje|"  # Colombia, Chile
    "strada|bulevardul|soseaua|calea|aleea|intrarea|splaiul|drumul|piata|"  # Romania
    "cesta|trg|obala|"  # Slovenia, Croatia
    "jalan|gang|"  # Indonesia, Malaysia
    "utca|fasor|rakpart|krt|"  # Hungary (libpostal hu)
    "rodovia|viela|viaduto|ruela|azinhaga|praceta|rodoanel"  # Portugal, Brazil (libpostal pt)
)
# Words prose uses too: only after a house number, or capitalised.
COMMON_STREET_WORDS = {
    "place", "route", "passage", "square", "cours", "via", "bus", "ring", "str", "plaza",
    "corso", "largo", "borgo", "canale", "ronda", "strada", "camino", "bd",
    "croissant", "carrefour", "cercle", "terrasse", "voie", "rang", "plac", "cerrada",
    "privada", "retorno", "diagonal", "eje", "ruta", "calea",
}  # fmt: skip
# Words ending in a non-ASCII letter: RE2's \b is ASCII-only, so they go apart.
STREET_WORDS_UNICODE = (
    "allée|straße|travesía|cañada|vía|praça|calçada|montée|carré|allé|"
    "ampliación|prolongación|periférico|circunvalación|șoseaua|piața|"
    "körút|sétány|lakótelep|köz|tér|út|útja|dűlő"  # Hungary (libpostal hu)
)
