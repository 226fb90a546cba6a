package de.ladewerk.gateway.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import de.ladewerk.ocpp.OcppVersion;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalListDiffTest {

    private static final Instant EXPIRY = Instant.parse("2027-01-01T00:00:00Z");

    private static LocalListEntry entry(String tag, AuthorizationStatus status) {
        return new LocalListEntry(IdToken.idTag(tag), status, EXPIRY, null);
    }

    @Test
    void differentialSendsOnlyNewChangedAndRemovedEntries() {
        List<LocalListEntry> held = List.of(entry("A", AuthorizationStatus.ACCEPTED), entry("B", AuthorizationStatus.ACCEPTED),
                entry("C", AuthorizationStatus.ACCEPTED));
        List<LocalListEntry> wanted = List.of(entry("A", AuthorizationStatus.ACCEPTED), entry("B", AuthorizationStatus.BLOCKED),
                entry("D", AuthorizationStatus.ACCEPTED));

        List<LocalListEntry.Change> changes = LocalListDiff.between(held, wanted);

        assertThat(changes).containsExactly(
                new LocalListEntry.Change(IdToken.idTag("B"), entry("B", AuthorizationStatus.BLOCKED)),
                new LocalListEntry.Change(IdToken.idTag("D"), entry("D", AuthorizationStatus.ACCEPTED)),
                new LocalListEntry.Change(IdToken.idTag("C"), null));
        assertThat(LocalListDiff.apply(held, changes)).containsExactlyInAnyOrderElementsOf(wanted);
    }

    @Test
    void equalListsNeedNoChanges() {
        List<LocalListEntry> list = List.of(entry("A", AuthorizationStatus.ACCEPTED));
        assertThat(LocalListDiff.between(list, list)).isEmpty();
        assertThat(LocalListDiff.between(List.of(), List.of())).isEmpty();
    }

    @Test
    void aChangedExpiryOrParentIsAChange() {
        LocalListEntry a = entry("A", AuthorizationStatus.ACCEPTED);
        LocalListEntry later = new LocalListEntry(a.token(), a.status(), EXPIRY.plusSeconds(1), null);
        LocalListEntry withParent = new LocalListEntry(a.token(), a.status(), EXPIRY, IdToken.idTag("P"));
        assertThat(LocalListDiff.between(List.of(a), List.of(later))).hasSize(1);
        assertThat(LocalListDiff.between(List.of(a), List.of(withParent))).hasSize(1);
    }

    @Test
    void aV16ListKeepsOneEntryPerIdTagOfAtMostTwentyCharacters() {
        LocalListEntry card = new LocalListEntry(new IdToken("04A2B3", IdTokenType.ISO14443), AuthorizationStatus.ACCEPTED,
                null, new IdToken("FLEET", IdTokenType.CENTRAL));
        LocalListEntry sameValue = new LocalListEntry(new IdToken("04A2B3", IdTokenType.KEY_CODE), AuthorizationStatus.BLOCKED,
                null, null);
        LocalListEntry tooLong = new LocalListEntry(new IdToken("DE-LDW-C12345678-9-XYZ", IdTokenType.EMAID),
                AuthorizationStatus.ACCEPTED, null, null);

        List<LocalListEntry> fitted = LocalListDialect.of(OcppVersion.V16).fit(List.of(card, sameValue, tooLong));

        assertThat(fitted).containsExactly(new LocalListEntry(IdToken.idTag("04A2B3"), AuthorizationStatus.ACCEPTED,
                null, IdToken.idTag("FLEET")));
    }

    @Test
    void aListReadBackFromItsPayloadEqualsWhatWasSent() {
        for (OcppVersion v : List.of(OcppVersion.V16, OcppVersion.V201)) {
            LocalListDialect d = LocalListDialect.of(v);
            List<LocalListEntry> entries = d.fit(List.of(
                    new LocalListEntry(new IdToken("04A2B3", IdTokenType.ISO14443), AuthorizationStatus.BLOCKED, EXPIRY,
                            new IdToken("FLEET", IdTokenType.CENTRAL)),
                    new LocalListEntry(new IdToken("0815", IdTokenType.ISO14443), AuthorizationStatus.ACCEPTED, null, null)));
            List<LocalListEntry.Change> changes = List.of(new LocalListEntry.Change(entries.get(0).token(), entries.get(0)),
                    new LocalListEntry.Change(entries.get(1).token(), null));
            LocalListDialect.Update sent = new LocalListDialect.Update(7, false, changes);

            assertThat(d.read(d.request(sent))).as(v.subprotocol()).isEqualTo(sent);
        }
    }
}
