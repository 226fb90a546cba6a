// Strings of the billing pages, German first.
export const STRINGS = {
  de: {
    title: 'Abrechnung', tariffs: 'Tarife', cdrs: 'Ladevorgänge (CDR)', held: 'Zurückgehaltene Vorgänge', invoices: 'Rechnungen',
    id: 'ID', version: 'Version', validFrom: 'Gültig ab', energyPrice: 'Preis je kWh (netto)', vat: 'USt. %',
    tariffJson: 'Tarif als OCPI-JSON', publish: 'Veröffentlichen', newVersion: 'Neue Version',
    assign: 'Zuordnen', station: 'Ladestation', site: 'Standort', group: 'Kundengruppe', clockValid: 'Uhr eichrechtlich gültig',
    assignments: 'Zuordnungen', from: 'Von', to: 'Bis', show: 'Anzeigen', csv: 'CSV-Export', session: 'Vorgang',
    customer: 'Kunde', start: 'Beginn', end: 'Ende', energy: 'Energie (kWh)', net: 'Netto', gross: 'Brutto',
    credit: 'Gutschrift', reason: 'Grund', ocpi: 'OCPI', transparency: 'Transparenzdatei', reasons: 'Gründe', heldAt: 'Zurückgehalten am',
    release: 'Abrechnen', reject: 'Nicht abrechnen', note: 'Notiz', none: 'Keine Einträge.',
    month: 'Monat', name: 'Name', address: 'Anschrift (eine Zeile je Zeile)', issue: 'Rechnung erstellen',
    number: 'Nummer', issuedAt: 'Erstellt', pdf: 'PDF', list: 'Auflisten', done: 'Erledigt.',
    creditReason: 'Grund der Gutschrift?', signed: 'signiert',
  },
  en: {
    title: 'Billing', tariffs: 'Tariffs', cdrs: 'Charge records (CDR)', held: 'Held sessions', invoices: 'Invoices',
    id: 'ID', version: 'Version', validFrom: 'Valid from', energyPrice: 'Price per kWh (net)', vat: 'VAT %',
    tariffJson: 'Tariff as OCPI JSON', publish: 'Publish', newVersion: 'New version',
    assign: 'Assign', station: 'Station', site: 'Site', group: 'Customer group', clockValid: 'Clock legally valid',
    assignments: 'Assignments', from: 'From', to: 'To', show: 'Show', csv: 'CSV export', session: 'Session',
    customer: 'Customer', start: 'Start', end: 'End', energy: 'Energy (kWh)', net: 'Net', gross: 'Gross',
    credit: 'Credit', reason: 'Reason', ocpi: 'OCPI', transparency: 'Transparency file', reasons: 'Reasons', heldAt: 'Held at',
    release: 'Bill it', reject: 'Do not bill', note: 'Note', none: 'Nothing here.',
    month: 'Month', name: 'Name', address: 'Address (one line per line)', issue: 'Issue invoice',
    number: 'Number', issuedAt: 'Issued', pdf: 'PDF', list: 'List', done: 'Done.',
    creditReason: 'Reason for the credit?', signed: 'signed',
  },
};
