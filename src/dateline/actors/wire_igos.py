"""International bodies that wire news of trade and commodities names often and that the
main table (``data/actors/igos.psv``) lacks: commodity organisations, regional banks and
Cold-War era blocs. Same row format as that table: code|family|sectors|names; these rows
never override a name the main table already gives."""

from __future__ import annotations

__all__ = ["WIRE_IGO_ROWS"]

WIRE_IGO_ROWS: tuple[str, ...] = (
    "ICO|IGO|AGR|International Coffee Organization;International Coffee Organisation;ICO",
    "ICCO|IGO|AGR|International Cocoa Organization;International Cocoa Organisation;ICCO",
    "ITC|IGO|BUS|International Tin Council",
    "INRO|IGO|AGR|International Natural Rubber Organization;"
    "International Natural Rubber Organisation;INRO",
    "ISUGAR|IGO|AGR|International Sugar Organization;International Sugar Organisation",
    "IWC|IGO|AGR|International Wheat Council",
    "IEA|IGO|BUS|International Energy Agency;IEA",
    "IADB|IGO|BUS|Inter-American Development Bank;IDB;IADB",
    "AFDB|IGO|BUS|African Development Bank;AfDB",
    "BIS|IGO|BUS|Bank for International Settlements;BIS",
    "CMEA|IGO|BUS|Council for Mutual Economic Assistance;Comecon;CMEA",
    "WPO|IGO|MIL|Warsaw Pact;Warsaw Treaty Organisation;Warsaw Treaty Organization",
    "NAM|IGO||Non-Aligned Movement;Nonaligned Movement",
    "OAU|IGO||Organisation of African Unity;Organization of African Unity;OAU",
    "EFTA|IGO|BUS|European Free Trade Association;EFTA",
    "EEC|EUR||EC;European Communities",
    "G24|IGO||Group of 24;G-24;Group of Twenty-Four",
    "OAPEC|IGO|BUS|Organization of Arab Petroleum Exporting Countries;OAPEC",
)
